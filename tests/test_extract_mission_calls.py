"""Calls at a foreign mission told by going there ('went to the Consulate General to offer
condolences', 'led a delegation to the Embassy'), and an envoy's full title ('Ambassador
Extraordinary and Plenipotentiary') that the model cuts into a name — general mechanisms on
sentences of our own (other people, places and dates than any evaluation's)."""

from __future__ import annotations

import pytest

from tests.helpers.articles import body_events

PUB = "2022-09-16"  # a Friday


def _events(body: str):
    return body_events(body, PUB)


def test_going_to_a_foreign_consulate_is_a_visit_dated_by_its_own_day():
    evs = _events("Mongolian Foreign Minister Batmunkh Battsetseg went to the Lao Consulate General in Shanghai "
                  "on September 14 to offer condolences over the floods.\n")
    assert ("visit", {("Batmunkh Battsetseg", "visitor")}, "Shanghai", "2022-09-14") in evs


def test_leading_a_delegation_to_a_mission_at_home_is_a_visit_to_no_other_state():
    evs = _events("Lao Deputy Defence Minister Vongkham Phommakone led a ministry delegation to the Cuban Embassy "
                  "in Vientiane on Tuesday to pay tribute to the victims of the hurricane.\n")
    assert [e for e in evs if e[0] == "visit"] == [("visit", {("Vongkham Phommakone", "visitor")}, None, "2022-09-13")]


@pytest.mark.parametrize("body", [
    "Lao Foreign Minister Saleumxay Kommasith went to Paris on Monday for talks.\n",  # a city, no mission
    "Lao Foreign Minister Saleumxay Kommasith will go to the Cuban Embassy on Monday.\n",  # not yet done
    "The Cuban Embassy was visited by many people.\n",  # nobody named goes
])
def test_no_mission_call_without_a_named_person_going_to_a_mission(body):
    assert not [e for e in _events(body) if "visit" in e[0]]


@pytest.mark.parametrize("body, envoy", [
    ("OMSK, June 12 — Omsk Mayor Sergei Shelest has met Khamphan Sitthideth, Laos's Ambassador "
     "Extraordinary and Plenipotentiary to the Russian Federation, at the city hall.\n", "Khamphan Sitthideth"),
    ("The statement was issued after a meeting between Igor Sechin, chief executive of Rosneft, and Laos's "
     "Ambassador Extraordinary and Plenipotentiary to Russia, Thongsavanh Phomvihane.\n", "Thongsavanh Phomvihane"),
])
def test_an_envoys_full_title_is_nobodys_name(body, envoy):
    evs = _events(body)
    names = {a for e in evs for a, _ in e[1]}
    assert "Extraordinary" not in names and not any("Plenipotentiary" in n for n in names)
    assert [e for e in evs if e[0] == "meeting" and any(a == envoy for a, _ in e[1])]


def test_the_same_day_is_the_news_day_not_the_day_of_a_cause_told_after_it():
    evs = _events("Lao Women's Union President Inlavanh Keobounphanh on Monday sent letters of sympathy to the "
                  "union's Cuban partners after the fire at the oil depot.\nThe fire at the Vientiane depot broke out on the evening "
                  "of September 9, local time.\nThe same day, union Vice President Bouachanh Sivongsay led a "
                  "group of staff to the Cuban Embassy in Vientiane to honour the victims.\n")
    assert [e[3] for e in evs if e[0] == "visit"] == ["2022-09-12"]
