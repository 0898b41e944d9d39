"""A "which <place>" question is declined when every place the quotes name is of another kind (a city
for a hall asked) or lies in another country than the one the question's demonym names (a Russian
city for a Vietnamese province asked): knowledge/answer/place_fit.py. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.place_fit import asked_nation, body_fits, fits, venue_named, venue_written
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

TOUR = """---
title: Hue folk ensemble tours the Volga
outlet: Test Wire
date: 2019-09-22
---
Hue folk ensemble tours the Volga

A folk ensemble from Hue played to a packed concert hall in Kazan on Saturday, the second stop of its tour of Russian cities.

The musicians were welcomed in Samara by deputy mayor Oleg Fomin, whose region is twinned with a province in Vietnam.

The tour will end in Vladivostok next week, the ensemble's director Le Thi Mai said.

The ensemble's costumes were sewn by the Kazan National Theatre, whose director Ilnur Sabirov presented the troupe with a silver samovar.
"""

engine = module_engine("place_fit", {"tour.txt": TOUR})


def test_the_country_asked_is_the_demonym_before_the_place_noun():
    assert asked_nation(parse("Which Vietnamese province did the ensemble visit?").tokens, "province") == "Vietnam"
    assert asked_nation(parse("In which Russian city did they play?").tokens, "city") == "Russia"
    assert asked_nation(parse("In which city did the Russian deputy mayor speak?").tokens, "city") is None


def test_a_settlement_is_no_hall_and_a_place_abroad_no_answer():
    assert not fits("Kazan", "hall", None)
    assert fits("the Kremlin Palace", "hall", None)
    assert not fits("Samara", "province", "Vietnam")
    assert fits("Samara", "city", "Russia")
    assert fits("Tver", "province", "Vietnam")  # a place the lexicon does not know is given the benefit of the doubt


def test_a_venue_is_named_by_a_word_of_its_kind_the_entity_model_may_miss():
    assert venue_written("The show opened at the Expocentre in Tula.", "venue", {"show", "venue"})
    assert venue_written("It was found in Chư Yang Sin National Park.", "park", {"national", "park"})
    assert not venue_written("It was found in the National Park.", "park", {"national", "park"})  # no name asked
    assert not venue_written("The Tropical Centre took part.", "hotel", {"hotel"})  # a centre is no hotel
    assert venue_named("Nha Trang Convention Centre", "hall") and not venue_named("Hue Symphony Orchestra", "hall")


def test_a_body_named_with_another_country_only_is_of_that_country():
    text = "Tom Hale, a manager at the Australian marketing company Dune Check, and Russia's Ural Machines said so."
    assert not body_fits(text, "Dune Check", "Vietnam")
    assert not body_fits(text, "Ural Machines", "Vietnam")
    assert body_fits(text, "Ural Machines", "Russia")
    assert not body_fits("He met the rector of Moscow State University.", "Moscow State University", "Vietnam")
    assert body_fits("The Vietnam-Russia Tropical Centre took part.", "Vietnam-Russia Tropical Centre", "Vietnam")
    assert body_fits("Signed with Russia, Vinamilk said.", "Vinamilk", "Vietnam")  # a clause before is no modifier
    spelt = "Rector of the Russian State Mining Academy (RSMA), who was visiting."
    assert not body_fits("He was made a professor of RSMA.", "RSMA", "Vietnam", spelt)  # the acronym's name


@pytest.mark.parametrize("question", [
    "Which Vietnamese theatre sewed the costumes of the Hue folk ensemble?",  # the Kazan National Theatre
    "In which concert hall did the Hue folk ensemble play on Saturday?",  # "a packed concert hall in Kazan"
])
def test_a_place_or_body_of_another_kind_or_country_is_declined(engine, question):
    a = engine.ask(question)
    assert not a.answered and not a.citations, a.text


@pytest.mark.parametrize("question, answer", [
    ("Which Russian theatre sewed the costumes of the Hue folk ensemble?", "Kazan National Theatre"),
    ("In which Russian city was the ensemble welcomed by deputy mayor Oleg Fomin?", "Samara"),
])
def test_one_of_the_kind_and_country_asked_answers(engine, question, answer):
    a = engine.ask(question)
    assert a.answered and answer in a.text, a.text
