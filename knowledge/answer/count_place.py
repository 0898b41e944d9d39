"""A "how many" reply whose counting quotes tie their figures to another place than the one asked is no answer.

"How many Russian tourists visited Vietnam in 2015?" is not answered by "About 40,000 Russian tourists
came to Phu Yen last year" (one province's count, not the country's), nor "How many containers went back
to Vietnam?" by "the first 50 containers arrived in Moscow": the quote counts the asked noun (so the
count checks let it pass), but in another place. place_elsewhere.py holds cities set "in"/"at" to this
for any question; here, for a "how many" one, the asked place is any listed country or place after "in",
"at", "to" or "visit" ("visited Vietnam"), and a quote's figure is tied to a place when the clause of its
figure sends it "to", sets it "in"/"at" a place (a listed one or one the loader's parse calls a place).
Quotes writing no count (only dates, shares, sums) are passed over. The reply is declined when some quote
counts and every counting quote writes none of the asked places (in any listed spelling) and ties its
figure to another: a quote naming no place for its figure may well be the asked place's count.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re, names
from knowledge.answer.evidence import stored_parse
from knowledge.answer.figure_shown import asks_figure
from knowledge.answer.place_elsewhere import _writes
from knowledge.facts import Answer
from knowledge.names import fold

_TOKEN = lazy_re.compile(r"[\w'’.-]+")
_ASKED_AFTER = {"in", "at", "to", "into", "visit", "visited", "visiting", "visits"}
_TIED_BY = {"in", "at", "to"}
# entity labels of figures that count nothing: a date, a time, a share, a sum, a rank, a measure
_NOT_A_COUNT = {"DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "QUANTITY"}
_YEAR = lazy_re.compile(r"(?:1[89]|20)\d\d")


def _place(words: list[str]) -> str | None:
    """The listed place or country the first three, two or one of the words name, the longest first."""
    for n in (3, 2, 1):
        phrase = re.sub(r"['’]s$", "", " ".join(words[:n]).rstrip(".,;:?"))
        if place := names.canonical_place(phrase) or names.canonical_country(phrase):
            return place
    return None


def asked_places(raw: str) -> list[str]:
    """The places the question sets its count in or sends it to ("visited Vietnam", "arrived in Hanoi")."""
    toks = _TOKEN.findall(raw)
    out: list[str] = []
    for i in range(1, len(toks)):
        if toks[i - 1].lower() in _ASKED_AFTER and toks[i][:1].isupper() and (p := _place(toks[i:i + 3])) \
                and p not in out:
            out.append(p)
    return out


def _counts(doc) -> bool:
    """Does the sentence write a figure that counts (not a date, a share, a sum or a year)?"""
    skip = {i for e in doc.ents if e.label_ in _NOT_A_COUNT for i in range(e.start, e.end)}
    return any(t.pos_ == "NUM" and t.i not in skip and not _YEAR.fullmatch(t.text) for t in doc)


def _clause_verb(tok):
    """The verb whose clause holds the figure (up to four heads above it), or None."""
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def tied_places(doc) -> set[str]:
    """The places the figures' clauses set them in or send them to ("came to Phu Yen", "arrived in Moscow")."""
    toks, out = list(doc), set()
    for verb in {v.i: v for t in toks if t.pos_ == "NUM" and (v := _clause_verb(t)) is not None}.values():
        for prep in (c for c in toks if c.head.i == verb.i and c.dep_ == "prep" and c.text.lower() in _TIED_BY):
            for obj in (o for o in toks if o.head.i == prep.i and o.dep_ == "pobj"):
                left = min([obj.i, *(x.i for x in toks if x.head.i == obj.i and x.dep_ == "compound")])
                place = _place([t.text for t in toks[left:obj.i + 1]]) or next(
                    (e.text for e in doc.ents if e.label_ == "GPE" and e.start <= obj.i < e.end), None)
                if place:
                    out.add(place)
    return out


def other_place(conn: sqlite3.Connection, raw: str, lang: str, ans: Answer) -> bool:
    """Does every counting quote of a "how many" reply tie its figure to another place than asked, writing none
    of the asked places?"""
    cites = [c for c in ans.citations if c.sentence_id is not None] if ans.answered else []
    if lang != "en" or not cites or not asks_figure(raw) or not (asked := asked_places(raw)):
        return False
    counting = 0
    for c in cites:
        doc = stored_parse(conn, c.sentence_id)
        if not len(doc) or not _counts(doc):
            continue
        counting += 1
        tied = tied_places(doc)
        if _writes_any(asked, doc) or not tied or tied & set(asked):
            return False
    return counting > 0


def _writes_any(places: list[str], doc) -> bool:
    """Does the sentence write one of the places in any listed spelling?"""
    return any(_writes(p, [fold(" ".join(t.text for t in doc))]) for p in places)
