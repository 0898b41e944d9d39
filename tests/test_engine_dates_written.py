"""A date the question names is checked against the dates the sentence itself writes ("last
year", "On April 16", "in 2014"), not only against its event's and article's dates; a year after
'to', 'by', 'since' is a target or a bound, not the date asked. Articles written for this test."""

from __future__ import annotations

from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

FORUM = """---
title: Vietnamese fruit growers court Russian buyers
outlet: Test Wire
date: 2022-06-02
---
Vietnamese fruit growers court Russian buyers

NOVOSIBIRSK — A delegation of Vietnamese fruit growers opened a trade fair in Novosibirsk on Wednesday.

Russian imports of Vietnamese mangoes rose by 18 per cent last year to 9,400 tonnes, the organisers said.

On April 16 the growers had signed a supply contract with the Siberian retail chain Holiday.

The two sides adopted a joint plan on fruit exports to 2030 at the fair.

In March some 300 tonnes of dragon fruit reached Novosibirsk by rail.

The next day 40 buyers signed letters of intent, the organisers said.
"""


engine = module_engine("dates_written", {"forum.txt": FORUM})


def test_last_year_in_the_sentence_is_the_year_before_the_article(engine):
    a = engine.ask("By how much did Russian mango imports rise in 2021?")
    assert a.answered, a.text
    assert "18 per cent" in quoted(a)
    b = engine.ask("By how much did Russian mango imports rise in 2019?")
    assert not b.answered and not b.citations, b.text


def test_a_day_the_sentence_writes_fits_the_day_asked(engine):
    a = engine.ask("Which retail chain did the growers sign with on 16 April?")
    assert a.answered, a.text
    assert "Holiday" in quoted(a)
    b = engine.ask("Which retail chain did the growers sign with on 19 May?")
    assert not b.answered and not b.citations, b.text


def test_a_target_year_is_no_date_asked():
    assert parse("When was the plan on fruit exports to 2030 adopted?").date_lo is None
    assert parse("What did they agree since 2001?").date_lo is None
    assert parse("What did they agree in 2019?").date_lo == "2019-01-01"


def test_a_question_with_a_target_year_is_answered(engine):
    a = engine.ask("Where was the plan on fruit exports to 2030 adopted?")
    assert a.answered, a.text
    assert "joint plan" in quoted(a)


def test_a_month_without_a_year_is_the_articles(engine):
    a = engine.ask("How much dragon fruit reached Novosibirsk in March 2022?")
    assert a.answered and "300 tonnes" in quoted(a), a.text


def test_the_next_day_is_read_from_the_articles_date(engine):
    a = engine.ask("How many buyers signed letters of intent on June 3, 2022?")
    assert a.answered and "40 buyers" in quoted(a), a.text
