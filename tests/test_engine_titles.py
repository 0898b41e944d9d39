"""Titles and names in questions: title words are never unknown names, a role must agree with all
its qualifiers, a first name alone never stands for someone else, a name inside a longer stored
name is found; places named only in an event's sentence; receptions as visits (hand-built facts)."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from tests.data.engine_articles import C, L, O, P, make
from tests.helpers.engine_stores import engine_from_articles

FILE = "unit_titles_2021.txt"
TEXT = """---
title: Vice President Phạm Thu Hà receives State Duma delegation in Cần Thơ
outlet: Unit Wire
date: 2021-04-16
---
Vice President Phạm Thu Hà receives State Duma delegation in Cần Thơ

Vice President Phạm Thu Hà received a delegation of the State Duma led by its Deputy Chairman Pavel Orlov in Cần Thơ on Thursday.

Orlov said the State Duma wants closer ties with the National Assembly of Việt Nam.

Vietnamese Minister of Health Lê Văn Tâm met Russian Minister of Health Anatoly Zorin on Friday.

Russian President Dmitry Belov sent a message of greetings to the delegation.

Minister of Education and Training Đỗ Minh Khôi held talks with Orlov on Friday.

Khôi said both countries will double scholarships for medical students.
"""


def article():
    ha = P("Phạm Thu Hà", {"Hà"}, {"Vice President"})
    orlov = P("Pavel Orlov", {"Orlov"}, {"Deputy Chairman of the State Duma", "Russian Deputy Chairman"})
    tam = P("Lê Văn Tâm", {"Tâm"}, {"Vietnamese Minister of Health"})
    zorin = P("Anatoly Zorin", {"Zorin"}, {"Russian Minister of Health"})
    belov = P("Dmitry Belov", {"Belov"}, {"Russian President"})
    khoi = P("Training Đỗ Minh Khôi", set(), {"Minister of Education and Training"})  # an extraction glitch
    return make(FILE, TEXT, {"title": "Vice President Phạm Thu Hà receives State Duma delegation in Cần Thơ",
                             "outlet": "Unit Wire", "date": "2021-04-16"},
                [ha, orlov, tam, zorin, belov, khoi, C("Việt Nam"), C("Russia"), L("Cần Thơ"), O("State Duma")],
                [
                    # no place stored, though the sentence names Cần Thơ
                    dict(at="Vice President Phạm Thu Hà received", kind="reception",
                         parts=[("Phạm Thu Hà", "host"), ("Pavel Orlov", "visitor")],
                         date="2021-04-15", date_phrase="on Thursday", date_how="weekday<=pub"),
                    # no place stored, and the sentence names none
                    dict(at="Lê Văn Tâm met", kind="meeting",
                         parts=[("Lê Văn Tâm", "participant"), ("Anatoly Zorin", "participant")],
                         date="2021-04-16", date_phrase="on Friday", date_how="weekday<=pub"),
                    dict(at="held talks with Orlov", kind="talks",
                         parts=[("Training Đỗ Minh Khôi", "participant"), ("Pavel Orlov", "participant")],
                         date="2021-04-16", date_phrase="on Friday", date_how="weekday<=pub"),
                ],
                [dict(at="Orlov said", speaker="Pavel Orlov", verb="say"),
                 dict(at="Khôi said", speaker="Training Đỗ Minh Khôi", verb="say")],
                body_start=TEXT.index("Vice President Phạm Thu Hà receives State Duma delegation in Cần Thơ\n\n"))


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = engine_from_articles(tmp_path_factory.mktemp("titles"), article(), texts={FILE: TEXT})
    yield eng
    eng.close()


def ask(engine, q):
    a = engine.ask(q)
    return a, fold(a.text)


# 1. title words are never unknown names
@pytest.mark.parametrize("q", ["Who did Vice President Pham Thu Ha receive?",
                               "Who did Deputy Chairman Pavel Orlov meet?",
                               "Who did Acting Minister Le Van Tam meet?"])
def test_title_words_before_a_name_are_not_unknown_names(engine, q):
    a, t = ask(engine, q)
    assert a.answered, a.text
    assert "no one called" not in t


def test_a_wrong_title_before_a_name_does_not_add_another_person(engine):
    a, t = ask(engine, "Who did President Pham Thu Ha receive?")  # she is Vice President; Belov is President
    assert a.answered and "orlov" in t and "belov" not in t


# 2. roles use every qualifier
def test_vice_president_is_not_the_president(engine):
    a, t = ask(engine, "Who did the Vice President receive?")
    assert a.answered and "pham thu ha" in t and "orlov" in t and "belov" not in t


@pytest.mark.parametrize("q,who,not_who", [
    ("When did the Vietnamese health minister meet Zorin?", "le van tam", "khoi"),
    ("Who did the Russian health minister meet?", "le van tam", "khoi"),
    ("Who did the education minister hold talks with?", "orlov", "zorin"),
])
def test_portfolio_and_nationality_both_count(engine, q, who, not_who):
    a, t = ask(engine, q)
    assert a.answered and who in t and not_who not in t, a.text


@pytest.mark.parametrize("q", ["When did the Vietnamese transport minister meet Zorin?",
                               "What did the Russian education minister say?",
                               "Who did the deputy health minister meet?"])
def test_an_unmatched_qualifier_is_no_match(engine, q):
    a, t = ask(engine, q)
    assert not a.answered and not a.citations, a.text


# 3. a first name alone is not the person; a name inside a longer stored name is
def test_full_name_whose_first_name_belongs_to_someone_else_is_declined_by_name(engine):
    a, t = ask(engine, "Who met Dmitry Kozlov?")
    assert not a.answered and not a.citations
    assert "no one called" in t and "dmitry kozlov" in t and "belov" not in t.split("you could ask")[0]


@pytest.mark.parametrize("q", ["What did Do Minh Khoi say?", "Who did Đỗ Minh Khôi meet?"])
def test_name_as_a_run_of_a_longer_stored_name(engine, q):
    a, t = ask(engine, q)
    assert a.answered and ("scholarships" in t or "orlov" in t), a.text


# 4. a place named only in the sentence
def test_where_with_place_only_in_sentence_makes_no_negative_claim(engine):
    a, t = ask(engine, "Where did Pham Thu Ha meet Orlov?")
    assert a.answered
    assert "don't say where" not in t and "does not give a place" not in t
    assert "can tho" in t  # the sentence, shown, names it


def test_where_with_no_place_at_all_says_so(engine):
    a, t = ask(engine, "Where did Tam meet Zorin?")
    assert a.answered and "the report does not give a place for this meeting" in t


# 5. a foreign visitor received in a city of the country visited it
def test_reception_in_a_city_counts_as_a_visit_to_its_country(engine):
    a, t = ask(engine, "Did Pavel Orlov visit Vietnam?")
    assert a.answered and a.text.startswith("Yes:")
    assert "orlov was received by pham thu ha in can tho" in t and "visits in my sources" not in t


def test_the_host_of_a_reception_did_not_visit_her_own_country(engine):
    a, _ = ask(engine, "Did Pham Thu Ha visit Vietnam?")
    assert not a.answered and not a.citations


def test_a_visitor_received_at_home_is_no_visit_to_another_country(engine):
    a, _ = ask(engine, "Did Pavel Orlov visit Russia?")
    assert not a.answered


@pytest.mark.parametrize("q,who,not_who", [
    ("Phó Chủ tịch nước Phạm Thu Hà tiếp ai?", "orlov", "belov"),
    ("Phó Chủ tịch nước tiếp ai?", "orlov", "belov"),
    ("Кого принимала вице-президент?", "orlov", "belov"),
    ("Bộ trưởng Y tế Việt Nam gặp ai?", "zorin", "khoi"),
])
def test_vietnamese_and_russian_titles_keep_their_qualifiers(engine, q, who, not_who):
    a, t = ask(engine, q)
    assert a.answered and who in t and not_who not in t.split("you could ask")[0], a.text


def test_a_title_before_a_name_narrows_to_that_person(engine):
    # three ministers; the name after the title picks one
    a, t = ask(engine, "What did Minister Khoi say?")
    assert a.answered and "scholarships" in t and "orlov said" not in t
    a, t = ask(engine, "Что сказал председатель Орлов?")
    assert a.answered and "national assembly" in t and "pham thu ha" not in t.split("you could ask")[0]
