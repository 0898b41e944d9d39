"""A full name asked with one of its words mistyped ("Nguyen Xuan Phuk", "Tran Thanh Mana",
"Do Bach Koa"). The exact-alias step would otherwise claim the run it does know ("Nguyen Xuan")
and leave the slipped word as a stranger's name, declining a question the articles answer.

Kept tight, since a stranger must stay a stranger: three or four words, every other word exactly
as the store writes the name, the odd word one letter off the name's word (its first letter kept),
one known name only, and for a Vietnamese name a word that Vietnamese could not write as a
syllable of its own ("Phuk", never "Minh" for "Manh": that would be another person's name).
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

from knowledge import lazy_re
from knowledge.names import is_vietnamese_name
from knowledge.question.vi_names import vi_syllable_form

_WILD = "*"
# Vietnamese spelling: k before i, e, y only, c and q never before them, gh and ngh only before i, e
_NOT_VIETNAMESE = lazy_re.compile(r"k[aouư]|c[iey]|gh[aou]|ng[ie]|ngh[aou]")


def masked_names(actors: dict[int, tuple[str, str, str]], phrases: dict[str, set[int]]) -> dict[tuple[str, ...], dict[str, set[int]]]:
    """Every person's name (or run of it) of three or four words with one word masked: the masked
    words -> {the word masked: actor ids}, so a window with one unknown word is looked up once."""
    out: dict[tuple[str, ...], dict[str, set[int]]] = {}
    for phrase, ids in phrases.items():
        words = phrase.split()
        people = {a for a in ids if actors[a][2] == "person"}
        if not 3 <= len(words) <= 4 or not people:
            continue
        for k, w in enumerate(words):
            key = (*words[:k], _WILD, *words[k + 1:])
            out.setdefault(key, {}).setdefault(w, set()).update(people)
    return out


def slipped_name(ix, window: list[str]) -> set[int] | None:
    """The person whose 3-4 word name the window writes with one word one letter off, else None.
    Only a word no alias writes can be the slip, and it must point to one name word only."""
    if not 3 <= len(window) <= 4:
        return None
    odd = [k for k, w in enumerate(window) if w not in ix.alias_words]
    if len(odd) != 1:
        return None
    k = odd[0]
    typed = window[k]
    key = (*window[:k], _WILD, *window[k + 1:])
    meant = {w: ids for w, ids in ix.masked.get(key, {}).items() if _slip(typed, w, ids, ix)}
    if len(meant) != 1:
        return None  # none, or two names it may be: neither is taken
    return set(next(iter(meant.values())))


def _slip(typed: str, word: str, ids: set[int], ix) -> bool:
    """Is `typed` a one-letter slip of the name word `word` (a letter left out, one too many, one
    changed, two swapped; the first letter kept)?"""
    if len(typed) < 3 or len(word) < 3 or not typed.isalpha() or typed[0] != word[0]:
        return False
    if OSA.distance(typed, word) != 1:
        return False
    if any(is_vietnamese_name(ix.name(a)) for a in ids):
        return not vietnamese_syllable(typed)
    return True


def vietnamese_syllable(word: str) -> bool:
    """Could Vietnamese write the folded word as a syllable ('minh', 'manh', 'bin'), so that it may
    be another person's name rather than a slip ('phuk', 'koa', 'mana')?"""
    return vi_syllable_form(word) and not _NOT_VIETNAMESE.search(word)
