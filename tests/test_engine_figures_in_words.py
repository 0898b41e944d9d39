"""Figures news writes out in words ("Seventeen teachers were honoured", "a history of more than
ninety years", "lasted the whole day") are figures and spans: a how-many or how-long question is
not declined for a sentence lacking one. And "how much <goods> did X sell" asks a quantity of the
goods, not a sum of money. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.answer_types import ANSWER_RX, has_figure
from knowledge.answer.count_forms import goods_sold
from knowledge.answer.intent import _MONEY_CUES
from tests.helpers.engine_stores import engine_from_texts, quoted

KOSTROMA = """---
title: Kostroma honours Vietnamese teachers
outlet: Test Wire
date: 2024-10-03
---
Kostroma honours Vietnamese teachers

Kostroma Governor Sergei Sitnikov received a delegation from Thái Nguyên province on Tuesday.
Seventeen teachers from Thái Nguyên were honoured at the regional library.
The exchange between the two regions has a history of more than ninety years, Sitnikov said.
The seminar on vocational training lasted the whole day.
In the first nine months of the year, Thái Nguyên sold more than 45,000 tonnes of green tea abroad.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("figures_in_words"), {"kostroma.txt": KOSTROMA})


def test_cardinal_words_are_figures():
    for text in ("Seventeen teachers were honoured.", "Fourteen ships took part.", "some sixty guests",
                 "Nineteen cities signed up."):
        assert has_figure(text), text
    for text in ("a history of more than ninety years", "lasted the whole day", "worked there for eighty years",
                 "stayed the entire week"):
        assert ANSWER_RX["duration"].search(text), text


def test_goods_sold_is_a_quantity_not_money():
    assert goods_sold("how much tea did thai nguyen sell abroad".split(), _MONEY_CUES)
    for q in ("how much did they sell the stake for", "how much rent did they pay", "how much money did they sell"):
        assert not goods_sold(q.split(), _MONEY_CUES), q
    # a gift counted by what was given, or a sum given
    assert goods_sold("how much rice did the farmers donate".split(), _MONEY_CUES)
    assert not goods_sold("how much did the farmers donate".split(), _MONEY_CUES)


def test_how_many_is_answered_by_a_count_in_words(engine):
    ans = engine.ask("How many teachers were honoured in Kostroma?")
    assert ans.answered and "Seventeen teachers" in quoted(ans)


def test_how_long_is_answered_by_tens_in_words(engine):
    ans = engine.ask("How long is the history of the exchange between Kostroma and Thái Nguyên?")
    assert ans.answered and "more than ninety years" in quoted(ans)


def test_how_much_goods_sold_is_answered_by_tonnes(engine):
    ans = engine.ask("How much green tea was sold abroad by Thái Nguyên in the first nine months?")
    assert ans.answered and "45,000 tonnes" in quoted(ans)
