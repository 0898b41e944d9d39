"""'Had X been to Y before?', 'Was this the first …?': news answers whether something happened
before with 'the first visit', 'for the first time'; the visit answerers cannot tell (they only
know the visit reported). Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

TOMSK = """---
title: Vietnamese minister in Tomsk
outlet: Test Wire
date: 2024-09-12
---
Vietnamese minister in Tomsk

TOMSK — Science Minister Huỳnh Thành Đạt arrived in Tomsk on Tuesday for talks with regional governor Vladimir Mazur.

It was the first visit by a Vietnamese science minister to the Siberian city.

Mazur had travelled to Hà Nội in 2019 to open a Tomsk university office.
"""


engine = module_engine("firsts", {"tomsk.txt": TOMSK})


def test_had_someone_been_there_before_is_answered_by_the_first_visit(engine):
    a = engine.ask("Had a Vietnamese science minister been to Tomsk before?")
    assert a.answered, a.text
    assert "first visit" in quoted(a)
    b = engine.ask("Was this Huỳnh Thành Đạt's first trip to Tomsk?")
    assert b.answered and "first visit" in quoted(b), b.text


def test_the_visit_reported_is_no_yes_to_an_earlier_one(engine):
    a = engine.ask("Had Huỳnh Thành Đạt visited Tomsk before?")
    assert not a.text.startswith("Yes"), a.text
    assert "first visit" in quoted(a), a.text
    b = engine.ask("Had Mazur visited Đà Nẵng before?")
    assert not b.text.startswith("Yes"), b.text
