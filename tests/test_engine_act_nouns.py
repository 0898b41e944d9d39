"""An act's word used as a noun names a thing asked about, not an act the answer must report:
"how did X respond to Y's requests", "besides its congratulations", "what did X call the signing".
The act filter wanted the sentence to write "request" or "congratulate" and dropped the one that
answers. And news writes an urging as encouraging ("encouraged tour operators to …"). Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.checks import _act_named
from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts, quoted

ASTRAKHAN = """---
title: Astrakhan governor in Bình Định
outlet: Test Wire
date: 2025-05-21
---
Astrakhan governor in Bình Định

Astrakhan Governor Igor Babushkin met Bình Định Chairman Phạm Anh Tuấn in Quy Nhơn on Tuesday.
Babushkin congratulated the province on its fast growth in seafood processing.
He also thanked Tuấn for helping Astrakhan fishing firms open an office in Quy Nhơn.
Tuấn promised to give Astrakhan shipyards a place at the next Quy Nhơn port fair.
The chairman encouraged Russian tour operators to add Quy Nhơn to their winter packages.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("act_nouns"), {"astrakhan.txt": ASTRAKHAN})


def test_act_words_read_as_nouns():
    assert _act_named(parse("How did Tuan respond to Babushkin's requests?"), "requests")
    assert _act_named(parse("What did Babushkin call the signing?"), "signing")
    assert _act_named(parse("Why did Babushkin thank Tuan besides his congratulations?"), "congratulations")
    assert not _act_named(parse("Why did Babushkin thank Tuan besides his congratulations?"), "thank")
    assert not _act_named(parse("What did Babushkin ask Tuan to do?"), "ask")


def test_thanks_besides_congratulations(engine):
    ans = engine.ask("What did Babushkin thank Tuan for, besides his congratulations?")
    assert ans.answered and "helping Astrakhan fishing firms" in quoted(ans)


def test_urge_written_as_encouraged(engine):
    ans = engine.ask("What did Tuan urge Russian tour operators to do?")
    assert ans.answered and "add Quy Nhơn to their winter packages" in quoted(ans)
