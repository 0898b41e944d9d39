"""A date as a plan writes it ("next week", "early next year", "in the coming months") answers a
question about the future ("when will …", "when does X plan to …", "dự kiến … khi nào", "когда
состоится …") and no question about the past: "When did the troupe perform in Đà Nẵng?" is not
answered by "will perform in Đà Nẵng next week". Article written for this test."""

from __future__ import annotations

from knowledge.answer.answer_types import ANSWER_RX
from knowledge.answer.intent import make_plan
from knowledge.answer.tense_checks import asks_coming
from knowledge.match import Found
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

TOUR = """---
title: Ural ballet troupe opens Vietnam tour in Huế
outlet: Test Wire
date: 2024-10-09
---
Ural ballet troupe opens Vietnam tour in Huế

The Ural Opera Ballet of Yekaterinburg gave its first Vietnamese performance at the Huế Royal Theatre on Tuesday, director Andrei Shishkin said.
The troupe will dance in Đà Nẵng next week before flying home.
Shishkin said the theatre plans to open a ballet studio for children in Huế early next year.
Huế culture official Phan Thanh Hải thanked the guests for the gift of costumes.
"""

engine = module_engine("coming_dates", {"tour.txt": TOUR})


def test_future_questions_are_told_apart_from_past_ones():
    assert asks_coming("When will the troupe dance in Da Nang?")
    assert asks_coming("When does the theatre plan to open its studio?")
    assert asks_coming("When is the studio scheduled to open?")
    assert asks_coming("When was the director due to arrive?")  # a plan once made: dated as a plan is
    assert asks_coming("Đoàn ba lê dự kiến biểu diễn ở Đà Nẵng khi nào?")
    assert asks_coming("Nhà hát sẽ mở lớp học múa vào năm nào?")
    assert asks_coming("Когда состоится концерт в Дананге?")
    assert asks_coming("Когда планируется открытие студии?")
    for past in ("When did the troupe dance in Hue?", "When did the director announce the studio plan?",
                 "Khi nào đoàn biểu diễn ở Huế?", "Когда труппа выступила в Хюэ?"):
        assert not asks_coming(past), past


def test_a_plans_date_is_a_date_only_for_the_future():
    for text in ("The troupe will dance in Đà Nẵng next week.", "It plans to open a studio early next year.",
                 "Talks will resume in the coming months.", "The plant should be finished by the end of the year.",
                 "The ship is to sail in two weeks."):
        assert ANSWER_RX["coming_date"].search(text), text
        assert not ANSWER_RX["date"].search(text), text
    assert ANSWER_RX["coming_date"].search("The troupe danced in Huế on Tuesday.")  # every past date still counts
    assert not ANSWER_RX["coming_date"].search("The troupe danced in Huế to great applause.")


def test_the_plan_asks_a_coming_date_only_of_a_future_question():
    assert make_plan(parse("When will the troupe dance in Đà Nẵng?"), Found()).implied == "coming_date"
    assert make_plan(parse("When did the troupe dance in Huế?"), Found()).implied is None


def test_when_will_is_answered_by_next_week(engine):
    a = engine.ask("When will the Ural troupe dance in Đà Nẵng?")
    assert a.answered and "next week" in quoted(a), a.text


def test_when_does_x_plan_to_is_answered_by_early_next_year(engine):
    a = engine.ask("When does the Yekaterinburg theatre plan to open a ballet studio in Huế?")
    assert a.answered and "early next year" in quoted(a), a.text


def test_a_past_question_is_not_answered_by_a_plan(engine):
    a = engine.ask("When did the Ural troupe dance in Đà Nẵng?")
    assert "next week" not in quoted(a), a.text
    b = engine.ask("When did the Ural troupe perform in Huế?")
    assert b.answered and "Tuesday" in quoted(b), b.text
