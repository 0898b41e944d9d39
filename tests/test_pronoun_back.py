"""A sentence whose subject is a pronoun standing for what the sentence just before it names ("Its
route runs …", "It restored …", "They also toured …") is read with that sentence: it inherits part
of its question words in the ranking, and the re-ranking reads it as its context across a paragraph
break; an "it" that stands for nothing ("It is likely that …") and a time ("This year …") do not."""

from __future__ import annotations

import sqlite3

from knowledge.answer.event_back import INHERIT, inherited
from knowledge.answer.intent import Plan
from knowledge.answer.preceding import fill_before
from knowledge.answer.pronoun_back import followers, points_back
from knowledge.answer.rank import Ranker, term_hits
from knowledge.answer.retrieve import Candidate
from tests.helpers.ranker_store import RankerStore

FERRY = "A new ferry service between Tallinn and Turku was launched by the Baltic Line company on Monday."
ROUTE = "Its route passes the Aland islands and takes eleven hours."


def _cand(sid: int, position: int, text: str, source: int = 1) -> Candidate:
    return Candidate(sentence_id=sid, source_id=source, position=position, paragraph=position, text=text, ties={})


def test_a_pronoun_subject_points_back_unless_it_stands_for_nothing():
    assert points_back(ROUTE)
    assert points_back("It restored the chapel's frescoes in two years.")
    assert points_back("They also toured the harbour museum.")
    assert points_back("Such links, the mayor said, would help local firms.")
    assert points_back("These include a library and a concert hall.")
    assert not points_back("It is likely that the route will be extended.")
    assert not points_back("It was the first sailing of the season.")
    assert not points_back("This year the festival drew 4,000 people.")
    assert not points_back("The ferry carries 300 passengers.")


def test_the_pronoun_sentence_inherits_from_the_sentence_just_before_it():
    terms = ["ferry", "service", "route"]
    cands = [_cand(1, 0, "Baltic Line reported record profits."), _cand(2, 3, FERRY), _cand(3, 4, ROUTE)]
    hits = [term_hits(terms, c.text) for c in cands]
    got, sources = inherited(cands, hits)
    assert sources == {2: 1}
    assert got[2] == [INHERIT, INHERIT, 1.0]  # the ferry service named before it, its own route


def test_a_pronoun_sentence_after_a_gap_inherits_nothing():
    terms = ["ferry", "service", "route"]
    cands = [_cand(2, 3, FERRY), _cand(3, 6, ROUTE)]  # the sentence just before it is no candidate
    hits = [term_hits(terms, c.text) for c in cands]
    assert inherited(cands, hits)[0][1] == hits[1]


def test_the_route_sentence_answers_what_the_ferry_s_route_is():
    """What route does the new ferry service take: the sentence naming the service repeats the
    question's words; the one after it tells the route."""
    plan = Plan(answer_type="other", terms=["route", "new", "ferry", "service"], slots=[], hard=[])
    cands = [_cand(1, 0, FERRY), _cand(2, 1, ROUTE),
             _cand(3, 5, "The old ferry service to Helsinki was cut last year.")]
    out = Ranker(RankerStore(set()), plan, {}, total=100).rank(cands, plan.terms)
    assert out[0].cand.sentence_id == 2, [(r.cand.sentence_id, round(r.score, 2)) for r in out]


def test_fill_before_reads_across_a_paragraph_break_for_a_pronoun_sentence_only():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentences (id INTEGER PRIMARY KEY, source_id INT, position INT, paragraph INT, text TEXT)")
    rows = [(1, 1, 0, 0, FERRY), (2, 1, 1, 1, ROUTE), (3, 1, 2, 2, "Tickets cost 40 euros.")]
    conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", rows)
    cands = [Candidate(sid, src, pos, par, text) for sid, src, pos, par, text in rows]
    fill_before(conn, cands)
    assert [c.before for c in cands] == ["", FERRY, ""]


def test_sentences_found_by_their_words_bring_the_pronoun_sentence_after_them():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentences (id INTEGER PRIMARY KEY, source_id INT, position INT, paragraph INT, text TEXT)")
    rows = [(1, 1, 0, 0, FERRY), (2, 1, 1, 1, ROUTE), (3, 1, 2, 2, "Tickets cost 40 euros."),
            (4, 2, 0, 0, "A ferry sank off Gotland."), (5, 2, 1, 1, "It is not known why.")]
    conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", rows)
    assert followers(conn, [1, 4]) == [2]  # not the tickets' sentence, nor a dummy "it"
    assert followers(conn, [1, 2]) == []  # already found
    assert followers(conn, []) == []


def test_followers_remembered_per_sentence_come_out_in_the_joins_order():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentences (id INTEGER PRIMARY KEY, source_id INT, position INT, paragraph INT, text TEXT)")
    rows = [(1, 1, 0, 0, FERRY), (2, 1, 1, 1, ROUTE), (3, 1, 2, 2, "Tickets cost 40 euros."),
            (7, 2, 0, 0, "A river tram opened in Ghent."), (8, 2, 1, 1, "It carries bicycles too."),
            (9, 2, 2, 2, "Its boats were built in Antwerp.")]
    conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", rows)
    memo: dict[int, tuple[int, ...]] = {}
    assert followers(conn, [7, 1], memo) == [2, 8]  # by the sentence found, whatever order it came in
    assert memo == {1: (2,), 7: (8,)}
    conn.execute("DELETE FROM sentences")  # read from memory now
    assert followers(conn, [1, 7, 8], memo) == [2]  # (8 is found already; 9 would need the store)
    assert followers(conn, [8, 7], memo) == []
