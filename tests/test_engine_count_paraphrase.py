"""What a Russian or Vietnamese "how many" counts is the lexicon's one English noun for it ("катеров":
boats), and news often writes another ("landing craft"); a stage is as often a phase. The count check
takes the usual paraphrase as the noun, so the sentence is not filtered out for writing the other word.
Article written for this test."""

from __future__ import annotations

from knowledge.answer.rank import term_hits
from tests.helpers.engine_stores import module_engine

HAIPHONG = """---
title: Navy ships leave Hai Phong after exercise
outlet: Test Wire
date: 2021-03-18
---
Navy ships leave Hai Phong after exercise

Three landing craft were sent to Hai Phong to carry engineering equipment back to Vladivostok after the joint drill.

The shipyard will assemble 40 patrol vehicles a year in the first phase of the project, its director said.

The drill ended on Wednesday with a parade of sailors in the port.
"""

engine = module_engine("count_paraphrase", {"haiphong.txt": HAIPHONG})


def test_boats_and_stages_as_news_writes_them():
    assert term_hits(["boats"], "Three landing craft were sent to Hai Phong") == [0.9]
    assert term_hits(["stage"], "in the first phase of the project") == [0.9]


def test_a_russian_count_of_boats_finds_the_craft(engine):
    ans = engine.ask("Сколько десантных катеров отправили в Хайфон за инженерной техникой?")
    assert ans.answered and "Three landing craft" in ans.text, ans.text
