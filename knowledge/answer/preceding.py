"""The sentence before each candidate in its paragraph: what a sentence leans on when it leaves
the question's subject unsaid ("FC Friends won the title." after "The tournament ended …",
"He said …" after the sentence naming him). The re-ranking counts the question's words found
there (rerank.context_gain); one query fills the few candidates it re-sorts."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from knowledge.answer.pronoun_back import points_back
from knowledge.answer.retrieve import Candidate

MAX_KNOWN = 20_000  # sentences before a candidate kept across questions


def fill_before(conn: sqlite3.Connection, cands: Sequence[Candidate], known: dict | None = None) -> None:
    """Set each candidate's `before` to the text of the sentence just before it in the same
    paragraph ("" for a paragraph's first sentence), or in the paragraph before when it opens on a
    pronoun standing for what that sentence names ("Its task will be …": news writes a paragraph a
    sentence). `known`: (article, position) -> (paragraph, text) kept from earlier questions
    (StoreMemo.before): the same candidates come back, only the others are read."""
    want = [(c.source_id, c.position - 1) for c in cands if c.position > 0 and not c.before]
    if not want:
        return
    known = {} if known is None else known
    ask = [k for k in dict.fromkeys(want) if k not in known]
    if ask:
        where = " OR ".join("(source_id = ? AND position = ?)" for _ in ask)
        found = {(src, pos): (par, text) for src, pos, par, text in conn.execute(
            f"SELECT source_id, position, paragraph, text FROM sentences WHERE {where}",
            [v for pair in ask for v in pair])}
        if len(known) + len(ask) > MAX_KNOWN:
            known.clear()
        known.update({k: found.get(k, (None, "")) for k in ask})
    for c in cands:
        par, text = known.get((c.source_id, c.position - 1), (None, ""))
        if (par == c.paragraph or par is not None and points_back(c.text)) and not c.before:
            c.before = text
