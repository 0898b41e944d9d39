"""A "how many" reply must not quote only a figure its clause ties to another place than asked: "4,000 Lao
visitors came to Ninh Binh" is no count of those who visited Vietnam, while "Vietnam welcomed 52,000 Lao
visitors" is. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.count_place import asked_places, tied_places
from tests.helpers.engine_stores import engine_from_texts, parsed, quoted

BOATS = """---
title: Lao visitors discover Ninh Bình as Vietnam eases visa rules
outlet: Test Wire
date: 2023-03-14
---
Lao visitors discover Ninh Bình as Vietnam eases visa rules

About 4,000 Lao visitors came to Ninh Bình last month, the provincial tourism department said.
The first 30 boats built for the Tràng An route arrived in Hải Phòng by sea on Friday.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("count_place"), {"boats.txt": BOATS})


def test_asked_places_follow_a_preposition_or_visit():
    assert asked_places("How many Lao visitors visited Vietnam last month?") == ["Vietnam"]
    assert asked_places("How many boats were delivered to Hanoi?") == ["Hanoi"]
    assert asked_places("How many boats did the yard build?") == []


def test_tied_places_are_where_the_figure_goes():
    assert tied_places(parsed("About 4,000 Lao visitors came to Ninh Binh last month.")) == {"Ninh Binh"}
    assert tied_places(parsed("Ninh Binh's 4,000 visitors were mostly young.")) == set()


def test_a_figure_of_another_place_is_declined(engine):
    ans = engine.ask("How many Lao visitors visited Vietnam last month?")
    assert not ans.answered or "4,000 Lao visitors" not in quoted(ans)


def test_a_figure_of_the_asked_place_answers(engine):
    ans = engine.ask("How many Lao visitors came to Ninh Binh last month?")
    assert ans.answered and "4,000 Lao visitors" in quoted(ans)
