"""The SQLite fact store: connecting, writing one article, reading it back (its tables: store_schema).

One plain SQLite file (browsable with datasette). Actors are shared across articles and merged
by their folded name; everything else belongs to one source row, so replacing or dropping an
article is a delete of that source's rows (and of actors nothing refers to any more).
Callers wrap `save_article` / `delete_source` in a transaction (`with db.conn:`) so that a crash
never leaves an article half-written.

The writing functions take either a `sqlite_utils.Database` or a plain `sqlite3.Connection`:
the loader uses the plain connection so that checking an unchanged seeds folder never pays for
importing sqlite-utils (about 0.4 s). `open_db` gives everyone else the sqlite-utils API.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from knowledge import passages
from knowledge.facts import Article, Source
from knowledge.store_actors import actor_id as _actor_id
from knowledge.store_schema import SCHEMA, SCHEMA_VERSION  # noqa: F401 (store.SCHEMA_VERSION is public)

if TYPE_CHECKING:
    import sqlite_utils


class StoreError(Exception):
    """The store file is missing, unreadable or from an incompatible version."""


def connect(path: str | Path, readonly: bool = False) -> sqlite3.Connection:
    """A plain sqlite3 connection to the store; read-only connections never create or modify it."""
    path = Path(path)
    if readonly:
        if not path.exists():
            raise StoreError(f"{path}: no fact store here; run `vnru-bot load` first")
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, check_same_thread=False)
        try:
            version = schema_version(conn)
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise StoreError(f"{path}: not a vnru-bot fact store ({exc})") from exc
        if version != SCHEMA_VERSION:
            conn.close()
            raise StoreError(f"{path}: store schema {version}, expected {SCHEMA_VERSION}; run `vnru-bot load`")
        return conn
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), check_same_thread=False)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"{path}: cannot open or create the fact store ({exc})") from exc
    try:
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")  # WAL + NORMAL: durable enough, never corrupt
        ensure_schema(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if isinstance(exc, sqlite3.OperationalError) and "not a database" not in str(exc):
            raise StoreError(f"{path}: cannot open or create the fact store ({exc})") from exc
        raise StoreError(f"{path}: not a vnru-bot fact store ({exc})") from exc
    return conn


def open_db(path: str | Path, readonly: bool = False) -> "sqlite_utils.Database":
    """Open the store with the sqlite-utils API; read-only opens never create or modify the file."""
    import sqlite_utils

    return sqlite_utils.Database(connect(path, readonly=readonly))


def close(db: Any) -> None:
    """Close cleanly (checkpointing the WAL into the main file, so it can be moved or copied)."""
    conn = _conn(db)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.DatabaseError:
        pass
    conn.close()


def _conn(db: Any) -> sqlite3.Connection:
    return db if isinstance(db, sqlite3.Connection) else db.conn


def _x(db: Any, sql: str, params: Any = ()) -> sqlite3.Cursor:
    return _conn(db).execute(sql, params)


def schema_version(db: Any) -> int | None:
    conn = _conn(db)
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'").fetchone():
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def ensure_schema(db: Any) -> None:
    """Create the tables; an older schema is dropped and rebuilt (the seeds are the truth)."""
    conn = _conn(db)
    version = schema_version(conn)
    if version is not None and version != SCHEMA_VERSION:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE '%_fts_%'")]
        conn.execute("PRAGMA foreign_keys = OFF")
        for name in names:
            kind = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", [name]).fetchone()
            if kind:
                conn.execute(f'DROP {kind[0].upper()} IF EXISTS "{name}"')
        conn.execute("PRAGMA foreign_keys = ON")
    conn.executescript(SCHEMA)
    conn.executescript(passages.SCHEMA)
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    conn.commit()


def get_meta(db: Any, key: str) -> str | None:
    """A value from the `meta` table (None when unset, or the table is not there)."""
    try:
        row = _x(db, "SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    except sqlite3.OperationalError:
        return None
    return row[0] if row else None


def set_meta(db: Any, key: str, value: str) -> None:
    """Set a `meta` value; the caller owns the transaction."""
    _x(db, "INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", [key, value])


def source_hashes(db: Any) -> dict[str, str]:
    """file name -> sha256 of what is loaded, for incremental loads."""
    return {file: sha for file, sha in _x(db, "SELECT file, sha256 FROM sources")}


def loaded_files(db: Any) -> dict[str, tuple[str, str | None, int | None, float | None]]:
    """file name -> (sha256, text_sha256, size, mtime) of every loaded source."""
    return {r[0]: tuple(r[1:]) for r in _x(db, "SELECT file, sha256, text_sha256, size, mtime FROM sources")}


def skipped_files(db: Any) -> dict[str, tuple[int | None, float | None, str]]:
    """file name -> (size, mtime, reason) of the files the last load skipped."""
    return {r[0]: tuple(r[1:]) for r in _x(db, "SELECT file, size, mtime, reason FROM skipped")}


def undated_files(db: Any) -> dict[str, tuple[str, str | None, str]]:
    """file name -> (what it carries instead of a date, "MM-DD" or None, the fix); {} for stores
    from before this table (read-only connections cannot add it)."""
    try:
        return {r[0]: tuple(r[1:]) for r in _x(db, "SELECT file, found, month_day, fix FROM undated")}
    except sqlite3.OperationalError:
        return {}


def set_undated_files(db: Any, rows: dict[str, tuple[str, str | None, str]]) -> None:
    """Replace the list of undated articles; the caller owns the transaction."""
    _x(db, "DELETE FROM undated")
    _conn(db).executemany("INSERT INTO undated(file, found, month_day, fix) VALUES (?, ?, ?, ?)",
                          [(f, *v) for f, v in rows.items()])


def counts(db: Any) -> dict[str, int]:
    """Rows per fact table, for load summaries."""
    return {t: _x(db, f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("sources", "sentences", "actors", "events", "statements")}


def save_article(
    db: Any,
    article: Article,
    size: int | None = None,
    *,
    mtime: float | None = None,
    text_sha256: str | None = None,
) -> int:
    """Write one article (replacing any earlier version of the same file); returns its source id.

    Does not commit: the caller owns the transaction. Raises ValueError (before writing
    anything) when a sentence is not a verbatim slice of the text or a fact points nowhere.
    """
    db = _conn(db)
    src = article.source
    _check_article(article)
    delete_source(db, src.file, commit=False)
    db.execute("DELETE FROM skipped WHERE file = ?", [src.file])
    source_id = db.execute(
        "INSERT INTO sources(file, sha256, title, outlet, date, url, size, mtime, text_sha256)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [src.file, src.sha256, src.title, src.outlet, src.date, src.url, size, mtime, text_sha256],
    ).lastrowid
    sentence_ids = _save_sentences(db, article, source_id)
    actor_id = _actor_ids(db, article, source_id)
    _save_events(db, article, source_id, sentence_ids, actor_id)
    aliases_by_name = {a.name: set(a.aliases) for a in article.actors}
    passages.index_article(db, article, sentence_ids, actor_id, aliases_by_name)
    _save_statements(db, article, source_id, sentence_ids, actor_id)
    return source_id


def _save_sentences(db, article: Article, source_id: int) -> dict[int, int]:
    """Sentence position -> row id."""
    sentence_ids: dict[int, int] = {}
    for s in article.sentences:
        sentence_ids[s.position] = db.execute(
            'INSERT INTO sentences(source_id, position, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
            [source_id, s.position, s.paragraph, s.start, s.end, s.text],
        ).lastrowid
        if s.parse:
            db.execute("INSERT INTO sentence_parses(sentence_id, parse) VALUES (?, ?)", [sentence_ids[s.position], s.parse])
    return sentence_ids


def _actor_ids(db, article: Article, source_id: int):
    """Store the article's actors; returns name -> actor id, which also stores an actor a fact
    names but the article's list lacks (never drop the fact)."""
    from knowledge.names import fold

    def add_alias(aid: int, alias: str) -> None:
        db.execute(
            "INSERT OR IGNORE INTO aliases(actor_id, source_id, alias, folded) VALUES (?, ?, ?, ?)",
            [aid, source_id, alias, fold(alias)],
        )

    actor_ids: dict[str, int] = {}
    for actor in article.actors:
        aid = actor_ids[actor.name] = _actor_id(db, actor.name, actor.kind, actor.titles)
        for alias in spelling_order({actor.name, *actor.aliases}):
            add_alias(aid, alias)
        for title in sorted(actor.titles):
            db.execute("INSERT OR IGNORE INTO titles(actor_id, source_id, title) VALUES (?, ?, ?)", [aid, source_id, title])

    def actor_id(name: str | None, kind: str = "person") -> int | None:
        if name is None:
            return None
        if name not in actor_ids:
            actor_ids[name] = _actor_id(db, name, kind)
            add_alias(actor_ids[name], name)
        return actor_ids[name]

    return actor_id


