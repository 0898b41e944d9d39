"""Mentions that are no new event: visits still ahead ('the forthcoming trip', 'after X's
visit' in a clause about the future), people sitting in on talks already told, the last visit
of years ago, and an organisation's acronym in brackets after a participant's title. Sentences
of our own (Thai, Cambodian, Lao people and places), not from any evaluation set."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"
LEAD = "Thai Prime Minister Srettha Thavisin received Russian envoy Igor Sokolov in Bangkok on Tuesday.\n\n"


def _events(text: str):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=PUB)).events]


@pytest.mark.parametrize("ahead", [
    "Srettha said he believed the forthcoming trip to Russia by Minister Chai Wacharonke would lift ties.\n",
    "Srettha said the upcoming visit to Russia by Minister Chai Wacharonke would open a new chapter.\n",
    "The envoy expressed hope that ties would become closer after Minister Chai Wacharonke's visit.\n",
])
def test_visits_still_ahead_are_no_events(ahead):
    evs = _events(LEAD + ahead)
    assert [e[0] for e in evs] == ["reception"], evs


def test_people_sitting_in_on_told_talks_are_no_meeting_of_their_own():
    evs = _events("Russian Deputy Prime Minister Alexei Overchuk held talks with Cambodian Deputy Prime Minister "
                  "Sok Chenda in Phnom Penh.\n\nAmbassador Chea Kimtha and Governor Khuong Sreng also attended "
                  "the talks with Overchuk.\n")
    assert [e[0] for e in evs] == ["talks"], evs
    assert evs[0][1] == {("Alexei Overchuk", "participant"), ("Sok Chenda", "participant")}


def test_meeting_people_who_only_attend_elsewhere_is_still_a_meeting():
    evs = _events("Ambassador Chea Kimtha and Governor Khuong Sreng met with Alexei Overchuk in Phnom Penh.\n")
    assert [e[0] for e in evs] == ["meeting"], evs


def test_the_last_visit_years_ago_is_background():
    evs = _events(LEAD + "The last visit to Thailand by a Russian envoy of that rank took place in March 2012, "
                  "when Sergei Lavrov travelled to Bangkok.\n")
    assert [e[0] for e in evs] == ["reception"], evs


def test_an_acronym_in_brackets_after_a_title_is_no_participant():
    evs = _events("Thai diplomat Somchai Jaidee and Yuri Petrov, Secretary of the Communist Party of the Russian "
                  "Federation (CPRF), signed a cooperation deal in Bangkok on Tuesday.\n")
    signing = [e for e in evs if e[0] == "signing"]
    assert signing and signing[0][1] == {("Somchai Jaidee", "participant"), ("Yuri Petrov", "participant")}, evs


def test_a_state_signing_a_purchase_alone_is_no_signing_but_two_sides_are():
    bought = _events(LEAD + "In 2015, Thailand signed contracts to buy four helicopters from Russia.\n")
    assert [e[0] for e in bought] == ["reception"], bought
    pact = _events(LEAD + "Thailand signed an agreement on visa waivers with Russia on Tuesday.\n")
    assert {("Thailand", "participant"), ("Russia", "participant")} in [e[1] for e in pact if e[0] == "signing"], pact


def test_being_on_a_first_trip_since_taking_office_is_the_trip_now():
    evs = _events("Thai Foreign Minister Maris Sangiampongsa is in Russia on his first trip abroad since taking "
                  "office earlier this month.\n")
    assert [(e[0], e[2]) for e in evs] == [("visit", "Russia")], evs


def test_a_trip_counted_since_a_year_is_still_background():
    evs = _events("Thai Foreign Minister Maris Sangiampongsa held talks with Sergei Lavrov in Moscow on Tuesday.\n\n"
                  "He has visited Russia three times since 2020.\n")
    assert [e[0] for e in evs] == ["talks"], evs


@pytest.mark.parametrize("text, hosts", [
    ("Lao Foreign Minister Saleumxay Kommasith is in Russia on a six-day working trip.\n", {("Russia", "host")}),
    ("Lao Foreign Minister Saleumxay Kommasith is in Vientiane on a working trip.\n", set()),  # his own country
])
def test_being_in_a_country_on_a_trip_makes_it_the_host_unless_it_is_the_visitors_own(text, hosts):
    visits = [e for e in _events(text) if "visit" in e[0]]
    assert len(visits) <= 1 and {p for e in visits for p in e[1] if p[1] == "host"} == hosts, visits
