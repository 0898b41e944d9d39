"""Blind evaluation in the brief's format (../shared/blind-eval-brief.md): the engine beside plain
FTS5 BM25 top-1 and BM25 top-1 restricted to the articles naming the question's entities, in one run.

Usage:  uv run python bench/blind_eval.py bench/eval5 [--fails]
A set folder holds articles/*.txt and questions.json ([{question, kind, lang, file, gold,
answer_terms, expect_decline}]). The store holds the seeds plus the set's articles.

Right (engine): every answer term in the reply and a gold sentence quoted; a question to decline
is right when the reply answers nothing and quotes nothing. Right (baselines): the top-1 sentence
is a gold sentence (so its terms are there); a baseline declines only when it finds nothing.
Always exits 0; prints a table per kind and language.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sqlite3
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge import loader  # noqa: E402
from knowledge.answer import Engine  # noqa: E402
from knowledge.names import fold  # noqa: E402
from knowledge.answer.intent import STOP  # noqa: E402

_QWORDS = set("who whom whose when where why how what which did does do was were is are".split())


def norm(s: str) -> str:
    return " ".join(fold(s).split())


def has_term(text: str, alts: str) -> bool:
    t = norm(text)
    return any(norm(a) and norm(a) in t for a in alts.split("|"))


def same_sentence(quote: str, gold: str) -> bool:
    q, g = norm(quote), norm(gold)
    return bool(q) and (g in q or (len(q) > 40 and q in g))


def bm25_top1(conn: sqlite3.Connection, question: str, restrict: bool) -> str | None:
    words = [w for w in re.findall(r"\w+", fold(question)) if w not in STOP and w not in _QWORDS and len(w) > 1]
    if not words:
        return None
    match = " OR ".join(f'"{w}"' for w in words)
    sql = ("SELECT s.text FROM passages_fts f JOIN sentences s ON s.id = f.rowid WHERE passages_fts MATCH ?")
    params: list = ["text : (" + match + ")"]
    if restrict:
        caps = [fold(w) for w in re.findall(r"\w+", question)[1:] if w[:1].isupper()]
        srcs = [sid for sid, in conn.execute("SELECT id FROM sources")
                if all(re.search(r"\b" + re.escape(c) + r"\b", fold(" ".join(
                    t for (t,) in conn.execute("SELECT text FROM sentences WHERE source_id = ?", [sid])))) for c in caps)]
        if not srcs:
            return None
        sql += f" AND s.source_id IN ({','.join(map(str, srcs))})"
    row = conn.execute(sql + " ORDER BY bm25(passages_fts, 1.0, 0.0) LIMIT 1", params).fetchone()
    return row[0] if row else None


def judge_engine(eng: Engine, q: dict, files: dict[str, str]) -> tuple[bool, str]:
    try:
        a = eng.ask(q["question"])
    except Exception as e:  # a crash is a failure, never an abort
        return False, f"<exception {type(e).__name__}: {e}>"
    for c in a.citations:
        if c.quote not in files.get(c.source, ""):
            return False, "NOT VERBATIM: " + a.text
    if q.get("expect_decline"):
        return (not a.answered and not a.citations), a.text
    quoted = any(same_sentence(c.quote, g) for c in a.citations for g in q["gold"])
    terms = all(has_term(a.text, t) for t in q["answer_terms"])
    return (a.answered and quoted and terms), a.text


def judge_baseline(top: str | None, q: dict) -> bool:
    if q.get("expect_decline"):
        return top is None
    return top is not None and any(same_sentence(top, g) for g in q["gold"])


def set_store(set_dir: Path, prefix: str = "blind_") -> tuple[Path, Path]:
    """A fresh store of the seed articles and the set's articles: (store file, seeds folder)."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    seeds = tmp / "seeds"
    seeds.mkdir()
    for f in [*sorted((ROOT / "seeds").glob("*.txt")), *sorted((set_dir / "articles").glob("*.txt"))]:
        shutil.copy(f, seeds)
    db = tmp / "store.db"
    loader.load(seeds, db)
    return db, seeds


def article_files(seeds: Path) -> dict[str, str]:
    """A set store's articles by file name: what judge_engine checks every quote against."""
    return {p.name: p.read_text(encoding="utf-8-sig") for p in seeds.glob("*.txt")}


@contextmanager
def opened_set(set_dir: Path, prefix: str) -> Iterator[tuple[Engine, dict[str, str]]]:
    """The engine over a fresh store of a set, with its articles by file name; the store's temporary
    folder goes when the block ends, so runs over every set leave nothing behind in /tmp."""
    db, seeds = set_store(set_dir, prefix)
    eng = Engine.open(db, seeds)
    try:
        yield eng, article_files(seeds)
    finally:
        eng.close()
        shutil.rmtree(db.parent, ignore_errors=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("set", help="folder with articles/ and questions.json")
    ap.add_argument("--fails", action="store_true", help="print each question the engine got wrong")
    args = ap.parse_args()
    here = Path(args.set)
    db, seeds = set_store(here)
    eng = Engine.open(db, seeds)
    conn = sqlite3.connect(db)
    files = article_files(seeds)
    qs = json.loads((here / "questions.json").read_text(encoding="utf-8"))
    table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    fails = []
    for q in qs:
        ok, text = judge_engine(eng, q, files)
        plain = judge_baseline(bm25_top1(conn, q["question"], False), q)
        narrow = judge_baseline(bm25_top1(conn, q["question"], True), q)
        group = "decline" if q.get("expect_decline") else "answer"
        for key in (("kind", q["kind"]), ("lang", q["lang"]), ("group", group), ("all", "ALL")):
            row = table[key]
            row[0] += ok
            row[1] += plain
            row[2] += narrow
            row[3] += 1
        if not ok:
            fails.append((q, text))
    print(f"blind set {here.name}: {len(qs)} questions, {len(list((here / 'articles').glob('*.txt')))} articles")
    print(f"{'':6}{'':14}{'engine':>8}{'bm25':>8}{'bm25+ent':>10}{'n':>5}")
    for (g, k), (e, p, r, n) in sorted(table.items(), key=lambda kv: (kv[0][0] != "all", kv[0])):
        print(f"{g:<6}{k:<14}{e / n:>8.0%}{p / n:>8.0%}{r / n:>10.0%}{n:>5}")
    if args.fails:
        for q, text in fails:
            print(f"\nFAIL [{q['kind']}/{q['lang']}] {q['question']}\n  want: {q['answer_terms']} in "
                  f"{q.get('file')}\n  got:  " + text.replace("\n", "\n        ")[:700])


if __name__ == "__main__":
    main()
