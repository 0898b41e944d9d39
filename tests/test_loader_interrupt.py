"""An interrupted load (SIGKILL mid-way, in a subprocess) leaves a consistent store that the next
load completes; a first build that is killed is never seen at the final path and is resumed."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from knowledge import loader
from knowledge.seedfile import read_seed

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from generate import write_articles  # noqa: E402

CHILD = textwrap.dedent(
    """
    import sys, time
    sys.path[:0] = [{root!r}, {tests!r}]
    from knowledge import loader, store
    mode, seeds, db = sys.argv[1:4]
    if mode == "fake":
        from helpers import fake_extract
        loader._extract = fake_extract.fake_extract
        real_save = store.save_article
        def slow_save(*a, **k):  # stay inside the open transaction for a while: the kill lands here
            sid = real_save(*a, **k)
            time.sleep(0.05)
            return sid
        store.save_article = slow_save
    def progress(done, total, name):
        print(done, total, name, flush=True)
    r = loader.load(seeds, db, progress=progress, batch_size=4)
    print("finished", flush=True)
    """
)


MODES = ["fake", "real"]  # the stand-in extractor, and spaCy (a required dependency: missing is a failure)


def run_and_kill(mode: str, seeds: Path, db: Path, kill_after: int) -> int:
    """Start a load, SIGKILL it once `kill_after` articles are committed; returns how many were reported."""
    script = CHILD.format(root=str(ROOT), tests=str(ROOT / "tests"))
    proc = subprocess.Popen([sys.executable, "-c", script, mode, str(seeds), str(db)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, cwd=ROOT)
    done = 0
    deadline = time.monotonic() + 300
    try:
        for line in proc.stdout:
            if line.startswith("finished"):
                pytest.fail("the load finished before it could be killed")
            done = int(line.split()[0]) if line.strip() else 0
            if done >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                break
            assert time.monotonic() < deadline
        else:
            pytest.fail(f"child ended early: {proc.stderr.read()}")
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()
        proc.stderr.close()
    assert proc.returncode == -signal.SIGKILL
    return done


def check_consistent(db: Path, seeds: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO sentences_fts(sentences_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO statements_fts(statements_fts) VALUES ('integrity-check')")
        files = set()
        for source_id, file in conn.execute("SELECT id, file FROM sources"):
            files.add(file)
            text = read_seed(seeds / file).text
            sentences = conn.execute('SELECT start, "end", text FROM sentences WHERE source_id = ?', [source_id]).fetchall()
            assert sentences, f"{file} has no sentences"
            assert all(text[s:e] == t for s, e, t in sentences)
        orphans = conn.execute(
            "SELECT count(*) FROM sentences WHERE source_id NOT IN (SELECT id FROM sources)"
            " UNION ALL SELECT count(*) FROM events WHERE sentence_id NOT IN (SELECT id FROM sentences)"
            " UNION ALL SELECT count(*) FROM statements WHERE sentence_id NOT IN (SELECT id FROM sentences)"
            " UNION ALL SELECT count(*) FROM event_participants WHERE event_id NOT IN (SELECT id FROM events)"
            " UNION ALL SELECT count(*) FROM event_participants WHERE actor_id NOT IN (SELECT id FROM actors)"
            " UNION ALL SELECT count(*) FROM statements WHERE speaker_id NOT IN (SELECT id FROM actors)"
            " UNION ALL SELECT count(*) FROM aliases WHERE source_id NOT IN (SELECT id FROM sources)"
        ).fetchall()
        assert orphans == [(0,)] * 7
        return files
    finally:
        conn.close()


@pytest.mark.parametrize("mode", MODES)
def test_killed_update_leaves_a_consistent_store_that_the_next_load_completes(tmp_path, mode, monkeypatch):
    seeds, db = tmp_path / "seeds", tmp_path / "vnru.db"
    paths = write_articles(43, seeds, seed=11)
    first = paths[:3]
    for p in paths[3:]:
        p.rename(p.with_suffix(".later"))  # not a seed file yet
    if mode == "fake":
        from helpers import fake_extract

        monkeypatch.setattr(loader, "_extract", fake_extract.fake_extract)
    assert len(loader.load(seeds, db).added) == 3
    for p in paths[3:]:
        p.with_suffix(".later").rename(p)

    done = run_and_kill(mode, seeds, db, kill_after=12)
    loaded = check_consistent(db, seeds)
    assert {p.name for p in first} <= loaded
    assert 3 + done <= len(loaded) < 43  # everything committed before the kill is still there

    report = loader.load(seeds, db)
    assert not report.skipped and not report.removed
    assert len(report.added) == 43 - len(loaded) and len(report.unchanged) == len(loaded)
    assert check_consistent(db, seeds) == {p.name for p in paths}
    assert report.facts["sources"] == 43
    assert not loader.is_stale(seeds, db)


def test_killed_first_build_is_invisible_then_resumed(tmp_path, monkeypatch):
    seeds, db = tmp_path / "seeds", tmp_path / "data" / "vnru.db"
    paths = write_articles(40, seeds, seed=12)
    done = run_and_kill("fake", seeds, db, kill_after=10)
    assert not db.exists()  # a reader never sees a half-built store
    building = db.with_name("vnru.db.building")
    assert building.exists()
    assert loader.is_stale(seeds, db)
    resumed = check_consistent(building, seeds)
    assert len(resumed) >= done

    from helpers import fake_extract

    monkeypatch.setattr(loader, "_extract", fake_extract.fake_extract)
    report = loader.load(seeds, db)
    assert report.created and len(report.unchanged) == len(resumed)  # already-loaded work is kept
    assert len(report.added) == 40 - len(resumed)
    assert check_consistent(db, seeds) == {p.name for p in paths}
    assert not building.exists() and not Path(f"{building}-wal").exists()
