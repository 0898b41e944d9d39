"""Topic-only questions, relationship start dates, visits dated through what happened during them,
and yes/no place questions, on an article of other people, places and dates (hand-built facts)."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from tests.data.engine_articles import C, L, P, make
from tests.helpers.engine_stores import engine_from_articles

TEXT = """---
title: Russian Deputy Minister Olga Markova visits Đà Nẵng
outlet: Unit Wire
date: 2020-10-09
---
Russian Deputy Minister Olga Markova visits Đà Nẵng

The visit of Deputy Minister Olga Markova comes as the two countries marked the 15th anniversary of establishing their strategic partnership in 2016.

Markova met Chairman Hồ Văn Kiên in Đà Nẵng on Thursday.

Kiên said the city wants more Russian tourists and direct flights.

The ports of Đà Nẵng and Novorossiysk will cooperate on shipping of rice, the article added.

The two sides agreed to open a consulate office next year.
"""


def article():
    markova = P("Olga Markova", {"Markova"}, {"Russian Deputy Minister"})
    kien = P("Hồ Văn Kiên", {"Kiên"}, {"Chairman"})
    return make("unit_danang_2020.txt", TEXT, {"title": "Russian Deputy Minister Olga Markova visits Đà Nẵng",
                                                "outlet": "Unit Wire", "date": "2020-10-09"},
                [markova, kien, C("Việt Nam"), C("Russia"), L("Đà Nẵng")],
                [
                    dict(at="The visit of Deputy Minister", kind="visit",
                         parts=[("Olga Markova", "visitor"), ("Việt Nam", "host")], place="Việt Nam"),
                    dict(at="The visit of Deputy Minister", kind="established",
                         parts=[("Việt Nam", "participant"), ("Russia", "participant")], date="2001",
                         date_phrase="the 15th anniversary of establishing their strategic partnership in 2016",
                         date_how="anniversary arithmetic (2016 - 15)"),
                    dict(at="Markova met Chairman", kind="meeting",
                         parts=[("Olga Markova", "visitor"), ("Hồ Văn Kiên", "host")], place="Đà Nẵng",
                         date="2020-10-08", date_phrase="on Thursday", date_how="weekday<=pub"),
                ],
                [dict(at="Kiên said", speaker="Hồ Văn Kiên", verb="say",
                      content="the city wants more Russian tourists and direct flights")],
                body_start=TEXT.index("Russian Deputy Minister Olga Markova visits Đà Nẵng\n\n"))


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = engine_from_articles(tmp_path_factory.mktemp("tv"), article(), texts={"unit_danang_2020.txt": TEXT})
    yield eng
    eng.close()


def ask(engine, q):
    a = engine.ask(q)
    return a, fold(a.text)


def test_relationship_start_from_established_fact_says_it_is_derived(engine):
    a, t = ask(engine, "When was the strategic partnership established?")
    assert a.answered and "2001" in t and "derived" in t and "15th anniversary" in t


def test_undated_visit_is_dated_by_the_meeting_during_it(engine):
    a, t = ask(engine, "When did Markova visit Vietnam?")
    assert a.answered
    assert "no date for the visit itself" in t and "8 october 2020" in t and "kien" in t
    assert len(a.citations) == 2  # the visit's sentence and the meeting's


def test_visit_to_a_city_prefers_the_visit_to_its_country(engine):
    a, t = ask(engine, "Did Markova visit Da Nang?")
    assert a.answered and t.startswith("yes") and "paid a visit" in t and "da nang" in t


def test_was_x_in_place_is_a_yes_no_place_question(engine):
    a, t = ask(engine, "Was Markova in Đà Nẵng?")
    assert a.answered and t.startswith("yes")
    a, _ = ask(engine, "Was Markova in Moscow?")
    assert not a.answered and not a.citations


def test_topic_without_person_finds_statements_then_passages(engine):
    a, t = ask(engine, "Tell me about tourism")
    assert a.answered and "direct flights" in t
    a, t = ask(engine, "What was said about agriculture?")  # no statement, one sentence mentions rice
    assert a.answered and "no statement" in t and "novorossiysk" in t
    a, _ = ask(engine, "What was said about defence?")
    assert not a.answered and not a.citations


def test_speaker_without_statement_on_topic_gets_passages_naming_him_or_a_decline(engine):
    a, t = ask(engine, "What did Markova say about tourism?")
    assert not a.answered  # the tourism sentence is Kiên's and does not name her


def test_what_happened_on_a_date(engine):
    a, t = ask(engine, "What happened on 8 October 2020?")
    assert a.answered and "markova met ho van kien" in t
