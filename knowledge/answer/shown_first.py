"""When the best sentence lacks the thing a "which <noun>" question asks, a close one that names it answers.

The ranker favours a sentence that repeats the question's words: "Which Russian ensemble is to perform
at the academy?" ranks "The ensemble has appeared at many festivals" above "The Ural Folk Choir will
give a concert at the academy", though only the second names one. evidence.py settles this for persons
and names asked; this does the same for the places, bodies, works and awards detail_shown.py reads (a
reply showing none of them is declined there): the first of the next few sentences, not far behind the
best and with every entity asked by name, whose quote shows one goes first. Only for the kinds shown by a
name (a place, a body, a person, a work, an award: a rank, an amount or a day is shown by any figure,
and a day is often added later from the article's dateline), and only a sentence that writes the name
with the noun asked or its family ("the Ural Folk Choir" for an ensemble) or writes every word of the
act asked ("which company will stage X": "will stage"; a question in other words than English has to
name it with the noun): "The Kamal Theatre recorded the evening for a
documentary" names no studio that produced the documentary.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Callable

from knowledge.answer import day_shown_first, detail_shown, evidence, kind_shown
from knowledge.answer.name_written import question_words
from knowledge.answer.promote import promote
from knowledge.answer.role_filled import act_written, asked_act, beside_family
from knowledge.facts import Answer, Citation
from knowledge.names import fold

_NAMED_KINDS = {"place", "org", "person"}  # detail_shown's kinds shown by a name
_TITLED_KINDS = {"work", "award"}  # kind_shown's


def _asked_noun(q) -> str | None:
    """The head noun of a question asking a thing shown by a name, else None."""
    kind, noun = detail_shown.asked(q.tokens, q.raw)
    if kind in _NAMED_KINDS:
        return noun
    kind, noun = kind_shown.asked(q.tokens, q.raw)
    return noun if kind in _TITLED_KINDS else None


def _fills(q, noun: str, text: str) -> bool:
    """Does the sentence write a name with the noun asked (or its family), or every word of the act asked?"""
    words = question_words(q.raw, q.tokens)
    if beside_family(text, noun, words):
        return True
    act = asked_act(q.tokens, q.raw, noun)  # (None for a Vietnamese or Russian question: no act to hold it to)
    return act is not None and all(act_written(text, {a}) for a in act)


def _alone(r) -> Answer:
    """A reply quoting only the candidate, for detail_shown to read."""
    cite = Citation(source="", title=None, outlet=None, date=None, quote=r.cand.text, sentence_id=r.cand.sentence_id)
    return Answer(answered=True, text=r.cand.text, headline="", citations=[cite])


def showing_first(conn: sqlite3.Connection, q, plan, ranked: list, ans: Answer,
                  rebuild: Callable[[list], Answer]) -> Answer:
    """The reply rebuilt from a close candidate that shows the thing asked, when the reply shows none."""
    if not ans.answered or len(ranked) < 2 or (noun := _asked_noun(q)) is None \
            or not detail_shown.unshown(conn, q.tokens, q.raw, ans):
        return ans
    better = promote(ranked, lambda r: not any(got == 0 and hard for got, hard in zip(r.slots, plan.hard))
                     and r.cand.sentence_id is not None and _fills(q, noun, r.cand.text)
                     and not detail_shown.unshown(conn, q.tokens, q.raw, _alone(r)))
    return ans if better is None else rebuild(better)


def settled(conn: sqlite3.Connection, q, plan, kinds: dict[int, str], ranked: list, ans: Answer,
            rebuild: Callable[[list], Answer]) -> Answer | None:
    """The reply with the kind of answer asked put first (evidence.py, then detail_shown.py); None when a
    person or name asked is written nowhere near the top (the engine then declines)."""
    if ans.answered and evidence.lacking(conn, q, plan, kinds, ans):
        better = evidence.put_first(conn, q, plan, kinds, ranked)
        if better is None:
            return None
        ans = rebuild(better)
    ans = showing_first(conn, q, plan, ranked, ans, rebuild)
    return day_shown_first.showing_day(conn, q, plan, ranked, ans, rebuild)  # "on what date": a day written
