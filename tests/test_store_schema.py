"""knowledge.store: writing and replacing articles, integrity, FTS with diacritics, safe MATCH."""

from __future__ import annotations

import sqlite3

import pytest

from knowledge import store
from knowledge.facts import Actor, Article, Event, Participant, Sentence, Source, Statement

TEXT = "Lê Văn Hùng met Ivan Petrov in Hà Nội on Monday.\nHe said Việt Nam values the partnership.\n"


def article(file="a.txt", text=TEXT, sha="1" * 64, extra_actor=None) -> Article:
    s0 = Sentence(0, 0, text.index("\n"), text[: text.index("\n")])
    s1_start = text.index("\n") + 1
    s1 = Sentence(1, s1_start, len(text) - 1, text[s1_start:-1])
    actors = [
        Actor("Lê Văn Hùng", "person", {"Le Van Hung", "Mr. Hung"}, {"Deputy Minister"}),
        Actor("Ivan Petrov", "person", {"Petrov"}),
        Actor("Hà Nội", "place", {"Hanoi"}),
    ]
    if extra_actor:
        actors.append(Actor(extra_actor, "person"))
    ev = Event("meeting", [Participant("Lê Văn Hùng", "host"), Participant("Ivan Petrov", "visitor")], 0,
               place="Hà Nội", date="2023-05-01", date_phrase="on Monday", date_how="weekday<=pub")
    st = Statement("Lê Văn Hùng", "say", "Việt Nam values the partnership", 1, ["partnership"], "He", 0.8)
    return Article(Source(file, sha, "T", "O", "2023-05-02"), text, [s0, s1], actors, [ev], st and [st])


@pytest.fixture
def db():
    conn = store.connect(":memory:")
    yield conn
    conn.close()


def table_counts(conn):
    return store.counts(conn) | {
        t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("aliases", "titles", "event_participants", "statement_topics", "sentences_fts", "statements_fts")
    }


def test_save_article_writes_every_fact_with_provenance(db):
    with db:
        sid = store.save_article(db, article(), size=len(TEXT), mtime=1.5, text_sha256="t")
    c = table_counts(db)
    assert c["sources"] == 1 and c["sentences"] == 2 and c["events"] == 1 and c["statements"] == 1
    assert c["actors"] == 3 and c["event_participants"] == 2 and c["statement_topics"] == 1
    assert c["sentences_fts"] == 2 and c["statements_fts"] == 1
    row = db.execute("SELECT file, sha256, size, mtime, text_sha256, date FROM sources WHERE id = ?", [sid]).fetchone()
    assert row == ("a.txt", "1" * 64, len(TEXT), 1.5, "t", "2023-05-02")
    for start, end, text in db.execute('SELECT start, "end", text FROM sentences'):
        assert TEXT[start:end] == text
    roles = dict(db.execute("SELECT a.name, p.role FROM event_participants p JOIN actors a ON a.id = p.actor_id"))
    assert roles == {"Lê Văn Hùng": "host", "Ivan Petrov": "visitor"}
    assert db.execute("SELECT place, date, date_phrase FROM events").fetchone() == ("Hà Nội", "2023-05-01", "on Monday")
    folded = {r[0] for r in db.execute("SELECT folded FROM aliases")}
    assert {"le van hung", "mr hung", "petrov", "hanoi", "ha noi"} <= folded
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_saving_again_replaces_the_old_version(db):
    with db:
        store.save_article(db, article(extra_actor="Old Person"))
    with db:
        store.save_article(db, article(sha="2" * 64))
    c = table_counts(db)
    assert c["sources"] == 1 and c["sentences"] == 2 and c["events"] == 1 and c["sentences_fts"] == 2
    assert db.execute("SELECT sha256 FROM sources").fetchone()[0] == "2" * 64
    assert db.execute("SELECT count(*) FROM actors WHERE name = 'Old Person'").fetchone()[0] == 0


def test_delete_keeps_actors_other_articles_use(db):
    with db:
        store.save_article(db, article("a.txt"))
        store.save_article(db, article("b.txt", extra_actor="Only In B"))
    with db:
        assert store.delete_source(db, "b.txt")
    assert not store.delete_source(db, "missing.txt")
    names = {r[0] for r in db.execute("SELECT name FROM actors")}
    assert names == {"Lê Văn Hùng", "Ivan Petrov", "Hà Nội"}
    assert table_counts(db)["sentences_fts"] == 2
    assert store.search_sentences(db, "Petrov") and all(r["file"] == "a.txt" for r in store.search_sentences(db, "Petrov"))


