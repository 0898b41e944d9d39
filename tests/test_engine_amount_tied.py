"""A money question is declined when every sum quoted belongs to another amount, and a "how long" one when
the quote gives only an age (knowledge/answer/amount_tied.py). Articles written for this test."""

from __future__ import annotations

from knowledge.answer.amount_tied import asked_family, duration_age, other_amount
from knowledge.facts import Answer, Citation
from tests.helpers.engine_stores import module_engine

FILM = """---
title: Kazakh drama wins in Da Nang
outlet: Test Wire
date: 2021-11-20
---
Kazakh drama wins in Da Nang

A Kazakh picture called "Steppe Wind" won the top award of the Da Nang Film Week on Friday.

The winning film, directed by Aigerim Sadykova, received a cash prize of 8,000 US dollars.

Sadykova, a 38-year-old former teacher from Almaty, thanked the jury.

The director will spend three weeks touring Vietnam with the film.

The new Volat bus plant in Can Tho cost 45 million US dollars to build.

Two-way trade between the two countries reached 7 billion US dollars.

Organisers opened a 2 million US dollar cinema beside the river.
"""

engine = module_engine("amount_tied", {"steppe.txt": FILM})


def _quoting(engine, start: str) -> Answer:
    """A reply quoting the one stored sentence that starts with `start`."""
    row = engine.conn.execute("SELECT id, text FROM sentences WHERE text LIKE ?", [start + "%"]).fetchone()
    sid, text = row
    cite = Citation("steppe.txt", None, "Test Wire", None, text, sid)
    return Answer(True, "From Test Wire:", "From Test Wire:", [cite])


def test_a_sum_tied_to_another_amount_does_not_answer_a_cost(engine):
    prize = _quoting(engine, "The winning film")
    assert other_amount(engine.conn, "How much did it cost to make the film Steppe Wind?", prize)
    assert other_amount(engine.conn, "How much compensation did Aigerim Sadykova receive?", prize)
    assert not other_amount(engine.conn, "How much prize money did Steppe Wind win?", prize)  # the amount asked
    assert not other_amount(engine.conn, "Who directed Steppe Wind?", prize)  # no amount asked


def test_a_sum_written_with_the_family_word_or_the_asked_noun_ties(engine):
    plant = _quoting(engine, "The new Volat bus plant")
    assert not other_amount(engine.conn, "How much did the Volat plant cost?", plant)  # "cost" written
    assert not other_amount(engine.conn, "What was the price of the Can Tho plant?", plant)  # the family of price
    cinema = _quoting(engine, "Organisers opened")
    assert not other_amount(engine.conn, "How much did the riverside cinema cost?", cinema)  # "a ... dollar cinema"
    assert other_amount(engine.conn, "How much did the organisers pay in fines?", cinema)


def test_the_engine_declines_a_duration_answered_by_an_age(engine):
    a = engine.ask("How long did Aigerim Sadykova work as a teacher?")
    assert not a.answered and not a.citations, a.text
    b = engine.ask("How long will Aigerim Sadykova tour Vietnam?")
    assert b.answered and "three weeks" in b.text, b.text


def test_an_age_is_no_span_but_a_span_beside_it_is():
    def reply(quote: str) -> Answer:
        return Answer(True, "From Test Wire:", "From Test Wire:", [Citation("x.txt", None, "Test Wire", None, quote)])

    asked = "How long has Ivan Petrov lived in Hue?"
    assert duration_age(asked, reply("Ivan Petrov, 51, a 51-year-old cook from Omsk."))
    assert not duration_age(asked, reply("The 51-year-old has lived in Hue for six years."))
    assert not duration_age("How long has he lived in Hue?", reply("The 51-year-old has lived in Hue since 2009."))
    assert not duration_age("How old is Ivan Petrov?", reply("Ivan Petrov, a 51-year-old cook from Omsk."))


def test_the_amount_asked_is_read_from_the_money_word():
    assert asked_family("How much did the new bridge cost?") == "cost"
    assert asked_family("What is the price of a ticket?") == "cost"
    assert asked_family("How much compensation did the airline pay?") == "compensation"
    assert asked_family("How much rice did Vietnam export?") is None  # an amount of goods, not of money
    assert asked_family("Which firm paid the fine?") is None  # no amount asked


def test_the_subject_of_the_verb_a_sum_hangs_on_is_its_noun(engine):
    plant = _quoting(engine, "The new Volat bus plant")
    assert not other_amount(engine.conn, "What was the Volat plant worth?", plant)
    trade = _quoting(engine, "Two-way trade")
    assert not other_amount(engine.conn, "What was two-way trade worth?", trade)
    assert other_amount(engine.conn, "How much did the Volat plant cost?", trade)


def test_a_place_named_dong_is_no_sum(engine):
    """A quote with no sum is left to figure_shown.py: "Dong" in a name does not make it one."""
    sid = _quoting(engine, "A Kazakh picture").citations[0].sentence_id

    def reply(quote: str) -> Answer:
        cite = Citation("x.txt", None, "Test Wire", None, quote, sid)
        return Answer(True, "From Test Wire:", "From Test Wire:", [cite])

    asked = "How much did it cost to make the film Steppe Wind?"
    assert not other_amount(engine.conn, asked, reply("The film will be shown in Dong Nai."))
    assert other_amount(engine.conn, asked, reply("The film won 900 million dong."))


def test_a_worth_invest_or_earn_question_is_left_to_the_other_checks(engine):
    """Their sums hang on "reached" / "totalled" with no family word: no family is picked, nothing declined."""
    trade = _quoting(engine, "Two-way trade")
    prize = _quoting(engine, "The winning film")
    assert not other_amount(engine.conn, "What were two-way exports worth last year?", trade)
    assert not other_amount(engine.conn, "How much did Aigerim Sadykova earn from the film?", prize)
    assert not other_amount(engine.conn, "How much will the Volat group invest in Can Tho?", trade)
    assert asked_family("How much was the riverside cinema worth?") is None
    assert asked_family("How much income did the cinema bring?") is None
    assert asked_family("How much was the fine?") == "fine"
