"""A trip named only as the setting of another act ('met B during her official visit to Chile',
'B, who was on a working visit to Peru', 'as part of his official visit') is stored below the
stating threshold unless the article tells the trip in its own right; a person named only in
another's title ('special envoy of President X', 'an adviser to X', "X's aide") is no party to the
event. Sentences of our own, with other people, places and dates than any evaluation's."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _events(text: str):
    return [(e.kind, {(p.actor, p.role) for p in e.participants}, e.confidence)
            for e in extract_article(seed_from_text(text, date=PUB)).events]


def _visits(evs, who: str):
    return [(k, c) for k, p, c in evs if "visit" in k and (who, "visitor") in p]


@pytest.mark.parametrize("text, who", [
    ("Prime Minister Ana Ruiz met Chilean President Omar Haddad in Santiago on Monday during her official "
     "visit to Chile.\n", "Ana Ruiz"),
    ("President Omar Haddad held talks in Lima on Tuesday with Foreign Minister Ivan Petrov, who was on a "
     "working visit to Peru.\n", "Ivan Petrov"),
    ("Foreign Minister Ivan Petrov met representatives of the Peruvian community in Lima on Tuesday as part of "
     "his official visit to the country.\n", "Ivan Petrov"),
])
def test_a_trip_told_in_passing_is_not_stated(text, who):
    evs = _events(text)
    assert any(k != "visit" and "visit" not in k and c >= 0.5 for k, _p, c in evs), evs  # the news itself
    visits = _visits(evs, who)
    assert visits and all(c < 0.5 for _k, c in visits), evs


@pytest.mark.parametrize("text, who", [
    # the trip told in its own right, then as a setting: one row, stated
    ("Foreign Minister Ivan Petrov paid an official visit to Chile from May 15 to 17. He met President Omar "
     "Haddad in Santiago on May 16 during his visit.\n", "Ivan Petrov"),
    # what the verb does with the visit tells the trip itself
    ("Foreign Minister Ivan Petrov landed in Santiago on Monday to begin an official visit to Chile.\n",
     "Ivan Petrov"),
    ("President Omar Haddad received Foreign Minister Ivan Petrov, who is paying an official visit to Chile, in "
     "Santiago on Tuesday.\n", "Ivan Petrov"),
    # a trip with days of its own
    ("Prime Minister Ana Ruiz met President Omar Haddad in Santiago on Monday, as part of an official visit to "
     "Chile lasting from May 14 to 17.\n", "Ana Ruiz"),
])
def test_a_trip_told_in_its_own_right_is_stated(text, who):
    visits = _visits(_events(text), who)
    assert visits and all(c >= 0.5 for _k, c in visits), visits


@pytest.mark.parametrize("text, person, other", [
    ("President Omar Haddad received Ivan Petrov, special envoy of President Ana Ruiz, in Santiago on "
     "Tuesday.\n", "Ivan Petrov", "Ana Ruiz"),
    ("Ivan Petrov, an adviser to President Ana Ruiz, met Chilean Foreign Minister Marco Silva in Santiago on "
     "Tuesday.\n", "Ivan Petrov", "Ana Ruiz"),
])
def test_a_person_named_in_anothers_title_is_no_party(text, person, other):
    evs = _events(text)
    assert any(person in {a for a, _r in p} for _k, p, _c in evs), evs
    assert all(other not in {a for a, _r in p} for _k, p, _c in evs), evs


def test_two_people_named_with_titles_of_their_own_both_stay():
    evs = _events("President Omar Haddad received Foreign Minister Ivan Petrov of Peru in Santiago on Tuesday.\n")
    assert [p for _k, p, _c in evs] == [{("Omar Haddad", "host"), ("Ivan Petrov", "visitor")}], evs


@pytest.mark.parametrize("text", [
    # what is still due or set is no event held
    "President Omar Haddad is in Lima on a two-day visit and is also due to hold separate talks with Peru's "
    "leaders.\n",
    "President Omar Haddad is set to hold talks with President Ana Ruiz in Lima on Friday.\n",
    # a clause that only names a past year
    "Haddad recalled that cooperation between the two countries goes back to 1962, the year Peruvian President "
    "Luis Alva visited Santiago.\n",
])
def test_no_event_from_what_is_due_or_what_names_a_past_year(text):
    evs = _events(text)
    assert not any(k == "talks" or (("Luis Alva", "visitor") in p) for k, p, _c in evs), evs


def test_a_visit_due_to_end_is_still_a_visit():
    evs = _events("Foreign Minister Ivan Petrov arrived in Santiago on Monday. Petrov's three-day visit is due to "
                  "end on Wednesday.\n")
    assert any("visit" in k and ("Ivan Petrov", "visitor") in p for k, p, _c in evs), evs


def test_a_trip_going_on_beside_another_act_is_not_stated():
    visits = _visits(_events("President Ana Ruiz on May 2 opened a copper smelter near Arequipa, continuing her "
                             "official visit to Peru.\n"), "Ana Ruiz")
    assert visits and all(c < 0.5 for _k, c in visits), visits


@pytest.mark.parametrize("text", [
    "President Ana Ruiz continued her official visit to Peru on May 2, touring a copper smelter near Arequipa.\n",
    "Continuing her official visit to Peru, President Ana Ruiz arrived in Arequipa on May 2.\n",
])
def test_a_trip_its_verb_goes_on_with_is_still_stated(text):
    visits = _visits(_events(text), "Ana Ruiz")
    assert visits and any(c >= 0.5 for _k, c in visits), visits
