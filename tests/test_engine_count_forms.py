"""A count written without the counted word: a generic "people" counted as delegates or members,
"how much coal" as a figure in tonnes, "by how many times" as a multiple, "by how much did X grow"
asking the change. The counted-word filter dropped such sentences before ranking, and the question
was declined. A count of other things ("40 paintings by artists") still counts no people. Article
written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.count_forms import change_asked, other_written, repaired, written_count
from tests.helpers.engine_stores import engine_from_texts, quoted

TOMSK = """---
title: Tomsk week in Quảng Trị
outlet: Test Wire
date: 2025-04-18
---
Tomsk week in Quảng Trị

Tomsk Governor Vladimir Mazur opened a Tomsk week in Đông Hà on Wednesday with Quảng Trị Chairman Hà Sỹ Đồng.
Some 45 delegates from Siberian universities and coal firms attended the investment seminar that followed.
The Tomsk pavilion shows 40 paintings by artists from the region.
Mazur said the joint venture near Kemerovo holds reserves of 12 million tonnes.
Tomsk's sales to Quảng Trị saw a fivefold rise last year, Đồng said.
Mazur has come to Quảng Trị only twice in six years.
The regional airline wants 14 aircraft to add to the eight Tupolevs it already flies.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("count_forms"), {"tomsk.txt": TOMSK})


def test_written_counts():
    assert written_count("people", "some 45 delegates from siberian universities", False)
    assert written_count("people", "the unit has 60 members", False)
    assert written_count("people", "a crew of 52 can stay at sea", False)
    assert not written_count("people", "40 paintings by artists from the region", False)
    assert not written_count("students", "some 45 delegates from siberian universities", False)  # a specific noun
    assert written_count("coal", "reserves of 12 million tonnes", True)
    assert not written_count("coal", "reserves of 12 million tonnes", False)  # not asked "how much coal"
    assert written_count("times", "trade grew fivefold", False) and written_count("times", "a 63-fold rise", False)
    assert not written_count("times", "a manifold programme", False)


def test_repaired_focus_follows_typo_repair():
    assert repaired("contaners", ["contaners", "fesco"], ["containers", "fesco"], []) == "containers"
    assert repaired("boats", ["boats", "xyzzy"], ["boats"], ["xyzzy"]) == "boats"


def test_how_many_people_finds_the_delegates(engine):
    ans = engine.ask("How many people attended the investment seminar in Dong Ha?")
    assert ans.answered and "Some 45 delegates" in quoted(ans)


def test_how_much_coal_finds_the_tonnes(engine):
    ans = engine.ask("How much coal does the venture near Kemerovo hold?")
    assert ans.answered and "12 million tonnes" in quoted(ans)


def test_by_how_much_asks_the_change():
    assert change_asked("by how much did exports rise".split()) and not change_asked("how much oil".split())


def test_people_not_counted_by_things(engine):
    ans = engine.ask("How many people visited the Tomsk pavilion?")
    assert "40 paintings" not in quoted(ans)


def test_times_written_once_twice_thrice():
    assert written_count("times", "she has been home only once", False)
    assert written_count("times", "the two met twice", False) and written_count("times", "he came thrice", False)


def test_how_many_times_finds_twice(engine):
    ans = engine.ask("How many times has Mazur come to Quang Tri in six years?")
    assert ans.answered and "only twice" in quoted(ans)


def test_counted_word_written_otherwise():
    assert other_written("planes", "the army has 30 mig fighters")
    assert other_written("games", "ten friendly matches a year") and other_written("pupils", "600 students took part")
    assert other_written("subs", "four attack submarines")  # shortened in the question
    assert other_written("turbines", "five wind turbnes")  # misspelt (in either)
    assert not other_written("planes", "30 tanks") and not other_written("times", "a timeline")


def test_counted_things_written_as_the_words_news_counts_them_by():
    """"how many products / sections / kinds / stores / sites": "40 items", "six parts", "12 types",
    "a chain of 80 shops", "three polling stations"; a piece is a work or an item."""
    assert other_written("products", "some 40 items from the Gzhel works are on show")
    assert other_written("sections", "the atlas is divided into six parts")
    assert other_written("kinds", "the kit detects 12 types of bacteria")
    assert other_written("stores", "a chain of 80 shops across Siberia")
    assert other_written("sites", "voting at three polling stations in Da Nang")
    assert other_written("items", "ten pieces of lacquerware") and other_written("works", "ten pieces by Hue painters")
    assert not other_written("stores", "80 buses across Siberia") and not other_written("kinds", "12 bacteria")


def test_counted_word_written_as_a_news_synonym():
    # a gallery counts "pictures" for "how many photos", a concert "pieces" for "works", a fair
    # "publishers" for "publishing houses", a port "vessels" for "ships"
    assert other_written("photos", "some 80 pictures by Da Nang artists hang in the hall")
    assert other_written("works", "four pieces by a Hue composer were played")
    assert other_written("houses", "about 60 publishers came to the Ha Noi fair")
    assert other_written("ships", "three vessels berthed at Cam Ranh") and other_written("firms", "40 enterprises")
    assert not other_written("photos", "80 paintings") and not other_written("works", "four songs")


def test_additional_before_the_counted_word(engine):
    ans = engine.ask("How many additional planes does the regional airline want?")
    assert ans.answered and "14 aircraft" in quoted(ans)
