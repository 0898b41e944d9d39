""""What did X propose": a sentence that points back at its subject ("The Russian party official
proposed …") in a later paragraph than the one naming X, after a sentence naming two people, names
no one else and is X's; the speaker filter kept only sentences whose previous sentence names X alone,
and dropped it. Article written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import engine_from_texts, quoted

MOSCOW = """---
title: Party talks in Moscow
outlet: Test Wire
date: 2024-07-09
---
Party talks in Moscow

Communist Party of Vietnam official Lê Hoài Nam held talks in Moscow on Tuesday with Boris Gryzlov, head of the Russian party's international commission.

Nam told the host about Vietnam's preparations for its party congress, and Gryzlov briefed Nam on the work of his commission.

The Russian party official proposed that the two parties hold a seminar on rural development each year and exchange young cadres for training.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("said_told_back"), {"moscow.txt": MOSCOW})


@pytest.mark.parametrize("question", ["What did Gryzlov propose about young cadres?", "What did Gryzlov propose?"])
def test_the_official_who_proposed_is_the_one_asked(engine, question):
    ans = engine.ask(question)
    assert ans.answered, ans.text
    assert "exchange young cadres" in quoted(ans)

