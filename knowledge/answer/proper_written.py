"""Which words of a question are names the reader wrote that no entity of the store claimed, and
so must stand in the article of an answer (checks.names_ok): in English every capitalised word
after the first; in a Russian question the words typed in Latin letters among the language's own
("гидроэлектростанции Tri An", "семинара VINATOM"). Those were held to nothing they named, and a
sentence of another article (another plant's cost) answered where the English twin declined. Not
in Vietnamese: its own syllables are Latin too, many without a diacritic ("Nam Ural", "Năm người"
beside "Việt Nam"), so a Latin word there is no sign of a name."""

from __future__ import annotations

import re

from knowledge.names import fold
from knowledge.question import Question


def written_capital(q: Question, i: int) -> bool:
    """Is token i a capitalised name as the reader wrote it (English: not the first word; Russian:
    a Latin word)?"""
    if q.lang == "en":
        return i > 0 and q.raw_has_capital(i)
    return q.lang == "ru" and q.tokens[i] in _latin_capitals(q.raw)


def _latin_capitals(raw: str) -> frozenset[str]:
    """The folded Latin words of the question written with a capital, other than its first word."""
    words = re.findall(r"\w+", raw)[1:]
    return frozenset(t for w in words if w[:1].isupper() and w.isascii() and w.isalpha()
                     for t in fold(w).split())
