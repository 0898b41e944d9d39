"""An ordinal asked is found in the article even when the name of what it counts is long: "the
sixth Việt Nam–Russia Border Guard Strategy Dialogue" puts five words between the ordinal and the
dialogue. A wrong ordinal still finds nothing. On an article written for this test."""

from __future__ import annotations

from knowledge.names import fold
from tests.helpers.engine_stores import module_engine, quoted

DIALOGUE = """---
title: Border guard dialogue held in Lạng Sơn
outlet: Test Wire
date: 2023-05-17
---
Border guard dialogue held in Lạng Sơn

LẠNG SƠN — Major General Lê Đức Thái and Russian Lieutenant General Pavel Kirsanov co-chaired the sixth Việt Nam–Russia Border Guard Strategy Dialogue in the city on Tuesday.

The two sides agreed to exchange liaison officers twice a year.
"""

engine = module_engine("ordinal_window", {"dialogue.txt": DIALOGUE})


def test_an_ordinal_finds_a_long_name_it_counts(engine):
    a = engine.ask("Who co-chaired the 6th strategic dialogue?")
    assert a.answered and "sixth viet nam" in fold(quoted(a)), a.text


def test_a_wrong_ordinal_is_still_declined(engine):
    a = engine.ask("Who co-chaired the 7th strategic dialogue?")
    assert not a.answered, a.text
