"""One rule for the stages that move an answer-bearing sentence to the top of the ranking.

answer_class ("which carrier": a sentence naming an airline), holders ("who heads X": a sentence
writing the title beside a name) and evidence ("what is the name of …": a sentence writing a name)
each look a little way down the ranking for a sentence that holds the kind of answer asked, when
the best one does not. How far they look and how far behind it may score is the same for all
three and lives here.
"""

from __future__ import annotations

from typing import Callable

REACH = 5  # how far down the ranking such a sentence may come from
MARGIN = 2.0  # how much lower the ranker may score it (measured for answer_class: 1.5 or 2.5 gained less)
# how much lower a sentence of the best one's own article may score when, without it, the engine declines: the
# lead tells the occasion in the question's words, a later sentence names who took part ("Vietnam was
# represented by …", evidence.put_first)
ARTICLE_MARGIN = 4.0


def close_in_article(ranked: list, fits: Callable, reach: int, margin: float):
    """The first of the next `reach` candidates of the best one's article that scores within `margin`
    of it and `fits`, quoted beside the best (not put first) by the stages that add a sentence; else None."""
    best = ranked[0]
    return next((r for r in ranked[1:reach] if r.score >= best.score - margin
                 and r.cand.source_id == best.cand.source_id and fits(r)), None)


def promote(ranked: list, fits: Callable, margin: float = MARGIN) -> list | None:
    """The ranking with the first of the next few candidates that scores within `margin` of the best and
    `fits` put first; None when none does."""
    best = ranked[0]
    for k, r in enumerate(ranked[1:REACH], start=1):
        if r.score >= best.score - margin and fits(r):
            return [r, *ranked[:k], *ranked[k + 1:]]
    return None