def _save_events(db, article: Article, source_id: int, sentence_ids: dict[int, int], actor_id) -> None:
    written = {a.name: a.aliases for a in article.actors}
    for ev in article.events:
        place = ev.place and _as_written(ev.place, written.get(ev.place, ()),
                                         next((x.text for x in article.sentences if x.position == ev.sentence), ""), article.text)
        event_id = db.execute(
            "INSERT INTO events(source_id, sentence_id, kind, place_id, place, date, date_end, date_phrase,"
            " date_how, occasion, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [source_id, sentence_ids[ev.sentence], ev.kind, actor_id(ev.place, "place"), place, ev.date,
             ev.date_end, ev.date_phrase, ev.date_how, ev.occasion, ev.confidence],
        ).lastrowid
        for p in ev.participants:
            db.execute(
                "INSERT OR IGNORE INTO event_participants(event_id, actor_id, role) VALUES (?, ?, ?)",
                [event_id, actor_id(p.actor), p.role],
            )


def _save_statements(db, article: Article, source_id: int, sentence_ids: dict[int, int], actor_id) -> None:
    for st in article.statements:
        statement_id = db.execute(
            "INSERT INTO statements(source_id, sentence_id, speaker_id, speaker_phrase, verb, content, confidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [source_id, sentence_ids[st.sentence], actor_id(st.speaker), st.speaker_phrase, st.verb, st.content,
             st.confidence],
        ).lastrowid
        for topic in dict.fromkeys(st.topics):
            db.execute("INSERT OR IGNORE INTO statement_topics(statement_id, topic) VALUES (?, ?)", [statement_id, topic])


