"""The article's opening sentence sums the story up; a detail asked about is often written just after it.

News opens with a lead that names the story's people, place and occasion ("X held talks with Y in
Moscow on Monday"), so a question restating that context ("At which event did X meet Y?", "How are
the books in the new library arranged?") finds the lead first, though the lead says nothing of the
detail asked and a sentence a little further on does ("The two met on the margins of the forum").
This stage, through promote.py, looks a little way down the ranking when the best sentence is an
article's opening: it puts first a sentence of the same article, scored within MARGIN, that writes a
question word the lead lacks and writes at least as many of the question's words missing from the
lead as the lead writes of words missing from it, without losing the kind of answer asked.
"""

from __future__ import annotations

from knowledge.answer.promote import promote
from knowledge.answer.rank import Ranked, term_hits

# answer types shown by a token of the sentence (a person, a date, a place, a figure): a sentence
# without one cannot be preferred for such a question
_SHOWN_TYPES = {"person", "date", "place", "number", "duration"}


def adds(terms: list[str], lead: Ranked, other: Ranked) -> bool:
    """Does `other` write a question word the lead lacks, and no fewer such words than the lead writes
    of those `other` lacks?"""
    a, b = term_hits(terms, lead.cand.text), term_hits(terms, other.cand.text)
    gained = sum(1 for x, y in zip(a, b) if y >= 0.9 and x == 0)
    lost = sum(1 for x, y in zip(a, b) if x >= 0.9 and y == 0)
    return gained > 0 and gained >= lost


def prefer(ranked: list[Ranked], terms: list[str], answer_type: str) -> list[Ranked]:
    """The ranking with a nearby sentence of the lead's article that writes what the lead lacks put
    first, when the best is the article's opening sentence; otherwise the ranking as it was."""
    if len(ranked) < 2 or not terms or ranked[0].cand.position != 0:
        return ranked
    best = ranked[0]
    typed_asked = best.typed or answer_type in _SHOWN_TYPES
    moved = promote(ranked, lambda r: r.cand.source_id == best.cand.source_id and (r.typed or not typed_asked)
                    and adds(terms, best, r))
    return moved or ranked
