"""What a "how many" counts, written otherwise: "how many times" as the ordinal of the latest time
("his fourth trip"), "how many years" as an anniversary or in decades ("the 45th anniversary",
"three decades"), a Russian or Vietnamese "how many oil" as a measure in tonnes, and a Vietnamese
counted word typed without diacritics, which no vocabulary translates, tells nothing of what is
counted. A sentence counting something else is still no answer. Article written for this test."""

from __future__ import annotations

from knowledge.answer.count_forms import measured, untranslated, written_count
from tests.helpers.engine_stores import module_engine, quoted

SAMARA = """---
title: Samara speaker back in Cần Thơ
outlet: Test Wire
date: 2026-03-04
---
Samara speaker back in Cần Thơ

Samara regional Duma Speaker Gennady Kotelnikov arrived in Cần Thơ on Tuesday for talks with city leaders.
It is his fourth trip to Cần Thơ as speaker, after visits in 2019, 2022 and 2024.
The visit comes as Samara and Cần Thơ mark the 15th anniversary of their twinning agreement.
The Samara delegation brought 20 engineers from the Volga shipyard.
"""

engine = module_engine("counted_ordinals", {"samara.txt": SAMARA})


def test_counts_written_otherwise():
    assert written_count("times", "it is his fourth trip to can tho", False)
    assert written_count("time", "the 12th time the fair has been held", False)
    assert written_count("years", "the 45th anniversary of their ties", False)
    assert written_count("years", "the 30th founding anniversary of the institute", False)
    assert written_count("years", "three decades of cooperation", False)
    assert not written_count("years", "the talks lasted two days", False)
    assert not written_count("times", "the talks lasted two days", False)


def test_one_word_for_much_and_many():
    assert measured(["how", "many", "oil", "produced"], "oil", "ru")
    assert measured(["how", "many", "gas", "produced"], "gas", "ru")
    assert not measured(["how", "many", "oil", "produced"], "oil", "en")
    assert not measured(["how", "many", "days", "last"], "days", "ru")  # days are counted


def test_untranslated_vietnamese_word():
    assert untranslated("chiec", "Nga ban bao nhieu chiec tau cho Ai Cap?", "vi")
    assert not untranslated("ships", "Nga bán bao nhiêu tàu cho Ai Cập?", "vi")
    assert not untranslated("ships", "How many ships did Russia sell?", "en")


def test_how_many_years_finds_the_anniversary(engine):
    ans = engine.ask("Samara và Cần Thơ kỷ niệm bao nhiêu năm kết nghĩa?")
    assert ans.answered and "15th anniversary" in quoted(ans)


def test_a_count_of_other_things_is_no_count_of_years(engine):
    ans = engine.ask("How many years did the Volga shipyard engineers work in Can Tho?")
    assert "20 engineers" not in quoted(ans)
