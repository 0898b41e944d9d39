"""A fact answerer's "no such meeting" weighs on the decision only when the question asks about a
meeting, a visit or someone's presence somewhere (early.negative_asked): a question about how two
bodies are related is routed to the meeting answerer for its two names, yet a sentence saying how
they are related answers it. A person placed where and when no article has them stays declined.
Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

TOMSK = """---
title: Tomsk university opens Vietnamese studies centre
outlet: Test Wire
date: 2022-10-05
---
Tomsk university opens Vietnamese studies centre

Tomsk, a university city in western Siberia, opened a centre for Vietnamese studies on Tuesday.

Rector Eduard Galazhinsky welcomed Vietnamese Ambassador Đặng Minh Khôi to the ceremony in Tomsk.

The Kuzbass Coal Company is a partner of the Vinacomin group in two mines, the rector said.
"""

KAZAN = """---
title: Khôi visits Kazan
outlet: Test Wire
date: 2023-04-11
---
Khôi visits Kazan

Ambassador Đặng Minh Khôi held talks with Tatarstan leader Rustam Minnikhanov in Kazan on Monday.

They discussed halal food exports and a new direct flight.
"""

engine = module_engine("negative_asked", {"tomsk.txt": TOMSK, "kazan.txt": KAZAN})


def test_how_two_bodies_are_related_is_answered_though_they_never_met(engine):
    a = engine.ask("What is the relationship between the Kuzbass Coal Company and Vinacomin?")
    assert a.answered, a.text
    assert "partner of the Vinacomin group" in quoted(a)


def test_a_person_placed_where_and_when_no_article_has_them_is_still_declined(engine):
    a = engine.ask("Why was Khôi in Tomsk in April 2023?")  # he was there in October 2022
    assert not a.answered and not a.citations, a.text


def test_a_person_placed_where_an_article_has_them_is_answered(engine):
    a = engine.ask("Why was Khôi in Kazan in April 2023?")
    assert a.answered and "Minnikhanov" in quoted(a), a.text
