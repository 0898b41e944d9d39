""""How long" answered by a span news writes without a figure ("for a week", "over a year", "one
extra day", "a fortnight-long fair") or as two days of a month ("on May 14 and 15"): the sentence
has the wanted kind of answer, so it is not declined for lacking one. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.rank import ANSWER_RX
from tests.helpers.engine_stores import engine_from_texts, quoted

ARKHANGELSK = """---
title: Arkhangelsk films in Quảng Ngãi
outlet: Test Wire
date: 2025-04-17
---
Arkhangelsk films in Quảng Ngãi

Arkhangelsk Governor Pavel Lomakin held talks with Quảng Ngãi Party Secretary Lê Văn Tâm on Wednesday.
The two sides discussed a plan for a timber processing plant in the Dung Quất economic zone.
A festival of Arkhangelsk films will run in Quảng Ngãi for a week.
The festival opens with a documentary about the northern port.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("spans_written"), {"arkhangelsk.txt": ARKHANGELSK})


def test_a_span_without_a_figure_is_a_duration():
    for text in ("The festival will run for a week.", "The group has worked for over a year.",
                 "He visits Hanoi on May 14 and 15.", "The guests stayed one extra day.", "a fortnight-long fair",
                 "a week-long festival"):
        assert ANSWER_RX["duration"].search(text), text
    for text in ("The talks were held on May 14.", "A week later, the ship left.", "He met them on a Monday."):
        assert not ANSWER_RX["duration"].search(text), text


def test_how_long_is_answered_by_for_a_week(engine):
    ans = engine.ask("How long will the festival of Arkhangelsk films run in Quang Ngai?")
    assert ans.answered and "for a week" in quoted(ans)
