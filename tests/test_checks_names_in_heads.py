"""A capitalised word the question names and no entity stands for must be in the candidate's article
(checks.names_ok); a place only the article's dateline ("SAVONLINNA, July 3 —", cut off the first
sentence) or its title names is still the article's, so its sentences stay candidates. A word the
article writes nowhere still rules them out. Articles written for this test."""

from __future__ import annotations

from knowledge.answer import checks
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from tests.helpers.engine_stores import module_engine

LAKE = """---
title: Opera week at Olavinlinna closes with a Finnish-Vietnamese gala
outlet: Test Wire
date: 2019-07-03
---
Opera week at Olavinlinna closes with a Finnish-Vietnamese gala

SAVONLINNA, July 3 — The Vietnamese soprano Tran Thi Lan sang at the closing gala of the summer opera week on Tuesday, the organisers said.

Some 2,000 people attended the gala, and the organisers said the week would return next summer.
"""

engine = module_engine("names_in_heads", {"lake.txt": LAKE})


def _first(conn, word: str) -> Ranked:
    sid, src, pos, para, text = conn.execute(
        "SELECT id, source_id, position, paragraph, text FROM sentences WHERE text LIKE ? LIMIT 1",
        [f"%{word}%"]).fetchone()
    return Ranked(Candidate(sid, src, pos, para, text), 0.0, [], 0.0, False, False)


def test_a_place_only_the_dateline_names_keeps_the_articles_sentences(engine):
    conn = engine.conn
    gala = _first(conn, "2,000 people")
    assert "savonlinna" not in gala.cand.text.lower()
    assert checks.names_ok(conn, gala, ["savonlinna"], {})


def test_a_name_only_the_title_writes_keeps_the_articles_sentences(engine):
    assert checks.names_ok(engine.conn, _first(engine.conn, "2,000 people"), ["olavinlinna"], {})


def test_a_name_the_article_never_writes_still_rules_it_out(engine):
    assert not checks.names_ok(engine.conn, _first(engine.conn, "2,000 people"), ["tampere"], {})
