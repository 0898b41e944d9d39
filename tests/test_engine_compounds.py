"""A question's compound word that no article writes ("warships") is searched for by the word of
the articles it ends with ("ships"), not weighed as a word found nowhere. Articles written for
this test."""

from __future__ import annotations

from knowledge.answer.retrieve import compound_head
from tests.helpers.engine_stores import module_engine, quoted

PORT_CALL = """---
title: Baltic Fleet ships call at Quy Nhon
outlet: Test Wire
date: 2023-08-21
---
Baltic Fleet ships call at Quy Nhon

QUY NHƠN — Two ships of the Russian Baltic Fleet arrived at Quy Nhơn port on Sunday for a three-day goodwill visit.

The crews will play football with local sailors and lay flowers at a war memorial, but will not take on any cargo.
"""

TRADE = """---
title: Perm traders in Da Nang
outlet: Test Wire
date: 2023-08-22
---
Perm traders in Da Nang

ĐÀ NẴNG — A trade delegation from Perm arrived in Đà Nẵng on Tuesday to look for seafood suppliers.
"""

engine = module_engine("compounds", {"port_call.txt": PORT_CALL, "trade.txt": TRADE})


def test_a_compound_is_searched_by_the_word_it_ends_with(engine):
    store = engine.retrieval.store
    assert compound_head(store, "warships") == "ships"
    assert compound_head(store, "philippines") is None  # no five-letter word of the store ends it
    assert compound_head(store, "ships") is None  # too short to be a compound
    # 'anied' shares its search stem with 'any' but is no word any article writes
    assert compound_head(store, "accompanied") is None
    a = engine.ask("When did the warships arrive?")
    assert a.answered and "Baltic Fleet" in a.citations[0].quote, a.text
