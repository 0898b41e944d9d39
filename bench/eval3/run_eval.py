"""Blind evaluation EVAL-3: seeds + five unseen articles, 50 unseen questions.

Run from the repo root:  uv run python bench/eval3/run_eval.py [--repo DIR]
--repo points at a checkout whose `knowledge` package is evaluated (default: this repo), e.g. a
`git archive HEAD` export, so that uncommitted work in the shared tree does not leak in.
Matching is on folded text (lowercase, no diacritics, đ→d, commas dropped); "a | b" means either.
must_contain is checked on the reply text plus the cited quotes (what the user reads).
Always exits 0.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def fold(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.lower().replace(",", " ").replace("’", "'")
    return " ".join(s.split())


def alternatives(spec: str) -> list[str]:
    return [fold(a) for a in spec.split("|") if a.strip()]


def check(item: dict, ans, files: dict[str, str]) -> list[str]:
    problems = []
    cits = list(ans.citations or [])
    for c in cits:
        src = Path(c.source).name
        if src not in files:
            problems.append(f"citation of unknown file {c.source!r}")
        elif c.quote not in files[src]:
            problems.append(f"quote not verbatim in {src}: {c.quote[:80]!r}")
    if item.get("expect_decline"):
        if ans.answered:
            problems.append("answered, should decline")
        if cits:
            problems.append(f"declined but cites {len(cits)} quote(s)")
        return problems
    if not ans.answered:
        return problems + ["declined, should answer"]
    seen = fold(" ".join([ans.text or ""] + [c.quote or "" for c in cits]))
    for spec in item.get("must_contain", []):
        if not any(a in seen for a in alternatives(spec)):
            problems.append(f"missing {spec!r}")
    for spec in item.get("must_not_contain", []):
        for a in alternatives(spec):
            if a in seen:
                problems.append(f"contains forbidden {a!r}")
    want = item.get("must_cite")
    if want and not any(Path(c.source).name == want for c in cits):
        problems.append(f"does not cite {want} (cites {sorted({Path(c.source).name for c in cits})})")
    return problems


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repo", default=str(ROOT), help="checkout whose knowledge/ is evaluated")
    ap.add_argument("--keep", help="copy the built store here (for `vnru-bot facts`)")
    args = ap.parse_args()
    sys.path.insert(0, str(Path(args.repo).resolve()))
    from knowledge.loader import load  # noqa: E402
    from knowledge.answer import Engine  # noqa: E402
    import knowledge  # noqa: E402
    print(f"knowledge package: {Path(knowledge.__file__).parent}")

    items = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="eval3_") as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for f in sorted((ROOT / "seeds").glob("*.txt")) + sorted((HERE / "articles").glob("*.txt")):
            shutil.copy(f, seeds / f.name)
        files = {f.name: f.read_text(encoding="utf-8") for f in seeds.glob("*.txt")}
        db = Path(tmp) / "eval3.db"
        try:
            load(seeds, db)
        except Exception as e:  # report, never crash the evaluation
            print(f"LOAD FAILED: {type(e).__name__}: {e}")
            return 0
        if args.keep:
            shutil.copy(db, args.keep)
        engine = Engine.open(db)
        by_kind, by_lang, failures = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0]), []
        bad_quotes = 0
        for i, item in enumerate(items, 1):
            try:
                ans = engine.ask(item["question"])
                problems = check(item, ans, files)
                text = ans.text
            except Exception as e:
                problems, text = [f"crash {type(e).__name__}: {e}"], ""
            bad_quotes += sum("not verbatim" in p for p in problems)
            kind = "decline" if item.get("expect_decline") else item["kind"]
            for table, key in ((by_kind, kind), (by_lang, item["lang"])):
                table[key][1] += 1
                table[key][0] += not problems
            if problems:
                failures.append((i, item, problems, text))

    total = sum(v[1] for v in by_kind.values())
    ok = sum(v[0] for v in by_kind.values())
    for title, table in (("kind", by_kind), ("lang", by_lang)):
        print(f"\n{title:<14}{'ok':>4}{'n':>4}{'acc':>7}")
        for k in sorted(table):
            a, n = table[k]
            print(f"{k:<14}{a:>4}{n:>4}{a / n:>7.0%}")
    print(f"\nTOTAL {ok}/{total} = {ok / total:.0%}   non-verbatim quotes: {bad_quotes}")
    for i, item, problems, text in failures:
        print(f"\n--- FAIL #{i} [{item['lang']}/{item['kind']}] {item['question']}")
        print("    " + "; ".join(problems))
        print("    answer: " + (text or "").replace("\n", "\n            "))
    return 0


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # always exit 0, as the brief asks
        print(f"EVAL ERROR: {type(e).__name__}: {e}")
    sys.exit(0)
