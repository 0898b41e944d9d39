""""What kind of visit / centre …" is answered by the sentence that puts a word before the noun
the question lacks ("a working visit", "a training centre"), not by the one that repeats the
question's words around the bare noun. Articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.intent import asked_kind
from knowledge.answer.kind_said import says_kind
from tests.helpers.engine_stores import module_engine

KURGAN = """---
title: Kurgan governor in Cần Thơ
outlet: Test Wire
date: 2023-05-15
---
Kurgan governor in Cần Thơ

CẦN THƠ — Governor Pavel Orlov of Russia's Kurgan region arrived in Cần Thơ city on Monday.

Orlov's visit to Cần Thơ is the first by a Kurgan governor, the city said.

The governor is on a four-day working visit that ends on Thursday.

The two sides discussed rice processing machinery and veterinary vaccines.

The centre will be built in Cần Thơ's Ninh Kiều district next year, Orlov said.

On Tuesday the governor toured Cần Thơ Medical University.

The governor said he would like to visit a university in Cần Thơ again next year.

Both sides hope a training centre for veterinary doctors will be built at Cần Thơ University by 2025.
"""

engine = module_engine("kind_asked", {"kurgan.txt": KURGAN})


@pytest.mark.parametrize("question, sentence_has", [
    ("What kind of visit was Orlov on in Can Tho?", "working visit"),
    ("What kind of centre will be built in Can Tho?", "training centre"),
    ("Which university did the governor visit in Can Tho?", "Medical University"),
])
def test_the_kind_asked_is_the_word_before_the_noun(engine, question, sentence_has):
    a = engine.ask(question)
    assert a.answered and sentence_has in a.citations[0].quote, a.text


def test_the_asked_noun_and_what_counts_as_its_kind():
    assert asked_kind("what kind of big joint projects were reviewed".split()) == ("projects", "big", "joint")
    assert asked_kind("what was the visit about".split()) == ()
    assert asked_kind("which russian university did he attend".split()) == ("university", "russian")
    assert asked_kind("which organisation hosted the forum".split()) == ("organisation",)
    assert asked_kind("which areas did they discuss".split()) == ()  # a list asked: no one word names it
    kind = asked_kind("what kind of visit was orlov making".split())
    assert says_kind("He is on an official visit to Hanoi.", kind, ["visit", "orlov"])
    assert says_kind("He is on a two-day trip to Hanoi.", kind, ["visit", "orlov"])  # the noun news writes instead
    assert not says_kind("Orlov's visit to Hanoi ended.", kind, ["visit", "orlov"])  # a name is no kind
    assert not says_kind("The visit ended.", kind, ["visit", "orlov"])
    assert not says_kind("Orlov visited Hanoi.", kind, ["visit", "orlov"])
