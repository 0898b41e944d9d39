"""Fields of an event that belong to something else in its sentence: the day a source reported it
('according to a statement issued on Friday'); a trip told in a clause of what is due ('who is to
make his first trip'); a get-together or a gathering, which is an occasion's ceremony, no meeting.
Sentences of our own, with other people, places and dates than any evaluation's."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2024-03-09"  # a Saturday


def _events(text: str, pub: str | None = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date, e.confidence)
            for e in extract_article(seed_from_text(text, date=pub)).events]


def test_the_day_a_source_reported_it_dates_no_event():
    evs = _events("Mongolian Foreign Minister Batmunkh Battsetseg has signed a cooperation agreement with "
                  "Kazakh Foreign Minister Murat Nurtleu, according to a statement issued on Friday.\n")
    signed = [e for e in evs if e[0] == "signing"]
    assert signed and all(e[3] is None for e in signed), evs


def test_the_act_own_day_still_dates_it_before_the_source():
    evs = _events("Mongolian Foreign Minister Batmunkh Battsetseg met Kazakh Foreign Minister Murat Nurtleu "
                  "in Astana on Thursday, according to the ministry.\n")
    met = [e for e in evs if e[0] == "meeting"]
    assert met and met[0][3] == "2024-03-07", evs


def test_a_trip_told_in_a_clause_of_what_is_due_is_not_stated():
    evs = _events("Kazakh President Kassym-Jomart Tokayev said his people were glad to welcome Ukhnaagiin "
                  "Khürelsükh, who is to make his first trip to Kazakhstan as president.\n")
    trips = [e for e in evs if "visit" in e[0]]
    assert all(e[4] < 0.5 for e in trips), evs


def test_a_trip_told_as_done_next_to_a_clause_of_what_is_due_is_stated():
    evs = _events("Mongolian President Ukhnaagiin Khürelsükh visited Astana on Thursday, and Kazakh President "
                  "Kassym-Jomart Tokayev is to attend the talks on Friday.\n")
    trips = [e for e in evs if "visit" in e[0]]
    assert trips and all(e[4] >= 0.5 for e in trips), evs


def test_a_get_together_and_a_gathering_are_ceremonies_not_meetings():
    evs = _events("A get-together was held in Darkhan on Thursday to mark 30 years of the town's twinning with "
                  "Almaty.\nPainter Dashdorj Sükhbaatar attended together with Kazakh Consul Yerlan Abenov.\n")
    pair = [e for e in evs if {("Dashdorj Sükhbaatar", "participant"), ("Yerlan Abenov", "participant")} <= e[1]]
    assert pair and all(e[0] == "ceremony" for e in pair), evs
    evs = _events("A bust of the poet Abai Kunanbayev was unveiled in Darkhan on Thursday.\n"
                  "Darkhan Governor Batbayar Ganbold told the gathering that the bust honoured a shared past.\n")
    his = [e for e in evs if ("Batbayar Ganbold", "participant") in e[1]]
    assert his and all(e[0] != "meeting" for e in his), evs
