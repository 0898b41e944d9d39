"""'The meeting took place in X': a sentence of its own that says where (or when) the meeting
told just before it took place gives that meeting its place and date — only when the meeting is
the one the article has told so far and its own words left them out. Sentences of our own."""

from __future__ import annotations

from knowledge import names
from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2019-03-14"  # a Thursday
MET = "Deputy Prime Minister Trịnh Đình Dũng met Russian Deputy Prime Minister Dmitry Chernyshenko"


def _meetings(text: str):
    art = extract_article(seed_from_text(text, date=PUB))
    return [(e.kind, frozenset(p.actor for p in e.participants), e.place, e.date)
            for e in art.events if e.kind in ("meeting", "talks", "reception")]


def test_the_next_sentence_places_the_meeting():
    got = _meetings(f"{MET} on March 12.\nThe meeting took place in Kazan during Dũng's working visit to Russia.\n")
    assert got == [("meeting", {"Trịnh Đình Dũng", "Dmitry Chernyshenko"}, "Kazan", "2019-03-12")], got


def test_the_talks_were_held_in_a_capital_named_by_its_country_on_a_day():
    got = _meetings("Vietnamese Defence Minister Phan Văn Giang held talks with Russian Defence Minister Sergei "
                    "Shoigu. The talks were held in the Lao capital on Tuesday on the sidelines of a regional forum.\n")
    assert got == [("talks", {"Phan Văn Giang", "Sergei Shoigu"}, "Vientiane", "2019-03-12")], got
    assert names.PLACE_COUNTRY["Vientiane"] == "Laos"


def test_a_place_the_meeting_already_has_stays():
    got = _meetings(f"{MET} in Hanoi on March 12.\nThe meeting took place during Dũng's working visit.\n"
                    "The meeting was held in Kazan.\n")
    assert [g[2] for g in got] == ["Hanoi"], got


def test_two_meetings_before_leave_the_meeting_unplaced():
    got = _meetings(f"{MET} on March 12. Minister Nguyễn Chí Dũng met Russian Economy Minister Maxim Oreshkin "
                    "on March 13.\nThe meeting took place in Kazan.\n")
    assert len(got) == 2 and all(g[2] is None for g in got), got


def test_a_meeting_still_to_come_or_far_off_gives_nothing():
    assert _meetings(f"{MET} on March 12.\nThe next meeting will take place in Kazan.\n")[0][2] is None
    assert _meetings(f"{MET} on March 12.\nThe meeting will take place in Kazan.\n")[0][2] is None
    far = (f"{MET} on March 12.\n\nThe two sides discussed trade and energy.\n\n"
           "They also talked about education.\n\nThe meeting took place in Kazan.\n")
    assert _meetings(far)[0][2] is None
