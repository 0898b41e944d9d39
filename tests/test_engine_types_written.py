"""The kinds of answer as news writes them: a format named "a working session" or "a round table",
a date told as "this autumn" or "in the third quarter", a span as "for many decades" or "every
year", an anniversary as "40 years after". A sentence written so answers the question; "in what
capacity" asks how someone came (on an official visit), not a figure. Article written for this test."""

from __future__ import annotations

from knowledge.answer.intent import answer_type
from knowledge.answer.rank import ANSWER_RX
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

SCHOOL = """---
title: Novosibirsk university to open a centre in Cần Thơ
outlet: Test Wire
date: 2024-03-14
---
Novosibirsk university to open a centre in Cần Thơ

Rector Mikhail Fedoruk of Novosibirsk State University held a working session with Cần Thơ vice chairman Dương Tấn Hiển on Wednesday.
Fedoruk was in Vietnam on an official visit at the invitation of the Ministry of Education.
The first classes at the new Russian centre are expected to open in the third quarter.
Hiển said Cần Thơ and Novosibirsk had kept up close ties for many decades.
"""

engine = module_engine("types_written", {"school.txt": SCHOOL})


def test_a_span_written_as_many_decades_answers_how_long(engine):
    a = engine.ask("For how long have Cần Thơ and Novosibirsk had close ties?")
    assert a.answered and "many decades" in a.text.split("\n\n")[1], a.text


def test_in_what_capacity_asks_no_figure():
    assert answer_type(parse("In what capacity was Fedoruk in Vietnam?"))[0] != "number"
    assert answer_type(parse("What is the capacity of the new hall?"))[0] == "number"


def test_written_forms_of_each_kind():
    assert ANSWER_RX["format"].search("The rector held a working session with the vice chairman.")
    assert ANSWER_RX["format"].search("They met at a round-table in Moscow.")
    assert ANSWER_RX["format"].search("He paid a courtesy call on the minister.")
    assert ANSWER_RX["format"].search("The consulate held a hybrid seminar on fishing.")
    assert ANSWER_RX["format"].search("In an interview with Radio Chile, the minister praised the deal.")
    assert ANSWER_RX["format"].search("The spokeswoman told a regular press briefing on Thursday.")
    assert ANSWER_RX["format"].search("In a letter dated May 4, the president thanked his counterpart.")
    assert ANSWER_RX["format"].search("Forty firms take part under a national pavilion.")
    assert not ANSWER_RX["format"].search("The president thanked his counterpart for the support.")
    assert ANSWER_RX["date"].search("The port began operating last year.")
    assert ANSWER_RX["date"].search("The first classes are expected to open in the third quarter.")
    # a plan told from today is no date of what happened (commit bf17b57 and this session's open-in-Hanoi test)
    assert not ANSWER_RX["date"].search("It is the biggest event of next year.")
    assert not ANSWER_RX["date"].search("The delegation will travel on to Hanoi next week.")
    assert ANSWER_RX["date"].search("The delegation had arrived the previous week.")
    assert ANSWER_RX["duration"].search("The commissions should meet every year.")
    assert ANSWER_RX["anniversary"].search("40 years after the two cities were twinned, they met again.")
