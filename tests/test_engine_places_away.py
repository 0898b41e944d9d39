"""A question that names only a place ("what is the photo exhibition in Kazan titled?") is answered
by the sentence of the Kazan article that names the exhibition though not the city: the article sets
the scene in its opening and writes around it. A question naming a person still needs a sentence
about that person. On an article written for this test."""

from __future__ import annotations

from knowledge.answer import decision
from knowledge.names import fold
from tests.helpers.engine_stores import module_engine, quoted

KAZAN = """---
title: Vietnamese culture days open in Kazan
outlet: Test Wire
date: 2019-05-04
---
Vietnamese culture days open in Kazan

KAZAN, May 3 – Vietnamese culture days opened in the capital of Tatarstan on Friday with a concert and a food fair.

Organisers said the programme would later travel to Samara and Ufa.

The photo exhibition, titled "Colours of Huế", shows 80 pictures of the old imperial city by photographers from Huế.

Deputy culture minister Tran Thi Ha said the days would bring the two peoples closer.
"""

engine = module_engine("places_away", {"kazan.txt": KAZAN})


def test_only_places_away_is_like_a_body_away():
    assert decision.only_bodies([({"place"}, "kazan")], people=False)
    assert not decision.only_bodies([({"place"}, "kazan")], people=True)
    assert not decision.only_bodies([({"person"}, "ha")], people=False)


def test_a_question_naming_only_the_city_is_answered(engine):
    a = engine.ask("What is the photo exhibition in Kazan titled?")
    assert a.answered and "colours of hue" in fold(quoted(a)), a.text
