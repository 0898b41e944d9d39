"""A reader's verb or noun that news words otherwise — 'fall' for 'dropped', 'gave' for
'presented', 'holidaymakers' for 'tourists' — still finds the sentence that answers. Articles
written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import module_engine

FLIGHT = """---
title: First Novosibirsk flight lands in Phu Quoc
outlet: Test Wire
date: 2024-11-04
---
First Novosibirsk flight lands in Phu Quoc

PHÚ QUỐC — The first direct flight from Novosibirsk landed on Phú Quốc island on Sunday evening.

The plane brought 230 tourists from Siberia, most of them families with children.

Local students presented flowers to the crew as they stepped off the plane.

Coffee exports from Vietnam to Siberia dropped last year as shipping costs soared.

Coffee exports from Vietnam to Siberia had risen the year before, helped by new rail links.

On the return flight the crew will be handed flowers and souvenirs by the island's tourism board.

The island authorities said they expected the route to run twice a week until April.
"""

engine = module_engine("paraphrases", {"flight.txt": FLIGHT})


@pytest.mark.parametrize("question, sentence_has", [
    ("Why did coffee exports to Siberia fall?", "shipping costs soared"),
    ("Who gave flowers to the crew?", "Local students"),
    ("How many holidaymakers did the plane bring?", "230 tourists"),
])
def test_a_word_news_writes_otherwise_finds_its_sentence(engine, question, sentence_has):
    a = engine.ask(question)
    assert a.answered and sentence_has in a.citations[0].quote, a.text
