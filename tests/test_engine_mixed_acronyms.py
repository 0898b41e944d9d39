"""A well-known acronym written with a small letter ("MoU") is spelled out when the articles
write the words instead, so that it is searched for rather than taken for a name no article
knows. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

FERTILISER = """---
title: Fertiliser makers sign memorandum
outlet: Test Wire
date: 2025-02-14
---
Fertiliser makers sign memorandum

A memorandum of understanding on potash supplies was signed by PhosAgro and Vinachem in Hà Nội on Thursday.

The memorandum is meant to secure steady potash supplies for rice farmers in the Mekong Delta.

PhosAgro said the first shipments would reach Hải Phòng in May.
"""

engine = module_engine("mixed_acronyms", {"fertiliser.txt": FERTILISER})


def test_an_mou_is_the_memorandum_the_article_writes(engine):
    a = engine.ask("What is the potash MoU meant to secure?")
    assert a.answered and "rice farmers" in quoted(a), a.text
