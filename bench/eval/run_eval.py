"""Blind evaluation of the answer engine on articles and questions its authors never saw.

Run: `uv run python bench/eval/run_eval.py [--keep DIR] [-v]`

Copies seeds/*.txt and bench/eval/articles/*.txt into a temporary seeds folder, loads them with
knowledge.loader.load, asks every question of bench/eval/questions.json (each on its own, no
context) and prints the accuracy per question kind and every failure with the reply text.
An evaluation, not a test: it always exits 0.

A question passes when
- answerable: the engine answers, its folded text contains every `must_contain` item (an item
  that is a list means "any of these"), none of `must_not_contain`, and a citation is from
  `must_cite`;
- `expect_decline`: the engine declines (answered == false), or, for a yes/no question, answers
  with a headline starting "No" and cites nothing that `must_not_contain` names.
Folding: lowercase, diacritics stripped, đ -> d, so "Tran Hong Ha" matches "Trần Hồng Hà".
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
# --code DIR evaluates another copy of knowledge/ (e.g. `git archive HEAD knowledge | tar -x -C DIR`)
# instead of the working tree, which others may be editing mid-run.
_code = sys.argv[sys.argv.index("--code") + 1] if "--code" in sys.argv[:-1] else str(ROOT)
sys.path.insert(0, _code)

from knowledge.answer import Engine  # noqa: E402
from knowledge.loader import load  # noqa: E402

YES_NO_STARTS = ("did ", "was ", "were ", "is ", "has ", "have ")


def fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def check(item: dict, ans) -> tuple[bool, str]:
    """(passed, why it failed)."""
    text = fold(ans.text)
    bad = [s for s in item.get("must_not_contain", []) if fold(s) in text]
    if item.get("expect_decline"):
        if not ans.answered:
            return (not bad, f"declined but mentions {bad}" if bad else "")
        yes_no = fold(item["question"]).startswith(YES_NO_STARTS)
        if yes_no and fold(ans.headline).lstrip().startswith("no") and not bad:
            return True, ""
        return False, "answered a question that should be declined"
    if not ans.answered:
        return False, "declined"
    missing = []
    for want in item.get("must_contain", []):
        alts = want if isinstance(want, list) else [want]
        if not any(fold(a) in text for a in alts):
            missing.append(" | ".join(alts))
    why = []
    if missing:
        why.append(f"missing {missing}")
    if bad:
        why.append(f"should not mention {bad}")
    cite = item.get("must_cite")
    if cite and cite not in {c.source for c in ans.citations}:
        why.append(f"no citation from {cite} (cites {sorted({c.source for c in ans.citations}) or 'nothing'})")
    return not why, "; ".join(why)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--questions", default=str(HERE / "questions.json"))
    ap.add_argument("--keep", help="build the seeds folder and store here and keep them (for `vnru-bot facts`)")
    ap.add_argument("--code", help="folder holding the knowledge/ package to evaluate (default: this working tree)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print every reply, not only failures")
    args = ap.parse_args()

    items = json.loads(Path(args.questions).read_text(encoding="utf-8"))
    work = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="vnru-eval-"))
    seeds = work / "seeds"
    if seeds.exists():
        shutil.rmtree(seeds)
    seeds.mkdir(parents=True)
    for f in sorted((ROOT / "seeds").glob("*.txt")) + sorted((HERE / "articles").glob("*.txt")):
        shutil.copy2(f, seeds / f.name)
    db = work / "store.db"
    if db.exists():
        db.unlink()
    try:  # the engine is tuned in a shared tree: say which code was evaluated
        head = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--", "knowledge"], capture_output=True, text=True).stdout.split()
        if args.code:
            print(f"code: knowledge/ from {args.code} (working tree HEAD {head or '?'})")
        else:
            print(f"code: HEAD {head or '?'}" + (" + uncommitted changes in knowledge/" if dirty else ""))
    except OSError:
        pass
    t0 = time.perf_counter()
    report = load(seeds, db)
    print(report.summary())
    print(f"(loaded in {time.perf_counter() - t0:.1f} s; seeds in {seeds}, store {db})\n")

    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    with Engine.open(db, seeds) as engine:
        for i, item in enumerate(items, 1):
            try:
                ans = engine.ask(item["question"])
                ok, why = check(item, ans)
                text = ans.text
            except Exception as exc:  # an evaluation reports crashes as failures
                ok, why, text = False, f"crashed: {exc!r}", ""
            for table, key in ((per_kind, item["kind"]), (per_lang, item.get("lang", "en"))):
                table[key][1] += 1
                table[key][0] += ok
            if not ok:
                failures.append((i, item, why, text))
            if args.verbose:
                print(f"[{i}] {'PASS' if ok else 'FAIL'} {item['question']}\n{text}\n")

    def table(title: str, rows: dict[str, list[int]]) -> None:
        print(f"{title:<14} {'passed':>7} {'total':>6} {'accuracy':>9}")
        for k in sorted(rows):
            p, n = rows[k]
            print(f"{k:<14} {p:>7} {n:>6} {p / n:>8.0%}")
        p = sum(r[0] for r in rows.values())
        n = sum(r[1] for r in rows.values())
        print(f"{'ALL':<14} {p:>7} {n:>6} {p / n:>8.0%}\n")

    table("kind", per_kind)
    table("language", per_lang)
    print(f"{len(failures)} failures\n")
    for i, item, why, text in failures:
        print(f"--- [{i}] ({item['kind']}) {item['question']}")
        print(f"    why: {why}")
        print("    " + (text or "<no text>").replace("\n", "\n    "))
        print()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
