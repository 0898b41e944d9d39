"""Retrieval reaches the sentence that answers, whatever way its article names what was asked
about: a country by its adjective only ("Belarusian tractors" in an article that never writes
"Belarus"). Articles written for these tests."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

MINSK = """---
title: Belarus and Vietnam review trade
outlet: Test Wire
date: 2023-03-02
---
Belarus and Vietnam review trade

MINSK — Deputy Prime Minister Trần Lưu Quang held talks with Belarus Prime Minister Roman Golovchenko in Minsk on Wednesday.

The two sides agreed to raise two-way trade and to speed up work on a joint vaccine plant.
"""

TRACTORS = """---
title: Tractor line opens in Hưng Yên
outlet: Test Wire
date: 2023-09-14
---
Tractor line opens in Hưng Yên

HƯNG YÊN — A Belarusian machinery maker opened a tractor assembly line in Hưng Yên province on Thursday.

The line will assemble 1,200 tractors a year for Vietnamese rice farms, the plant's director Pavel Ostrovsky said.
"""

engine = module_engine("recall", {"minsk.txt": MINSK, "tractors.txt": TRACTORS})


def test_a_country_named_only_by_its_adjective_is_found(engine):
    a = engine.ask("What did the Belarus machinery maker open in Hung Yen?")
    assert a.answered and "tractor assembly line" in quoted(a), a.text
    b = engine.ask("What did the Belarus machinery maker open in Minsk?")  # the adjective is no licence
    assert not b.answered, b.text
