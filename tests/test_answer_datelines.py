"""A when or where question answered by a story's first sentence quotes it with its dateline, the
only place such stories give the day and the city; other questions, and sentences with no
dateline, are quoted as stored. Articles written for this test."""

from __future__ import annotations

import sqlite3

from knowledge import reply
from knowledge.answer.datelines import dateline_before, sentence_dateline, with_datelines
from knowledge.facts import Answer, Citation

ARTICLE = """Title line

KAZAN, March 3 (Tatar Wire) – Governor Rustam Ilyin welcomed a trade delegation from Cần Thơ at the city hall.

The guests toured a shipyard. Mr. Ilyin said ties would grow.
"""
FIRST = "Governor Rustam Ilyin welcomed a trade delegation from Cần Thơ at the city hall."
SECOND = "The guests toured a shipyard."
THIRD = "Mr. Ilyin said ties would grow."


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sources(id INTEGER PRIMARY KEY, file TEXT)")
    conn.execute('CREATE TABLE sentences(id INTEGER PRIMARY KEY, source_id INT, start INT, "end" INT, text TEXT)')
    conn.execute("INSERT INTO sources VALUES (1, 'kazan.txt')")
    for sid, s in enumerate((FIRST, SECOND, THIRD), 1):
        start = ARTICLE.index(s)
        conn.execute("INSERT INTO sentences VALUES (?, 1, ?, ?, ?)", [sid, start, start + len(s), s])
    return conn


def _files(name: str) -> str | None:
    return ARTICLE if name == "kazan.txt" else None


def _answer(*sids: int) -> Answer:
    texts = {1: FIRST, 2: SECOND, 3: THIRD}
    cites = [Citation("kazan.txt", "Title line", "Tatar Wire", None, texts[i], i) for i in sids]
    head = "Rustam Ilyin received the delegation."
    return Answer(answered=True, text=reply.compose(head, cites), headline=head, citations=cites)


def test_the_dateline_is_what_stands_before_the_first_sentence_on_its_line():
    assert dateline_before(ARTICLE, ARTICLE.index(FIRST)) == "KAZAN, March 3 (Tatar Wire) – "
    assert dateline_before(ARTICLE, ARTICLE.index(SECOND)) == ""  # a sentence opening its paragraph
    assert dateline_before(ARTICLE, ARTICLE.index(THIRD)) == ""  # the sentence before it is no dateline


def test_a_when_question_quotes_the_dateline_verbatim():
    conn = _conn()
    ans = with_datelines(conn, "when", _answer(1, 2), _files)
    assert ans.citations[0].quote == "KAZAN, March 3 (Tatar Wire) – " + FIRST
    assert ans.citations[0].quote in ARTICLE  # still a verbatim quote of the article
    assert ans.citations[1].quote == SECOND
    assert "March 3" in ans.text and ans.headline == "Rustam Ilyin received the delegation."


def test_a_where_question_too_but_not_a_who_question():
    conn = _conn()
    assert "KAZAN" in with_datelines(conn, "where", _answer(1), _files).text
    unchanged = _answer(1)
    assert with_datelines(conn, "who_met", unchanged, _files) is unchanged


def test_no_dateline_when_the_file_no_longer_holds_the_sentence():
    conn = _conn()
    assert sentence_dateline(conn, 1, lambda _f: ARTICLE.replace("Governor", "Mayor")) == ""
    assert sentence_dateline(conn, 1, lambda _f: None) == ""
    assert sentence_dateline(conn, 1, _files) == "KAZAN, March 3 (Tatar Wire) – "


def test_a_lead_without_a_dash_is_no_dateline():
    text = "Yesterday in brief: Governor Ilyin met traders."
    assert dateline_before(text, text.index("Governor")) == ""



def test_the_loaders_date_line_prefix_is_no_part_of_the_dateline():
    text = "date 2023-05-02 TULA, May 2 – Governor Dmitry Milyaev met students from Huế."
    lead = dateline_before(text, text.index("Governor"))
    assert lead == "TULA, May 2 – " and (lead + "Governor") in text


def test_a_date_or_place_asked_under_another_kind_is_read_as_when_or_where():
    from knowledge.answer.datelines import asked_kind
    from knowledge.question import parse
    assert asked_kind(parse("In which city did the governor welcome the traders?")) == "where"
    assert asked_kind(parse("On which weekday was the trade fair opened?")) == "when"
    assert asked_kind(parse("In which month did the shipyard tour take place?")) == "when"
    assert asked_kind(parse("Who welcomed the traders from Cần Thơ?")) not in ("when", "where")


def test_the_sentences_offsets_are_read_once_and_the_file_each_time():
    conn, rows = _conn(), {}
    assert sentence_dateline(conn, 1, _files, rows) == "KAZAN, March 3 (Tatar Wire) – "
    conn.execute("DELETE FROM sentences")  # the offsets come from memory now
    assert sentence_dateline(conn, 1, _files, rows) == "KAZAN, March 3 (Tatar Wire) – "
    assert sentence_dateline(conn, 1, lambda _f: ARTICLE.replace("Governor", "Mayor"), rows) == ""  # the file changed
    assert sentence_dateline(conn, 5, _files, rows) == "" and rows[5] is None  # no such sentence, remembered too
