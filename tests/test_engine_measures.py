""""How long" asks a span of time of an event and a length of a thing; "how fast" asks a figure.
A sentence that gives "412 metres long" or "more than six nights" answers "how long" as surely as
"for three days" does. Article written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

BRIDGE = """---
title: Russian-built ferry joins the Cần Thơ fleet
outlet: Test Wire
date: 2025-09-17
---
Russian-built ferry joins the Cần Thơ fleet

A ferry built at the Zelenodolsk shipyard in Tatarstan entered service in Cần Thơ on Tuesday, provincial transport director Lâm Quốc Hưng said.
The ferry Tây Đô is 64 metres long and carries up to 400 passengers.
It sails at 18 knots, twice as fast as the boats it replaces.
Tatarstan's deputy trade minister Rinat Galimov said Russian engineers would stay in the province for more than six nights to train the crews.
The shipyard has delivered five vessels to Vietnam since 2019, he added.
"""

engine = module_engine("measures", {"ferry.txt": BRIDGE})


def test_how_long_is_a_thing_is_answered_by_its_length(engine):
    text = engine.ask("How long is the ferry Tay Do?").text
    assert "64 metres long" in text


def test_a_stay_counted_in_nights_answers_how_long(engine):
    text = engine.ask("How long will the Russian engineers stay in the province?").text
    assert "more than six nights" in text


def test_how_fast_asks_a_figure(engine):
    from knowledge.answer.intent import make_plan
    from knowledge.question import parse
    q = parse("How fast does the ferry sail?")
    assert make_plan(q, engine.index.find(q)).answer_type == "number"
