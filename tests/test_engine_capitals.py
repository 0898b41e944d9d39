"""News names a state by its capital ("what did Moscow pledge", "talks with Hanoi"): a capital
asked about as the one acting is found where the article writes the state's name, while a
capital that is the place of an event ("arrived in Moscow") stays the city. Articles written for
this test."""

from __future__ import annotations

from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

LOAN = """---
title: Russia to lend Cambodia money for a railway
outlet: Test Wire
date: 2023-05-08
---
Russia to lend Cambodia money for a railway

PHNOM PENH — Russia has pledged to lend Cambodia 300 million USD for a new railway line to the coast, Cambodian Deputy Prime Minister Sok Vanna said on Monday.

The Russian side also offered to train 40 Cambodian railway engineers.
"""

VISIT = """---
title: Cambodian deputy premier in Moscow
outlet: Test Wire
date: 2023-05-12
---
Cambodian deputy premier in Moscow

MOSCOW — Sok Vanna arrived in Moscow on Friday for a four-day working visit, the Cambodian embassy said.

He is due to tour a locomotive plant outside the city.
"""

BID = """---
title: Hà Nội seeks Russian support for Mekong chairmanship
outlet: Test Wire
date: 2023-11-21
---
Hà Nội seeks Russian support for Mekong chairmanship

HÀ NỘI — Deputy Foreign Minister Đỗ Hùng Việt received Russian Deputy Foreign Minister Andrei Rudenko in Hà Nội on Tuesday.

The host sought Russian support for Việt Nam's bid to chair the Mekong-Lancang forum in 2024 and for a seat on the UN Human Rights Council.

Rudenko said Russia wanted to send a large delegation to the 2024 East Asia Summit.
"""

engine = module_engine("capitals", {"loan.txt": LOAN, "visit.txt": VISIT, "bid.txt": BID})


def _moscow_ids(engine, question: str) -> set[int]:
    found = engine.index.find(parse(question))
    return next(m.actor_ids for m in found.mentions if m.text.lower() == "moscow")


def test_a_capital_acting_is_found_by_its_state(engine):
    a = engine.ask("What did Moscow pledge to Cambodia?")
    assert a.answered and "300 million USD" in a.citations[0].quote, a.text
    russia = engine.index.country_actor["Russia"]
    assert russia and russia <= _moscow_ids(engine, "What did Moscow pledge to Cambodia?")


def test_a_capital_where_something_happens_stays_the_city(engine):
    russia = engine.index.country_actor["Russia"]
    assert not russia & _moscow_ids(engine, "When did Sok Vanna arrive in Moscow?")
    assert not russia & _moscow_ids(engine, "Why did Sok Vanna visit Moscow?")
    a = engine.ask("When did Sok Vanna arrive in Moscow?")
    assert a.answered and "Friday" in a.citations[0].quote, a.text


def test_a_capital_before_a_verb_of_its_own_acts_as_its_state(engine):
    """"want Moscow to back", "say Moscow would …": the state, which the article writes as
    "Russian support"; "flew to Moscow to …" stays the city."""
    russia = engine.index.country_actor["Russia"]
    assert russia <= _moscow_ids(engine, "What did Đỗ Hùng Việt want Moscow to support?")
    assert russia <= _moscow_ids(engine, "Did Rudenko say Moscow would send a large delegation?")
    assert not russia & _moscow_ids(engine, "When did Sok Vanna fly to Moscow to tour the plant?")
    a = engine.ask("What did Đỗ Hùng Việt want Moscow to support?")
    assert a.answered and "Mekong-Lancang forum in 2024" in a.citations[0].quote, a.text
