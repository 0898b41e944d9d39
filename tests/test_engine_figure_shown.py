"""A how-many / how-much question is declined when the reply would write no figure at all — no count,
amount, measure or ordinal of a time in its head line or any quote (knowledge/answer/figure_shown.py);
years, the days of dates and the publication date of the cited report do not count. Article written
for this test."""

from __future__ import annotations

from knowledge.answer.figure_shown import asks_figure, no_figure
from tests.helpers.engine_stores import module_engine
from tests.test_engine_time_shown import _reply  # a reply of one quote

BRIDGE = """---
title: Russian firm to design bridge in Can Tho
outlet: Test Wire
---
Russian firm to design bridge in Can Tho

The Russian engineering company Mostostroy will design a new cable-stayed bridge over the Hau River in Can Tho, city officials said on Monday.

The bridge would link Can Tho with Vinh Long province and ease traffic on the old ferry route.

Drivers have long complained about the cost of the ferry crossing, and the bridge will have separate lanes for motorbikes.

Mostostroy has already built 14 bridges in Siberia, its director Oleg Petrov said.

Petrov said the company hoped to start work in 2027.

Mostostroy engineers will survey the bed of the Hau River in Can Tho before the design is drawn up.
"""

engine = module_engine("figure_shown", {"bridge.txt": BRIDGE})


def test_a_how_much_question_the_article_gives_no_figure_for_is_declined(engine):
    a = engine.ask("How much will the cable-stayed bridge over the Hau River in Can Tho cost?")
    assert not a.answered and not a.citations, a.text


def test_a_reply_that_writes_a_count_answers(engine):
    a = engine.ask("How many bridges has Mostostroy built in Siberia?")
    assert a.answered and "14" in a.text, a.text


def test_years_dates_and_the_report_date_are_no_figure():
    lead = "From Test Wire, 15 March 2021:"
    assert no_figure(_reply(lead, "Petrov hoped to start work in 2027."), "How much will it cost?")
    assert no_figure(_reply(lead, "The bridge opened on March 3."), "How many cars cross it?")
    assert not no_figure(_reply(lead, "It has built 14 bridges."), "How many bridges has it built?")
    assert not no_figure(_reply(lead, "Its engineers crossed the river twice."), "How many crossings?")


def test_a_word_ordinal_answers_only_how_many_times():
    lead = "From Test Wire, 15 March 2021:"
    assert not no_figure(_reply(lead, "It was his third trip to Can Tho."), "How many times has he been to Can Tho?")
    assert no_figure(_reply(lead, "A fourth bridge is planned over the river."), "How much will the bridge cost?")


def test_only_a_question_that_asks_a_figure_is_held_to_one():
    assert asks_figure("How many bridges did Mostostroy build?") and asks_figure("Сколько мостов построил Мостострой?")
    assert asks_figure("Mostostroy xây bao nhiêu cây cầu?")
    assert not asks_figure("Who said how much the bridge would cost?")  # the count frames another ask
    assert not asks_figure("How many meetings did Petrov hold in Can Tho?")  # answered by listing them


def test_a_number_that_names_a_ship_or_a_unit_counts_nothing():
    q = "How many marines sailed on the patrol ships?"
    lead = "From Test Wire, 15 March 2021:"
    assert no_figure(_reply(lead, "The ships 021-Ly Thai To and 022-Tran Quoc Toan of Squadron 88 left port."), q)
    assert not no_figure(_reply(lead, "Squadron 88 sent 120 marines aboard the ships."), q)
    assert not no_figure(_reply(lead, "The crew followed a 3-stage drill."), q)
