"""'What did X wish for <thing>' where the article writes 'X said he hoped <thing> would …': the
hope is the act asked ('hoped' stems to 'hop', so the wish paraphrase is written 'hop'; 'hope'
matched no form of the verb and the act check dropped the sentence). Article written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

IRKUTSK = """---
title: Irkutsk governor visits Đà Lạt
outlet: Test Wire
date: 2023-10-12
---
Irkutsk governor visits Đà Lạt

ĐÀ LẠT — Irkutsk Governor Pavel Sedykh met Lâm Đồng Province Chairman Trần Văn Hiệp in Đà Lạt on October 11.

Sedykh said he hoped cooperation between Irkutsk State University and Đà Lạt University would widen to medicine and forestry.

Sedykh said his region's partnership with Lâm Đồng had grown fast since the first flights in 2019.

Hiệp thanked the guests and invited Irkutsk firms to the province's flower festival in December.
"""

engine = module_engine("said_hoped", {"irkutsk.txt": IRKUTSK})


def test_a_wish_asked_finds_the_hope_said(engine):
    a = engine.ask("What did Sedykh wish for cooperation between the universities?")
    assert a.answered and "said he hoped" in a.citations[0].quote, a.text
