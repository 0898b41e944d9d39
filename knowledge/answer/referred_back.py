"""Is an asked body or person written around in a sentence: by its head noun ("the institute"), or by "she"?

An article names a body in full once ("the Institute of Oceanography in Nha Trang", "the Son La Centre
for Inclusive Education") and then writes it by the noun that heads its name: "Dao Viet Ha, director of
the institute, said …", "Pham Quang Huy, who heads the centre, …". The extractor ties no actor to such a
sentence, so the ranker took it for one away from the body asked and the decision declined the
sentence that answers. The head noun stands for the body only when the article names no other body with
that head (two institutes make "the institute" either), and only written as a common noun after "the",
"its" or "this" ("the Institute of Physics" is a name of its own).

A person is written around too, by "he" or "she" ("She worked in Vladivostok for three years", "His
greetings were read out by the prosecutor general"), and the loader ties no one to such a sentence. The
pronoun points back to the asked person when the nearest sentence before it (at most BACK back) that names
anyone besides the sentence's own people names only that person (or other entries of the same name): with
two people named there, or another one, or a person of the sentence named before the pronoun ("Mishustin,
for his part"), the pronoun is left unread. Measured on eval150..214 (tuning, with the hyphenated count in
rank.py): +15/-5; two of the losses are false premises now answered from a sentence about the person.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from operator import itemgetter
from typing import Callable

from knowledge import lazy_re
from knowledge.answer.english_lexicon import classes
from knowledge.names import fold

_LINKS = {"of", "for", "on", "in"}  # "Institute of Oceanography", "Centre for Inclusive Education": the head before
# nouns that head a name but say nothing of which body it is ("the group", "the side" are anyone's)
_VAGUE = {"group", "side", "team", "company", "party", "people", "government", "state", "country", "city", "office",
          "department", "union", "federation", "republic", "association", "community"}


@lru_cache(maxsize=1 << 14)
def head_noun(name: str) -> str | None:
    """The noun that heads a body's name (lower-case word run): the word before its first "of" / "for"
    ("institute of oceanography"), else its last word ("moscow state linguistic university"); None when that
    is no common noun of the language, or one too vague to stand for one body."""
    words = name.split()
    for i, w in enumerate(words[1:], 1):
        if w in _LINKS:
            words = words[:i]
            break
    head = words[-1] if words else ""
    if len(head) < 4 or head in _VAGUE or "noun" not in classes(head):
        return None
    return head


def _same(names: tuple[str, ...], asked: tuple[str, ...]) -> bool:
    """Are two bodies one, a name of one inside a name of the other ("vast institute of oceanography",
    "institute of oceanography": the extractor's two entries for one institute)?"""
    return any(f" {a.strip()} " in f" {n.strip()} " or f" {n.strip()} " in f" {a.strip()} " for n in names for a in asked)


def heads_of(slot: set[int], article: set[int], kinds: dict[int, str],
             names: Callable[[int], tuple[str, ...]]) -> frozenset[str]:
    """The head nouns of the slot's bodies that no other body of the article (its actors) has."""
    asked = tuple(n for a in slot for n in names(a))
    heads = {h for n in asked if (h := head_noun(n))}
    for a in article:
        if heads and a not in slot and kinds.get(a) == "org" and not _same(names(a), asked):
            heads -= {head_noun(n) for n in names(a)}
    return frozenset(heads)


@lru_cache(maxsize=1 << 12)
def _pattern(head: str) -> re.Pattern[str]:
    return re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]his) {head}(?:'s|’s)?\b(?! of [A-Z])")


def written_back(text: str, heads: frozenset[str]) -> bool:
    """Does the sentence write one of the heads as a common noun after "the", "its", "this"?"""
    return any(_pattern(h).search(text) for h in heads)


def named_back(text: str, slot: set[int], article: set[int], kinds: dict[int, str],
               names: Callable[[int], tuple[str, ...]]) -> bool:
    """Is the asked body (slot), named somewhere in the article (its actors `article`), written in the
    sentence by a head noun no other body of the article has?"""
    if not slot or slot.isdisjoint(article) or any(kinds.get(a) != "org" for a in slot):
        return False
    return written_back(text, heads_of(slot, article, kinds, names))


BACK = 3  # sentences a pronoun may point back over
PRONOUN_BACK = 0.8  # how close such a sentence is to the one asked about (as one opening on "He" after it)
_PRONOUN = lazy_re.compile(r"\b(he|she|his|her|him)\b", re.I)


@lru_cache(maxsize=1 << 14)
def has_pronoun(text: str) -> bool:
    """Does the sentence write "he", "she", "his", "her" or "him"? Once per sentence: the ranker asks it of
    every candidate for every person asked, question after question."""
    return _PRONOUN.search(text) is not None


def _one(a: int, slot: set[int], forms: Callable[[int], tuple[str, ...]]) -> bool:
    """Is the person one of the slot's, or another entry of the same name ("Cao Hoa", "Nguyen Thi Cao Hoa")?"""
    return a in slot or _same(forms(a), tuple(f for b in slot for f in forms(b)))


def _own_first(text: str, own: set[int], forms: Callable[[int], tuple[str, ...]]) -> bool:
    """Is a person of the sentence named before its first pronoun ("Mishustin, for his part")? The pronoun
    is then that person's more often than one named before ("His greetings were read out by X" is not X's)."""
    m = _PRONOUN.search(text)
    head = " " + " ".join(re.findall(r"\w+", fold(text[:m.start()]))) + " " if m else ""
    return any(f.strip() and f" {fold(f).strip()} " in head for a in own for f in forms(a))


def points_back(text: str, position: int, ties: dict[int, str], slot: set[int], kinds: dict[int, str],
                 before: list[tuple[int, tuple[tuple[int, str], ...]]],
                 forms: Callable[[int], tuple[str, ...]]) -> bool:
    """Does "he"/"she" in the sentence point back to the asked person (slot)? `before`: the article's
    sentences as (position, actor ties), in order; `ties`: the sentence's own."""
    if not slot or not has_pronoun(text) or any(kinds.get(a) != "person" for a in slot):
        return False
    return _person_back(text, position, ties, slot, kinds, before, forms)


def _person_back(text: str, position: int, ties: dict[int, str], slot: set[int], kinds: dict[int, str],
                 before: list[tuple[int, tuple[tuple[int, str], ...]]], forms: Callable[[int], tuple[str, ...]]) -> bool:
    """points_back for a sentence with a pronoun and a slot of people only (checked by the caller)."""
    own = {a for a in ties if kinds.get(a) == "person"}
    if _own_first(text, own, forms):
        return False  # "Mishustin, for his part, said …": his own
    for pos, row_ties in reversed(before):
        if pos >= position:
            continue
        if pos < position - BACK:
            return False
        named = {a for a, _how in row_ties if kinds.get(a) == "person" and a not in own}
        if named:
            return all(_one(a, slot, forms) for a in named) and not own & slot
    return False


def pronoun_back(cand, slot: set[int], kinds: dict[int, str], store) -> bool:
    """points_back for a candidate sentence of the store (StoreMemo)."""
    if not slot or any(kinds.get(a) != "person" for a in slot):
        return False
    return person_back(cand, slot, kinds, store)


def person_back(cand, slot: set[int], kinds: dict[int, str], store) -> bool:
    """pronoun_back for a slot the caller knows to hold people only (rank.py tells once per question,
    not once per candidate); the sentence's pronoun is tested first, the cheapest test."""
    if not has_pronoun(cand.text):
        return False
    rows = store.sentences({cand.source_id})  # in position order: only the BACK before it can be pointed to
    i = bisect_left(rows, cand.position, key=itemgetter(2))
    rows = [(r[2], r[5]) for r in rows[max(0, i - BACK):i]]
    return _person_back(cand.text, cand.position, cand.ties, slot, kinds, rows, store.name_forms)
