"""The ties retrieval adds to candidate sentences the loader left untied: to an asked person whose
name the sentence writes, to an asked country whose adjective it writes ("Russian weapons"), and to
the people of the sentence before for one opening with "He" or "They". Nothing is stated from these
ties; they only let a sentence be a candidate and rank by the entities it is about."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from knowledge import lazy_re
from knowledge.names import strip_diacritics

if TYPE_CHECKING:
    from knowledge.answer.store_memo import StoreMemo

_PRONOUN_LEAD = lazy_re.compile(r"^\W*(?:(?:For (?:his|her) part|In (?:his|her) turn|In turn|In response|In reply),\s*(?:he|she)\b|(?:He|She|His|Her)\b)|[,\"”] (he|she) [a-z]+(ed|s)\b")
_PLURAL_LEAD = lazy_re.compile(r"^\W*(They|Both (sides|leaders|ministers)|The two (sides|leaders|ministers|presidents|premiers|"
                          r"officials|(deputy )?prime ministers))\b")


@lru_cache(maxsize=1 << 14)
def _word_line(text: str) -> str:
    return " " + " ".join(re.findall(r"\w+", strip_diacritics(text))) + " "


def tie_by_name(store: StoreMemo, rows: list, slots: list[set[int]], kinds: dict[int, str]) -> list:
    """A sentence that writes an asked person's name is about him, whether or not the loader tied
    it ("Chinh urged the Russian Government …" where the extractor missed the statement)."""
    people = {a for slot in slots for a in slot if kinds.get(a) == "person"}
    forms = {a: store.name_forms(a) for a in people}
    if not any(forms.values()):
        return rows
    # a form's first word -> form -> the people writing it: namesakes share a form ("Belov", "Tuan"),
    # looked for once a word and once a form
    by_first: dict[str, dict[str, list[int]]] = {}
    for a, fs in forms.items():
        for f in fs:
            by_first.setdefault(f.split(" ", 2)[1], {}).setdefault(f, []).append(a)
    first_words = frozenset(by_first)
    order = {a: i for i, a in enumerate(forms)}  # the ties added in the order of the people asked
    added: dict[tuple, tuple] = {}  # (forms written, the row's ties) -> the ties to add
    out = []
    for r in rows:
        line = _word_line(r[4])
        hit = first_words.intersection(line.split())
        written = frozenset(f for w in hit for f in by_first[w] if f in line) if hit else None
        if not written:
            out.append(r)
            continue
        key = (written, r[5])
        extra = added.get(key)
        if extra is None:
            have = {a for a, _how in r[5]}
            named = {a for f in written for a in by_first[f.split(" ", 2)[1]][f]} - have
            extra = added[key] = tuple((a, "text") for a in sorted(named, key=order.__getitem__))
        out.append((*r[:5], (*r[5], *extra), *r[6:]) if extra else r)
    return out


def tie_by_demonym(store: StoreMemo, rows: list, slots: list[set[int]], kinds: dict[int, str]) -> list:
    """An article may name a country only by its adjective ("Vietnam became the biggest buyer of Russian
    weapons", never "Russia"): in an article where no sentence is tied to an asked country, a sentence
    writing its adjective is about it, as a sentence naming it would be."""
    countries = {a: store.demonyms(a) for slot in slots for a in slot if kinds.get(a) == "country"}
    countries = {a: fs for a, fs in countries.items() if fs}
    if not countries:
        return rows
    sources = {r[1] for r in rows}  # (the articles a country is tied in: from the memo, not row by row)
    lacking = {a: (fs, sources - store.actor_sources(a).keys()) for a, fs in countries.items()}
    lacking = {a: v for a, v in lacking.items() if v[1]}
    if not lacking:
        return rows
    out = []
    for r in rows:
        extra = [(a, "adjective") for a, (fs, srcs) in lacking.items() if r[1] in srcs
                 and any(f" {f} " in _word_line(r[4]).lower() for f in fs)]
        out.append((*r[:5], (*r[5], *extra), *r[6:]) if extra else r)
    return out


def carry_pronouns(rows: list, kinds: dict[int, str], plural: bool = False) -> list:
    """A sentence that opens with "He"/"She", "They" or "The two sides" and ties no person (the loader
    left the pronoun unresolved) is taken to be about the people of the sentence before it, for
    retrieval only: "He offered to hand over a list …" is found for "what did Murashko offer", "They
    also said …" for "what did X and Y say" (`plural`: not for when or where they met, which "They
    discussed …" after the report of their phone call does not tell). Nothing is stated
    from these ties; they only let the sentence be a candidate."""
    out, prev = [], None
    for r in rows:
        if (prev is not None and prev[1] == r[1] and prev[2] == r[2] - 1
                and (_PRONOUN_LEAD.match(r[4]) or plural and _PLURAL_LEAD.match(r[4]))
                and not any(kinds.get(a) == "person" for a, _how in r[5])):
            people = [(a, "carried") for a, _how in prev[5] if kinds.get(a) == "person"]
            if people:
                r = (*r[:5], (*r[5], *people), *r[6:])
        out.append(r)
        prev = r
    return out
