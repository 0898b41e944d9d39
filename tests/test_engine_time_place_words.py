"""A word that only names the unit of a date or the kind of a place asked ("on which weekday", "in
which month", "what venue", "where is X located", "when was the report datelined") is no word the
articles must write: the answer gives the day, the month, the hall. The engine used to decline such
questions as about a thing no article mentions ("weekday", "venue"). "Address" stays a word to find: it is
a verb too ("how did the rector address the students"), and the street is no kind of place news names by
it. Article written for this test."""

from __future__ import annotations

from knowledge.answer.support import frames_time_or_place, names_kind
from tests.helpers.engine_stores import module_engine

FAIR = """---
title: Tula craftsmen bring samovars to Đà Nẵng
outlet: Test Wire
date: 2023-10-06
---
Tula craftsmen bring samovars to Đà Nẵng

ĐÀ NẴNG, October 6 (Test Wire) – A fair of Tula samovars and gingerbread opened at the Ariyana Convention Centre in Đà Nẵng on Thursday, Tula regional minister Oleg Kuzmin said.
Kuzmin said the craftsmen would return to Đà Nẵng in March next year with a larger display.
The Tula region is located south of Moscow and is known for its gunsmiths.
"""

engine = module_engine("time_place_words", {"fair.txt": FAIR})


def test_units_of_time_and_kinds_of_place_name_the_answer():
    assert names_kind("weekday") and names_kind("month") and names_kind("venue") and not names_kind("address")
    assert frames_time_or_place("located", "place") and frames_time_or_place("datelined", "date")
    assert not frames_time_or_place("located", "person") and not frames_time_or_place("samovars", "place")


def test_which_weekday_is_answered_by_the_day(engine):
    ans = engine.ask("On which weekday did the Tula samovar fair open in Đà Nẵng?")
    assert ans.answered and "Thursday" in ans.text


def test_which_venue_is_answered_by_the_hall(engine):
    ans = engine.ask("What venue hosted the Tula samovar fair?")
    assert ans.answered and "Ariyana Convention Centre" in ans.text


def test_which_month_is_answered_by_the_month(engine):
    ans = engine.ask("In which month will the Tula craftsmen return to Đà Nẵng?")
    assert ans.answered and "March" in ans.text
