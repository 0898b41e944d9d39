"""'Why …' is answered by the sentence that writes a reason outright ("because", "came to see", "to mark",
"is meant to"), over one that only restates the question's event or carries a broad cue ("after", "as");
"due to" before a verb is a schedule, no reason. Article written for this test."""

from __future__ import annotations

from knowledge.answer.reasons import gives_reason
from knowledge.answer.rank import ANSWER_RX
from tests.helpers.engine_stores import module_engine

TOMSK = """---
title: Tomsk professors in Đà Lạt
outlet: Test Wire
date: 2022-11-03
---
Tomsk professors in Đà Lạt

Russian scientists are visiting more Vietnamese universities this year.

The Tomsk professors came to Đà Lạt on Tuesday, after a week of lectures and meetings at several universities in Hà Nội.

The Tomsk professors came to Đà Lạt to see the new nuclear research reactor that Russian engineers are building there.

Their delegation, the largest from Tomsk so far, is due to leave on Sunday.
"""

engine = module_engine("reasons", {"tomsk.txt": TOMSK})


def test_outright_reasons_and_schedules():
    assert gives_reason("The couple came to see their son.") and gives_reason("It was delayed because of rain.")
    assert not gives_reason("They arrived in Hanoi after a long flight.")
    assert not ANSWER_RX["reason"].search("The ship is due to leave on Sunday.")
    assert ANSWER_RX["reason"].search("The flight was cancelled due to a storm.")


def test_why_is_answered_by_the_sentence_giving_the_reason(engine):
    ans = engine.ask("Why did the Tomsk professors come to Da Lat?")
    assert ans.answered and "to see the new nuclear research reactor" in ans.citations[0].quote
