"""A reason as news writes it without "because": a purpose ("came to Perm to sign", "meant to",
"so that"), what a thanks or a sympathy is for ("thanked the city for hosting", "sympathy over the
losses"), a ground ("thanks to a direct flight"). Such a sentence answers "why". Article written
for this test."""

from __future__ import annotations

from knowledge.answer.rank import ANSWER_RX
from tests.helpers.engine_stores import module_engine

PERM = """---
title: Bình Dương delegation ends Perm visit
outlet: Test Wire
date: 2023-05-19
---
Bình Dương delegation ends Perm visit

A delegation from Bình Dương led by vice chairman Nguyễn Lộc Hà wrapped up a three-day visit to Perm on Thursday.
Hà said the delegation had come to Perm to sign a cooperation plan for the years to 2026.
Perm governor Dmitry Makhonin welcomed the delegation at the regional government building.
Hà thanked the governor for hosting a fair of Bình Dương furniture makers in April.
"""

engine = module_engine("reasons_written", {"perm.txt": PERM})


def test_a_purpose_answers_why(engine):
    a = engine.ask("Why did Hà come to Perm?")
    assert a.answered and "come to Perm to sign" in a.text.split("\n\n")[1], a.text


def test_reasons_written_without_because():
    rx = ANSWER_RX["reason"]
    for s in ("The envoy had come to Russia to inform Moscow of the congress results.",
              "He thanked the governor for hosting the fair.",
              "She offered her sympathy over the losses left by the storm.",
              "Tourism grew thanks to a direct air route.",
              "The effort was meant to bring the two countries closer."):
        assert rx.search(s), s
    assert not rx.search("Perm governor Dmitry Makhonin welcomed the delegation at the regional government building.")
