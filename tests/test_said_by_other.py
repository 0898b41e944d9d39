""""What did X say at the meeting with Y": a quote holding only Y's stored statement, naming X nowhere, is
no answer (knowledge/answer/said_by_other.py). Articles written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import engine_from_texts, quoted

FERRY = """---
title: Ferry talks in Murmansk
outlet: Test Wire
date: 2022-04-12
---
Ferry talks in Murmansk

MURMANSK, April 12 — Murmansk Governor Pavel Sokolovsky received Quang Ninh provincial chairman Le Van Thuan in Murmansk on Tuesday.

At the meeting, Le Van Thuan said Quang Ninh hoped to open a seasonal ferry service for tourists between the two regions.

The province also wants to send fishery trainees to Murmansk next year.
"""

@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("said_by_other"), {"ferry.txt": FERRY})


@pytest.mark.parametrize(("question", "answers"), [
    ("What did Pavel Sokolovsky say at his meeting with Le Van Thuan?", False),  # Thuan spoke, not Sokolovsky
    ("What did Le Van Thuan say at his meeting with Pavel Sokolovsky?", True),
])
def test_the_other_side_of_the_meeting_is_not_the_speaker_asked(engine, question, answers):
    ans = engine.ask(question)
    assert ("ferry service" in quoted(ans)) is answers, ans.text


def test_a_given_name_shared_with_the_speaker_does_not_name_the_one_asked():
    from knowledge.answer.said_by_other import _names_one

    quote = "The show would travel on to Samara and Perm, Duc added."
    assert not _names_one(quote, ["Pham Quoc Duc"], ["Hoang Minh Duc"])
    assert _names_one(quote, ["Pham Quoc Duc"], ["Dmitry Orlov"])
    assert not _names_one("Orlov praised the show.", ["Pham Quoc Duc"], ["Dmitry Orlov"])
