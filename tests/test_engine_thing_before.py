"""A sentence whose subject is a thing the sentence before names ("That, she said, would …",
"According to X, that project …") is quoted with that sentence, even when it names no one: the
answer (which project, what would help) is written there. Articles written for this test."""

from __future__ import annotations

from knowledge.answer.compose import points_to_thing
from tests.helpers.engine_stores import module_engine

KAZAN = """---
title: Kazan and Can Tho plan a rice institute
outlet: Test Wire
date: 2021-10-14
---
Kazan and Can Tho plan a rice institute

Kazan Agrarian University and Can Tho University will open a joint institute for flood-tolerant rice in 2026.

That, the two universities said, would give farmers in the Mekong Delta seed for salty fields.

The rector also met students from the Mekong Delta.
"""

engine = module_engine("thing_before", {"kazan.txt": KAZAN})


def test_the_thing_pointed_back_to_is_quoted(engine):
    """The answer stays the first quote; the sentence naming the institute comes with it."""
    a = engine.ask("What would give Mekong Delta farmers seed for salty fields?")
    quotes = [c.quote for c in a.citations]
    assert a.answered and quotes[0].startswith("That, the two universities said"), a.text
    assert any("flood-tolerant rice" in q for q in quotes[1:]), quotes


def test_a_demonstrative_subject_points_to_a_thing():
    for s in ("That, she said, would help Perm raise its exports.", "According to Ivanova, that plan is vital.",
              "These talks went on for hours.", "\u201cThis deal matters,\u201d he said."):
        assert points_to_thing(s), s
    for s in ("The project began in May.", "Thatcher came to Hue.", "This is why the flights stopped."):
        assert not points_to_thing(s), s
