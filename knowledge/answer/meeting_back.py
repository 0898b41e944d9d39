"""A sentence that tells of a meeting by pointing back at it ("The meeting took place in the
Malaysian capital", "At their meeting on January 22, …", "The gathering took place at …"): it names
none of the people who met, the sentences just before it do. The people check of "when / where did
X meet Y" (checks.apply) requires every person asked in the sentence; such a sentence carries them
by its paragraph: the two sentences before it name every person asked."""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.rank import Ranked

_GATHERING = r"(?:meeting|talks|gathering|session|conference|ceremony|reception|encounter|event)"
# the sentence opens on the meeting told before ("The meeting took place", "At their meeting on …",
# "Opening the meeting in the Kremlin, …", "During the talks, …")
_BACK = lazy_re.compile(r"^\W*(?:(?:the|their|this|that)\s+(?:[\w-]+\s+)?" + _GATHERING + r"\s+(?:took place|was held|was staged"
                   r"|happened|came|were held|took)\b|(?:at|during|in)\s+(?:their|the|this|that)\s+(?:[\w-]+\s+)?"
                   + _GATHERING + r"\b|opening\s+(?:the|their)\s+" + _GATHERING + r"\b)", re.I)
_BEFORE = 2  # sentences before it that may name the people


def tells_meeting_back(conn: sqlite3.Connection, r: Ranked, people: list[set[int]]) -> bool:
    """Does the sentence point back at a meeting that the sentences just before it tie every person
    asked to (each slot named in it or in one of the two sentences before)?"""
    if not people or _BACK.match(r.cand.text) is None:
        return False
    named = {a for (a,) in conn.execute(
        "SELECT sa.actor_id FROM sentences s JOIN sentence_actors sa ON sa.sentence_id = s.id WHERE s.source_id = ?"
        " AND s.position BETWEEN ? AND ?", [r.cand.source_id, r.cand.position - _BEFORE, r.cand.position])}
    named |= set(r.cand.ties)
    return all(not slot.isdisjoint(named) for slot in people)
