"""Does a sentence write, by name, someone the question does not name? A "who" question is answered by a
name: a sentence that only points at its people ("He said …", "the Vietnamese leader attended") or
names the asked ones alone seldom answers, though the loader ties the pronoun's person to it; the
re-ranking stage (rerank.py, feature "named_other") weighs the difference."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from knowledge.names import strip_diacritics

NAMING_KINDS = ("person", "org")  # a "who" is answered by a person or by a body ("the press office said")


@lru_cache(maxsize=1 << 14)
def _plain(text: str) -> str:
    """The sentence's words, folded and lower-cased, padded with spaces for whole-word tests."""
    return " " + " ".join(re.findall(r"\w+", strip_diacritics(text).lower())) + " "


def names_unasked(text: str, ties: dict[int, str], kinds: dict[int, str], asked: set[int],
                  name_forms: Callable[[int], tuple[str, ...]]) -> bool:
    """Is a person or body the sentence is tied to, not asked by the question, written by one of its
    names in the sentence itself (not only reached through a pronoun, a role or the sentence before)?"""
    plain = None
    for actor in ties:
        if actor in asked or kinds.get(actor) not in NAMING_KINDS:
            continue
        plain = plain if plain is not None else _plain(text)
        if any(f.lower() in plain for f in name_forms(actor) if f.strip()):
            return True
    return False
