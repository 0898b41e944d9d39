"""What the answer line states reads right and claims nothing its sources don't: a relationship is
between countries, never "Russia and <a president>"; "since when" about a trip asks the trip; an
undated event's own date words get their preposition ("on October 26"); a quoted sentence's
capital after "said that" is lower-cased. Articles written for this test."""

from __future__ import annotations

from knowledge import reply
from tests.helpers.engine_stores import module_engine, quoted

VISIT = """Vietnam's president on first visit to Russia

Moscow, October 26 – Vietnamese President Hoàng Văn Tâm is making his first visit to Russia as head of state.

Before leaving, Tâm said Vietnam wants closer parliamentary ties with Russia.

The visit comes as the two countries mark 15 years of their strategic partnership, established in 2001.

Duma speaker Pavel Orekhov said: "The partnership between our nations keeps growing in every field."
"""

TIES = """---
title: Minister in Hanoi
outlet: Test Wire
date: 2021-04-08
---
Russian minister in Hanoi

HÀ NỘI — Vietnam values its strategic partnership with Russia, Deputy Prime Minister Lưu Đức Phong said while meeting Russian Minister of Energy Ilya Sorokin in Hà Nội on Wednesday.

The visit of the Russian minister takes place as the two countries marked the 20th anniversary of establishing their Strategic Partnership in 2021.
"""

engine = module_engine("stated_lines", {"visit.txt": VISIT, "ties.txt": TIES})


def test_a_relationship_line_never_pairs_a_country_with_a_person(engine):
    a = engine.ask("Since when has Tam been to Russia?")
    assert "Russia and Hoàng Văn Tâm" not in a.text and "Hoàng Văn Tâm and Russia" not in a.text, a.text


def test_since_when_about_relations_still_asks_the_relationship(engine):
    a = engine.ask("Since when have Vietnam and Russia been strategic partners?")
    assert a.answered and "2001" in a.headline, a.text


def test_an_undated_event_keeps_its_preposition():
    assert reply.fmt_when(None, None, "October 26") == "on October 26"
    assert reply.fmt_when(None, None, "26 October") == "on 26 October"
    assert reply.fmt_when(None, None, "October") == "in October"
    assert reply.fmt_when(None, None, "1998") == "in 1998"
    assert reply.fmt_when(None, None, "Monday") == "on Monday"
    assert reply.fmt_when(None, None, "last week") == "last week"
    assert reply.fmt_when(None, None, "on Friday") == "on Friday"


def test_a_visit_dated_by_its_dateline_reads_on_the_day(engine):
    a = engine.ask("When did Hoang Van Tam visit Russia?")
    assert a.answered and "October 26" in a.headline, a.text
    assert "Russia October 26" not in a.headline, a.text


def test_a_quoted_sentence_after_said_that_is_lower_cased(engine):
    a = engine.ask("What did Orekhov say about the partnership?")
    assert a.answered and "keeps growing" in quoted(a), a.text
    assert "that The partnership" not in a.headline, a.text
