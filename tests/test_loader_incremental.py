"""knowledge.loader mechanics with a stand-in extractor: incremental loads, renames, duplicates,
bad files, staleness. (Loading the real seeds with real extraction: test_loader_seeds.py.)"""

from __future__ import annotations

import os
import sqlite3
import sys
import types

import pytest
from helpers import fake_extract

from knowledge import loader, store

REAL_EXTRACT = loader._extract  # the autouse fixture swaps in the stand-in


def art(title: str, who1: str = "Ivan Petrov", who2: str = "Lan Anh") -> str:
    return (f"{title}\n\n(TASS) - {who1} met {who2} in Moscow on Monday.\n\n"
            f"{who1} said the partnership is strong.\n\nIt was about {title.lower()}.\n")


@pytest.fixture(autouse=True)
def fake(monkeypatch):
    monkeypatch.setattr(loader, "_extract", fake_extract.fake_extract)


@pytest.fixture
def dirs(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    return seeds, tmp_path / "data" / "vnru.db"


def write(seeds, name, text, mtime=None):
    p = seeds / name
    p.write_bytes(text.encode() if isinstance(text, str) else text)
    if mtime is not None:
        os.utime(p, (mtime, mtime))
    return p


def rows(db_path, sql):
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def files(db_path):
    return sorted(r[0] for r in rows(db_path, "SELECT file FROM sources"))


def test_first_load_then_nothing_to_do(dirs):
    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks"))
    write(seeds, "b.txt", art("Energy talks", "Oleg Sokolov"))
    r = loader.load(seeds, db)
    assert (sorted(r.added), r.updated, r.removed, r.unchanged, r.skipped) == (["a.txt", "b.txt"], [], [], [], [])
    assert r.created and r.facts["sources"] == 2 and r.facts["events"] == 2 and r.facts["statements"] == 2
    assert not db.with_name("vnru.db.building").exists()
    assert not loader.is_stale(seeds, db)

    r2 = loader.load(seeds, db)
    assert (r2.added, r2.updated, r2.removed, sorted(r2.unchanged)) == ([], [], [], ["a.txt", "b.txt"])
    assert not r2.changed and not r2.created
    assert "0 added, 0 updated, 0 removed, 2 unchanged, 0 skipped" in r2.summary()


def test_unchanged_load_never_imports_the_extractor(dirs, monkeypatch):
    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks"))
    loader.load(seeds, db)

    def boom(*a, **k):
        raise AssertionError("extraction ran although nothing changed")

    monkeypatch.setattr(loader, "_extract", boom)
    os.utime(seeds / "a.txt", (1, 1))  # touched, same content: no extraction, mtime recorded
    assert loader.is_stale(seeds, db)
    r = loader.load(seeds, db)
    assert r.unchanged == ["a.txt"]
    assert not loader.is_stale(seeds, db)


def test_unchanged_load_in_a_fresh_interpreter_imports_no_heavy_module(dirs):
    import subprocess

    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks"))
    loader.load(seeds, db)
    code = (
        "import sys; from knowledge import loader; r = loader.load(sys.argv[1], sys.argv[2]);"
        "heavy = [m for m in ('spacy', 'sqlite_utils', 'knowledge.extract', 'rapidfuzz', 'telegram') if m in sys.modules];"
        "print(r.unchanged, heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(seeds), str(db)], capture_output=True, text=True,
                         cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))), check=True)
    assert out.stdout.strip() == "['a.txt'] []"


def test_changed_file_is_replaced_and_old_facts_are_gone(dirs):
    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks", "Ivan Petrov"))
    write(seeds, "b.txt", art("Energy talks", "Oleg Sokolov"))
    loader.load(seeds, db)
    write(seeds, "a.txt", art("Trade talks", "Boris Volkov"))
    r = loader.load(seeds, db)
    assert (r.updated, r.unchanged) == (["a.txt"], ["b.txt"])
    names = {n for (n,) in rows(db, "SELECT name FROM actors")}
    assert "Boris Volkov" in names and "Ivan Petrov" not in names
    texts = [t for (t,) in rows(db, "SELECT text FROM sentences")]
    assert not any("Ivan Petrov" in t for t in texts)
    assert rows(db, "SELECT count(*) FROM sentences_fts WHERE sentences_fts MATCH 'Petrov'") == [(0,)]
    assert rows(db, "SELECT count(*) FROM events")[0][0] == 2


def test_removed_file_is_dropped(dirs):
    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks"))
    write(seeds, "b.txt", art("Energy talks", "Oleg Sokolov"))
    loader.load(seeds, db)
    (seeds / "b.txt").unlink()
    assert loader.is_stale(seeds, db)
    r = loader.load(seeds, db)
    assert r.removed == ["b.txt"] and files(db) == ["a.txt"]
    assert rows(db, "SELECT count(*) FROM actors WHERE name = 'Oleg Sokolov'") == [(0,)]
    assert rows(db, "PRAGMA foreign_key_check") == []


