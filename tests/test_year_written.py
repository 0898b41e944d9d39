"""A year the question sets its premise in, against the years the quoted sentence itself writes
(knowledge/answer/year_written.py): a quote that dates its own thing to another year is declined, even
when its article writes the asked year about something else; a year that is a limit or a name, a
span, or the article's own year are no conflict. Articles written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer.year_written import asked_years, contradicted
from tests.helpers.engine_stores import module_engine

# no date line; the asked year (2019) is written, but about another thing
FESTIVAL = """---
title: Irkutsk and Hue plan a joint folk music festival
outlet: Test Wire
---
Irkutsk and Hue plan a joint folk music festival

IRKUTSK, March 3 — Irkutsk and Hue intend to hold a joint folk music festival on the shores of Lake Baikal in 2026, the city's culture department said on Tuesday.

The department recalled that a Hue court music ensemble first toured Siberia in 2019.
"""

engine = module_engine("year_written", {"festival.txt": FESTIVAL})


def _quote(text: str, date: str | None = None) -> SimpleNamespace:
    return SimpleNamespace(quote=text, date=date)


def test_the_years_a_question_is_set_in():
    assert asked_years("Where was the folk festival held in 2019?") == {"2019"}
    assert asked_years("Who signed the 2030 vision statement?") == set()  # a thing's name
    assert asked_years("Were the ships delivered before 2015?") == set()  # a limit
    assert asked_years("Who won the Baikal Cup 2021?") == {"2021"}


def test_a_quote_dating_its_thing_otherwise_contradicts():
    assert contradicted("Where was the festival held in 2024?", [_quote("They will hold the festival in 2026.")])
    assert not contradicted("Where was the festival held in 2024?", [_quote("They held the festival on Lake Baikal.")])
    assert not contradicted("What was planned for 2014?", [_quote("a plan covering the years 2013 to 2015")])
    assert not contradicted("What did he hold in 2016?", [_quote("He has held the post since 2012.")])
    # the article's year and "last year" counted from it
    assert not contradicted("What rose in 2014?", [_quote("Sales rose last year, after a fall in 2012.", "2015-02-01")])
    assert contradicted("What rose in 2014?", [_quote("Sales rose in 2012.", "2015-02-01")])
    # a year naming a thing is no date of the quote's own
    assert not contradicted("Why did she thank Russia in 2016?", [_quote("for backing its bid for the 2017–2019 term")])
    assert not contradicted("How many years of ties did they mark in 2020?",
                            [_quote("He added that 2020 would bring the 70th anniversary and 2022 the 10th.")])
    # one quote that fits is enough
    assert not contradicted("Where was it in 2024?", [_quote("in 2026"), _quote("They met in Hue in 2024.")])


def test_the_asked_year_written_about_something_else_does_not_excuse_it(engine):
    a = engine.ask("Where was the joint Irkutsk–Hue folk music festival held in 2019?")
    assert not a.answered and not a.citations, a.text
    a = engine.ask("Where will Irkutsk and Hue hold their joint folk music festival?")
    assert a.answered and "Baikal" in a.text, a.text
