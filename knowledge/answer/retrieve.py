"""Plan → candidate sentences: narrow by the entities asked about, then search their words.

Narrowing comes first because BM25 over a large store scores every row that matches a common
word: the sentences tied to the asked actors (an indexed table) and the articles in which all
of them occur are few, and only those are searched and ranked. A question naming nobody is
searched with its rarest words first (AND), then any of them (OR), with a row limit.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from knowledge.names import fold
from knowledge.answer.intent import Plan

MAX_SOURCES = 60  # articles naming every asked entity that are searched at most
MAX_ROWS = 400  # sentences ranked at most


@dataclass
class Candidate:
    sentence_id: int
    source_id: int
    position: int
    paragraph: int
    text: str
    bm25: float = 0.0  # higher is better (FTS5's bm25 negated)
    ties: dict[int, str] = field(default_factory=dict)  # actor id -> how the sentence refers to it


@dataclass
class Retrieved:
    candidates: list[Candidate]
    cooccur: bool  # some article names every asked entity
    terms: list[str]  # the search terms after typo repair
    unknown_terms: list[str]  # content words no article contains (even fuzzily)


_SUFFIX = re.compile(r"(ings|ing|ions|ion|ed|es|s|al|ly|ments|ment|ers|er)$")


def stem(word: str) -> str:
    """A crude English stem for comparing a question's words with a sentence's ('signings' ~ 'signed')."""
    w = fold(word)
    s = _SUFFIX.sub("", w) if len(w) > 4 else w
    return s if len(s) >= 3 else w


def _fts_term(t: str) -> str:
    return '"' + t.replace('"', "") + '"'


def in_vocab(conn: sqlite3.Connection, term: str) -> bool:
    try:
        return conn.execute("SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT 1",
                            ["text : " + _fts_term(term)]).fetchone() is not None
    except sqlite3.Error:
        return False


def repair_terms(conn: sqlite3.Connection, terms: list[str], vocab: list[str] | None) -> tuple[list[str], list[str]]:
    """Typo repair: a word no sentence contains becomes the closest word of the store's vocabulary."""
    out, unknown = [], []
    for t in terms:
        if in_vocab(conn, t):
            out.append(t)
            continue
        best = None
        if vocab and len(t) >= 5:
            hit = process.extractOne(t, vocab, scorer=fuzz.ratio, score_cutoff=84)
            if hit and hit[0][:2] == t[:2]:
                best = hit[0]
        if best:
            out.append(best)
        else:
            unknown.append(t)
    return out, unknown


def _named_sources(conn: sqlite3.Connection, slot: set[int]) -> set[int]:
    """Articles whose text names one of the slot's actors by a proper-name alias, whether or not
    the extractor listed the actor for that article ('in Kazan' where Kazan was no actor there)."""
    ids = ",".join(str(int(a)) for a in slot) or "NULL"
    names = {fold(a) for (a,) in conn.execute(f"SELECT DISTINCT alias FROM aliases WHERE actor_id IN ({ids})")
             if a[:1].isupper() and not a.lower().startswith("the ") and len(a) >= 4}
    out: set[int] = set()
    for n in names:
        phrase = '"' + n.replace('"', "") + '"'
        out |= {r[0] for r in conn.execute(
            "SELECT DISTINCT s.source_id FROM passages_fts f JOIN sentences s ON s.id = f.rowid"
            " WHERE passages_fts MATCH ?", ["text : " + phrase])}
    return out


def sources_with_all(conn: sqlite3.Connection, slots: list[set[int]]) -> set[int] | None:
    """Articles in which every slot is tied to some sentence or named in the text (None when
    nothing is asked about)."""
    common: set[int] | None = None
    for slot in slots:
        ids = ",".join(str(int(a)) for a in slot) or "NULL"
        srcs = {r[0] for r in conn.execute(
            f"SELECT DISTINCT s.source_id FROM sentence_actors sa JOIN sentences s ON s.id = sa.sentence_id"
            f" WHERE sa.actor_id IN ({ids})")} | _named_sources(conn, slot)
        common = srcs if common is None else common & srcs
        if not common:
            return set()
    return common


