"""The sentence before each candidate in its paragraph: what a sentence leans on when it leaves
the question's subject unsaid ("FC Friends won the title." after "The tournament ended …",
"He said …" after the sentence naming him). The re-ranking counts the question's words found
there (rerank.context_gain); one query fills the few candidates it re-sorts."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from knowledge.answer.retrieve import Candidate


def fill_before(conn: sqlite3.Connection, cands: Sequence[Candidate]) -> None:
    """Set each candidate's `before` to the text of the sentence just before it in the same
    paragraph ("" for a paragraph's first sentence)."""
    want = [(c.source_id, c.position - 1) for c in cands if c.position > 0 and not c.before]
    if not want:
        return
    where = " OR ".join("(source_id = ? AND position = ?)" for _ in want)
    found = {(src, pos): (par, text) for src, pos, par, text in conn.execute(
        f"SELECT source_id, position, paragraph, text FROM sentences WHERE {where}",
        [v for pair in want for v in pair])}
    for c in cands:
        par, text = found.get((c.source_id, c.position - 1), (None, ""))
        if par == c.paragraph and not c.before:
            c.before = text
