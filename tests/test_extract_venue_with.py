"""The one met where the parser hangs him on the venue: 'held a meeting at the Foreign Ministry
with X' is a meeting with X. Sentences of our own: other people and places than any evaluation's."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _events(body: str, pub: str = PUB):
    art = extract_article(seed_from_text("Title\n\n" + body, date=pub))
    return [(e.kind, {(p.actor, p.role) for p in e.participants}, e.place, e.date) for e in art.events]


def test_the_one_met_hung_on_the_venue_is_the_other_side():
    evs = _events("Mongolian Deputy Foreign Minister Batbold Dorj held a meeting at the Lao Foreign Ministry with Lao "
                  "Deputy Foreign Minister Sounthone Xayachack on Tuesday.\n")
    assert [(e[0], e[1]) for e in evs] == [
        ("meeting", {("Batbold Dorj", "participant"), ("Sounthone Xayachack", "participant")})]


def test_a_meeting_at_a_venue_without_anyone_met_stays_unstored():
    # 'with' on the venue names no person: no one met, no meeting of one person
    evs = _events("Mongolian Deputy Foreign Minister Batbold Dorj held a meeting at a hotel with a view of the "
                  "Mekong on Tuesday.\n")
    assert not any(e[0] == "meeting" for e in evs)
