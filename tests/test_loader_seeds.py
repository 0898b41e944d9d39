"""Loading the real seed files (and the hand-written test articles) with the real extractor."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from knowledge import loader
from knowledge.seedfile import read_seed

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ARTICLES = ROOT / "tests" / "articles"


@pytest.fixture(scope="module")
def loaded(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("seeds")
    seeds = tmp / "seeds"
    shutil.copytree(SEEDS, seeds)
    for p in sorted(ARTICLES.glob("*.txt")):
        shutil.copy(p, seeds / p.name)
    db = tmp / "vnru.db"
    report = loader.load(seeds, db)
    return seeds, db, report


def test_every_file_loads(loaded):
    seeds, db, report = loaded
    names = sorted(p.name for p in seeds.glob("*.txt"))
    assert sorted(report.added) == names and not report.skipped
    assert report.facts["sources"] == len(names)
    assert report.facts["events"] > 0 and report.facts["statements"] > 0


def test_sources_carry_metadata_from_front_matter_and_text(loaded):
    _, db, _ = loaded
    conn = sqlite3.connect(db)
    rows = {r[0]: r[1:] for r in conn.execute("SELECT file, title, outlet, date, url, sha256 FROM sources")}
    assert rows["000_660d5ccee3f9ddf8.txt"][:4] == (
        "Party General Secretary Nguyen Phu Trong holds talks with Russian President Vladimir Putin",
        "VOV World", "2024-06-20", None)
    assert rows["003_ba13613c7541d8ad.txt"][:4] == (None, "Viet Nam News", "2022-07-06", None)


def test_sentences_are_verbatim_at_their_offsets(loaded):
    seeds, db, _ = loaded
    conn = sqlite3.connect(db)
    for source_id, file in conn.execute("SELECT id, file FROM sources"):
        text = read_seed(seeds / file).text
        raw = (seeds / file).read_text(encoding="utf-8")
        rows = conn.execute('SELECT position, start, "end", text FROM sentences WHERE source_id = ? ORDER BY position',
                            [source_id]).fetchall()
        assert [r[0] for r in rows] == list(range(len(rows)))
        for _, start, end, sentence in rows:
            assert text[start:end] == sentence and sentence in raw
        assert all(a[2] <= b[1] for a, b in zip(rows, rows[1:]))  # in order, never overlapping
    # the debris of seed 000 is not in any sentence; the front matter is not either
    texts = [t for (t,) in conn.execute("SELECT text FROM sentences")]
    assert not any("ảnh 1" in t or "Related News" in t or t.startswith("title:") for t in texts)
    quotes = [q for (q,) in conn.execute("SELECT content FROM statements")]
    full = "\n".join(read_seed(p).text for p in seeds.glob("*.txt"))
    assert all(q in full for q in quotes)


def test_reloading_unchanged_seeds_does_nothing(loaded):
    seeds, db, first = loaded
    again = loader.load(seeds, db)
    assert not again.changed and sorted(again.unchanged) == sorted(first.added)
    assert again.facts == first.facts
