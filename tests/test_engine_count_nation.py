"""A "how many <people's> <noun>" reply must not quote only figures counting that noun of another nation:
"60 Vietnamese firms" is no answer to "how many Russian companies", while it answers "how many Vietnamese
companies", and "45 Russian and Vietnamese engineers" counts Russian ones too. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.count_nation import _figure_nations, asked_nations
from tests.helpers.engine_stores import engine_from_texts, parsed, quoted

FAIR = """---
title: Machinery fair opens in Hải Phòng
outlet: Test Wire
date: 2024-10-08
---
Machinery fair opens in Hải Phòng

A machinery fair opened at the port of Hải Phòng on Monday with exhibitors from Russia, Belarus and Vietnam.
Some 60 Vietnamese firms signed supply deals with Russian buyers at the machinery fair, the organisers said.
About 45 Russian and Vietnamese engineers will train together at the port's new workshop next year.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("count_nation"), {"fair.txt": FAIR})


def test_asked_nations_qualify_the_noun_not_a_language():
    assert asked_nations("how many russian companies took part".split()) == {"Russia"}
    assert asked_nations("how many soviet experts worked there".split()) == {"Russia"}
    assert asked_nations("how many russian language teachers got grants".split()) == set()
    assert asked_nations("how many companies took part".split()) == set()


def test_figure_nations_read_joined_peoples():
    assert _figure_nations(parsed("Some 60 Vietnamese firms signed deals."), "company") == [{"Vietnam"}]
    assert _figure_nations(parsed("About 45 Russian and Vietnamese engineers will train."), "engineer") == [
        {"Russia", "Vietnam"}]
    assert _figure_nations(parsed("More than 1,500 technology firms operate there."), "company") == [set()]


def test_another_nations_figure_is_declined(engine):
    ans = engine.ask("How many Russian companies signed supply deals at the Hai Phong machinery fair?")
    assert not ans.answered or "60 Vietnamese firms" not in quoted(ans)


def test_the_asked_nations_figure_answers(engine):
    ans = engine.ask("How many Vietnamese companies signed supply deals at the Hai Phong machinery fair?")
    assert ans.answered and "60 Vietnamese firms" in quoted(ans)


def test_a_figure_of_both_nations_answers(engine):
    ans = engine.ask("How many Russian engineers will train at the Hai Phong port workshop?")
    assert ans.answered and "45 Russian and Vietnamese engineers" in quoted(ans)
