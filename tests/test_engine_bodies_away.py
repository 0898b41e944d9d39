"""An organisation is named once and then written around ("the fund", "the bank"): a sentence
whose article names it may answer a question about it though its own paragraph does not; a person
asked by name or a city the sentence is away from still counts against it. Articles written for
this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

FUND = """---
title: Caspian fund backs Mekong river terminals
outlet: Test Wire
date: 2023-03-15
---
Caspian fund backs Mekong river terminals

The Caspian Shipping Fund and the Cần Thơ People's Committee signed a memorandum of understanding in Astrakhan on Tuesday.

Under the document, the fund will finance two river terminals on the Hậu River and train Vietnamese crane operators.

Vice Chairman Trần Việt Trường said the terminals would cut the cost of shipping rice to Russian buyers.
"""

engine = module_engine("bodies_away", {"fund.txt": FUND})


def test_what_a_body_will_do_is_answered_where_the_article_calls_it_the_fund(engine):
    a = engine.ask("What will the Caspian Shipping Fund finance on the Hậu River?")
    assert a.answered and "two river terminals" in quoted(a), a.text


def test_a_meeting_in_a_city_the_article_does_not_place_it_in_is_still_declined(engine):
    a = engine.ask("What did Trần Việt Trường and the Caspian Shipping Fund sign in Hanoi?")
    assert not a.answered and not a.citations, a.text
