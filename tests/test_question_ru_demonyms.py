"""Russian nationality adjectives read as the English nationality ("намибийских": Namibian) and
counted as a name the articles must write, and Russian set phrases read as families ("в том году":
that year, "на полях форума": on the sidelines of the forum), on sentences written for this test."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from knowledge.question.language import tokenize
from tests.helpers.engine_stores import engine_from_texts

ACADEMY = """---
title: Namibian cadets graduate from Tomsk aviation academy
outlet: Test Wire
date: 2016-07-02
---
TOMSK, July 2 – Fourteen Namibian cadets graduated from the Tomsk aviation academy on Friday, the academy's rector Pavel Sorokin said.

The cadets trained on Yak-130 simulators for three years, Sorokin told reporters.

Eleven Vietnamese engineers also completed a radar course at the academy this spring.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("demonym"), {"tomsk_cadets.txt": ACADEMY})


@pytest.mark.parametrize("question, word", [
    ("Сколько намибийских курсантов окончили академию?", "namibian"),  # a country no table lists
    ("Когда прибыла австралийская делегация в Пермь?", "australian"),  # a country of the vocabulary
    ("Сколько малайзийских инженеров прошли курс?", "malaysian"),
])
def test_nationality_adjective_read_and_capitalised(question, word):
    q = parse(question)
    assert word in q.tokens, q.tokens
    assert q.raw_has_capital(q.tokens.index(word))  # English capitalises it: an unknown one counts


def test_vocabulary_adjective_is_no_nationality():
    """An "-ийск-" adjective whose stem is a vocabulary word keeps that word's sense."""
    q = parse("Какие олимпийские объекты построили в Перми?")
    assert "olympic" in q.tokens and not any(t.endswith("ian") for t in q.tokens)


@pytest.mark.parametrize("question, wanted", [
    ("Сколько зерна Казахстан продал в том году?", "that year"),
    ("Что случилось с паромом в тот день?", "that day"),
    ("Кто встречал паром в том же году?", "same year"),
    ("Сколько туристов приехало в том месяце?", "that month"),
    ("С кем встретился Соколов на полях форума в Перми?", "on the sidelines of"),
    ("С кем беседовал министр в кулуарах саммита?", "on the sidelines of"),
    ("Сколько часов на самом деле длился полёт?", "actually"),
])
def test_russian_set_phrases(question, wanted):
    toks = tokenize(question, "ru")[0]
    assert wanted in " ".join(toks) and "tom" not in toks and "polyakh" not in toks, toks


def test_nationality_the_articles_write_is_answered(eng):
    a = eng.ask("Сколько намибийских курсантов окончили академию в Томске?")
    assert a.answered and "Fourteen Namibian cadets" in a.text, a.text


def test_nationality_no_article_writes_is_declined(eng):
    a = eng.ask("Сколько замбийских курсантов окончили академию в Томске?")
    assert not a.answered, a.text
