"""A director or chairman the article names by the verb of holding the post ("Trần Văn Long, who
heads the centre, spoke …") answers a question asking by the title ("what did the director of the
centre speak on?"). Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

GARDEN = """---
title: Hue botanists meet Russian colleagues
outlet: Test Wire
date: 2018-08-14
---
Hue botanists meet Russian colleagues

HUẾ, August 14 (Test Wire) – Botanists from Huế and Vladivostok met at a workshop on rare plants in Huế on Tuesday.

Trần Văn Long, who heads the Huế Centre for Rare Plants, spoke about wild orchids of the Central Highlands.

Igor Belov of the Far Eastern Botanical Garden presented a survey of Siberian ferns.

A delegation headed by Consul General Lê Minh Phương visited the Far Eastern Botanical Garden in June.

The two gardens agreed to swap seeds of ten endangered species next year.
"""

engine = module_engine("role_by_verb", {"garden.txt": GARDEN})


def test_a_director_written_by_his_verb_answers(engine):
    a = engine.ask("What topic did the director of the rare plants centre speak on?")
    assert a.answered and "wild orchids" in quoted(a), a.text

