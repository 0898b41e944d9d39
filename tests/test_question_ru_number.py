"""A Russian noun's ending puts the vocabulary's English in its number, and never pluralises twice."""

from __future__ import annotations

import pytest

from knowledge.question.senses import already_plural, ru_number


@pytest.mark.parametrize("word", ["goods", "talks", "relations", "consultations", "customs", "savings"])
def test_a_counted_word_already_plural_stays_as_it_is(word):
    # "сколько ...ов": a genitive plural after a counting word asks for the English plural
    assert ru_number([word], "товар", "ов", {}, "сколько") == [word]


@pytest.mark.parametrize("word, plural", [("report", "reports"), ("process", "processes"), ("company", "companies"),
                                          ("census", "censuses")])
def test_a_counted_singular_word_still_takes_the_plural(word, plural):
    assert ru_number([word], "доклад", "ов", {}, "несколько") == [plural]


def test_a_singular_ending_still_makes_a_plural_word_singular():
    assert ru_number(["diplomats"], "дипломат", "ом", {}, "") == ["diplomat"]


@pytest.mark.parametrize("word, plural", [("goods", True), ("talks", True), ("ministers", True), ("crisis", False),
                                          ("boss", False), ("bus", False), ("report", False)])
def test_already_plural_reads_the_final_s(word, plural):
    assert already_plural(word) is plural


@pytest.mark.parametrize("word, plural", [("aircraft", "aircraft"), ("spacecraft", "spacecraft"), ("child", "children"),
                                          ("person", "people")])
def test_a_counted_noun_takes_its_english_plural_not_an_added_s(word, plural):
    # "сколько вертолётов": how many aircraft, never "aircrafts", which no article writes
    assert ru_number([word], "вертолет", "ов", {}, "сколько") == [plural]


@pytest.mark.parametrize("ending, prev", [("ами", "иностранными"), ("ах", "скольких"), ("ям", "нескольким")])
def test_any_plural_ending_after_a_counting_word_makes_the_plural(ending, prev):
    # "со сколькими иностранными портами": how many foreign ports
    assert ru_number(["port"], "порт", ending, {}, prev) == ["ports"]


def test_a_counted_phrase_puts_its_last_word_in_the_plural():
    # "сколько энергоблоков": how many power units (an English phrase for one Russian noun)
    assert ru_number(["power", "unit"], "энергоблок", "ов", {}, "сколько") == ["power", "units"]
    assert ru_number(["power", "unit"], "энергоблок", "а", {}, "") == ["power", "unit"]
