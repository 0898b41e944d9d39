"""An article that gives no date and writes the year asked nowhere cannot tie what it reports to that
year: the question's year is its own premise, and the reply declines (knowledge/answer/year_written.py).
An anniversary by its ordinal dates the article for a reader who knows the thing's own year, so that
one is still answered, with its note. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

FERRY = """Ferry link opens to Con Dao

A new ferry from Vung Tau to Con Dao carried 350 passengers on its first crossing on Monday, the operator said.

The operator plans two crossings a day in the dry season.
"""

RECEPTION = """Embassy marks National Day in Minsk

The Vietnamese Embassy in Belarus held a reception in Minsk on September 2 to mark the 74th anniversary of National Day.

About 200 guests attended the reception, among them Belarusian deputy ministers and diplomats.
"""

engine = module_engine("undated_unwritten", {"ferry.txt": FERRY, "reception.txt": RECEPTION})


def test_a_year_the_undated_article_never_writes_is_declined(engine):
    a = engine.ask("How many passengers did the Con Dao ferry carry on its first crossing in 2019?")
    assert not a.answered, a.text
    b = engine.ask("How many passengers did the Con Dao ferry carry on its first crossing?")
    assert b.answered and "350" in quoted(b), b.text  # no year asked: nothing to tie


def test_an_ordinal_anniversary_keeps_the_answer_with_its_note(engine):
    a = engine.ask("How many guests attended the embassy's National Day reception in Minsk in 2019?")
    assert a.answered and "200" in quoted(a), a.text
    assert "gives no year" in a.text, a.text


def test_the_year_of_the_report_itself_dates_no_thing():
    from knowledge.answer.year_written import _REPORT_YEAR

    assert _REPORT_YEAR.search("Which club does Ivanova chair according to the 2021 report?")
    assert _REPORT_YEAR.search("Сколько студентов учится в Томске, по данным статьи 2016 года?")
    assert not _REPORT_YEAR.search("How many passengers did the ferry carry in 2019?")
