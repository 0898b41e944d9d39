"""Words a reader uses that news writes otherwise — 'envoys' for 'ambassadors', 'remove barriers'
for 'clear obstacles', 'widen' for 'extend' — still find the sentence that answers, ahead of a
neighbour that only repeats the question's other words. Article written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import module_engine

FORUM = """---
title: Da Nang and Kazan talk trade at river forum
outlet: Test Wire
date: 2023-05-19
---
Da Nang and Kazan talk trade at river forum

ĐÀ NẴNG — Da Nang Vice Chairman Hồ Kỳ Minh on Thursday received Kazan deputy mayor Ilsur Metshin at a river trade forum in the city.

Minh met Kazan business leaders at the forum on Friday. Minh also met the ambassadors of Belarus and Armenia on the sidelines of the forum.

Minh and Metshin agreed to remove the visa fee for forum guests. Minh and Metshin agreed to clear obstacles in customs and payments for small traders.

The city plans to widen the riverside road before next year's forum. Da Nang and Kazan officials said they would look into extending trade to seafood, textiles and river tourism.

Metshin praised the forum and thanked his host for the warm welcome.
"""

engine = module_engine("news_synonyms", {"forum.txt": FORUM})


@pytest.mark.parametrize("question, sentence_has", [
    ("Which envoys did Minh meet at the forum?", "ambassadors of Belarus and Armenia"),
    ("What barriers did Minh and Metshin agree to remove?", "clear obstacles"),
    ("What might Da Nang and Kazan widen trade to?", "extending trade to seafood"),
])
def test_a_word_news_writes_otherwise_finds_its_sentence(engine, question, sentence_has):
    a = engine.ask(question)
    assert a.answered and sentence_has in a.citations[0].quote, a.text
