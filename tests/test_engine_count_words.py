"""A count written as a word that is no number word: "twice a week" answers how many flights a week,
and "the fourth fair of its kind" answers how many times a fair has been held. Without them the
best sentence wrote no figure, and the question was declined. On an article written for this test."""

from __future__ import annotations

from knowledge.names import fold
from tests.helpers.engine_stores import module_engine, quoted

FAIR = """---
title: Vietnamese goods fair opens in Kazan
outlet: Test Wire
date: 2019-09-12
---
Vietnamese goods fair opens in Kazan

KAZAN, September 11 – A fair of Vietnamese goods opened in Kazan on Wednesday, drawing traders from across Tatarstan.

Deputy Trade Minister Do Thang Hai said it was the fourth fair of its kind held in the city.

Bamboo Airways will fly between Hanoi and Kazan twice a week from October.
"""

engine = module_engine("count_words", {"fair.txt": FAIR})


def test_an_ordinal_tells_how_many_times(engine):
    a = engine.ask("How many times has such a fair been held in Kazan?")
    assert a.answered and "fourth fair of its kind" in fold(quoted(a)), a.text


def test_twice_is_a_count(engine):
    a = engine.ask("How many times a week will Bamboo Airways fly between Hanoi and Kazan?")
    assert a.answered and "twice a week" in fold(quoted(a)), a.text
