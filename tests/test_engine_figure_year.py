"""A figure question of one year is declined when every quote dates its figure to another year
(knowledge/answer/figure_year.py); a quote writing the asked year, running over a span or counting from
the report's own year is left alone. Article written for this test."""

from __future__ import annotations

from knowledge.answer.figure_year import asked_year, other_year
from tests.helpers.engine_stores import module_engine
from tests.test_engine_time_shown import _reply  # a reply of one quote

TRACTORS = """---
title: Belarusian tractor maker eyes Mekong farms
outlet: Test Wire
date: 2018-04-10
---
Belarusian tractor maker eyes Mekong farms

The Minsk tractor maker Agromash said on Monday that it had sold 240 tractors to rice farms in Dong Thap province in 2017.

Agromash director Pavel Korolenko said the company planned to open a service workshop in Cao Lanh.

Farm co-operatives in the province have asked for smaller machines suited to flooded fields, Korolenko said.
"""

engine = module_engine("figure_year", {"tractors.txt": TRACTORS})


def test_a_count_asked_for_another_year_than_the_quote_gives_is_declined(engine):
    """The asked year is the report's own, so no other check finds it unwritten; the figure is last year's."""
    a = engine.ask("How many tractors did Agromash sell to farms in Dong Thap in 2018?")
    assert not a.answered and not a.citations, a.text


def test_the_count_of_the_year_the_quote_gives_is_answered(engine):
    a = engine.ask("How many tractors did Agromash sell to farms in Dong Thap in 2017?")
    assert a.answered and "240" in a.text, a.text


def test_a_quote_dated_to_another_year_fails_only_a_figure_question_of_one_year():
    lead = "From Test Wire, 12 March 2019:"
    sold = _reply(lead, "Agromash sold 240 tractors in Dong Thap in 2017.")
    assert other_year("How many tractors did Agromash sell in 2018?", sold)
    assert other_year("Сколько тракторов продал Агромаш в 2018 году?", sold)
    assert other_year("What was the Agromash tractor trade worth in 2018?", sold)
    assert not other_year("How many tractors did Agromash sell in 2017?", sold)
    assert not other_year("How many tractors did Agromash sell?", sold)  # no year asked
    assert not other_year("Did Agromash sell tractors before 2018?", sold)  # no figure asked
    assert not other_year("How many tractors were sold in 2017-2018?", sold)  # a span asked


def test_a_span_or_a_year_counted_from_the_report_may_hold_the_asked_year():
    lead = "From Test Wire, 12 March 2019:"
    asked = "How many tractors had Agromash sold by 2019?"
    assert not other_year(asked, _reply(lead, "Founded in 1994, Agromash has since sold 900 tractors abroad."))
    assert not other_year(asked, _reply(lead, "Counting from its first sale in May 2011, it sold 900 tractors."))
    assert not other_year("How many tractors did it sell in 2018?", _reply(lead, "It sold 300 last year, up from 240 in 2017."))
    assert not other_year("How many tractors did it sell in 2018?", _reply(lead, "It sold 300 tractors in 2017 and 2018."))
    assert other_year("How many tractors did it sell in 2018?", _reply(lead, "As of December 2017, it had sold 240."))


def test_only_one_year_in_a_figure_question_is_asked():
    assert asked_year("Agromash bán bao nhiêu máy kéo năm 2018?") == "2018"
    assert asked_year("How many tractors did it sell between 2017 and 2018?") is None
    assert asked_year("Who sold 240 tractors in 2017?") is None
