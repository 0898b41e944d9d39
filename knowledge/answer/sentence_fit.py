"""How well the best sentence fits the question beyond the words they share: features of the
answer-from-sentence decision (decision.py) that the ranking's own do not carry.

- The question's most specific word (the one fewest sentences of the store have) missing from the
  sentence: "how much did the ceremony *cost*", "what was the *weather* like" and a sentence about
  the ceremony that names no cost does not answer.
- A year the question states that neither the sentence nor the sentences on either side of it
  write ("how many tourists came in 2019", "what did X sign in 2016"). A sentence that answers a
  question dated by a year is most often dated by it too, or sits next to the one that is; a
  question that adds a year the passage never writes is more often a false premise. Evidence, not a
  conflict: date_conflict.py weighs a year the paragraph contradicts, this the year left unwritten.
  Measured on the development sets' questions that reach the decision and whose two outcomes differ:
  of those that state a year the passage does not write, 37% are rightly declined, against 9% of
  all. It weighs against the sentence, never declines alone: a year asked stays compatible with an
  article that gives none (pipeline._note_no_year says so in the reply).
- How much of the sentence is about something else: the share of its content words that neither
  the question nor its search terms have. The sentence that answers is mostly about what is asked
  plus the answer; one that merely shares a name and a word with the question goes on about other
  things ("Trọng had also sent a congratulatory message in 2018, the last time Putin was
  re-elected" for "through which ambassador was Trọng's letter to Putin handed over").
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from knowledge import lazy_re
from knowledge.answer.intent import STOP
from knowledge.answer.rank import Ranked, term_matcher
from knowledge.answer.retrieve import Candidate, stem
from knowledge.names import fold

if TYPE_CHECKING:
    from knowledge.answer.store_memo import StoreMemo

_YEAR = lazy_re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_WORD = lazy_re.compile(r"[a-z0-9]+")


def around(conn: sqlite3.Connection, cand: Candidate) -> list[str]:
    """The sentence and the ones right before and after it in its article."""
    rows = conn.execute("SELECT text FROM sentences WHERE source_id = ? AND position BETWEEN ? AND ?"
                        " ORDER BY position", [cand.source_id, cand.position - 1, cand.position + 1])
    return [t for (t,) in rows] or [cand.text]


def year_unwritten_around(question: str, conn: sqlite3.Connection, cand: Candidate) -> bool:
    """year_unwritten over the sentence and the ones on either side, read only when the question
    states a year (most do not)."""
    return _YEAR.search(question) is not None and year_unwritten(question, around(conn, cand))


def year_unwritten(question: str, passage: list[str]) -> bool:
    """Does the question state a year that no sentence of the passage writes?"""
    years = set(_YEAR.findall(question))
    if not years:
        return False
    written = set(_YEAR.findall(" ".join(passage)))
    return not years <= written


def asked_names(store: StoreMemo, plan) -> list[str]:
    """The names of the people, places and bodies the question asks about, as the store has them: a
    role asked ("the NA chairman") is its holder, whose name the sentence writes ("Chairman of the
    National Assembly Lê Văn Thành told …"); those words are what is asked, not something else."""
    return [form for slot in plan.slots for actor in sorted(slot)[:8] for form in store.name_forms(actor)]


def off_question(question: str, asked_words: list[str], sentence: str) -> float:
    """The share of the sentence's content words (three letters or more, no stop word) whose stem
    is not among the question's own words, its search terms or the names of what it asks about
    (`asked_words`: English for a question asked in Vietnamese or Russian)."""
    asked = {stem(w) for w in _WORD.findall(fold(" ".join([question, *asked_words])))}
    words = [w for w in _WORD.findall(fold(sentence)) if len(w) >= 3 and w not in STOP]
    return sum(stem(w) not in asked for w in words) / len(words) if words else 0.0


def key_missing(store: StoreMemo, terms: list[str], best: Ranked) -> bool:
    """Does the best sentence lack the question's most specific word?"""
    if len(terms) < 2:
        return False
    key = min(terms, key=lambda t: (store.doc_count(t), t))
    return term_matcher([key])(best.cand.text)[0] == 0.0
