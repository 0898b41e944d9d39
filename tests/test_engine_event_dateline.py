"""A when or where reply built on a later sentence of a story, which gives no day or no city of its own,
also quotes the story's first sentence with its dateline and says the day or city is the dateline's
(knowledge/answer/event_dateline.py). Articles written for this test."""

from __future__ import annotations

from knowledge.answer.datelines import dateline_city as _city
from knowledge.answer.event_dateline import _CALENDAR, context
from tests.helpers.engine_stores import module_engine

TALKS = """---
title: Vietnamese minister meets Kyrgyz counterpart
outlet: Test Wire
date: 2023-04-12
---
Vietnamese minister meets Kyrgyz counterpart

BISHKEK, April 11, 2023 — Vietnamese Deputy Minister of Industry Phan Thi Lan held several meetings with officials of Kyrgyzstan on Tuesday.

In her talks with Kyrgyz Economy Minister Daniyar Amangeldiev, Lan proposed more direct flights between the two countries.

Amangeldiev said his ministry would study the proposal.
"""

PLAIN = """---
title: Vietnamese teachers visit Kyrgyz schools
outlet: Test Wire
date: 2023-05-20
---
Vietnamese teachers visit Kyrgyz schools

A group of Vietnamese teachers led by Nguyen Van Khoa has visited schools in the Chuy region.

In his talks with school heads, Khoa proposed exchanges of pupils.
"""

LACQUER = """---
title: Lacquer art shown in Kazan
outlet: Test Wire
date: 2023-06-20
---
Lacquer art shown in Kazan

Vietnamese painters opened an exhibition of lacquer art in Kazan on June 3.

The exhibition drew more than 2,000 visitors in its first week, organiser Le Thi Hoa said.
"""

engine = module_engine("event_dateline", {"talks.txt": TALKS, "plain.txt": PLAIN, "lacquer.txt": LACQUER})


def test_a_where_reply_without_a_city_quotes_the_dateline_and_says_whose_it_is(engine):
    a = engine.ask("Where did Phan Thi Lan hold talks with Daniyar Amangeldiev?")
    assert a.answered, a.text
    assert any(c.quote.startswith("BISHKEK, April 11, 2023") for c in a.citations), a.text
    assert "datelined BISHKEK" in a.text, a.text


def test_a_when_reply_without_a_calendar_date_quotes_the_dateline(engine):
    a = engine.ask("When did Lan propose more direct flights to Amangeldiev?")
    assert a.answered, a.text
    assert "April 11, 2023" in a.text, a.text
    assert any("held several meetings" in c.quote for c in a.citations), a.text


def test_the_sentence_before_that_the_quote_points_back_to_gives_the_day(engine):
    (sid,), = engine.conn.execute("SELECT id FROM sentences WHERE text LIKE 'The exhibition drew%'")
    got = context(engine, sid, "when")
    assert got is not None and "June 3" in got[2] and got[3] == "", got  # no dateline: said by the sentence
    assert context(engine, sid, "where") is not None  # "in Kazan"
    a = engine.ask("When did the lacquer exhibition draw more than 2,000 visitors?")
    assert a.answered and "June 3" in a.text, a.text


def test_a_story_without_a_dateline_adds_nothing(engine):
    a = engine.ask("Where did Nguyen Van Khoa propose exchanges of pupils?")
    assert "datelined" not in a.text, a.text


def test_a_dateline_names_a_city_not_a_country_and_a_when_needs_a_calendar_day():
    assert _city("BISHKEK, April 11, 2023 —") == "BISHKEK"
    assert _city("Manila, September 16, 2017 (Test Wire) –") == "Manila"
    assert _city("VIETNAM, July 6 -") is None  # a country heads the line: no city
    assert _CALENDAR.search("BISHKEK, April 11 —") and _CALENDAR.search("11 April 2023")
    assert not _CALENDAR.search("HÀ NỘI — on Tuesday")  # a weekday alone is no calendar day
