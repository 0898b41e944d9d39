"""A yes/no question is settled by the sentence that writes the detail asked, not the one naming its people.

"Did the delegation include anyone from the institute of botany?": the article's opening names the
delegation and its body in the question's words and wins the ranking, while the sentence that
answers ("The group included staff of the Institute of Botany") writes the verb and noun asked and
little else. lead_detail.py handles a best sentence that is the article's lead, a few places down;
a yes/no question asks one detail of a story its words mostly restate, so the sentence writing it
may stand further down and the best may be any sentence of the story. For a yes/no question this
module finds, further down (REACH) within the best one's article, a sentence scored within MARGIN
that writes a question word the best lacks, no fewer of them than it loses, and names every entity
the best names; yesno_subject.py quotes it after the best. Quoted beside the best rather than put
first: moving it first changed what the decision weighs and lost more answers than it gained
(eval127..174: +1/-5), while quoting it keeps every answer the best sentence gave.

The question's words are often not the article's ("Did Russia pay for the shipments?" of "shipments
made free of charge"); what settles a yes/no question is then a denial, a limit or a comparison ("never
paid rent", "nobody was hurt", "still under construction", "the second time"). When the best sentence
writes none, settling_sentence finds a sentence of its article that does, a little further down
(SETTLE_MARGIN: the words asked being written otherwise, it scores lower), quoted the same way
(tuning sets' yes/no questions: +3 at 2.0, +6 at 3.5, +7 at 5.0, none lost).
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.lead_detail import adds
from knowledge.answer.promote import close_in_article
from knowledge.answer.rank import Ranked

REACH = 8  # how far down the ranking the detail's sentence may stand
MARGIN = 2.0  # how much lower it may score than the best
SETTLE_MARGIN = 5.0  # how much lower a sentence settling it may score


def _keeps_names(best: Ranked, other: Ranked) -> bool:
    """Does `other` name (in itself or its paragraph) every entity the best one names?"""
    return all(o > 0 for b, o in zip(best.slots, other.slots) if b > 0)


def detail_sentence(ranked: list[Ranked], terms: list[str], yesno: bool) -> Ranked | None:
    """For a yes/no question, the first close sentence of the best one's article that writes a question
    word the best lacks (and no fewer than it loses) and names every entity the best names; else None."""
    if not yesno or len(ranked) < 2 or not terms:
        return None
    best = ranked[0]
    return close_in_article(ranked, lambda r: _keeps_names(best, r) and adds(terms, best, r), REACH, MARGIN)


# what settles a yes/no question in news wording: a denial, a limit or a comparison ("never paid rent",
# "nobody was hurt", "covers the airframes only", "is still under construction", "free of charge",
# "on the same day", "the second time", "a record 400 players")
_SETTLES = lazy_re.compile(r"\b(not|never|no|nobody|none|neither|nor|without|only|still|already|yet|rather than|instead"
                      r"|free of charge|same|record|largest|biggest|first|second|third|fourth|former|no longer"
                      r"|n't)\b", re.I)


def settling_sentence(ranked: list[Ranked], yesno: bool) -> Ranked | None:
    """For a yes/no question whose best sentence writes no denial, limit or comparison, the first close
    sentence of its article (within SETTLE_MARGIN, REACH) that does; else None."""
    if not yesno or len(ranked) < 2 or _SETTLES.search(ranked[0].cand.text):
        return None
    best = ranked[0]
    return close_in_article(ranked, lambda r: _keeps_names(best, r) and _SETTLES.search(r.cand.text) is not None,
                            REACH, SETTLE_MARGIN)