def _rows(conn: sqlite3.Connection, where: str, params: list) -> dict[int, Candidate]:
    sql = ("SELECT id, source_id, position, paragraph, text FROM sentences WHERE " + where)
    return {r[0]: Candidate(r[0], r[1], r[2], r[3], r[4]) for r in conn.execute(sql, params)}


def _search(conn: sqlite3.Connection, terms: list[str], sources: set[int] | None) -> dict[int, float]:
    """sentence id -> BM25 (higher better) for sentences with any of the terms."""
    if not terms:
        return {}
    match = "text : (" + " OR ".join(_fts_term(t) for t in terms) + ")"
    sql = "SELECT rowid, -bm25(passages_fts, 1.0, 0.2) FROM passages_fts WHERE passages_fts MATCH ?"
    params: list = [match]
    if sources is not None:
        ids = ",".join(str(int(s)) for s in sources) or "NULL"
        sql += f" AND rowid IN (SELECT id FROM sentences WHERE source_id IN ({ids}))"
    sql += " ORDER BY rank LIMIT ?"
    params.append(MAX_ROWS)
    try:
        return {r[0]: r[1] for r in conn.execute(sql, params)}
    except sqlite3.Error:
        return {}


def _search_open(conn: sqlite3.Connection, terms: list[str]) -> dict[int, float]:
    """No entity to narrow by: all terms (AND) first; when that finds nothing, any of them."""
    if not terms:
        return {}
    if len(terms) > 1:
        match = "text : (" + " AND ".join(_fts_term(t) for t in terms) + ")"
        try:
            hits = {r[0]: r[1] for r in conn.execute(
                "SELECT rowid, -bm25(passages_fts, 1.0, 0.2) FROM passages_fts WHERE passages_fts MATCH ?"
                " ORDER BY rank LIMIT ?", [match, MAX_ROWS])}
        except sqlite3.Error:
            hits = {}
        if hits:
            return hits
    return _search(conn, terms, None)


def retrieve(conn: sqlite3.Connection, plan: Plan, vocab: list[str] | None = None) -> Retrieved:
    """Sentences of the articles naming every entity asked about by name, and the best BM25
    matches anywhere (a role or a fuzzy guess may have picked the wrong person)."""
    terms, unknown = repair_terms(conn, plan.terms, vocab)
    named = [s for s, h in zip(plan.slots, plan.hard) if h]
    sources = sources_with_all(conn, named) if named else None
    if sources is not None and not sources:
        return Retrieved([], False, terms, unknown)
    if sources is None and plan.slots:
        sources = sources_with_all(conn, plan.slots) or None
    if sources is not None and len(sources) > MAX_SOURCES:
        hits = _search(conn, terms, sources)
        by_src = {r[0]: r[1] for r in conn.execute(
            "SELECT id, source_id FROM sentences WHERE id IN (" + (",".join(map(str, hits)) or "NULL") + ")")}
        ranked_src = sorted(sources, key=lambda s: -max((hits[i] for i in hits if by_src.get(i) == s), default=0))
        sources = set(ranked_src[:MAX_SOURCES])
    scores = _search(conn, terms, sources) if sources is not None else {}
    if not named:
        scores.update({k: v for k, v in _search_open(conn, terms).items() if k not in scores})
    cands: dict[int, Candidate] = {}
    if sources is not None:
        cands = _rows(conn, "source_id IN (" + ",".join(str(int(s)) for s in sources) + ")", [])
    extra = [i for i in scores if i not in cands][:MAX_ROWS]
    if extra:
        cands.update(_rows(conn, "id IN (" + ",".join(str(i) for i in extra) + ")", []))
    for sid, c in cands.items():
        c.bm25 = scores.get(sid, 0.0)
    if cands:
        ids = ",".join(str(i) for i in cands)
        for sid, aid, how in conn.execute(
                f"SELECT sentence_id, actor_id, how FROM sentence_actors WHERE sentence_id IN ({ids})"):
            cands[sid].ties[aid] = how
    return Retrieved(list(cands.values()), True, terms, unknown)
