"""A "how many <noun>" reply must quote a figure counting that noun (or one news writes for it): "40
nurses" is no answer to "how many surgeons", while "120 firms" answers "how many companies" and "350
visitors" answers "how many people". Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.count_noun import _amountless, _same, asked_noun
from tests.helpers.engine_stores import engine_from_texts, quoted

KAZAN = """---
title: Kazan clinic opens in Cần Thơ
outlet: Test Wire
date: 2024-09-12
---
Kazan clinic opens in Cần Thơ

Tatarstan Health Minister Marat Sadykov opened a Kazan eye clinic in Cần Thơ on Tuesday with Cần Thơ Chairman Trần Việt Trường.
The clinic has hired 40 nurses from the Mekong Delta and will train them in Kazan next spring.
Some 120 Tatar firms showed their equipment at the medical fair that followed.
Around 350 visitors toured the new wards on the opening day.
Some 25 staff members, doctors among them, attended the opening ceremony.
The clinic's budget for this year was 40 billion dong, Sadykov said.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("count_noun"), {"kazan.txt": KAZAN})


def test_asked_noun_is_the_head_after_how_many():
    assert asked_noun("how many russian language teachers will get grants".split()) == "teacher"
    assert asked_noun("how many vietnamese students study at the institute".split()) == "student"
    assert asked_noun("how many doses of the vaccine arrived".split()) == "dose"
    assert asked_noun("how many vietnamese live in kazan".split()) is None  # a people's name: no noun asked
    assert asked_noun("how many were hurt".split()) is None
    assert asked_noun("how many russians visited hue".split()) is None  # the people's name is the head
    assert asked_noun("how many cocaine soaked linings were found".split()) == "lining"
    assert asked_noun("how many radio and television schools opened".split()) == "school"
    assert asked_noun("how many su 27s does it fly".split()) is None


def test_same_counted_noun():
    assert _same("company", "firm") and _same("fighter", "fighter-bomber") and _same("tourist", "visitor")
    assert _same("sub", "submarine") and _same("contaner", "container")
    assert not _same("surgeon", "nurse") and not _same("doll", "dollar")
    assert not _same("submarine", "fighter")


def test_figure_of_another_noun_is_declined(engine):
    ans = engine.ask("How many doctors attended the opening ceremony of the Kazan clinic?")
    assert not ans.answered or "25 staff members" not in quoted(ans)


def test_figure_of_a_near_name_answers(engine):
    ans = engine.ask("How many companies showed equipment at the medical fair in Can Tho?")
    assert ans.answered and "120 Tatar firms" in quoted(ans)


def test_general_noun_is_answered_by_any_group(engine):
    ans = engine.ask("How many people toured the new wards of the Kazan clinic?")
    assert ans.answered and "350 visitors" in quoted(ans)


def test_figure_of_the_noun_asked_answers(engine):
    ans = engine.ask("How many nurses did the Kazan clinic hire?")
    assert ans.answered and "40 nurses" in quoted(ans)


def test_how_much_needs_an_amount():
    from knowledge.nlp import get_nlp
    from knowledge.sentence_parse import decode, encode

    def parsed(text: str):
        return decode(encode(get_nlp()(text)[:], 0, len(text)))

    assert _amountless(parsed("The envoys put forward five proposals on the clinic's budget."))
    assert not _amountless(parsed("The clinic's budget was 40 billion dong this year."))
    assert not _amountless(parsed("Trade with Kazan grew by a third to 300 tonnes."))
    # a unit written in any spelling or with any prefix is an amount
    assert not _amountless(parsed("Customs officers in Kazan seized 1.4 kilogrammes of heroin on Friday."))
    assert not _amountless(parsed("Tatarstan plans to build 12 gigawatts of solar capacity by 2035."))
