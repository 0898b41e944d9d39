"""A paraphrase news writes as a whole word finds its sentence, though the word's own stem is
shorter: "agree" finds "consensus" (stemmed 'consensu'), "commerce" finds "trade" ('trad'),
"arrive" finds "arrival" ('arriv'). Article written for this test."""

from __future__ import annotations

from knowledge.answer.rank import term_hits
from tests.helpers.engine_stores import module_engine

KAZAN = """---
title: Tatarstan delegation in Cần Thơ
outlet: Test Wire
date: 2025-05-20
---
Tatarstan delegation in Cần Thơ

Tatarstan President Rustam Minnikhanov held talks with Cần Thơ Party Secretary Đỗ Thanh Bình on Tuesday.
The two sides will hold a Tatarstan culture week in the city next spring.
Minnikhanov, for his part, said Tatarstan's officials share a broad consensus on expanding halal food exports to the Mekong Delta.
Two-way trade between the region and the city reached 41 million USD last year, officials said.
"""

engine = module_engine("paraphrase_words", {"kazan.txt": KAZAN})


def test_a_whole_word_paraphrase_is_found_whatever_its_stem():
    assert term_hits(["agree"], "Officials share a broad consensus on exports.") == [0.9]
    assert term_hits(["commerce"], "Two-way trade reached 41 million USD.") == [0.9]
    assert term_hits(["agree"], "Officials share a broad view on exports.") == [0.0]


def test_what_someone_says_is_agreed_finds_the_consensus_sentence(engine):
    ans = engine.ask("What do Tatarstan officials broadly agree on, according to Minnikhanov?")
    assert ans.answered and "halal food exports" in ans.citations[0].quote


def test_a_figure_of_commerce_finds_trade(engine):
    ans = engine.ask("How much commerce was there between Tatarstan and Can Tho last year?")
    assert ans.answered and "41 million USD" in ans.text
