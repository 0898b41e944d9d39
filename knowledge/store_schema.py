"""The fact store's tables (SQLite): sources, sentences, actors and aliases, events, statements,
their full-text indexes, and the version a store file was built with. A file of another version
is rebuilt from the seeds (store.ensure_schema); the passage index has its own tables
(knowledge.passages)."""

from __future__ import annotations

SCHEMA_VERSION = 6
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL UNIQUE,
    sha256 TEXT NOT NULL,
    title TEXT, outlet TEXT, date TEXT, url TEXT,
    size INTEGER,
    mtime REAL,
    text_sha256 TEXT,
    loaded_at TEXT DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX IF NOT EXISTS sources_sha ON sources(sha256);
CREATE INDEX IF NOT EXISTS sources_text_sha ON sources(text_sha256);
-- Files the last load could not use, with the reason; lets `is_stale` stay cheap and true.
CREATE TABLE IF NOT EXISTS skipped (
    file TEXT PRIMARY KEY,
    size INTEGER,
    mtime REAL,
    reason TEXT NOT NULL
);
-- Loaded articles without a publication date: what they carry instead, and the fix (`load`, `facts`).
CREATE TABLE IF NOT EXISTS undated (
    file TEXT PRIMARY KEY,
    found TEXT NOT NULL,
    month_day TEXT,
    fix TEXT NOT NULL
);
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
-- Each sentence's parse as the loader saw it, so answering never loads spaCy (knowledge.sentence_parse).
CREATE TABLE IF NOT EXISTS sentence_parses (
    sentence_id INTEGER PRIMARY KEY REFERENCES sentences(id) ON DELETE CASCADE,
    parse TEXT NOT NULL
);
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
    text, content=[sentences], content_rowid='id', tokenize='{FTS_TOKENIZE}');
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5(
    content, content=[statements], content_rowid='id', tokenize='{FTS_TOKENIZE}');
CREATE TRIGGER IF NOT EXISTS sentences_ai AFTER INSERT ON sentences BEGIN
    INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text); END;
CREATE TRIGGER IF NOT EXISTS sentences_ad AFTER DELETE ON sentences BEGIN
    INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text); END;
CREATE TRIGGER IF NOT EXISTS statements_ai AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts(rowid, content) VALUES (new.id, new.content); END;
CREATE TRIGGER IF NOT EXISTS statements_ad AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts(statements_fts, rowid, content) VALUES ('delete', old.id, old.content); END;
"""
