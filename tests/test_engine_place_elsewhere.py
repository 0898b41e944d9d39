"""A question that sets its event in one city, answered by quotes that set it in another, is declined
(knowledge/answer/place_elsewhere.py); the seat of a body ("the consulate in Da Nang"), a province
holding the city, and a question asking the place keep the reply. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.place_elsewhere import asked_cities, scene_cities
from tests.helpers.engine_stores import module_engine

PACT = """---
title: Tomsk university and Hue medical school sign exchange pact
outlet: Test Wire
date: 2019-10-03
---
Tomsk university and Hue medical school sign exchange pact

The exchange agreement between Tomsk State University and the Hue University of Medicine was signed in Kazan on Wednesday, the Russian university said.

Rector Eduard Galazhinsky said the pact would let 40 Vietnamese students train in Tomsk each year.

Galazhinsky, who also met officials of the Russian consulate in Da Nang in May, said the first students would arrive in 2020.
"""

engine = module_engine("place_elsewhere", {"pact.txt": PACT})


def test_the_asked_city_and_a_quoted_scene_are_read():
    assert asked_cities("Why was the exchange agreement signed in Sochi?") == ["Sochi"]
    assert asked_cities("Hiệp định được ký ở Huế vào ngày nào?") == ["Hue"]
    assert asked_cities("Which port in Khanh Hoa did the ship call at?") == []  # a province, not a city
    assert scene_cities("The agreement was signed in Kazan on Wednesday.") == {"Kazan"}
    assert scene_cities("He met officials of the Russian consulate in Da Nang.") == set()  # a body's seat
    assert scene_cities("The new leadership in Hà Nội would work actively.") == set()


def test_a_city_the_quotes_contradict_is_declined(engine):
    a = engine.ask("Why was the Tomsk–Hue exchange agreement signed in Sochi?")
    assert not a.answered, a.text
    a = engine.ask("Hiệp định trao đổi giữa Tomsk và Huế được ký ở Hà Nội vào ngày nào?")
    assert not a.answered, a.text


@pytest.mark.parametrize("question", ["When was the Tomsk–Hue exchange agreement signed in Kazan?",  # the city written
                                      "In which city was the Tomsk–Hue exchange agreement signed?"])  # the city asked
def test_the_city_written_or_asked_keeps_the_reply(engine, question):
    a = engine.ask(question)
    assert a.answered and "Kazan" in a.text, a.text



def test_a_city_written_by_its_noun_or_a_capital_by_its_country_is_a_scene():
    assert scene_cities("The council met for its sixth sitting in the Russian city of Kazan on May 2.") == {"Kazan"}
    assert scene_cities("The board agreed at a fourth meeting held in the Vietnamese capital on Friday.") == {"Hanoi"}
    assert scene_cities("He thanked the embassy in the Russian capital.") == set()  # a body's seat


def test_a_dateline_does_not_write_the_asked_city():
    """ "Kazan (TW) – The council met … in the Russian city of Sochi" sets nothing in Kazan: the dateline
    names where the report was filed."""
    from knowledge.answer.place_elsewhere import elsewhere
    from knowledge.facts import Answer, Citation
    quote = "Kazan (TW) – The trade council met for its sixth sitting in the Russian city of Sochi on May 2."
    ans = Answer(True, "From Test Wire:", "From Test Wire:", [Citation("x.txt", None, "Test Wire", None, quote)])
    assert elsewhere("When was the sixth trade council sitting held in Kazan?", "en", ans) == "Kazan"
    assert elsewhere("When was the sixth trade council sitting held in Sochi?", "en", ans) is None
