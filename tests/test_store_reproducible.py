"""A store rebuilt from the same seeds holds the same rows whatever the process's hash seed: the
loader meets spellings that fold alike ("Đà Nẵng", "Da Nang") and aliases of one actor in sets, and
set order changes with PYTHONHASHSEED — which spelling is kept and which alias gets which id must not."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

ARTICLES = {
    "a_danang.txt": """\
        Deputy Prime Minister Trần Hồng Hà receives Russian delegation in Đà Nẵng

        DA NANG, April 3, 2025 (VNA) - Deputy Prime Minister Trần Hồng Hà on Thursday received Russian
        Deputy Prime Minister Dmitry Chernyshenko in Đà Nẵng city.

        Tran Hong Ha said Vietnam valued the visit. Mr. Hà thanked Mr. Chernyshenko for Russia's support
        in training engineers in Da Nang.

        Chernyshenko said Russia was ready to open a tourism office in Da Nang. Deputy PM Dmitry
        Chernyshenko also met Nguyễn Văn Quảng, Secretary of the Đà Nẵng Party Committee.

        Mr. Quang said the city hoped for more direct flights from Novosibirsk.
        """,
    "b_hue.txt": """\
        Russian governor visits Huế

        HUE, May 12, 2025 (VNA) - Governor Andrei Travnikov of Novosibirsk region arrived in Huế on
        Monday for a three-day working visit to Hue.

        Governor Travnikov met Nguyễn Văn Phương, Chairman of the Huế People's Committee. Nguyen Van Phuong
        said Hue wished to learn from Novosibirsk. Mr. Phương and Mr. Travnikov signed a memorandum on
        student exchanges.

        Andrei Travnikov said the region would send a trade mission to Huế in the autumn.
        """,
}

CHILD = textwrap.dedent("""
    import sqlite3, sys
    sys.path.insert(0, {root!r})
    from knowledge import loader
    loader.load(sys.argv[1], sys.argv[2])
    db = sqlite3.connect(sys.argv[2])
    for (t,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        cur = db.execute(f'SELECT * FROM "{{t}}"')
        cols = [d[0] for d in cur.description]
        rows = [tuple("*" if c in ("loaded_at", "mtime") else v for c, v in zip(cols, r)) for r in cur]
        rows = [r for r in rows if not (t == "meta" and r[0] == "seeds_dir")]
        print(t, cols)
        for r in sorted(rows, key=repr):
            print(repr(r))
""")


def _build_and_dump(seeds: Path, db: Path, hash_seed: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed}
    out = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT)), str(seeds), str(db)], env=env,
                         cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    return out.stdout


def test_store_is_the_same_under_every_hash_seed(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(textwrap.dedent(text), encoding="utf-8")
    dumps = {h: _build_and_dump(seeds, tmp_path / f"store_{h}.db", h) for h in ("1", "2", "3")}
    assert "Chernyshenko" in dumps["1"] and "aliases" in dumps["1"]
    assert dumps["1"] == dumps["2"] == dumps["3"]