def test_actor_name_prefers_diacritics(db):
    plain = article("a.txt")
    plain.actors[0] = Actor("Le Van Hung", "person")
    plain.events[0].participants[0] = Participant("Le Van Hung", "host")
    plain.statements[0].speaker = "Le Van Hung"
    with db:
        store.save_article(db, plain)
        store.save_article(db, article("b.txt"))
    assert db.execute("SELECT name FROM actors WHERE key = 'le van hung'").fetchone()[0] == "Lê Văn Hùng"


@pytest.mark.parametrize(
    "bad",
    [
        lambda a: a.sentences.__setitem__(0, Sentence(0, 0, 5, "WRONG")),
        lambda a: a.sentences.__setitem__(1, Sentence(0, a.sentences[1].start, a.sentences[1].end, a.sentences[1].text)),
        lambda a: setattr(a.events[0], "sentence", 7),
        lambda a: setattr(a.statements[0], "sentence", -1),
    ],
)
def test_inconsistent_article_is_refused_before_writing(db, bad):
    with db:
        store.save_article(db, article("a.txt"))
    broken = article("a.txt", sha="9" * 64)
    bad(broken)
    with pytest.raises(ValueError):
        with db:
            store.save_article(db, broken)
    assert db.execute("SELECT sha256 FROM sources").fetchone()[0] == "1" * 64  # old version intact
    assert table_counts(db)["sentences"] == 2


def test_a_failed_transaction_leaves_nothing_behind(db):
    class Boom(Exception):
        pass

    with pytest.raises(Boom):
        with db:
            store.save_article(db, article("a.txt"))
            raise Boom
    assert all(v == 0 for v in table_counts(db).values())


@pytest.mark.parametrize(
    "query, hits",
    [
        ("Ha Noi", 1),
        ("HÀ NỘI", 1),
        ("ha noi", 1),
        ("Viet Nam", 1),
        ("Việt-Nam", 1),
        ("Le Van Hung", 1),
        ('"', 0),
        ('Petrov"', 1),
        ("Viet-Nga", 0),
        ("NEAR(", 0),
        ("Hùng AND OR NOT", 0),
        ("partnership*", 1),
        ("", 0),
        ("Moscow", 0),
    ],
)
def test_fts_folds_diacritics_and_quotes_user_text(db, query, hits):
    with db:
        store.save_article(db, article())
    assert len(store.search_sentences(db, query)) == hits


def test_fts_query_quotes_every_token():
    assert store.fts_query('Viet-Nga "x') == '"Viet" "Nga" "x"'
    assert store.fts_query("a b", any_token=True) == '"a" OR "b"'
    assert store.fts_query(" -- ") is None


def test_readonly_open_never_creates_and_rejects_non_stores(tmp_path):
    with pytest.raises(store.StoreError, match="no fact store"):
        store.open_db(tmp_path / "none.db", readonly=True)
    assert not (tmp_path / "none.db").exists()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(store.StoreError, match="not a vnru-bot fact store"):
        store.open_db(junk, readonly=True)
    with pytest.raises(store.StoreError, match="not a vnru-bot fact store"):
        store.open_db(junk)
    assert junk.read_bytes() == b"this is not sqlite" * 100  # never clobbered


def test_open_db_gives_sqlite_utils_and_old_schema_is_rebuilt(tmp_path):
    path = tmp_path / "s.db"
    conn = sqlite3.connect(path)
    conn.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);"
                       "INSERT INTO meta VALUES ('schema_version', '0'); CREATE TABLE sources (x);")
    conn.close()
    with pytest.raises(store.StoreError, match="schema 0"):
        store.open_db(path, readonly=True)
    db = store.open_db(path)
    assert db["sources"].exists() and "sha256" in db["sources"].columns_dict
    with db.conn:
        store.save_article(db, article())
    assert db["sentences"].count == 2
    assert len(list(db["sentences"].search("ha noi", quote=True))) == 1
    store.close(db)
    ro = store.open_db(path, readonly=True)
    assert ro["sources"].count == 1
    with pytest.raises(sqlite3.OperationalError):
        ro.execute("DELETE FROM sources")
