"""A past "when" question is answered by the date of what happened, not by the date of a plan.

"When did the contest take place?" is not answered by "from 2016 it will be organised annually", nor
"when was the ship in Sattahip?" by "both vessels were scheduled to stay in port until December 4",
when a sentence close behind writes the day it happened ("had called at Sattahip on November 22").
A sentence is dated only as a plan when every date it writes stands in a clause that tells a plan
("will", "is due to", "plans to"); "said on Friday that the visas would be issued on August 1" also
dates the saying. A question about the future or a plan ("when will …", "when was X due to …":
tense_checks.asks_coming) wants the plan's date and is left alone.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.answer_types import ANSWER_RX
from knowledge.answer.promote import promote

# a clause's edge: a comma, a semicolon, a dash, or a word opening another clause
_CLAUSE = lazy_re.compile(r"[,;:–—]|\s-\s|\b(?:that|when|where|which|who|while|whereas|after|before|but|and then)\b", re.I)
_PLAN = lazy_re.compile(r"\b(?:will|would|shall|(?:is|are|was|were|be|been) (?:due|scheduled|set|expected|slated|planned"
                   r"|going|supposed) to|(?:is|are) to|(?:plans?|planned|planning|intends?|intended|aims?|hopes?) to"
                   r"|upcoming|forthcoming)\b", re.I)
# a question about what happened: an English past auxiliary, Vietnamese "đã", a Russian past verb
_PAST = lazy_re.compile(r"\b(?:did|was|were|had)\b|\bđã\b|\b[а-яё]+[аяеиыуё]л(?:а|о|и)?(?:ся|сь)?\b", re.I)


def dated_as_plan(text: str) -> bool:
    """Does the sentence write dates, every one of them in a clause that tells a plan?"""
    dates = [m.start() for m in ANSWER_RX["date"].finditer(text)]
    if not dates:
        return False
    edges = [0, *(m.start() for m in _CLAUSE.finditer(text)), len(text)]
    for at in dates:
        lo = max(e for e in edges if e <= at)
        hi = min(e for e in edges if e > at)
        if not _PLAN.search(text[lo:hi]):
            return False
    return True


def prefer(question: str, answer_type: str, implied: str | None, ranked: list) -> list:
    """For a past "when" question whose best sentence is dated only as a plan: the first close
    candidate that writes a date of what happened, put first (as the best one weighs)."""
    if answer_type != "date" or implied or len(ranked) < 2 or not _PAST.search(question):
        return ranked
    best = ranked[0]
    if not dated_as_plan(best.cand.text):
        return ranked
    moved = promote(ranked, lambda r: r.typed and not dated_as_plan(r.cand.text))
    if moved is None:
        return ranked
    moved[0].score = max(moved[0].score, best.score)
    return moved
