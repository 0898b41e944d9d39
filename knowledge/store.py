"""The SQLite fact store: schema, writing one article, reading it back.

One plain SQLite file (browsable with datasette). Actors are shared across articles and merged
by their folded name; everything else belongs to one source row, so replacing or dropping an
article is a delete of that source's rows (and of actors nothing refers to any more).
Callers wrap `save_article` / `delete_source` in a transaction (`with db.conn:`) so that a crash
never leaves an article half-written.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlite_utils

from knowledge.facts import Article, Source
from knowledge.names import fold

SCHEMA_VERSION = 1
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    title TEXT, outlet TEXT, date TEXT, url TEXT,
    size INTEGER,
    loaded_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS sources_sha ON sources(sha256);
CREATE TABLE IF NOT EXISTS sentences (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    paragraph INTEGER NOT NULL DEFAULT 0,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS sentences_source ON sentences(source_id, position);
CREATE TABLE IF NOT EXISTS actors (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS aliases (
    id INTEGER PRIMARY KEY,
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    folded TEXT NOT NULL,
    UNIQUE (actor_id, source_id, folded)
);
CREATE INDEX IF NOT EXISTS aliases_folded ON aliases(folded);
CREATE TABLE IF NOT EXISTS titles (
    actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    title TEXT NOT NULL,
    PRIMARY KEY (actor_id, source_id, title)
);
CREATE TABLE IF NOT EXISTS events (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    place_id INTEGER REFERENCES actors(id),
    place TEXT,
    date TEXT, date_end TEXT, date_phrase TEXT, date_how TEXT,
    occasion TEXT,
    confidence REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX IF NOT EXISTS events_source ON events(source_id);
CREATE TABLE IF NOT EXISTS event_participants (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    role TEXT NOT NULL,
    PRIMARY KEY (event_id, actor_id, role)
);
CREATE INDEX IF NOT EXISTS event_participants_actor ON event_participants(actor_id);
CREATE TABLE IF NOT EXISTS statements (
    id INTEGER PRIMARY KEY,
    source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    speaker_id INTEGER REFERENCES actors(id),
    speaker_phrase TEXT,
    verb TEXT NOT NULL,
    content TEXT NOT NULL,
    confidence REAL NOT NULL DEFAULT 1.0
);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements(speaker_id);
CREATE INDEX IF NOT EXISTS statements_source ON statements(source_id);
CREATE TABLE IF NOT EXISTS statement_topics (
    statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    PRIMARY KEY (statement_id, topic)
);
CREATE INDEX IF NOT EXISTS statement_topics_topic ON statement_topics(topic);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5(
    text, content='sentences', content_rowid='id', tokenize='{FTS_TOKENIZE}');
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
    content, content='statements', content_rowid='id', tokenize='{FTS_TOKENIZE}');
CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content); END;
CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content); END;
"""


class StoreError(Exception):
    """The store file is missing, unreadable or from an incompatible version."""


def open_db(path: str | Path, readonly: bool = False) -> sqlite_utils.Database:
    """Open the store; read-only opens never create or modify the file."""
    path = Path(path)
    if readonly:
        if not path.exists():
            raise StoreError(f"{path}: no fact store here; run `vnru-bot load` first")
        conn = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        try:
            version = schema_version(db)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: not a vnru-bot fact store ({exc})") from exc
        if version != SCHEMA_VERSION:
            raise StoreError(f"{path}: store schema {version}, expected {SCHEMA_VERSION}; run `vnru-bot load`")
        return db
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False)
    db = sqlite_utils.Database(conn)
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA journal_mode = WAL")
    ensure_schema(db)
    return db


def schema_version(db: sqlite_utils.Database) -> int | None:
    if "meta" not in db.table_names():
        return None
    row = db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else None


