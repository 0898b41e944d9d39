"""Text tests on stored sentences: quick folding, topics of a sentence, place names, word prefixes.
Memoised where the same sentences come back question after question."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import lazy_re, names
from knowledge.names import fold
from knowledge.topics import topics_of


_FOLD_TABLE = {c: (fold(chr(c)) or " ") for c in range(0xC0, 0x2000) if len(fold(chr(c))) <= 1}


_NON_ASCII = lazy_re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match) -> str:
    return m.group().translate(_FOLD_TABLE)


@lru_cache(maxsize=1 << 14)
def quick_fold(text: str) -> str:
    """names.fold for matching inside sentences, by table (fold's NFKD per character is slow).
    The table maps no ASCII character, so only the non-ASCII runs are translated: str.translate
    leaves its ASCII fast path for the whole string as soon as one character is not ASCII.
    Memoised: the same sentences are folded for question after question."""
    low = text.lower()
    return low if low.isascii() else _NON_ASCII.sub(_fold_run, low)


@lru_cache(maxsize=8192)
def sentence_topics(text: str) -> tuple[str, ...]:
    """topics.topics_of of a stored sentence (fold + a regex per topic), memoised: the same
    sentences come back for every question about their speaker."""
    return tuple(topics_of(text))


@lru_cache(maxsize=8192)
def canonical_place_or_country(name: str) -> str | None:
    """names.canonical_place or canonical_country of a stored place name (a small set, asked often)."""
    return names.canonical_place(name) or names.canonical_country(name)


def has_terms(text: str, terms: list[str]) -> bool:
    """Every term in the text, as a word or the start of one ('working' ~ 'work')."""
    f = quick_fold(text)
    return all(re.search(rf"\b{re.escape(t[:max(4, len(t) - 3)])}", f) for t in terms)
