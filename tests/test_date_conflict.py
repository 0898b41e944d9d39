"""A year or month the question states against what the sentence, its paragraph and its events
state (knowledge/answer/date_conflict.py): another value of the same kind is a conflict, silence is
not, and the article's own date ("last year" counted from it) is a year the sentence may speak of.
Articles written for this test."""

from __future__ import annotations

from knowledge.answer.date_conflict import act_dated_otherwise, conflicts, dated_otherwise, months
from knowledge.answer.retrieve import Candidate
from tests.helpers.engine_stores import module_engine

UNDATED = """---
title: Tea growers from Lam Dong visit Kazan
outlet: Test Wire
---
Tea growers from Lam Dong visit Kazan

KAZAN — Tea growers from Lam Dong province showed their harvest at a fair in Kazan.

Sales of Lam Dong tea in Tatarstan reached 300 tonnes in 2017, the organisers said. The growers hope to double that figure.

In a separate paragraph, the fair's director thanked the guests.
"""

DATED = """---
title: Omsk orchestra plays in Da Nang
outlet: Test Wire
date: 2023-09-14
---
Omsk orchestra plays in Da Nang

DA NANG — The Omsk Philharmonic Orchestra gave a concert in Da Nang on Tuesday.

Its conductor said last year the orchestra had toured China in October. He thanked the city for the invitation.
"""

# no date line, and its year only on the thing it reports ("the 2019 chess festival")
UNDATED_THING = """---
title: Chess festival in Tomsk ends
outlet: Test Wire
---
Chess festival in Tomsk ends

TOMSK — The 2019 Siberian chess festival closed in Tomsk on Sunday with a prize-giving for the winners.

Some 120 players from eight countries, Vietnam among them, took part in the festival this year.
"""

engine = module_engine("date_conflict", {"undated.txt": UNDATED, "dated.txt": DATED, "chess.txt": UNDATED_THING})


def _cand(engine, words: str) -> Candidate:
    row = engine.conn.execute("SELECT id, source_id, position, paragraph, text FROM sentences WHERE text LIKE ?",
                              [f"%{words}%"]).fetchone()
    assert row, words
    return Candidate(*row)


def test_another_year_in_the_paragraph_is_a_conflict(engine):
    hope = _cand(engine, "double that figure")  # no year itself; its paragraph writes 2017
    assert conflicts(engine.conn, "How much tea did the growers hope to sell in 2019?", hope)
    assert not conflicts(engine.conn, "How much tea did the growers sell in 2017?", hope)


def test_an_article_silent_on_years_is_compatible(engine):
    thanks = _cand(engine, "director thanked")  # an undated article, a paragraph without a year
    assert not conflicts(engine.conn, "Whom did the director thank in 2019?", thanks)


def test_the_article_date_and_last_year_count_as_stated(engine):
    concert = _cand(engine, "gave a concert")
    assert not conflicts(engine.conn, "Where did the Omsk orchestra play in 2023?", concert)
    tour = _cand(engine, "toured China")
    assert not conflicts(engine.conn, "Where did the Omsk orchestra tour in October 2022?", tour)
    assert conflicts(engine.conn, "Where did the Omsk orchestra tour in 2015?", tour)


def test_another_month_is_a_conflict(engine):
    tour = _cand(engine, "toured China")
    assert conflicts(engine.conn, "Where did the Omsk orchestra tour in April?", tour)
    assert not conflicts(engine.conn, "Where did the orchestra tour in October?", tour)
    # no month stated by the sentence, its paragraph or its event: nothing to contradict
    fair = _cand(engine, "showed their harvest")
    assert not conflicts(engine.conn, "When did the tea growers come to Kazan in March?", fair)


def test_months_in_three_languages_and_may_the_verb():
    assert months("Что они подписали в мае?") == {5}
    assert months("Họ ký gì vào tháng 11?") == {11}
    assert months("What may they sign on 3 March?") == {3}


def test_a_thing_the_article_dates_otherwise_is_a_conflict(engine):
    players = _cand(engine, "120 players")  # no year in the sentence or paragraph; "the 2019 festival" above
    assert conflicts(engine.conn, "How many players took part in the chess festival in 2022?", players)
    assert dated_otherwise(engine.conn, "How many players took part in the chess festival in 2022?", "chess.txt")
    assert not dated_otherwise(engine.conn, "How many players took part in the chess festival in 2019?", "chess.txt")
    # the year asked of another thing than the article dates: the article is silent, not contradicting
    assert not dated_otherwise(engine.conn, "How many players came to Tomsk from Vietnam in 2022?", "chess.txt")
    # and the engine declines rather than answer with "the article gives no year"
    ans = engine.ask("How many players took part in the Siberian chess festival in 2022?")
    assert not ans.answered, ans.text
    ans = engine.ask("How many players took part in the Siberian chess festival in 2019?")
    assert ans.answered and "120" in ans.text


def test_the_act_asked_dated_in_other_years_is_another_one():
    past = "She recalled that the first shipping agreement between the two ports was signed in the 1992-1994 period."
    asked = "What shipping agreement did Tran Van Long sign with the port on March 3?"
    assert act_dated_otherwise(asked, past, set(), {3}, None)  # an undated article: a span of years is not that day
    assert act_dated_otherwise(asked, past, set(), {3}, "2023-03-04")  # the article's year is not in the span
    assert not act_dated_otherwise(asked, past.replace("1992-1994", "2021-2024"), set(), {3}, "2023-03-04")
    assert not act_dated_otherwise("What shipping agreement did Tran Van Long sign in 1993?", past, {"1993"}, set(), None)
    # a year of something else than the act asked: no conflict
    assert not act_dated_otherwise("What did Tran Van Long say on March 3?", past, set(), {3}, None)
    assert not act_dated_otherwise(asked, "The port was opened in 1992, the director said.", set(), {3}, None)
