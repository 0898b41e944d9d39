"""A sentence that tells a detail of the article's event by pointing back at it ("The ceremony also
featured …", "The meeting took place at …", "It was signed by …", "The two leaders reviewed …").

News names the occasion once, in the lead or the sentence introducing it, and writes its place,
figures and people in later sentences whose subject only refers back. A question restating the
occasion then finds the lead first on its words, though the lead lacks the detail asked (6.8 against
2.8 first-stage points on the development sets: no re-ranking bonus closes that). Here such a sentence
inherits, in the first stage, INHERIT of the question-word hits (coverage and BM25) of the sentence it
points back to, and its asked entities at SLOT, so that it competes on the detail it adds (the kind
of answer, a question word the lead lacks). Tried and left out: inheriting only when the sentence
itself adds a question word (half the gains went with it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from knowledge import lazy_re
from knowledge.names import fold
from knowledge.answer.pronoun_back import points_back
from knowledge.answer.retrieve import Candidate

if TYPE_CHECKING:
    from knowledge.answer.rank import Ranked

SLOT = 0.8  # an asked entity of the sentence pointed back to is near it (as one in the sentence just before)
INHERIT = 0.6  # the share of a back-referred sentence's word hits carried over (measured on the dev sets)
_EVENT = (r"ceremony|event|meeting|talks|visit|agreement|forum|conference|session|summit|trip|tour|gathering"
          r"|festival|concert|exhibition|fair|reception|celebration|programme|program|deal|document|memorandum"
          r"|contest|competition|delegation")
_GROUP = r"sides|men|women|leaders|ministers|delegations|countries|officials|parties|presidents|premiers"
# the subject, at the sentence's opening, refers back to the event or its two parties; a bare pronoun only
# as the subject of a passive act ("It was signed by …", "They were joined by …"; not "It is the second …")
_BACK = lazy_re.compile(r"^\W*(?:(?:at|during|after|on|in)\s+)?(?:(?:the|this|that|these|those|their)\s+"
                   r"(?:[a-z-]+\s+)?(" + _EVENT + r")s?\b|(?:the\s+two|both)\s+(?:" + _GROUP + r")\b"
                   r"|(it|they)\s+(?:was|were|will\s+be|has\s+been|have\s+been)"
                   r"\s+(?:also\s+)?[a-z]+(?:ed|en|wn|ld|nt|ht|ne)\b)", re.I)


@lru_cache(maxsize=1 << 14)
def back_noun(text: str) -> str | None:
    """The event noun the sentence opens by pointing back to; "" for "it", "they", "the two sides";
    None when it does not open on a back-reference. Once per sentence: candidates come back."""
    m = _BACK.match(text)
    if m is None:
        return None
    return fold(m.group(1)) if m.group(1) else ""


def _source_of(noun: str, earlier: list[tuple[int, Candidate]]) -> int | None:
    """The index of the sentence that introduced what a sentence points back to, among the earlier
    candidates of its article (index, candidate) in order: the nearest naming the event noun, else the
    article's lead (or its first candidate) for a pronoun or a pair."""
    if noun:
        rx = re.compile(r"\b" + re.escape(noun) + r"s?\b")
        for j, e in reversed(earlier):
            if rx.search(fold(e.text)):
                return j
    return earlier[0][0] if earlier else None


def inherited(cands: list[Candidate], hits: list[list[float]]) -> tuple[list[list[float]], dict[int, int]]:
    """Per candidate, its word hits, each raised to INHERIT × the hit of the sentence it points back to
    (the same article's, earlier); a sentence pointing back to nothing among the candidates keeps its own.
    Also: candidate index -> the index of the one it points back to."""
    by_article: dict[int, list[tuple[int, int]]] | None = None  # listed once a sentence points back (few do)
    out, sources = list(hits), {}
    for i, c in enumerate(cands):
        if not c.position:
            continue  # an article's first sentence points back to nothing
        noun = back_noun(c.text)
        if noun is None and not _points_back(c.text):
            continue  # (most sentences: the earlier ones are not even looked at)
        if by_article is None:
            by_article = {}
            for k, d in enumerate(cands):
                by_article.setdefault(d.source_id, []).append((d.position, k))
            for rows in by_article.values():
                rows.sort()
        rows = by_article[c.source_id]
        earlier = [(j, cands[j]) for _p, j in rows[:bisect_left(rows, (c.position, -1))]]
        if noun is not None:
            j = _source_of(noun, earlier)
        else:  # "Its task is …", "They also discussed …": what the sentence just before names
            j = earlier[-1][0] if earlier and earlier[-1][1].position == c.position - 1 else None
        if j is None:
            continue
        sources[i] = j
        out[i] = [max(a, INHERIT * b) for a, b in zip(hits[i], hits[j])]
    return out, sources


@lru_cache(maxsize=1 << 14)
def _points_back(text: str) -> bool:
    """pronoun_back.points_back, once per sentence."""
    return points_back(text)


def lift_slots(first: list[Ranked], sources: dict[int, int], hard: list[bool]) -> None:
    """Raise each pointing-back sentence's asked entities to SLOT where the sentence it points back to
    has them, and its score with them (the penalty for a hard entity missing lifted once it is near)."""
    for i, j in sources.items():
        r, src = first[i], first[j]
        slots = [max(a, SLOT * b) for a, b in zip(r.slots, src.slots)]
        if slots == r.slots:
            continue
        r.score += 2.0 * (sum(slots) - sum(r.slots)) / len(slots)
        if any(a == 0 and hd for a, hd in zip(r.slots, hard)) and not any(a == 0 and hd for a, hd in zip(slots, hard)):
            r.score += 2.0
        r.slots = slots
