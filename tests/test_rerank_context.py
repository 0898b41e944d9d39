"""A short sentence that leaves the question's subject to the sentence before it ("FC Lotus won
the cup." after "The Hue futsal league ended …") is read with that sentence: the re-ranking counts
the question's words found there, and the store fills in the sentence before each candidate."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

from knowledge.answer import rerank
from knowledge.answer.preceding import fill_before
from knowledge.answer.rank import Ranked, term_matcher
from knowledge.answer.retrieve import Candidate

PLAN = SimpleNamespace(answer_type="other", city=False, speaker_asked=False, hard=[], slots=[])
TERMS = ["won", "futsal", "league"]
TOKENS = ["who", "won", "the", "futsal", "league"]
LEAGUE = "The Hue futsal league for Russian students ended with a gala in Kazan on Sunday, after six weeks of play."


def _ranked(sid: int, text: str, score: float, position: int, before: str = "") -> Ranked:
    cand = Candidate(sentence_id=sid, source_id=1, position=position, paragraph=0, text=text, bm25=0.5,
                     ties={}, before=before)
    return Ranked(cand, score, [], 0.5, False, False)


def test_context_gain_counts_the_words_only_the_sentence_before_says():
    match = term_matcher(TERMS)
    short = "FC Lotus won the cup."
    assert rerank.context_gain(match(short), LEAGUE, match) == 2 / 3  # futsal, league: said before it
    assert rerank.context_gain(match(short), "", match) == 0.0  # first in its paragraph
    whole = "FC Lotus won the futsal league."
    assert rerank.context_gain(match(whole), LEAGUE, match) == 0.0  # says them itself


def test_the_winner_after_the_sentence_naming_the_league_overtakes_the_league_sentence():
    """Without the sentence before it, the short winner's line falls behind the opening one that
    repeats the question's words and names no winner."""
    opening = _ranked(1, LEAGUE, 5.0, 0)
    winner = _ranked(2, "FC Lotus won the cup.", 4.8, 1, before=LEAGUE)
    alone = _ranked(2, "FC Lotus won the cup.", 4.8, 1)
    assert [r.cand.sentence_id for r in rerank.rerank([opening, winner], TERMS, TOKENS, PLAN)] == [2, 1]
    assert [r.cand.sentence_id for r in rerank.rerank([opening, alone], TERMS, TOKENS, PLAN)] == [1, 2]


def test_fill_before_reads_the_sentence_before_within_its_paragraph_only():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentences (id INTEGER PRIMARY KEY, source_id INT, position INT, paragraph INT, text TEXT)")
    rows = [(1, 1, 0, 0, "Title line."), (2, 1, 1, 1, LEAGUE), (3, 1, 2, 1, "FC Lotus won the cup."),
            (4, 1, 3, 2, "Fans in Perm cheered.")]
    conn.executemany("INSERT INTO sentences VALUES (?, ?, ?, ?, ?)", rows)
    cands = [Candidate(sid, src, pos, par, text) for sid, src, pos, par, text in rows]
    fill_before(conn, cands)
    assert [c.before for c in cands] == ["", "", LEAGUE, ""]  # the first and the paragraph openers lean on nothing