def test_rename_keeps_facts_without_extracting(dirs, monkeypatch):
    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks"))
    loader.load(seeds, db)
    ids_before = rows(db, "SELECT id FROM sentences")
    (seeds / "a.txt").rename(seeds / "z.txt")
    monkeypatch.setattr(loader, "_extract", lambda *a, **k: iter(()))
    r = loader.load(seeds, db)
    assert r.renamed == [("a.txt", "z.txt")] and not r.added and not r.removed
    assert files(db) == ["z.txt"] and rows(db, "SELECT id FROM sentences") == ids_before
    assert not loader.is_stale(seeds, db)


@pytest.mark.parametrize("variant", ["copy", "blank lines", "crlf+bom", "front matter"])
def test_same_article_under_another_name_is_skipped(dirs, variant):
    seeds, db = dirs
    text = art("Trade talks")
    write(seeds, "a.txt", text)
    copy = {
        "copy": text.encode(),
        "blank lines": text.replace("\n\n", "\n\n\n", 1).encode(),
        "crlf+bom": b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode(),
        "front matter": ("---\noutlet: TASS\n---\n" + text).encode(),
    }[variant]
    write(seeds, "b.txt", copy)
    r = loader.load(seeds, db)
    assert r.added == ["a.txt"] and [f for f, _ in r.skipped] == ["b.txt"]
    assert "same article as a.txt" in r.skipped[0][1]
    # the one loaded earlier keeps winning, whatever the names' order: a renamed file first
    (seeds / "a.txt").rename(seeds / "c.txt")
    write(seeds, "0.txt", copy)
    heir = "0.txt" if variant == "copy" else "c.txt"  # among identical heirs the first name wins
    r = loader.load(seeds, db)
    assert r.renamed == [("a.txt", heir)] and not r.added
    assert sorted(f for f, _ in r.skipped) == sorted({"0.txt", "b.txt", "c.txt"} - {heir})
    assert all(f"same article as {heir}" in reason for _, reason in r.skipped)
    assert files(db) == [heir]
    assert not loader.is_stale(seeds, db)


def test_a_loaded_file_that_becomes_a_copy_of_another_is_dropped(dirs):
    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks"))
    write(seeds, "b.txt", art("Energy talks", "Oleg Sokolov"))
    loader.load(seeds, db)
    write(seeds, "b.txt", art("Trade talks"))
    r = loader.load(seeds, db)
    assert r.skipped == [("b.txt", "same article as a.txt (identical file); remove one of the two files")]
    assert files(db) == ["a.txt"]


BAD = {
    "empty.txt": b"",
    "blank.txt": b"  \n\n\t \n",
    "image.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "latin1.txt": "Le ministre a déclaré.".encode("latin-1"),
    "big.txt": b"word " * 2000,
    "keys.txt": b"---\ntitle: X\nauthor: Somebody\n---\nText of the article.\n",
    "open.txt": b"---\ntitle: X\nText of the article.\n",
    "date.txt": b"---\ndate: June 5\n---\nText of the article.\n",
}


def test_every_bad_file_is_skipped_with_a_reason_and_the_rest_loads(dirs):
    seeds, db = dirs
    write(seeds, "good.txt", art("Trade talks"))
    for name, data in BAD.items():
        write(seeds, name, data)
    write(seeds, "notes.pdf", b"%PDF")
    write(seeds, ".hidden.txt", b"")
    write(seeds, "good.txt~", b"")
    write(seeds, "#good.txt#", b"")
    (seeds / "sub.txt").mkdir()
    r = loader.load(seeds, db, max_bytes=4096)
    assert r.added == ["good.txt"] and files(db) == ["good.txt"]
    reasons = dict(r.skipped)
    assert sorted(reasons) == sorted(BAD)
    expected = {
        "empty.txt": "empty", "blank.txt": "only whitespace", "image.txt": "binary", "latin1.txt": "not UTF-8",
        "big.txt": "over the 4 KiB limit", "keys.txt": "unknown front-matter key 'author'",
        "open.txt": "not closed", "date.txt": "not a valid YYYY-MM-DD date",
    }
    for name, words in expected.items():
        assert words in reasons[name], (name, reasons[name])
    assert r.ignored == ["notes.pdf"]
    # skipped files are remembered: nothing is stale until one of them changes
    assert not loader.is_stale(seeds, db)
    assert loader.load(seeds, db, max_bytes=4096).skipped == r.skipped
    write(seeds, "empty.txt", art("Fixed at last"))
    assert loader.is_stale(seeds, db)
    r = loader.load(seeds, db, max_bytes=4096)
    assert r.added == ["empty.txt"] and "empty.txt" not in dict(r.skipped)


