"""A question naming a body and a topic goes to the statements only when it asks what someone said:
"How many tonnes did Baltmorneft produce?" is searched for, not declined as "no report of
Baltmorneft saying anything about oil". Article written for this test."""

from __future__ import annotations

from knowledge.answer.route import asks_speech
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

BALT = """---
title: Baltmorneft reports a record year
outlet: Test Wire
date: 2022-02-03
---
Baltmorneft reports a record year

KALININGRAD — The Russian–Vietnamese oil venture Baltmorneft held its annual meeting in Kaliningrad on February 2.

In 2021 the venture pumped 2.6 million tonnes of crude oil from its offshore fields, 4 percent above plan.

Deputy director Oleg Sazonov said the company would drill eleven new wells next year.
"""

engine = module_engine("route_speech", {"balt.txt": BALT})


def test_a_figure_about_a_body_is_searched(engine):
    a = engine.ask("How many tonnes of oil did Baltmorneft produce in 2021?")
    assert a.answered and "2.6 million" in a.text, a.text


def test_speech_and_opinion_are_told_apart():
    assert asks_speech(parse("What did Baltmorneft say about oil prices?"))
    assert asks_speech(parse("Which partners does Russia have in Asia, per Sazonov?"))
    assert not asks_speech(parse("How many tonnes of oil did Baltmorneft produce?"))
    assert not asks_speech(parse("What was the price per kilogram of the oil?"))
