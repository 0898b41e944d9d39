"""A yes/no question about how something was held ("did X speak in person?") is answered by a sentence that
states another format: that is its "no". A question asking for something held in that format is not."""

from __future__ import annotations

import sqlite3

from knowledge.answer.format_checks import format_ok
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate


def _conn(*texts: str) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentences (id INTEGER, source_id INTEGER, paragraph INTEGER, text TEXT)")
    conn.execute("CREATE TABLE events (sentence_id INTEGER, kind TEXT, place_id INTEGER)")
    conn.executemany("INSERT INTO sentences VALUES (?, 1, 0, ?)", list(enumerate(texts, 1)))
    return conn


def _r(sid: int, text: str) -> Ranked:
    return Ranked(Candidate(sid, 1, sid, 0, text), 1.0, [1.0], 0.5, False, False)


VIDEO = "The Chilean minister addressed the Lisbon forum by video link from Santiago."
PLAIN = "The Lisbon forum drew some 400 delegates from twelve countries."


def test_another_format_answers_a_yes_no_question_but_not_a_question_asking_for_that_format():
    conn = _conn(VIDEO, PLAIN)
    assert format_ok(conn, _r(1, VIDEO), "in person", yesno=True)  # "did the minister speak in person?": no
    assert not format_ok(conn, _r(1, VIDEO), "in person")  # "what did the minister say in person?"


def test_a_sentence_stating_no_format_is_still_read_with_its_paragraph():
    conn = _conn(VIDEO, PLAIN)
    assert not format_ok(conn, _r(2, PLAIN), "in person", yesno=True)  # its paragraph says by video
    alone = _conn(PLAIN)
    assert format_ok(alone, _r(1, PLAIN), "in person", yesno=True)
