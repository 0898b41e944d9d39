"""A sentence that gives its reason by pointing back ("This is why …", "They said this is why …")
is quoted with the sentence before it, where the reason is written, even when that sentence names
no one. Without the pointer, a sentence before that names no one is not quoted.
Articles written for this test."""

from __future__ import annotations

from knowledge.answer import reasons
from tests.helpers.engine_stores import module_engine

TASHKENT = """---
title: Uzbek exporters look to Vietnam
outlet: Test Wire
date: 2019-04-03
---
Uzbek exporters look to Vietnam

A trade forum on Uzbek fruit exports opened in Tashkent on Tuesday.

However, participants said the volume of dried apricots reaching Vietnamese shops remains tiny.

They said this is why Uzbek growers need a direct cargo route to Haiphong.

Deputy Minister Dilshod Rakhimov chaired the forum.
"""

engine = module_engine("reason_before", {"tashkent.txt": TASHKENT})


def test_the_reason_pointed_back_to_is_quoted(engine):
    a = engine.ask("Why do Uzbek growers need a direct cargo route to Haiphong?")
    assert a.answered and "remains tiny" in a.text, a.text
    assert a.citations[0].quote.startswith("They said this is why"), a.text


def test_pointing_back_to_a_reason_is_read():
    for s in ("This is why the talks were delayed.", "For that reason the plant closed.",
              "The flights stopped, which is why prices rose.", "That was because of the storm."):
        assert reasons.reason_before(s), s
    for s in ("He said why the talks were delayed.", "This is the plant that closed."):
        assert not reasons.reason_before(s), s