def ensure_schema(db: sqlite_utils.Database) -> None:
    """Create the tables; an older schema is dropped and rebuilt (the seeds are the truth)."""
    version = schema_version(db)
    if version is not None and version != SCHEMA_VERSION:
        for name in db.table_names() + db.view_names():
            if not name.startswith("sqlite_"):
                db.execute(f'DROP TABLE IF EXISTS "{name}"')
    db.conn.executescript(SCHEMA)
    db.execute("INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])
    db.conn.commit()


def source_hashes(db: sqlite_utils.Database) -> dict[str, str]:
    """file name -> sha256 of what is loaded, for incremental loads."""
    return {file: sha for file, sha in db.execute("SELECT file, sha256 FROM sources")}


def _actor_id(db: sqlite_utils.Database, name: str, kind: str) -> int:
    key = fold(name)
    row = db.execute("SELECT id, name FROM actors WHERE key = ?", [key]).fetchone()
    if row is None:
        return db.execute("INSERT INTO actors(key, name, kind) VALUES (?, ?, ?)", [key, name, kind]).lastrowid
    actor_id, current = row
    # Prefer the spelling with diacritics: it is the one the articles' own language uses.
    if _diacritic_count(name) > _diacritic_count(current):
        db.execute("UPDATE actors SET name = ? WHERE id = ?", [name, actor_id])
    return actor_id


def _diacritic_count(s: str) -> int:
    return sum(1 for ch in s if ord(ch) > 127)


def save_article(db: sqlite_utils.Database, article: Article, size: int | None = None) -> int:
    """Write one article (replacing any earlier version of the same file); returns its source id.

    Does not commit: the caller owns the transaction.
    """
    src = article.source
    delete_source(db, src.file, commit=False)
    source_id = db.execute(
        "INSERT INTO sources(file, sha256, title, outlet, date, url, size) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [src.file, src.sha256, src.title, src.outlet, src.date, src.url, size],
    ).lastrowid
    sentence_ids: dict[int, int] = {}
    for s in article.sentences:
        assert article.text[s.start : s.end] == s.text, f"{src.file}: sentence {s.position} is not verbatim"
        sentence_ids[s.position] = db.execute(
            'INSERT INTO sentences(source_id, position, paragraph, start, "end", text) VALUES (?, ?, ?, ?, ?, ?)',
            [source_id, s.position, s.paragraph, s.start, s.end, s.text],
        ).lastrowid
    actor_ids: dict[str, int] = {}
    for actor in article.actors:
        aid = _actor_id(db, actor.name, actor.kind)
        actor_ids[actor.name] = aid
        for alias in {actor.name, *actor.aliases}:
            db.execute(
                "INSERT OR IGNORE INTO aliases(actor_id, source_id, alias, folded) VALUES (?, ?, ?, ?)",
                [aid, source_id, alias, fold(alias)],
            )
        for title in actor.titles:
            db.execute("INSERT OR IGNORE INTO titles(actor_id, source_id, title) VALUES (?, ?, ?)", [aid, source_id, title])

    def actor_id(name: str | None, kind: str = "person") -> int | None:
        if name is None:
            return None
        if name not in actor_ids:  # referenced but not listed: still store it, never drop the fact
            actor_ids[name] = _actor_id(db, name, kind)
            db.execute(
                "INSERT OR IGNORE INTO aliases(actor_id, source_id, alias, folded) VALUES (?, ?, ?, ?)",
                [actor_ids[name], source_id, name, fold(name)],
            )
        return actor_ids[name]

    for ev in article.events:
        event_id = db.execute(
            "INSERT INTO events(source_id, sentence_id, kind, place_id, place, date, date_end, date_phrase,"
            " date_how, occasion, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [source_id, sentence_ids[ev.sentence], ev.kind, actor_id(ev.place, "place"), ev.place, ev.date,
             ev.date_end, ev.date_phrase, ev.date_how, ev.occasion, ev.confidence],
        ).lastrowid
        for p in ev.participants:
            db.execute(
                "INSERT OR IGNORE INTO event_participants(event_id, actor_id, role) VALUES (?, ?, ?)",
                [event_id, actor_id(p.actor), p.role],
            )
    for st in article.statements:
        statement_id = db.execute(
            "INSERT INTO statements(source_id, sentence_id, speaker_id, speaker_phrase, verb, content, confidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [source_id, sentence_ids[st.sentence], actor_id(st.speaker), st.speaker_phrase, st.verb, st.content,
             st.confidence],
        ).lastrowid
        for topic in dict.fromkeys(st.topics):
            db.execute("INSERT OR IGNORE INTO statement_topics(statement_id, topic) VALUES (?, ?)", [statement_id, topic])
    return source_id


def delete_source(db: sqlite_utils.Database, file: str, commit: bool = False) -> bool:
    """Drop one article's rows and any actor nothing refers to any more."""
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
    db.execute("DELETE FROM sentences WHERE source_id = ?", [source_id])
    db.execute("DELETE FROM sources WHERE id = ?", [source_id])
    db.execute(
        "DELETE FROM actors WHERE id NOT IN (SELECT actor_id FROM aliases)"
        " AND id NOT IN (SELECT actor_id FROM event_participants)"
        " AND id NOT IN (SELECT place_id FROM events WHERE place_id IS NOT NULL)"
        " AND id NOT IN (SELECT speaker_id FROM statements WHERE speaker_id IS NOT NULL)"
    )
    if commit:
        db.conn.commit()
    return True


def sources(db: sqlite_utils.Database) -> list[Source]:
    return [
        Source(file=r["file"], sha256=r["sha256"], title=r["title"], outlet=r["outlet"], date=r["date"], url=r["url"])
        for r in db.query("SELECT * FROM sources ORDER BY date, file")
    ]