def test_a_loaded_file_that_turns_bad_keeps_its_facts(dirs):
    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks"))
    loader.load(seeds, db)
    write(seeds, "a.txt", b"")
    r = loader.load(seeds, db)
    assert r.skipped == [("a.txt", "the file is empty; the version loaded earlier is kept")]
    assert files(db) == ["a.txt"] and rows(db, "SELECT count(*) FROM sentences")[0][0] == 3
    assert not loader.is_stale(seeds, db)


def test_extraction_failure_costs_only_that_article(dirs, monkeypatch):
    seeds, db = dirs
    for i in range(6):
        write(seeds, f"{i}.txt", art(f"Topic number {i}", f"Person {'ABCDEF'[i]}ov"))
    write(seeds, "3.txt", art("Poison pill"))
    fake = types.ModuleType("knowledge.extract")

    def extract_article(seed, nlp=None):
        if "Poison" in seed.text:
            raise RuntimeError("cannot parse this")
        return fake_extract.extract_article(seed)

    def extract_articles(seeds_, nlp=None, batch_size=16):
        for s in seeds_:
            yield extract_article(s)

    fake.extract_article, fake.extract_articles = extract_article, extract_articles
    import knowledge

    monkeypatch.setitem(sys.modules, "knowledge.extract", fake)
    monkeypatch.setattr(knowledge, "extract", fake, raising=False)
    monkeypatch.setattr(loader, "_extract", REAL_EXTRACT)
    seen = []
    r = loader.load(seeds, db, nlp=object(), progress=lambda done, total, name: seen.append((done, total, name)))
    assert r.skipped == [("3.txt", "extraction failed (RuntimeError: cannot parse this)")]
    assert sorted(r.added) == ["0.txt", "1.txt", "2.txt", "4.txt", "5.txt"]
    assert [d for d, _, _ in seen] == [0, 1, 2, 3, 4, 5, 6] and {t for _, t, _ in seen} == {6}


def test_store_that_is_not_a_store_is_never_overwritten(dirs):
    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks"))
    db.parent.mkdir(parents=True)
    db.write_bytes(b"precious data, not sqlite" * 50)
    with pytest.raises(store.StoreError):
        loader.load(seeds, db)
    assert db.read_bytes() == b"precious data, not sqlite" * 50
    assert loader.is_stale(seeds, db)


def test_missing_seeds_folder(tmp_path):
    with pytest.raises(loader.LoaderError, match="no seeds folder"):
        loader.load(tmp_path / "nope", tmp_path / "x.db")


def test_default_paths(monkeypatch, tmp_path):
    from knowledge.paths import default_paths

    monkeypatch.delenv("VNRU_SEEDS", raising=False)
    monkeypatch.delenv("VNRU_DB", raising=False)
    assert tuple(map(str, default_paths())) == ("seeds", "data/vnru.db")
    monkeypatch.setenv("VNRU_SEEDS", str(tmp_path / "s"))
    monkeypatch.setenv("VNRU_DB", str(tmp_path / "d.db"))
    assert default_paths() == (tmp_path / "s", tmp_path / "d.db")


def test_ensure_store_loads_only_when_stale(dirs):
    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks"))
    assert loader.ensure_store(seeds, db).added == ["a.txt"]
    assert loader.ensure_store(seeds, db) is None
    write(seeds, "b.txt", art("Energy talks", "Oleg Sokolov"))
    assert loader.ensure_store(seeds, db).added == ["b.txt"]


def test_one_load_at_a_time(dirs):
    seeds, db = dirs
    write(seeds, "a.txt", art("Trade talks"))
    db.parent.mkdir(parents=True)
    with loader._Lock(db, timeout=1):
        with pytest.raises(loader.LoaderError, match="another load is updating"):
            loader.load(seeds, db, lock_timeout=0.2)
    assert loader.load(seeds, db).added == ["a.txt"]


def test_progress_reports_every_extracted_file(dirs):
    seeds, db = dirs
    for i in range(3):
        write(seeds, f"{i}.txt", art(f"Topic {i}", f"Person {'ABC'[i]}ov"))
    loader.load(seeds, db)
    write(seeds, "1.txt", art("Changed topic", "Other Person"))
    calls = []
    loader.load(seeds, db, progress=lambda *a: calls.append(a))
    assert calls == [(0, 1, ""), (1, 1, "1.txt")]
    calls.clear()
    loader.load(seeds, db, progress=lambda *a: calls.append(a))
    assert calls == []  # nothing to extract, nothing to report
