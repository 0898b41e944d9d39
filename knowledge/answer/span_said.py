"""A how-long question answered outright by a span of time written with every word it searches for.

"How long was Shoigu's trip to Vietnam?" is answered by "Shoigu arrived on Monday for a two-day
visit", "How long was the minister in Vietnam?" by "Lavrov was in Vietnam for two days": the span of
days is the whole answer, in the sentence of the people asked, with the question's other words. The
decision weighs such a sentence low (a short sentence, a head line of the visit that quotes another
one, an article that writes the people asked only around it), so it answers here when nothing it
weighs contradicts the question: no other year or month, no other figure, no other place.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer import decision
from knowledge.answer.answer_types import NUM_WORDS
from knowledge.answer.rank import term_matcher

# a span of time, not a length ("60 kilometres"): days, weeks … counted, or the first and last day of a month
_SPAN = lazy_re.compile(rf"\b(\d+|{NUM_WORDS}|a|an|one)[- ](days?|nights?|weeks?|months?|years?|hours?|decades?)\b"
                   r"|\bfortnight\b|\b\d{1,2} ?(?:to|-|–) ?\d{1,2}\b", re.I)
_CONFLICTS = [decision.FEATURES.index(f) for f in ("date_conflict", "number_conflict", "place_conflict")]


def said(choice) -> bool:
    """Does the best sentence of a how-long question (pipeline.Choice) write a span of time, every word the
    question searches for, and every entity asked by name in its sentence, paragraph or article's events,
    with nothing the decision weighs against the question?"""
    if choice.plan.answer_type != "duration" or not choice.ranked or choice.x is None:
        return False
    best = choice.ranked[0]
    if not best.typed or not _SPAN.search(best.cand.text) or any(choice.x[i] for i in _CONFLICTS):
        return False
    return all(h >= 0.9 for h in term_matcher(choice.terms)(best.cand.text)) and all(
        got >= 0.5 for got, hard in zip(best.slots, choice.plan.hard) if hard)
