"""A later date inside what someone is reported to have said dates the plan, not the speaker's being
at a gathering (knowledge/extract_evidence.py only_later_dates, extract_spoken.reported_content):
'Kamaz plans a plant in 2018, X said while attending the forum' keeps X's attendance; an event told
inside the reported words with a later date is still one to come. Articles of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2017-09-07"


def _people(text: str) -> list[list[str]]:
    art = extract_article(seed_from_text(text, date=PUB))
    return [sorted(p.actor for p in e.participants) for e in art.events]


def test_a_plan_dated_next_year_in_the_reported_words_keeps_the_speakers_attendance():
    got = _people("Kamaz plans to open a truck plant in Chile in 2018, chief executive Sergei Kogogin said "
                  "while attending the Kazan International Economic Forum.\n")
    assert ["Sergei Kogogin"] in got


def test_a_meeting_told_in_the_reported_words_with_a_later_date_is_still_to_come():
    got = _people("Sergei Kogogin and Gabriel Boric meet in Santiago in 2018, the Kamaz press service said.\n")
    assert not any("Sergei Kogogin" in ps for ps in got)
