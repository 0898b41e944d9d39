"""The engine's in-memory rows: an event (Ev) and a statement (St) with their sentence, and the
family an event kind belongs to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field




_FAMILIES: dict[str, str] = {}


def event_family(kind: str) -> str:
    """call | visit | meet | agree (agreements, signings, declarations) | other (anniversaries):
    only the first three are somebody meeting somebody. Memoised by kind (a handful of values)."""
    fam = _FAMILIES.get(kind)
    if fam is None:
        k = kind.lower()
        if "call" in k or "phone" in k:
            fam = "call"
        elif "visit" in k or "trip" in k or "tour" in k:
            fam = "visit"
        elif re.search(r"agree|sign|declar|memorand|treaty|accord", k):
            fam = "agree"
        elif re.search(r"establish|anniversar|statement|issue|message", k):  # (a message: no one met)
            fam = "other"
        else:
            fam = "meet"
        if len(_FAMILIES) < 10_000:
            _FAMILIES[kind] = fam
    return fam


@dataclass(slots=True)
class Ev:
    id: int
    kind: str
    source_id: int
    sentence_id: int
    place_id: int | None
    place: str | None
    date: str | None
    date_end: str | None
    date_phrase: str | None
    date_how: str | None
    occasion: str | None
    confidence: float
    text: str
    position: int
    parts: list[tuple[int, str]] = field(default_factory=list)

    @property
    def family(self) -> str:
        """call | visit | meet | agree (agreements, signings, declarations) | other (anniversaries):
        only the first three are somebody meeting somebody."""
        return _FAMILIES.get(self.kind) or event_family(self.kind)


@dataclass(slots=True)
class St:
    """A statement as read (never changed after: answers keep them for later questions, so slots
    and a shared frozenset of topics keep each small)."""
    id: int
    source_id: int
    sentence_id: int
    speaker_id: int | None
    verb: str
    content: str
    confidence: float
    text: str
    position: int
    topics: frozenset[str] = frozenset()
