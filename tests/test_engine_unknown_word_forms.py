"""A question's word no article writes, derived from one an article does ("percentage" where it
writes "percent", "suspension" where it writes "suspended"), is searched as that word, not weighed
as a word found nowhere; and a growth asked by its verb is the rise the article reports beside the
question's other words. A word written in no form stays unknown. Articles written for this test."""

from __future__ import annotations

from knowledge.answer import plan
from knowledge.answer.retrieve import repair_terms
from knowledge.answer.word_forms import article_form, derived_bases
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

FAIR = """---
title: Book fair in Montevideo
outlet: Test Wire
date: 2021-10-12
---
Book fair in Montevideo

MONTEVIDEO — The ninth Montevideo book fair opened on Monday, and its organiser Lucia Ferrer said 25 Icelandic publishers exhibited there.

The Uruguayan writer Mateo Sosa sent a letter to the fair and sold 300 signed copies of his novel.

Ferrer said sales of translated novels rose by 12 percent this year, and that the city suspended its tax on imported books in May.
"""

engine = module_engine("unknown_word_forms", {"fair.txt": FAIR})


def _unknown(engine, text: str) -> list[str]:
    q = parse(text)
    return plan.unknown_terms(engine, q, engine.index.find(q), plan.topics(q)[1])


def test_the_word_a_derived_word_is_made_from():
    assert derived_bases("percentage") == ["percent"] and derived_bases("yearly") == ["year"]
    assert derived_bases("suspension") == ["suspend"] and derived_bases("exhibitors") == ["exhibit"]
    assert derived_bases("customer") == [] and derived_bases("roughly") == [] and derived_bases("workers") == []
    assert derived_bases("professorship") == ["professor"] and derived_bases("worship") == []
    written = {"percent", "suspend"}.__contains__
    assert article_form(written, "percentage") == "percent" and article_form(written, "tickets") is None


def test_a_derived_word_is_searched_as_the_word_the_article_writes(engine):
    known, unknown = repair_terms(engine.retrieval.store, ["percentage", "suspension", "exhibitors", "tickets"], None)
    assert unknown == ["tickets"] and {"percent", "suspend", "exhibit"} <= set(known)


def test_a_growth_written_as_a_rise_beside_the_other_words_is_no_unknown_word(engine):
    assert _unknown(engine, "By how much did sales of translated novels grow in Montevideo?") == []


def test_a_growth_of_what_no_article_writes_stays_unknown(engine):
    assert "tickets" in _unknown(engine, "By how much did sales of concert tickets grow in Montevideo?")


def test_a_verb_the_articles_write_in_an_irregular_form_is_no_unknown_word(engine):
    # "send" where the article writes "sent", "sell" where it writes "sold": one verb each
    assert _unknown(engine, "What did Mateo Sosa send to the Montevideo fair?") == []
    assert _unknown(engine, "How many copies did Mateo Sosa sell at the fair?") == []


def test_an_irregular_verb_written_in_no_form_stays_unknown(engine):
    # neither "steal", "stole" nor "stolen" is in an article
    assert "steal" in _unknown(engine, "What did Mateo Sosa steal at the Montevideo fair?")
