"""A question's word finds the article's other form of it: "companies" the singular "company",
"priorities" "a priority", "days" the "three-day" of a visit; and "how many direct flights"
counts flights, not "direct", and a figure spelt out in words counts the noun it stands before
("two co-chairs" counts no universities). Article written for this test."""

from __future__ import annotations

from knowledge.answer.rank import term_hits
from knowledge.answer.retrieve import stem
from tests.helpers.engine_stores import module_engine

PERM = """---
title: Perm governor visits Đà Lạt
outlet: Test Wire
date: 2025-03-12
---
Perm governor visits Đà Lạt

Perm Governor Dmitry Makhonin began a three-day working visit to Đà Lạt on Monday at the invitation of Lâm Đồng province.
Makhonin said the Perm region regards tourism cooperation with Lâm Đồng as a priority for the coming decade.
Over 12 non-stop flights a week now link Perm and Đà Lạt, provincial official Trần Hồng Phúc said.
A flower festival in the city drew 3,000 visitors from Perm last year, he added.
The new tourism council has two co-chairs, the rector of Perm State University and the head of Đà Lạt University.
Seven Perm companies signed supply deals at the festival fair.
"""

engine = module_engine("word_forms", {"perm.txt": PERM})


def test_singular_and_plural_share_a_stem():
    assert stem("companies") == stem("company")
    assert stem("studied") == stem("study")
    assert stem("days") == stem("day")
    assert stem("key") != stem("kit")  # a 'y' after a vowel stays


def test_a_plural_question_word_finds_the_singular_in_a_sentence():
    assert term_hits(["priorities"], "Perm regards tourism as a priority.") == [1.0]
    assert term_hits(["days"], "a three-day working visit") == [1.0]


def test_how_many_days_finds_a_three_day_visit(engine):
    ans = engine.ask("How many days did Makhonin spend in Da Lat?")
    assert ans.answered and "three-day" in ans.text


def test_how_many_counts_the_noun_not_its_adjective(engine):
    ans = engine.ask("How many direct flights a week link Perm and Da Lat?")
    assert ans.answered and "12 non-stop flights" in ans.text


def test_what_someone_said_about_priorities_finds_a_priority(engine):
    ans = engine.ask("What did Makhonin say about Perm's priorities?")
    assert ans.answered and "as a priority" in ans.text


def test_a_figure_in_words_counts_only_the_noun_it_stands_before(engine):
    declined = engine.ask("How many universities have joined the tourism council?")
    assert not declined.answered and not declined.citations  # "two co-chairs" counts no universities
    ans = engine.ask("How many Perm companies signed supply deals?")
    assert ans.answered and "Seven Perm companies" in ans.text
