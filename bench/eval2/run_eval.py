"""Blind evaluation of the answer engine on articles and questions nobody tuned on.

Run: cd /work/main && uv run python bench/eval2/run_eval.py
Copies seeds/*.txt and bench/eval2/articles/*.txt into a temp dir, loads them, asks every
question in bench/eval2/questions.json and prints accuracy per kind, language and tag, then
every failure with the answer text. Always exits 0 (it reports, it does not gate). -v also prints the first line of each
correct answer.
"""
from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
import traceback
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))


def fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


def contains(text: str, spec: str) -> bool:
    t = fold(text)
    return any(fold(alt.strip()) in t for alt in spec.split("|") if alt.strip())


def judge(item: dict, ans) -> list[str]:
    """Reasons the answer is wrong (empty list = correct)."""
    why: list[str] = []
    sources = [Path(c.source).name for c in (ans.citations or [])]
    if item.get("expect_decline"):
        if ans.answered:
            why.append("should have declined but answered")
        if sources:
            why.append(f"declined question cites {sources}")
        return why
    if not ans.answered:
        return ["declined an answerable question"]
    for spec in item.get("must_contain", []):
        if not contains(ans.text, spec):
            why.append(f"missing {spec!r}")
    for spec in item.get("must_not_contain", []):
        if contains(ans.text, spec):
            why.append(f"contains forbidden {spec!r}")
    cite = item.get("must_cite")  # alternatives separated by " | "
    if cite and not any(c.strip() in sources for c in cite.split("|")):
        why.append(f"does not cite {cite} (cites {sources})")
    return why


def main() -> int:
    questions = json.loads((HERE / "questions.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="vnru-eval2-") as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        for f in sorted((ROOT / "seeds").glob("*.txt")) + sorted((HERE / "articles").glob("*.txt")):
            shutil.copy(f, seeds / f.name)
        db = Path(tmp) / "facts.db"
        try:
            from knowledge.loader import load
            from knowledge.answer import Engine

            t0 = time.perf_counter()
            load(seeds, db)
            t_load = time.perf_counter() - t0
            engine = Engine.open(db)
        except Exception:
            traceback.print_exc()
            print("LOAD/OPEN FAILED: 0 answered")
            return 0
        print(f"loaded {len(list(seeds.glob('*.txt')))} files in {t_load:.1f}s")

        buckets: dict[str, dict[str, list[int]]] = {"kind": defaultdict(lambda: [0, 0]),
                                                    "lang": defaultdict(lambda: [0, 0]),
                                                    "tag": defaultdict(lambda: [0, 0])}
        failures = []
        ok_total = 0
        for i, item in enumerate(questions, 1):
            try:
                ans = engine.ask(item["question"])
                why = judge(item, ans)
                text = ans.text
                cites = [Path(c.source).name for c in (ans.citations or [])]
            except Exception as exc:  # a crash is a failure, not the end of the run
                why, text, cites = [f"exception {exc!r}"], "", []
            ok = not why
            ok_total += ok
            keys = {"kind": [item["kind"]], "lang": [item.get("lang", "en")],
                    "tag": item.get("tags", []) or []}
            for group, names in keys.items():
                for name in names:
                    buckets[group][name][0] += ok
                    buckets[group][name][1] += 1
            if not ok:
                failures.append((i, item, why, text, cites))
            elif "-v" in sys.argv:
                print(f"PASS #{i} {item['question']}\n   " + (text or "").split("\n")[0] + f"  {cites}")

        print(f"\n{'group':6} {'name':16} {'ok':>4} {'n':>4} {'acc':>6}")
        for group, table in buckets.items():
            for name, (ok, n) in sorted(table.items()):
                print(f"{group:6} {name:16} {ok:4d} {n:4d} {ok / n:6.0%}")
        print(f"{'ALL':6} {'':16} {ok_total:4d} {len(questions):4d} {ok_total / len(questions):6.0%}")

        print(f"\n{len(failures)} failures")
        for i, item, why, text, cites in failures:
            print(f"\n#{i} [{item['kind']}/{item.get('lang', 'en')}] {item['question']}")
            print("   why:  " + "; ".join(why))
            print("   cites:", cites)
            print("   text: " + (text or "").replace("\n", "\n         "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