def _as_written(name: str, aliases, sentence: str, text: str) -> str:
    """The place as the article writes it ("Nay Pyi Taw", not the lexicon's "Naypyidaw"), so an
    answer line names it the way its quote does: the event's sentence first, then the article. Not a
    dateline's capitals ("HÀ NỘI"): a spelling of the heading, not of the place."""
    forms = sorted(spelling_order(f for f in {name, *aliases} if not f.isupper()), key=len, reverse=True)
    for hay, flags in ((sentence, 0), (text, 0), (sentence, re.I), (text, re.I)):
        for f in forms:
            if re.search(r"(?<!\w)" + re.escape(f) + r"(?!\w)", hay, flags):
                return f
    return name


def spelling_order(forms) -> list[str]:
    """Forms with diacritics first, then alphabetical: a set's order changes with PYTHONHASHSEED,
    and where two spellings fold alike ("Cần Thơ", "Can Tho") the first one kept decides which the
    store holds, so a rebuild must meet them in one fixed order (the articles' own spelling first)."""
    return sorted(set(forms), key=lambda f: (-sum(ord(ch) > 127 for ch in f), f))


def _check_article(article: Article) -> None:
    name = article.source.file
    positions = set()
    for s in article.sentences:
        if article.text[s.start : s.end] != s.text:
            raise ValueError(f"sentence {s.position} is not a verbatim slice of {name} at {s.start}:{s.end}")
        if s.position in positions:
            raise ValueError(f"sentence position {s.position} appears twice")
        positions.add(s.position)
    for fact in [*article.events, *article.statements]:
        if fact.sentence not in positions:
            raise ValueError(f"a {type(fact).__name__.lower()} refers to sentence {fact.sentence}, which does not exist")


def delete_source(db: Any, file: str, commit: bool = False) -> bool:
    """Drop one article's rows and any actor nothing refers to any more."""
    db = _conn(db)
    row = db.execute("SELECT id FROM sources WHERE file = ?", [file]).fetchone()
    if row is None:
        return False
    source_id = row[0]
    # Explicit deletes (not only ON DELETE CASCADE) so the FTS triggers fire in every SQLite build.
    db.execute(
        "DELETE FROM statement_topics WHERE statement_id IN (SELECT id FROM statements WHERE source_id = ?)",
        [source_id],
    )
    db.execute("DELETE FROM statements WHERE source_id = ?", [source_id])
    db.execute(
        "DELETE FROM event_participants WHERE event_id IN (SELECT id FROM events WHERE source_id = ?)", [source_id]
    )
    db.execute("DELETE FROM events WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM aliases WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM titles WHERE source_id = ?", [source_id])
    passages.delete_source(db, source_id)
    db.execute("DELETE FROM sentence_parses WHERE sentence_id IN (SELECT id FROM sentences WHERE source_id = ?)",
               [source_id])
    db.execute("DELETE FROM sentences WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM sources WHERE id = ?", [source_id])
    db.execute(
        "DELETE FROM actors WHERE id NOT IN (SELECT actor_id FROM aliases)"
        " AND id NOT IN (SELECT actor_id FROM event_participants)"
        " AND id NOT IN (SELECT place_id FROM events WHERE place_id IS NOT NULL)"
        " AND id NOT IN (SELECT speaker_id FROM statements WHERE speaker_id IS NOT NULL)"
        " AND id NOT IN (SELECT actor_id FROM sentence_actors)"
    )
    if commit:
        db.commit()
    return True


def rename_source(db: Any, old: str, new: str) -> None:
    """A file renamed without changing its content keeps its facts: only the name changes."""
    _x(db, "UPDATE sources SET file = ? WHERE file = ?", [new, old])


def sources(db: Any) -> list[Source]:
    return [
        Source(file=r[0], sha256=r[1], title=r[2], outlet=r[3], date=r[4], url=r[5])
        for r in _x(db, "SELECT file, sha256, title, outlet, date, url FROM sources ORDER BY date, file")
    ]


# Reading facts back lives in knowledge.store_read; re-exported so `store.list_events` etc. keep working.
from knowledge.store_read import (actor_info, find_actors, fts_query, list_events, list_sources,  # noqa: E402,F401
                                  list_statements, search_sentences)
