"""A date as a plan writes it ("next week", "early next year", "in the coming months") answers a
question about the future ("when will …", "when does X plan to …", "dự kiến … khi nào", "когда
состоится …") and no question about the past: "When did the troupe perform in Đà Nẵng?" is not
answered by "will perform in Đà Nẵng next week". Article written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer import past_dates
from knowledge.answer.answer_types import ANSWER_RX
from knowledge.answer.intent import make_plan
from knowledge.answer.past_dates import dated_as_plan
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


def _ranked(*rows: tuple[str, float]) -> list:
    """Ranked-like candidates: (text, score), each writing a date."""
    return [SimpleNamespace(cand=SimpleNamespace(text=t), score=s, typed=True) for t, s in rows]


def test_a_date_in_a_plan_clause_is_told_from_a_date_of_what_happened():
    assert dated_as_plan("The dancers will return to Huế on November 2 for a gala.")
    assert dated_as_plan("The gala used to be held every four years, but from 2025 it will be held each autumn.")
    assert not dated_as_plan("The dancers arrived in Huế on October 5.")
    # the saying is dated too, not only the plan it reports
    assert not dated_as_plan("Shishkin said on Monday that the studio would open on March 1.")
    assert not dated_as_plan("The studio will open soon.")  # no date at all
    # a plan in a clause of its own ("where a statue is to be erected") leaves the date of what happened
    assert not dated_as_plan("The city held a ceremony on May 5 at the spot where a statue is to be erected.")


def test_a_past_question_prefers_the_date_of_what_happened():
    ranked = _ranked(("The dancers will return to Huế on November 2 for a gala.", 5.0),
                     ("The dancers arrived in Huế on October 5.", 4.2))
    moved = past_dates.prefer("When did the dancers come to Huế?", "date", None, ranked)
    assert "October 5" in moved[0].cand.text
    # a question about the plan keeps it first, and so does a past question when the other is far behind
    assert past_dates.prefer("When will the dancers return?", "date", "coming_date", ranked)[0] is ranked[0]
    assert past_dates.prefer("Когда труппа приехала в Хюэ?", "date", None, ranked)[0] is ranked[1]
    assert past_dates.prefer("До какого числа продлится гастроль?", "date", None, ranked)[0] is ranked[0]
    far = _ranked(("The dancers will return to Huế on November 2.", 9.0), ("They arrived in Huế on October 5.", 4.0))
    assert past_dates.prefer("When did the dancers come to Huế?", "date", None, far)[0] is far[0]
