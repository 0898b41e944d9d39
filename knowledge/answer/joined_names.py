"""A name the question writes in two words that the articles write as one ("Da Lat" for Dalat, "Ha
Long" for Halong, "Viet Nam" for Vietnam): read in the articles' spelling, so that neither half
counts as a word no article contains."""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.names import fold

_PAIR = lazy_re.compile(r"\b([A-ZĐ][^\W\d_]+)\s+([A-ZĐ][^\W\d_]+)\b")


def joined(question: str, written) -> str:
    """The question with every pair of capitalised words joined where the articles write the pair
    as one word and not both halves (`written`: does some article contain this folded word?)."""
    def join(m: re.Match) -> str:
        first, second = m.group(1), m.group(2)
        whole = fold(first + second)
        if len(whole) < 5 or not written(whole) or (written(fold(first)) and written(fold(second))):
            return m.group(0)
        return first + second.lower()

    return _PAIR.sub(join, question)
