"""A city the question names need not be written in the answering sentence when it is the
article's setting: an event of the article takes place there and nothing nearby names another
city ("When did the delegation leave Kazan?" — "The delegation flew home early on 25 October").
"The Russian capital" is Moscow. A city the article's events do not take place in, or another city
in the sentence's paragraph, still counts against the sentence: the premise is not the article's.
Articles written for this test."""

from __future__ import annotations

from knowledge.answer import decision
from knowledge.answer.place_setting import is_setting
from knowledge.answer.retrieve import Candidate
from tests.helpers.engine_stores import module_engine

KAZAN = """---
title: Vietnamese delegation in Kazan
outlet: Test Wire
date: 2024-10-26
---
Vietnamese delegation in Kazan

Deputy Prime Minister Trần Lưu Quang met Tatarstan's head Rustam Minnikhanov in Kazan on Wednesday.

The two sides reviewed a plan for a halal food cluster and a direct cargo air link.

After a tour of the KAMAZ truck plant, the delegation flew home early on October 25.
"""

MOSCOW = """---
title: Deputy minister in Moscow
outlet: Test Wire
date: 2023-03-14
---
Deputy minister in Moscow

Deputy Foreign Minister Đỗ Hùng Việt held consultations with Russian Deputy Foreign Minister Andrey Rudenko in Moscow on Monday.

Việt, who had travelled from Hanoi, stayed in the Russian capital for three days and also met students at the Pushkin Institute.

The consultations covered a schedule of high-level visits for the rest of the year.
"""

engine = module_engine("place_setting", {"kazan.txt": KAZAN, "moscow.txt": MOSCOW})


def _away(engine, monkeypatch, question: str) -> list[bool]:
    """The decision's 'away from an entity asked' as the engine weighed it for the question."""
    seen, real = [], decision.vector
    monkeypatch.setattr(decision, "vector", lambda *a, **k: seen.append(a[10]) or real(*a, **k))
    engine.ask(question)
    return seen


def test_the_articles_city_is_the_setting_of_a_sentence_that_does_not_name_it(engine, monkeypatch):
    assert _away(engine, monkeypatch, "When did the Vietnamese delegation fly home from Kazan?") == [False]
    ans = engine.ask("When did the Vietnamese delegation fly home from Kazan?")
    assert ans.answered and "October 25" in ans.text


def test_a_city_the_article_only_mentions_stays_away(engine, monkeypatch):
    assert _away(engine, monkeypatch, "What schedule did the consultations in Hanoi cover?") == [True]


def test_the_russian_capital_is_moscow(engine):
    conn = engine.conn
    moscow = {r[0] for r in conn.execute("SELECT id FROM actors WHERE name = 'Moscow'")}
    kinds = {a: "place" for a in moscow}
    row = conn.execute("SELECT id, source_id, position, paragraph, text FROM sentences WHERE text LIKE '%Russian capital%'").fetchone()
    assert moscow and is_setting(conn, Candidate(*row), moscow, kinds)


def test_a_city_where_nothing_of_the_article_happened_is_no_setting(engine):
    conn = engine.conn
    hanoi = {r[0] for r in conn.execute("SELECT id FROM actors WHERE name = 'Hanoi'")}
    row = conn.execute("SELECT id, source_id, position, paragraph, text FROM sentences WHERE text LIKE '%schedule of high-level%'").fetchone()
    assert hanoi and not is_setting(conn, Candidate(*row), hanoi, {a: "place" for a in hanoi})


def test_a_meeting_asked_in_a_city_it_did_not_take_place_in_still_declines(engine):
    ans = engine.ask("What did Đỗ Hùng Việt and Rudenko discuss in Hanoi?")
    assert not ans.answered
