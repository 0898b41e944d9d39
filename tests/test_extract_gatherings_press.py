"""A gathering told for itself is a meeting of those who act at it, one held for an occasion a
ceremony; a group of journalists told or received is a press meeting; a trip told in a clause
with a subject of its own is never the sentence subject's. Sentences of our own, with other
people, places and dates than any evaluation's."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2022-05-12"  # a Thursday


def _events(text: str, pub: str | None = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=pub)).events]


def test_a_gathering_told_for_itself_is_a_meeting_of_those_at_it():
    evs = _events("Cosmonauts meet again\n\n"
                  "Polish cosmonaut Miroslaw Hermaszewski and his former Soviet crewmate Pyotr Klimuk recalled "
                  "their joint flight at a gathering in Warsaw on May 3.\n")
    pair = frozenset({("Miroslaw Hermaszewski", "participant"), ("Pyotr Klimuk", "participant")})
    assert [e for e in evs if e[1] == pair] == [("meeting", pair, "Warsaw", "2022-05-03")], evs


def test_told_a_gathering_is_a_meeting_of_the_speaker():
    evs = _events("Union chapter reviews year\n\n"
                  "The Kazakh chapter of the Mongolian Youth Union had a good year in 2021, its secretary "
                  "Batbold Tumur told a gathering in Almaty on Sunday.\n")
    assert [e[:2] for e in evs] == [("meeting", frozenset({("Batbold Tumur", "participant")}))], evs


def test_a_get_together_held_to_mark_an_occasion_stays_a_ceremony():
    evs = _events("Twinning marked\n\n"
                  "A get-together was held in Darkhan on Tuesday to celebrate 30 years of the town's twinning "
                  "with Almaty.\nPainter Dashdorj Sukhbaatar attended together with Kazakh Consul Yerlan Abenov.\n")
    assert [e[0] for e in evs] == ["ceremony"], evs


def test_told_a_group_of_visiting_journalists_is_a_press_meeting():
    evs = _events("Governor eyes Mongolia\n\n"
                  "ULAANBAATAR, May 12, 2022 — The governor of Kazakhstan's Karaganda Region, Yermaganbet "
                  "Bulekpayev, told a group of visiting foreign journalists on Wednesday that his region wants "
                  "more trade with Mongolia.\nHe listed coal and steel as its strengths.\n")
    assert [e[:2] for e in evs] == [("meeting", frozenset({("Yermaganbet Bulekpayev", "participant")}))], evs


def test_journalists_touring_on_a_trip_are_received_not_the_receiver_visiting():
    evs = _events("Governor eyes Mongolia\n\n"
                  "KARAGANDA, May 12, 2022 — Yermaganbet Bulekpayev, the governor of Kazakhstan's Karaganda "
                  "Region, said on Wednesday that he hopes to widen trade with Mongolia.\n"
                  "He made the remarks while receiving a group of foreign journalists who were touring the "
                  "region on a study trip.\nHe listed coal and steel as its strengths.\n")
    assert not any("visit" in e[0] for e in evs), evs
    assert [e[:2] for e in evs] == [("meeting", frozenset({("Yermaganbet Bulekpayev", "participant")}))], evs
