"""Two named people who act together 'in a phone conversation' or 'at a meeting' are its sides,
even when the parser hangs the phrase on the verb's object; a call or meeting told that way for
the first time ('in a ...') is the setting of the act, never a recalled one."""

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

CASES = [
    ("Deputy Prime Minister Lê Thành Long and his Russian counterpart Marat Khusnullin reviewed energy, "
     "transport and education cooperation between the two countries in a phone conversation on March 4.",
     "phone call", {"Lê Thành Long", "Marat Khusnullin"}, "2024-03-04"),
    ("Deputy Minister of Information Nguyễn Thanh Lâm and Russian Deputy Minister Bella Cherkesova discussed "
     "joint reporting projects at a meeting on Tuesday.", "meeting", {"Nguyễn Thanh Lâm", "Bella Cherkesova"},
     "2024-03-05"),
    # 'discussed ... in a call' is a call that took place, though 'discuss' can govern one still to come
    ("Kenyan Interior Minister Amos Otieno and his Polish counterpart Jan Kowalski have discussed border "
     "security in a telephone conversation, the ministry said on Tuesday.", "phone call",
     {"Amos Otieno", "Jan Kowalski"}, None),
    # 'sat down / met for talks': the pair's talks
    ("Polish Foreign Minister Jan Kowalski and Kenyan Foreign Minister Amos Otieno sat down for talks in "
     "Nairobi on Monday.", "talks", {"Jan Kowalski", "Amos Otieno"}, "2024-03-04"),
]


@pytest.mark.parametrize("sentence, kind, people, day", CASES)
def test_two_people_acting_in_a_call_or_meeting(sentence, kind, people, day):
    art = extract_article(seed_from_text(sentence + "\n", date="2024-03-06"))
    evs = [e for e in art.events if e.kind == kind]
    assert len(evs) == 1
    assert {p.actor for p in evs[0].participants} == people
    assert evs[0].date == day


@pytest.mark.parametrize("sentence", [
    # one person acting at a meeting says nothing of whom he met
    "Deputy Prime Minister Lê Thành Long reviewed energy cooperation at a meeting on March 4.",
    # what two people recall is no new meeting of theirs
    "Lê Thành Long and Marat Khusnullin recalled the meeting between their predecessors in Sochi.",
    # a call still to come, and talks one thanks others for
    "Jan Kowalski and Amos Otieno will discuss border security in a telephone conversation on Friday.",
    "Jan Kowalski and Amos Otieno agreed to discuss border security in a meeting next month.",
    "Polish Foreign Minister Jan Kowalski thanked Kenyan Foreign Minister Amos Otieno for the talks.",
])
def test_no_call_or_meeting_of_the_pair(sentence):
    art = extract_article(seed_from_text(sentence + "\n", date="2024-03-06"))
    assert not [e for e in art.events if e.kind in ("meeting", "phone call", "talks")]
