"""Does a sentence name a body the question does not (an embassy, ministry, federation, company: an
actor of kind "org") as the doer of the act a "who" question asks ("Who organised / co-hosted /
backed X?")? Such questions are answered by a body as often as by a person: "The Sambo Federation
organised the tournament", "The city co-hosted the forum with the Vietnamese Embassy", "with
support from the consulate". The ranker's answer type (rank.py, _typed) counts the body then; a
body merely present ("staff of the embassy took part") does not count. "Who is the director of X"
asks no act (holders.asked_agent finds no verb) and keeps asking for a person."""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from typing import Callable

from knowledge import lazy_re
from knowledge.answer.paraphrases import paraphrases
from knowledge.answer.retrieve import stem
from knowledge.names import strip_diacritics

# between the body and its verb: "has also jointly organised", "will co-host" (no "was": a passive's subject
# is what is done, not the doer)
_BETWEEN = {"has", "have", "had", "also", "jointly", "together", "successfully", "recently", "will", "would",
            "then", "later", "again", "once", "co", "first", "regularly", "annually", "each", "every", "year"}
_SETTING = {"in", "of", "at", "for"}  # "the Vietnamese Embassy in Russia co-hosted": a setting after a name
_PARTNER = {"together", "jointly"}  # "organised the fair together with the union"
_AID_NOUNS = {"support", "back", "sponsorship", "sponsor", "fund", "funding", "financ", "help", "assist"}
_AID_WORDS = lazy_re.compile(r"(?:with|thanks to|under) (?:the )?(?:\w+ )?(support|backing|sponsorship|funding|financing|"
                        r"help|assistance) (?:of|from) (?:the )?$")
_LISTED = {"were", "are", "was", "is", "included", "include", "includes"}  # "organisers were / included"
_GAP = 6  # words at most between the body's name and its verb


def body_names(conn: sqlite3.Connection, actor_id: int) -> tuple[str, ...]:
    """Every name the body goes by, as lower-case word runs: its own and its aliases, "the" dropped
    ("Vietnamese Consulate General", which retrieve.name_forms leaves out for its title word)."""
    rows = conn.execute("SELECT name FROM actors WHERE id = ? UNION SELECT alias FROM aliases WHERE actor_id = ?",
                        [actor_id, actor_id])
    out = {" ".join(re.findall(r"\w+", strip_diacritics(n).lower())).removeprefix("the ") for (n,) in rows if n}
    return tuple(sorted(f for f in out if len(f) >= 3))


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", strip_diacritics(text)))


def _wanted(verbs: tuple[str, ...]) -> set[str]:
    out = set()
    for v in verbs:
        v = v.lower().removeprefix("co-")
        out |= {stem(v), *paraphrases(v)}
    return out


def _is_verb(word: str, wanted: set[str]) -> bool:
    """The asked verb in any form ("organises", "organised", "staged" for "held" by paraphrase)."""
    st = stem(word.lower())
    return st in wanted or any((st.startswith(w) or w.startswith(st)) for w in wanted if min(len(w), len(st)) >= 4)


def _spans(lower: list[str], forms: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the body's names stand in the sentence's words, as (first, past last)."""
    out = []
    for f in forms:
        fw = f.split()
        n = len(fw)
        if n:
            out += [(i, i + n) for i in range(len(lower) - n + 1) if lower[i:i + n] == fw]
    return out


def _subject(words: tuple[str, ...], lower: list[str], end: int, wanted: set[str]) -> bool:
    """Does the asked verb (active: no "by" after it) follow the name ending at `end`, past at most a few
    helping words and a setting ("in Russia")?"""
    i = end
    while i < len(words) and i - end <= _GAP:
        w = lower[i]
        if _is_verb(w, wanted) and w not in _BETWEEN:
            return i + 1 >= len(words) or lower[i + 1] != "by"
        if w in _SETTING and i + 1 < len(words) and words[i + 1][:1].isupper():
            i += 2
            while i < len(words) and words[i][:1].isupper():
                i += 1
            continue
        if w not in _BETWEEN:
            return False
        i += 1
    return False


def _partner(lower: list[str], start: int, wanted: set[str]) -> bool:
    """Is the name at `start` the partner of the asked act: "co-hosted the event with", "organised … together
    with", the act's verb at most a few words before "with"?"""
    j = start - 1 - (start > 0 and lower[start - 1] == "the")
    if j < 1 or lower[j] != "with":
        return False
    for i in range(max(0, j - _GAP), j):
        if _is_verb(lower[i], wanted) and (i and lower[i - 1] == "co" or lower[j - 1] in _PARTNER):
            return True
    return False


def _aided(lower: list[str], start: int, wanted: set[str]) -> bool:
    """For a verb of backing ("backed", "sponsored", "funded"): "with support from" the name at `start`."""
    if not {w for w in wanted if any(w.startswith(a) or a.startswith(w) for a in _AID_NOUNS)}:
        return False
    return _AID_WORDS.search(" ".join(lower[max(0, start - 6):start]) + " ") is not None


def _doer_noun(lower: list[str], start: int, wanted: set[str]) -> bool:
    """Is the name at `start` given as the act's doer by its noun: "organisers were", "sponsors included"?"""
    k = start - (start > 0 and lower[start - 1] == "the")
    if k < 2 or lower[k - 1] not in _LISTED:
        return False
    noun = lower[k - 2].removesuffix("s")
    return _is_verb(noun, wanted) or noun.endswith(("er", "or")) and _is_verb(noun[:-2], wanted)


def body_does(text: str, verbs: list[str], ties: dict[int, str], kinds: dict[int, str], asked: set[int],
              forms_of: Callable[[int], tuple[str, ...]]) -> bool:
    """Is a body the sentence is tied to, not asked, written as the doer of one of `verbs`: their subject,
    their partner "with", or the giver of support for a verb of backing? ("by" is holders.agent_written's.)"""
    bodies = [a for a in ties if a not in asked and kinds.get(a) == "org"]
    if not bodies or not verbs:
        return False
    wanted = _wanted(tuple(verbs))
    words = _words(text)
    lower = [w.lower() for w in words]
    for a in bodies:
        for start, end in _spans(lower, tuple(f.strip().lower() for f in forms_of(a) if f.strip())):
            if _subject(words, lower, end, wanted) or _partner(lower, start, wanted) or _aided(lower, start, wanted) \
                    or _doer_noun(lower, start, wanted):
                return True
    return False
