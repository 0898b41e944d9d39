"""A count of a body's members is not answered by the size of an organ it elected.

"How many members does the Lang Son Friendship Association have?" is not answered by "It elected a
15-member executive committee", nor "How many delegates attended the congress?" by "Delegates to the
congress elected a 26-member executive committee", nor "How many members does the KPRF have?" by "It
elected a Party Central Committee of 200 members": the counted noun fits (count_noun.py lets it pass),
but the figure is the size of a committee, board or secretariat, a part chosen from the whole asked.
A figure is read as an organ's size when, in the loader's stored parse, the counted noun is joined to an
organ noun ("a 15-member committee": "member" compounds "committee") or hangs on its "of" ("a Committee of
200 members"). The reply is declined only when some quote counts the asked noun, every such figure is an
organ's size, and the question names no organ: "How many members sit on the new executive committee?"
is answered by "a 16-member executive committee", and a question asking any organ's size is left alone
(news names one organ otherwise: "executive board" for "ban chấp hành", read "executive committee"). A
group that is the whole itself ("a 50-member contingent", "a delegation of 30 members") leaves the reply
alone.
"""

from __future__ import annotations

import sqlite3

from knowledge.answer.count_noun import _same, asked_noun, asked_noun_translated, asks_count
from knowledge.answer.count_tied import _children, _noun_word
from knowledge.answer.evidence import stored_parse
from knowledge.answer.figure_shown import asks_figure
from knowledge.facts import Answer
from knowledge.question import Question

# organs a body elects or sets up from among its members: their size is no count of the body's members
_ORGANS = {"committee", "board", "secretariat", "presidium", "praesidium", "council", "commission", "bureau",
           "politburo", "cabinet", "panel", "jury", "executive", "leadership", "directorate", "chamber"}


def _organ_of(doc, tok) -> str | None:
    """The organ noun whose size the figure on `tok` (a counted noun) gives: "member" compounding "committee"
    ("a 15-member committee"), or the noun whose "of" holds it ("Committee of 200 members"); None when the
    figure counts `tok` outright."""
    head = None
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head_i != tok.i:
        head = tok.head
    elif tok.dep_ == "pobj" and tok.head.text.lower() == "of" and tok.head.head_i != tok.head.i:
        head = tok.head.head
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    word = _noun_word(head.text)
    return word if word in _ORGANS else None


def figure_organs(doc, asked: str) -> list[str | None]:
    """For each figure of the sentence counting the asked noun (a number modifying it), the organ whose size
    it gives, or None when it counts the noun outright."""
    out: list[str | None] = []
    for tok in doc:
        if tok.pos_ not in ("NOUN", "PROPN") or not _same(asked, _noun_word(tok.text)):
            continue
        if any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in _children(doc, tok.i)):
            out.append(_organ_of(doc, tok))
    return out


def organ_only(conn: sqlite3.Connection, q: Question, ans: Answer) -> bool:
    """Does every figure of the reply's quotes that counts the asked noun give the size of an organ, the
    question asking none (a committee's members for a party's)?"""
    cites = [c for c in ans.citations if c.sentence_id is not None] if ans.answered else []
    if not cites or not (asks_figure(q.raw) if q.lang == "en" else asks_count(q.tokens)):
        return False
    asked = asked_noun(q.tokens) if q.lang == "en" else asked_noun_translated(q.tokens)
    if asked is None:
        return False
    if _ORGANS & {_noun_word(t) for t in q.tokens}:
        return False  # an organ's size asked: one news may name otherwise ("executive board" for "committee")
    organs = [o for c in cites for o in figure_organs(stored_parse(conn, c.sentence_id), asked)]
    return bool(organs) and all(o is not None for o in organs)
