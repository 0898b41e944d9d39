"""A document asked is answered by a sentence naming one, not by one only writing "the document".

"What document are X and Y drafting?" is typed (answer_types.ANSWER_RX["document"]) by any sentence
writing "document", "signed" or "issued", so "The document was prepared by the ministry" ranks as an
answer though it names no document at all. When the best sentence writes no kind of document
(agreement, memorandum, protocol, treaty …) and one of the next few does, not far behind, that one
goes first.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.promote import promote

# the kinds of document news names ("an intergovernmental agreement", "a memorandum of understanding")
NAMED = lazy_re.compile(r"\b(memorand\w*|mous?|agreements?|declarations?|treat(?:y|ies)|protocols?|contracts?|plans?"
                   r"|programmes?|programs?|roadmaps?|accords?|statements?|charters?|conventions?|certificates?"
                   r"|licen[cs]es?|decrees?|resolutions?|communiqu[eé]s?|minutes|letters?|deals?)\b", re.I)


def prefer(answer_type: str, ranked: list) -> list:
    """The ranking with the first of the next few sentences naming a kind of document put first, when
    a document is asked and the best sentence names none."""
    if answer_type != "document" or len(ranked) < 2 or NAMED.search(ranked[0].cand.text):
        return ranked
    best = ranked[0]
    moved = promote(ranked, lambda r: NAMED.search(r.cand.text) is not None)
    if moved is None:
        return ranked
    moved[0].score = max(moved[0].score, best.score)  # first, it weighs as the first (as count_tied does)
    return moved
