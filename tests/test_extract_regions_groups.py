"""Trips to a region, offices of a place, names the model leaves untagged and receptions of a
group whose leader the next sentence names — general mechanisms on sentences of our own (other
people, places and dates than any evaluation's)."""

from __future__ import annotations

import pytest

from knowledge import names
from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _events(body: str, pub: str = PUB):
    art = extract_article(seed_from_text("Title\n\n" + body, date=pub))
    return [(e.kind, {(p.actor, p.role) for p in e.participants}, e.place, e.date) for e in art.events], art


@pytest.mark.parametrize("body, visitor, region", [
    ("MOSCOW – Laotian Ambassador to Russia Khamphao Ernthavanh paid a two-day working trip to Russia's "
     "Tver Oblast from March 3 to 4, 2021, seeking closer ties.", "Khamphao Ernthavanh", "Tver Oblast"),
    ("Cambodian Consul General Chea Sokha made a five-day working trip to the Republic of Buryatia from June 2 "
     "to 5, 2021.", "Chea Sokha", "Republic of Buryatia"),
    ("Lao Ambassador Thongsavanh Phomvihane paid a working visit to Russia's Ulyanovsk Oblast in July.",
     "Thongsavanh Phomvihane", "Ulyanovsk"),
    ("Lao Ambassador Sounthone Xayachack visited Kamchatka in May.", "Sounthone Xayachack", "Kamchatka"),
])
def test_a_trip_to_a_region_is_hosted_by_the_region_not_the_state(body, visitor, region):
    evs, _ = _events(body)
    visits = [e for e in evs if "visit" in e[0]]
    assert len(visits) == 1
    assert visits[0][1] == {(visitor, "visitor"), (region, "host")}
    assert visits[0][2] == region


def test_a_trip_to_a_city_is_no_trip_to_a_region():
    evs, _ = _events("Lao Ambassador Bounkeut Sangsomsak visited Kazan in June.\n"
                     "Lao Ambassador Bounkeut Sangsomsak paid a working visit to Kazan in July.\n")
    hosts = {a for e in evs if "visit" in e[0] for a, r in e[1] if r == "host"}
    assert hosts <= {"Russia"} and evs


def test_regions_by_their_own_names():
    assert names.is_region_name("Kaluga Oblast") and names.is_region_name("the Republic of Tuva")
    assert names.is_region_name("Tver Region") and names.is_region_name("Perm Krai")
    assert not names.is_region_name("Republic of Korea") and not names.is_region_name("Czech Republic")
    assert not names.is_region_name("Asia-Pacific region") and not names.is_region_name("Moscow")
    assert names.canonical_place("Republic of Sakha (Yakutia)") == "Yakutia" == names.canonical_place("Sakha Republic")


def test_an_office_of_a_place_is_no_person():
    evs, art = _events("Lao Ambassador Sounthone Xayachack visited the Republic of Buryatia on Friday.\n"
                       "He also met Ulan-Ude Mayor Igor Shutenkov and the head of the agency.\n"
                       "The ambassador later met Chita Mayor on Saturday.\n")
    people = {a.name for a in art.actors if a.kind == "person"}
    assert people == {"Sounthone Xayachack", "Igor Shutenkov"}
    meetings = [e[1] for e in evs if e[0] == "meeting"]
    assert meetings == [{("Sounthone Xayachack", "participant"), ("Igor Shutenkov", "participant")}]


@pytest.mark.parametrize("body, pair", [
    ("MINSK, May 16 – Vietnamese Ambassador to Belarus Tran Dang Hoan held talks with Governor of Grodno Region "
     "Vladimir Karanik.", {"Tran Dang Hoan", "Vladimir Karanik"}),
    ("PHNOM PENH, May 16 – Vietnamese Ambassador to Cambodia Vu Quang Minh held talks on Tuesday with Governor of "
     "Siem Reap Province Tea Seiha on tourism.", {"Vu Quang Minh", "Tea Seiha"}),
])
def test_names_after_a_title_are_people_and_a_province_is_none(body, pair):
    evs, art = _events(body)
    assert {a.name for a in art.actors if a.kind == "person"} == pair
    assert [{a for a, _ in e[1]} for e in evs] == [pair]


def test_a_russian_name_with_its_patronymic_is_a_person():
    evs, art = _events("CẦN THƠ, March 4, 2023 – Can Tho University welcomed Natalia Viktorovna Kuznetsova of "
                       "Russia's Ural Federal University on a working visit on March 4.\n"
                       "Kuznetsova advises the rector on international relations.\n")
    assert {a.name for a in art.actors if a.kind == "person"} == {"Natalia Viktorovna Kuznetsova"}
    assert [(e[0], e[1], e[3]) for e in evs if "visit" in e[0]] == [
        ("working visit", {("Natalia Viktorovna Kuznetsova", "visitor")}, "2023-03-04")]


@pytest.mark.parametrize("second", [
    "The Lao delegation was led by Ambassador Khamphao Ernthavanh.",
    "Ambassador Khamphao Ernthavanh led the Lao group, which included two counsellors.",
])
def test_a_group_received_takes_the_leader_the_next_sentence_names_as_its_guest(second):
    evs, _ = _events("Hoang Quoc Khanh, Chairman of the Son La Provincial People's Committee, received a delegation "
                     "from the Lao Embassy in Vietnam on May 3.\n" + second + "\nKhanh briefed the guests on the "
                     "province.\n")
    assert [(e[0], e[1], e[3]) for e in evs] == [
        ("reception", {("Hoang Quoc Khanh", "host"), ("Khamphao Ernthavanh", "visitor")}, "2023-05-03")]


def test_a_group_whose_leader_is_never_named_makes_no_reception():
    evs, _ = _events("Hoang Quoc Khanh, Chairman of the Son La Provincial People's Committee, received a delegation "
                     "from the Lao Embassy in Vietnam on May 3.\nThe guests toured an industrial park.\n"
                     "Later the province's tourism chief, Lo Van Minh, led the group to a tea farm.\n"
                     "Vietnamese Deputy Minister Ha Kim Ngoc received a delegation from Cuba on May 4.\n"
                     "The group was led by Vietnamese Ambassador to Cuba Le Thanh Tung.\n")
    assert evs == []


@pytest.mark.parametrize("second", [
    "Leading the delegation was Bounmy Sayavong, the agency's general director.",
    "The delegation was led by Bounmy Sayavong, the agency's general director.",
])
def test_a_group_visit_takes_the_leader_named_after_it_even_in_the_inverted_form(second):
    evs, _ = _events("A delegation of journalists from Vientiane paid a working visit to Cuba on May 3 and 4.\n"
                     "The trip was made at the invitation of the Cuban press union.\n" + second + "\n")
    assert [(e[0], e[1], e[3]) for e in evs] == [("working visit", {("Bounmy Sayavong", "visitor")}, "2023-05-03")]


def test_a_group_travelling_on_takes_its_leader_and_not_the_days_of_what_it_did_before():
    evs, _ = _events("After attending a session of the joint commission in Hanoi from May 2 to 5, a Lao delegation "
                     "travelled on to Da Nang.\nThe group was headed by Lieutenant General Vongkham Phommakone, "
                     "Deputy Minister of National Defence.\n")
    assert [(e[0], e[1], e[2], e[3]) for e in evs if "visit" in e[0]] == [
        ("visit", {("Vongkham Phommakone", "visitor")}, "Da Nang", None)]
    # nobody named as its leader: no trip is stored
    evs, _ = _events("A Lao delegation travelled to Da Nang on May 6.\nThe guests toured a port.\n")
    assert evs == []
