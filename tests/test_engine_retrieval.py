"""Retrieval-first answering on articles of other people, places and dates (written for this test,
through the real loader): questions outside the event/statement shapes are answered from the
sentence that answers them, quoted verbatim; what the articles don't say is declined."""

from __future__ import annotations

import sqlite3

import pytest

from knowledge.names import fold
from tests.helpers.engine_stores import engine_from_texts

FAIR = """---
title: Vietnamese rice exporters meet Russian buyers in Yekaterinburg
outlet: Test Wire
date: 2019-10-18
---
Vietnamese rice exporters meet Russian buyers in Yekaterinburg

YEKATERINBURG — Deputy Minister of Industry and Trade Trần Quốc Khánh met Sverdlovsk Governor Yevgeny Kuyvashev in Yekaterinburg on Wednesday.

Khánh was in the Urals at the invitation of the regional government, on a four-day working trip.

The two officials agreed that Sverdlovsk would buy 12,000 tonnes of Vietnamese rice next year.

The trade fair planned for September was postponed because the exhibition hall was being repaired.

Kuyvashev asked Vietnam to open a trade office in Yekaterinburg, and Khánh promised to study the proposal.

He said Vietnamese coffee and seafood were also in demand in the Urals.
"""

CALL = """ date 2021-03-12
VIETNAM, March 12 - HÀ NỘI — Minister of Health Nguyễn Thanh Long held a video conference with Russian Health Minister Mikhail Murashko on Thursday.

Murashko said Russia would send 20,000 test kits to Việt Nam before the end of the month.

Long thanked Russia for its support and wished the Russian people good health.
"""

UNDATED = """Vietnamese Ambassador meets Governor of Tomsk

TOMSK, April 22 – Vietnamese Ambassador Đặng Minh Khôi met Tomsk Governor Vladimir Mazur on Tuesday.

The two sides discussed cooperation in higher education, as more than 400 Vietnamese students study in Tomsk.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = engine_from_texts(tmp_path_factory.mktemp("retrieval"),
                            {"fair.txt": FAIR, "call.txt": CALL, "undated.txt": UNDATED})
    yield eng
    eng.close()



@pytest.mark.parametrize("question, sentence_has", [
    ("How many tonnes of rice will Sverdlovsk buy?", "12,000 tonnes"),
    ("Why was the trade fair postponed?", "exhibition hall was being repaired"),
    ("At whose invitation was Khanh in the Urals?", "at the invitation of the regional government"),
    ("How long was Khánh's working trip?", "four-day"),
    ("What did Kuyvashev ask Vietnam to do?", "open a trade office"),
    ("What did Khanh promise?", "study the proposal"),
    ("How many test kits would Russia send?", "20,000 test kits"),
    ("In what format did Long and Murashko talk?", "video conference"),
    ("What did Long wish the Russian people?", "good health"),
])
def test_a_sentence_of_the_articles_answers_it(engine, question, sentence_has):
    a = engine.ask(question)
    assert a.answered, a.text
    assert sentence_has in a.citations[0].quote, a.text
    for c in a.citations:  # every quote verbatim from its file
        assert c.quote in engine._file_text(c.source)


@pytest.mark.parametrize("question", [
    "How much did Sverdlovsk pay for the rice?",  # a detail the articles don't give
    "What did Kuyvashev say about football?",  # the asked speaker said nothing of it
    "Did Khanh meet Kuyvashev in Tokyo?",  # a place no article names
    "Why did Murashko visit Yekaterinburg?",  # two real names that never meet in one article
])
def test_what_the_articles_dont_say_is_declined(engine, question):
    a = engine.ask(question)
    assert not a.answered, a.text
    assert a.citations == []


def test_a_year_asked_fits_an_article_without_a_year_and_the_reply_says_so(engine):
    a = engine.ask("Who did Dang Minh Khoi meet in Tomsk in 2019?")
    assert a.answered, a.text
    assert "Mazur" in a.text and "gives no year" in a.text


def test_a_when_question_gets_the_structured_line_of_the_sentence_event(engine):
    a = engine.ask("When did Khanh meet the governor of Sverdlovsk?")
    assert a.answered
    assert "16 October 2019" in a.headline  # "on Wednesday" resolved against the article's date
    assert "Kuyvashev" in a.citations[0].quote


def test_the_passage_index_ties_a_pronoun_sentence_to_its_speaker(engine):
    # "He said Vietnamese coffee …": no name in it; the loader resolved the speaker
    conn: sqlite3.Connection = engine.conn
    row = conn.execute("SELECT id FROM sentences WHERE text LIKE 'He said Vietnamese coffee%'").fetchone()
    tied = {fold(n) for (n,) in conn.execute(
        "SELECT a.name FROM sentence_actors sa JOIN actors a ON a.id = sa.actor_id WHERE sa.sentence_id = ?", row)}
    assert tied & {"tran quoc khanh", "yevgeny kuyvashev"}
    # and its words are searchable by stem: "demands" finds "demand"
    hits = conn.execute("SELECT rowid FROM passages_fts WHERE passages_fts MATCH 'text : demands'").fetchall()
    assert row[0] in {h[0] for h in hits}


def test_a_word_with_no_entity_is_searched_with_its_usual_paraphrases(engine):
    """'pledged' is in no article; the sentence that writes 'promised' is found by the open search."""
    from knowledge.answer.retrieve import _search_open

    store = engine.retrieval.store
    conn = store.conn
    ids = _search_open(store, ["pledged"], {"pledged": 0})
    texts = [conn.execute("SELECT text FROM sentences WHERE id = ?", [i]).fetchone()[0] for i in ids]
    assert any("promised to study the proposal" in t for t in texts), texts
