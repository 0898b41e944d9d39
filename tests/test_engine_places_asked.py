"""A place asked in the plural ("which cities will they visit") or with the question word
misspelt ("in wich city") still asks for a place. Article written for this test."""

from __future__ import annotations

from knowledge.answer.intent import answer_type
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

KHABAROVSK = """---
title: Khabarovsk youth delegation tours central Vietnam
outlet: Test Wire
date: 2025-05-06
---
Khabarovsk youth delegation tours central Vietnam

A youth delegation from Khabarovsk Krai arrived in Vietnam on Monday for a week of exchanges with student unions.
The delegation, led by regional youth committee head Olga Dernova, will hold talks on student exchanges and volunteer camps.
The delegation will visit Huế and Quy Nhơn before flying home from Đà Nẵng.
In Quy Nhơn, Dernova signed a memorandum on summer camps with the Bình Định provincial youth union.
"""

engine = module_engine("places_asked", {"khabarovsk.txt": KHABAROVSK})


def test_plural_places_and_a_misspelt_which_ask_a_place():
    assert answer_type(parse("Which cities will the delegation visit?"))[0] == "place"
    assert answer_type(parse("In wich city did Dernova sign the memorandum?"))[0] == "place"
    assert answer_type(parse("Which countries belong to the union?"))[0] != "place"  # countries: a class, not a place


def test_which_cities_is_answered_by_the_sentence_naming_them(engine):
    ans = engine.ask("Which cities will the Khabarovsk youth delegation visit?")
    assert ans.answered and "will visit Huế" in ans.text
