"""Reading the fact store back: full-text search over sentences and plain rows of the facts (for
`vnru-bot facts` and anyone who wants them without the engine)."""

from __future__ import annotations

import re
import sqlite3
from typing import Any

from knowledge import lazy_re


def _x(db: Any, sql: str, params: Any = ()) -> sqlite3.Cursor:
    """`db` is a sqlite3 connection or a sqlite-utils Database."""
    return (db if isinstance(db, sqlite3.Connection) else db.conn).execute(sql, params)


_TOKEN = lazy_re.compile(r"\w+", re.UNICODE)


def fts_query(text: str, any_token: bool = False) -> str | None:
    """User text -> a safe FTS5 MATCH expression: every word quoted, so "Viet-Nga" or a lone
    quote never raises. None when the text has no words."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return None
    return (" OR " if any_token else " ").join(f'"{t}"' for t in tokens)


def search_sentences(db: Any, text: str, limit: int = 20, any_token: bool = False) -> list[dict]:
    """Sentences matching the words of `text` (diacritics and case ignored), best first."""
    query = fts_query(text, any_token=any_token)
    if query is None:
        return []
    cur = _x(
        db,
        "SELECT s.id, src.file, s.position, s.start, s.\"end\", s.text FROM sentences_fts"
        " JOIN sentences s ON s.id = sentences_fts.rowid JOIN sources src ON src.id = s.source_id"
        " WHERE sentences_fts MATCH ? ORDER BY bm25(sentences_fts) LIMIT ?",
        [query, limit],
    )
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, row)) for row in cur]


# --- Reading facts back (for `vnru-bot facts` and anyone who wants plain rows) ---------------


def _rows(db: Any, sql: str, params: Any = ()) -> list[dict]:
    cur = _x(db, sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def find_actors(db: Any, name: str, limit: int = 5, cutoff: float = 80.0) -> list[tuple[int, str, float]]:
    """Actors whose name or any alias matches `name`: folded exact match first, then the folded
    words contained in an alias, then rapidfuzz (typos). [(actor id, canonical name, score)]."""
    from rapidfuzz import fuzz, process

    from knowledge.names import fold

    q = fold(name)
    if not q:
        return []
    aliases = _x(db, "SELECT a.id, a.name, al.folded FROM aliases al JOIN actors a ON a.id = al.actor_id"
                     " UNION SELECT id, name, key FROM actors").fetchall()
    exact = {(aid, n) for aid, n, f in aliases if f == q}
    if exact:
        return sorted((aid, n, 100.0) for aid, n in exact)[:limit]
    words = set(q.split())
    contained = {(aid, n) for aid, n, f in aliases if words <= set(f.split())}
    if contained:
        return sorted((aid, n, 95.0) for aid, n in contained)[:limit]
    best: dict[int, tuple[str, float]] = {}
    for _, score, idx in process.extract(q, [f for _, _, f in aliases], scorer=fuzz.WRatio,
                                         score_cutoff=cutoff, limit=None):
        aid, n, _ = aliases[idx]
        if score > best.get(aid, ("", 0.0))[1]:
            best[aid] = (n, score)
    return sorted(((aid, n, s) for aid, (n, s) in best.items()), key=lambda t: -t[2])[:limit]


def actor_info(db: Any, actor_id: int) -> dict:
    row = _rows(db, "SELECT id, name, kind FROM actors WHERE id = ?", [actor_id])[0]
    row["aliases"] = sorted({r[0] for r in _x(db, "SELECT alias FROM aliases WHERE actor_id = ?", [actor_id])})
    row["titles"] = sorted({r[0] for r in _x(db, "SELECT title FROM titles WHERE actor_id = ?", [actor_id])})
    return row


def list_events(db: Any, actor_ids: list[int] | None = None) -> list[dict]:
    """Events in date order with their participants [(name, role)] and source sentence."""
    where, params = "", []
    if actor_ids is not None:
        marks = ",".join("?" * len(actor_ids)) or "NULL"
        where = f" WHERE e.id IN (SELECT event_id FROM event_participants WHERE actor_id IN ({marks}))"
        params = list(actor_ids)
    events = _rows(
        db,
        "SELECT e.id, e.kind, e.place, e.date, e.date_end, e.date_phrase, e.date_how, e.occasion, e.confidence,"
        " src.file, s.position AS sentence, s.text AS quote FROM events e JOIN sources src ON src.id = e.source_id"
        f" JOIN sentences s ON s.id = e.sentence_id{where}"
        " ORDER BY e.date IS NULL, e.date, src.file, s.position, e.id",
        params,
    )
    for ev in events:
        ev["participants"] = [tuple(r) for r in _x(
            db, "SELECT a.name, p.role FROM event_participants p JOIN actors a ON a.id = p.actor_id"
                " WHERE p.event_id = ? ORDER BY p.role, a.name", [ev["id"]])]
    return events


def list_statements(db: Any, actor_ids: list[int] | None = None) -> list[dict]:
    """Statements by source and sentence order, with speaker name and topics."""
    where, params = "", []
    if actor_ids is not None:
        where = f" WHERE st.speaker_id IN ({','.join('?' * len(actor_ids)) or 'NULL'})"
        params = list(actor_ids)
    statements = _rows(
        db,
        "SELECT st.id, a.name AS speaker, st.speaker_phrase, st.verb, st.content, st.confidence, src.file,"
        " src.date, s.position AS sentence, s.text AS quote FROM statements st JOIN sources src ON src.id = st.source_id"
        " JOIN sentences s ON s.id = st.sentence_id LEFT JOIN actors a ON a.id = st.speaker_id"
        f"{where} ORDER BY src.date IS NULL, src.date, src.file, s.position, st.id",
        params,
    )
    for st in statements:
        st["topics"] = [r[0] for r in _x(db, "SELECT topic FROM statement_topics WHERE statement_id = ? ORDER BY topic",
                                         [st["id"]])]
    return statements


def list_sources(db: Any) -> list[dict]:
    return _rows(
        db,
        "SELECT src.file, src.date, src.outlet, src.title, src.url,"
        " (SELECT count(*) FROM sentences WHERE source_id = src.id) AS sentences,"
        " (SELECT count(*) FROM events WHERE source_id = src.id) AS events,"
        " (SELECT count(*) FROM statements WHERE source_id = src.id) AS statements"
        " FROM sources src ORDER BY src.date IS NULL, src.date, src.file",
    )
