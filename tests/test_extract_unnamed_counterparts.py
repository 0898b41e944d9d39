"""A meeting of one named person with people the sentence describes but does not name ('met with
Russian veterans', 'held a working session with the director general and other senior leaders
of X') is that person's event; a reception still needs its guest, and a meeting needs people
met, not things."""

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

CASES = [
    ("KAZAN — Lieutenant General Trần Quang Phương, Deputy Minister of Public Security, has met in Kazan "
     "with Russian veterans who served in Vietnam, during his working trip to Russia.",
     "meeting", "Trần Quang Phương", "Kazan"),
    ("MINSK — Vietnamese Ambassador to Belarus Trịnh Minh Khôi held a working session on Friday with the "
     "director general and other senior leaders of Belteleradio, the Belarusian broadcaster.",
     "working session", "Trịnh Minh Khôi", None),
    # a delegation met as the object: met all the same (students met are a visit's side show)
    ("LISBON — Polish Ambassador to Portugal Jan Kowalski met a visiting delegation from a Warsaw-based institute "
     "for public health on March 15.", "meeting", "Jan Kowalski", None),
]


@pytest.mark.parametrize("sentence, kind, person, place", CASES)
def test_meeting_with_people_not_named(sentence, kind, person, place):
    art = extract_article(seed_from_text(sentence + "\n", date="2024-03-16"))
    evs = [e for e in art.events if e.kind == kind]
    assert len(evs) == 1
    assert [(p.actor, p.role) for p in evs[0].participants] == [(person, "participant")]
    assert evs[0].place == place


@pytest.mark.parametrize("sentence", [
    "On Monday, Deputy Minister Trần Quang Phương met with difficulties in Kazan.",
    "Deputy Minister Trần Quang Phương received a gift from Russian veterans in Kazan on Monday.",
])
def test_no_meeting_without_people_met(sentence):
    art = extract_article(seed_from_text(sentence + "\n", date="2024-03-16"))
    assert not [e for e in art.events if e.kind in ("meeting", "reception", "working session")]


def test_people_met_as_an_object_are_no_meeting_of_one():
    """'he met Vietnamese students' on a visit: a side show, not a meeting stored for one person."""
    text = "On Friday, Deputy Minister Trần Quang Phương visited Kazan Federal University, where he met Vietnamese students.\n"
    art = extract_article(seed_from_text(text, date="2024-03-16"))
    assert not [e for e in art.events if e.kind == "meeting"]


def test_the_chair_of_a_meeting_of_people_not_named():
    text = ("Ambassadors of the ASEAN member states to Chile met in Santiago on March 30 to discuss trade.\n"
            "The meeting was chaired by Polish Ambassador to Chile Jan Kowalski and held at the Santiago Trade Centre.\n")
    art = extract_article(seed_from_text(text, date="2016-03-31"))
    assert [(e.kind, [p.actor for p in e.participants]) for e in art.events] == [("meeting", ["Jan Kowalski"])]
    # a meeting merely held by a body names no one who was at it
    text = "The meeting was organised by the Santiago Trade Centre on March 30.\n"
    assert extract_article(seed_from_text(text, date="2016-03-31")).events == []
