"""A sentence whose subject is a pronoun standing for what the sentence just before it names ("Its
task will be to …", "It portrays …", "They also discussed …", "Such steps would …").

News names a thing once and goes on about it in the next sentence without naming it again; a
question about the thing ("what is the platform supposed to do", "what is the play about") then
finds the naming sentence on its words, though the detail asked is in the next one. Such a sentence
inherits part of the word hits of the sentence just before it in its article (event_back.py does
the same for a sentence pointing back at the article's event by its noun). Not an "it" that points
at nothing ("It is expected that …", "It was the first …"): a bare "it" counts only before a verb
of its own, not "is", "was", "seems" or "takes" ("they" always stands for someone); not "this year",
a time. Without the share of words, word search would not even find such a sentence: the sentences
found by their words bring the one after them that points back (followers).
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re

# the possessive or the demonstrative before a noun always stands for something named before;
# "they" always; "it" as the subject of an act (not of "be", "seem", "take", "remain": often a dummy subject)
_PRONOUN = lazy_re.compile(r"^\W*(?:(?:its|their|such)\s+[a-z]|(?:this|these|those)\s+(?!(?:is|was|are|were|year|month|week"
                      r"|time|morning|afternoon|evening|spring|summer|autumn|winter|season)\b)[a-z]|they\s+[a-z]"
                      r"|it\s+(?:also\s+|further\s+|then\s+|now\s+|later\s+|still\s+)?"
                      r"(?!is\b|was\b|has\s+been\b|had\s+been\b|will\s+be\b|would\s+be\b|seems?\b|seemed\b"
                      r"|takes?\b|took\b|remains?\b|remained\b|appears?\b|appeared\b|means?\b|meant\b|goes\b|went\b)"
                      r"[a-z]+)", re.I)


def points_back(text: str) -> bool:
    """Does the sentence open on a pronoun standing for what the sentence before it names?"""
    return _PRONOUN.match(text) is not None


def followers(conn: sqlite3.Connection, ids: list[int], memo: dict[int, tuple[int, ...]] | None = None) -> list[int]:
    """The ids of the sentences just after these that open on a pronoun standing for what they name:
    found by their words, the sentences bring the one that goes on about their subject without
    naming it ("… launched a ferry service." → "Its route passes …"), which no word search finds.
    `memo`: sentence id -> such followers of it, kept between questions (the store does not change);
    in the order the join gives them (by sentence id, then follower id)."""
    if not ids:
        return []
    memo = {} if memo is None else memo
    wanted = {int(i) for i in ids}
    missing = sorted(wanted - memo.keys())
    if missing:
        got: dict[int, list[int]] = {i: [] for i in missing}
        marks = ",".join(map(str, missing))
        for a, b, text in conn.execute(f"SELECT a.id, b.id, b.text FROM sentences a JOIN sentences b ON b.source_id ="
                                       f" a.source_id AND b.position = a.position + 1 WHERE a.id IN ({marks})"):
            if points_back(text):
                got[a].append(b)
        memo.update((a, tuple(sorted(bs))) for a, bs in got.items())
    have = set(ids)  # (most sentences have no follower: only those that have one are sorted)
    return [b for a in sorted(a for a in wanted if memo[a]) for b in memo[a] if b not in have]
