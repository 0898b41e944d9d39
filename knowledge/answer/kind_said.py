"""Does a sentence say what kind of thing the asked noun is ("an official visit", "a working trip")?

"What kind of visit did X pay?" is answered by a word before the noun (or one news writes for it)
that the question does not have; moved out of rank.py, whose _typed asks it.
"""

from __future__ import annotations

import re

from knowledge.names import fold
from knowledge.answer.retrieve import stem

_NOT_KIND = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
             "of", "to", "and", "or", "for", "on", "in", "at", "by", "with", "from", "as", "is", "was", "be", "been", "next",
             "last", "such", "said", "same", "other", "further", "upcoming", "recent"}

# the nouns news writes for an asked one (nouns only: "Trung met" says no kind of meeting)
_KIND_NOUNS = {"visit": "trip tour", "trip": "visit tour", "tour": "visit trip", "meeting": "talks session call",
               "talks": "meeting session", "session": "meeting talks", "ties": "relations relationship partnership",
               "relations": "ties relationship partnership", "relationship": "ties relations partnership"}


def _noun_forms(noun: str) -> set[str]:
    """The word as a noun, one or many ("visit", "visits"; not the verb's "visited", "toured")."""
    return {noun, noun + "s", noun + "es", noun[:-1] if noun.endswith("s") else noun}


def says_kind(text: str, kind_of: tuple[str, ...], terms: list[str]) -> bool:
    """Does the sentence say what kind of thing the asked noun is: the noun (or one news writes
    for it) after a word the question does not have ("an official visit", "a working trip")?"""
    head, *_mods = kind_of
    nouns = set().union(*(_noun_forms(n) for n in [head, *_KIND_NOUNS.get(head, "").split()]))
    asked = {stem(t) for t in terms} | {stem(n) for n in nouns}
    words = re.findall(r"[a-z0-9][a-z0-9-]*", re.sub(r"['’]s\b", " s", fold(text)))
    return any(w in nouns and i > 0 and words[i - 1] not in _NOT_KIND and len(words[i - 1]) > 2
               and not words[i - 1].isdigit() and stem(words[i - 1]) not in asked for i, w in enumerate(words))
