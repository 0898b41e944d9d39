"""Why an answered question quotes the wrong sentence: where the gold sentence ranked, and how
the top sentence and the gold one differ on the re-ranking stage's features.

Usage:  uv run python bench/rank_diag.py [SET ...]   (default: bench/eval5 to bench/eval42)
For every answerable question the engine answers from a sentence that is not a gold one, it
prints the gold's rank among the re-ranked candidates (or "absent"), the top and gold sentences,
and the features where they differ most; then counts the causes over all sets: gold not among
the candidates, gold lacks the answer type the top has, gold refers back ("It", "The two
sides", "He said"), gold has fewer of the question's words, other. --dump DIR also pickles each
question's candidates, re-ranked and in the ranker's order ("before"), for trying features
without re-running the engine.
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.blind_eval import article_files, judge_engine, same_sentence, set_store  # noqa: E402
from knowledge.answer import Engine, rerank  # noqa: E402

REFERS_BACK = re.compile(r"^(it|he|she|they|this|that|these|those|the (two|both) (sides|leaders|countries|ministers)"
                         r"|both|the (event|meeting|talks|visit|ceremony|agreement|deal|document|move|forum|trip|"
                         r"programme|project|plan|guest|host|minister|president|official|delegation)|there)\b", re.I)


def _capture():
    """pipeline's rerank.rerank wrapped to keep the first call's input and output of a question."""
    seen: dict = {}
    real = rerank.rerank

    def record(ranked, terms, tokens, plan):
        out = real(ranked, terms, tokens, plan)
        seen.setdefault("call", (ranked[:rerank.RERANK], out[:rerank.RERANK], terms, tokens, plan))
        return out

    return seen, real, record


def cause(top: dict, gold: dict | None) -> str:
    """The first difference that explains the order, in the order a reader would check them."""
    if gold is None:
        return "gold absent"
    if top["typed"] and not gold["typed"]:
        return "gold lacks the answer type"
    if not top["typed"] and gold["typed"]:
        return "gold typed, top not"
    if min(gold["slots"] or [1]) < min(top["slots"] or [1]):
        return "gold farther from an asked entity"
    if REFERS_BACK.match(gold["text"]):
        return "gold refers back"
    if gold["hit_share"] < top["hit_share"]:
        return "gold has fewer question words"
    return "other"


def _row(r, feats) -> dict:
    d = dict(zip(rerank.FEATURES, feats))
    d.update(text=r.cand.text, slots=r.slots, typed=r.typed, fits=r.fits, pos=r.cand.position,
             source=r.cand.source_id)
    return d


def diagnose(set_dir: Path, dump: Path | None) -> list[dict]:
    db, seeds = set_store(set_dir, "diag_")
    files = article_files(seeds)
    seen, real, record = _capture()
    rerank.rerank = record
    out = []
    try:
        with Engine.open(db, seeds) as eng:
            conn = eng.retrieval.conn
            article = {}
            for sid, src, pos, par, text in conn.execute(
                    "SELECT id, source_id, position, paragraph, text FROM sentences"):
                article.setdefault(src, {})[pos] = (sid, par, text)
            for q in json.loads((set_dir / "questions.json").read_text(encoding="utf-8")):
                if q.get("expect_decline"):
                    continue
                seen.clear()
                ok, text = judge_engine(eng, q, files)
                if "call" not in seen:
                    continue
                before, after, terms, tokens, plan = seen["call"]
                gold = [any(same_sentence(r.cand.text, g) for g in q["gold"]) for r in after]
                rows = rerank.feature_rows(after, terms, tokens, plan) if after else []
                out.append(dict(set=set_dir.name, id=q.get("id"), question=q["question"], ok=ok, answer=text,
                                type=plan.answer_type, gold=gold, rows=[_row(r, f) for r, f in zip(after, rows)],
                                pre_gold=[any(same_sentence(r.cand.text, g) for g in q["gold"]) for r in before]))
                if dump is not None:
                    out[-1]["objs"] = (after, terms, tokens, plan)
                    out[-1]["before"] = before
    finally:
        rerank.rerank = real
    if dump is not None:
        dump.mkdir(parents=True, exist_ok=True)
        with open(dump / f"{set_dir.name}.pkl", "wb") as f:
            pickle.dump((out, article), f)
    return out


def report(items: list[dict]) -> Counter:
    """Print each wrongly quoted answer; count its cause."""
    causes: Counter = Counter()
    for it in items:
        if it["ok"] or not it["rows"] or it["gold"][0]:
            continue
        rank = it["gold"].index(True) if any(it["gold"]) else None
        top, gold = it["rows"][0], it["rows"][rank] if rank is not None else None
        why = cause(top, gold)
        causes[(it["type"], why)] += 1
        causes[("all", why)] += 1
        print(f"{it['set']}:{it['id']} [{it['type']}] {it['question']}\n  gold rank {rank}  cause: {why}")
        print(f"  top : {top['text'][:160]}")
        if gold is not None:
            print(f"  gold: {gold['text'][:160]}")
            diff = sorted(rerank.FEATURES, key=lambda f: -abs(top[f] - gold[f]))[:5]
            print("  " + "  ".join(f"{f} {top[f]:.2f}/{gold[f]:.2f}" for f in diff))
    return causes


def main() -> None:
    parser = argparse.ArgumentParser(description="Why an answered question quotes the wrong sentence.")
    parser.add_argument("sets", nargs="*", type=Path, help="question set folders (default: bench/eval5 .. bench/eval42)")
    parser.add_argument("--dump", type=Path, help="pickle each question's candidates into this folder")
    args = parser.parse_args()
    dump = args.dump
    sets = args.sets or [ROOT / "bench" / f"eval{n}" for n in range(5, 43)]
    for s in sets:
        if not (s / "questions.json").is_file():
            parser.error(f"{s}: no questions.json there (a question set folder, such as bench/eval43)")
    causes: Counter = Counter()
    for s in sets:
        causes += report(diagnose(s, dump))
    print("\ncauses of a wrong quote (answer type, cause): count")
    for (t, why), n in sorted(causes.items(), key=lambda kv: (kv[0][0] != "all", -kv[1])):
        print(f"  {t:<12}{why:<36}{n}")


if __name__ == "__main__":
    main()
