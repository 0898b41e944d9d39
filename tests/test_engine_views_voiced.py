"""A view asked by its verb ("what did X expect", "what was X convinced of", "what did X commend")
that news writes as the noun after "voiced" or as another verb of the same family ("voiced
confidence that …", "voiced his conviction that …", "praised …"): the sentence with that view is
quoted, not another sentence of the article with the question's other words. Article written for
this test."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import module_engine

TOMSK = """---
title: Tomsk governor holds talks in Cần Thơ
outlet: Test Wire
date: 2025-03-04
---
Tomsk governor holds talks in Cần Thơ

CẦN THƠ — Tomsk Governor Arkady Volodin met Cần Thơ Party Secretary Lưu Văn Khải in Cần Thơ on March 3.

Timber shipments are expected to grow after the trip, the port authority said.

Volodin voiced confidence that the trip would open new markets for Siberian timber in the Mekong Delta.

Khải voiced his conviction that the talks would give new impetus to rice exports to Siberia.

Khải praised the long-standing friendship between the peoples of the two regions.

Khải also asked the Tomsk side to widen relations between the two regions in education and send teachers of Russian.

The talks will bring together timber and rice exporters from both regions later this year.
"""

engine = module_engine("views_voiced", {"tomsk.txt": TOMSK})


@pytest.mark.parametrize("question, sentence_has", [
    ("What did Volodin expect the trip would do?", "voiced confidence"),
    ("What was Khải convinced the talks would bring?", "voiced his conviction"),
    ("What did Khải commend about relations between the two regions?", "praised the long-standing"),
])
def test_a_view_asked_by_its_verb_quotes_the_sentence_voicing_it(engine, question, sentence_has):
    a = engine.ask(question)
    assert a.answered and sentence_has in a.citations[0].quote, a.text
