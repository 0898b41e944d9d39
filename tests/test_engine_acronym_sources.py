"""An organisation known by a short acronym ("TH", "VTB") is found in the articles that write it,
though the loader tied it to none of their sentences: a name of two or three capitals is searched
as written. Article written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

KALUGA = """---
title: Vietnamese dairy group expands near Kaluga
outlet: Test Wire
date: 2024-08-14
---
Vietnamese dairy group expands near Kaluga

KALUGA, August 14 – Vietnamese dairy group TH plans to finish its second cattle farm near Kaluga by March 2026.
TH's farm manager said the herd had grown to 4,200 head since the spring.
The regional government has promised faster land permits for the project.
"""

engine = module_engine("acronym_sources", {"kaluga.txt": KALUGA})


def test_an_acronym_finds_the_article_writing_it(engine):
    ans = engine.ask("By when is TH's second farm near Kaluga to be finished?")
    assert ans.answered and "March 2026" in ans.text


def test_the_acronyms_own_sentence_is_quoted(engine):
    ans = engine.ask("How big has TH's herd grown?")
    assert ans.answered and "4,200 head" in ans.text
