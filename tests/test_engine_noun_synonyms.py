"""A question may name a thing by another noun than the article: "how many cars" is answered by
"12 vehicles", "which movies" by "films", "how many firms" by "companies". Article written for
this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

HANDOVER = """---
title: Kirov plant hands over buses to Huế
outlet: Test Wire
date: 2025-04-17
---
Kirov plant hands over buses to Huế

Huế Vice Chairman Phan Quý Phương on Wednesday received a delegation from Russia's Kirov region led by deputy governor Andrei Plotnikov.

At the ceremony the Kirov side handed over 12 electric vehicles built at a plant in Kirov to the city's transport company.

Plotnikov said 30 companies from his region were ready to open offices in central Vietnam.

A week of Russian films will open at the Huế cinema centre in May.
"""

engine = module_engine("noun_synonyms", {"handover.txt": HANDOVER})


def test_how_many_cars_is_answered_by_the_vehicles_handed_over(engine):
    a = engine.ask("How many cars did the Kirov side hand over?")
    assert a.answered and "12 electric vehicles" in quoted(a), a.text


def test_how_many_firms_is_answered_by_the_companies_counted(engine):
    a = engine.ask("How many Kirov firms are ready to open offices?")
    assert a.answered and "30 companies" in quoted(a), a.text


def test_a_count_of_something_no_sentence_counts_is_still_declined(engine):
    a = engine.ask("How many tractors did the Kirov side hand over?")
    assert not a.answered, a.text
