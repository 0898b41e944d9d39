"""Why a gold sentence never became a candidate: the retrieval-recall failures of fail_types.py
("gold absent") told apart by where the gold sentence was lost.

    uv run python bench/recall_diag.py --load FAILS.json [--jobs 2] [--out FILE] [--list CAUSE]

FAILS.json is fail_types.py's --out over tuning sets. For each question whose gold sentence was no
candidate, the question is asked again with retrieval watched, and the loss is put down to: the
answer settled before any search ("early: …"), no sentence of the store being the gold one, the
narrowing to articles naming every asked entity leaving the gold article out ("narrowed out"; "never
together" when no article was left), the gold article searched but the sentence dropped (the "what did
X say" filter, or the busiest-articles cut), the open word search missing it, or the question's
checks removing it after retrieval.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _gold_ids(conn, gold: list[str]) -> dict[int, int]:
    """The store's sentences that are a gold one: sentence id -> source id."""
    from blind_eval import same_sentence
    out = {}
    for sid, src, text in conn.execute("SELECT id, source_id, text FROM sentences"):
        if any(same_sentence(text, g) for g in gold):
            out[sid] = src
    return out


class _Watch:
    """pipeline.prepare, pipeline.retrieve and checks.apply wrapped to keep what one question saw."""

    def __init__(self):
        from knowledge.answer import checks, pipeline
        self.seen: dict = {}
        self.real = (pipeline.prepare, pipeline.retrieve, checks.apply, checks.keep, checks.speaker_kept)
        real_prepare, real_retrieve, real_apply, real_keep, real_speaker = self.real

        def prepare(*a, **k):
            choice = real_prepare(*a, **k)
            self.seen.setdefault("why", choice.why)
            return choice

        def retrieve(store, plan, kinds, *a, **k):
            got = real_retrieve(store, plan, kinds, *a, **k)
            self.seen.setdefault("plan", plan)
            self.seen.setdefault("cands", {c.sentence_id for c in got.candidates})
            self.seen.setdefault("cooccur", got.cooccur)
            return got

        def apply(conn, q, plan, ranked, *a, **k):
            out = real_apply(conn, q, plan, ranked, *a, **k)
            self.seen.setdefault("kept", {r.cand.sentence_id for r in out[0]})
            return out

        def stage(what, before, after):
            if "kept" not in self.seen:  # (checks.apply of the question's first search only)
                self.seen.setdefault("stages", []).append((what, {r.cand.sentence_id for r in before},
                                                           {r.cand.sentence_id for r in after}))

        def keep(ranked, test, what):
            out = real_keep(ranked, test, what)
            stage(what, ranked, out[0])
            return out

        def speaker(conn, q, plan, ranked, *a, **k):
            out = real_speaker(conn, q, plan, ranked, *a, **k)
            stage("speaker", ranked, out)
            return out

        pipeline.prepare, pipeline.retrieve, checks.apply = prepare, retrieve, apply
        checks.keep, checks.speaker_kept = keep, speaker

    def close(self) -> None:
        from knowledge.answer import checks, pipeline
        pipeline.prepare, pipeline.retrieve, checks.apply, checks.keep, checks.speaker_kept = self.real


def cause(seen: dict, gold: dict[int, int], sources_of) -> str:
    """Where the gold sentence was lost, in the order the pipeline goes."""
    if not gold:
        return "gold not a store sentence"
    if "cands" not in seen:
        return "early: " + (seen.get("why") or "no search")
    if set(gold) & seen["cands"]:
        if set(gold) & seen.get("kept", set()):
            return "kept (ranked elsewhere)"
        lost = [what for what, before, after in seen.get("stages", []) if set(gold) & before and not set(gold) & after]
        return "removed by check: " + (lost[0] if lost else "count focus")
    if not seen["cooccur"]:
        return "never together"
    plan = seen["plan"]
    searched = sources_of(plan)
    if searched is None:
        return "open search missed"
    if not set(gold.values()) & searched:
        return "narrowed out" + (" (hard names)" if any(plan.hard) else " (soft slots)")
    return "article searched, sentence dropped"


def _sources_of(store, kinds):
    from knowledge.answer.retrieve import sources_with_all

    def of(plan):
        named = [s for s, h in zip(plan.slots, plan.hard) if h]
        if named:
            return sources_with_all(store, named, kinds)
        return sources_with_all(store, plan.slots, kinds) or None if plan.slots else None
    return of


def run_set(job: tuple[str, list[str]]) -> list[dict]:
    import blind_eval as be
    name, keys = job
    here = ROOT / "bench" / name
    watch = _Watch()
    rows = []
    try:
        with be.opened_set(here, "recall_") as (eng, _files):
            ret = eng.retrieval
            qs = {f"{name}:{q.get('id')}": q for q in json.loads((here / "questions.json").read_text(encoding="utf-8"))}
            for key in keys:
                q = qs[key]
                watch.seen.clear()
                eng.ask(q["question"])
                gold = _gold_ids(ret.conn, q["gold"])
                plan = watch.seen.get("plan")
                rows.append(dict(key=key, question=q["question"], lang=q["lang"], gold=q["gold"][0],
                                 cause=cause(watch.seen, gold, _sources_of(ret.store, ret.kinds)),
                                 slots=[sorted(s) for s in plan.slots] if plan else None,
                                 hard=list(plan.hard) if plan else None, terms=list(plan.terms) if plan else None,
                                 ncands=len(watch.seen.get("cands", ()))))
    finally:
        watch.close()
    return rows


def main() -> None:
    from multiprocessing import Pool
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--load", type=Path, required=True, help="fail_types.py --out rows")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--list", help="print the questions of the causes starting with this")
    args = ap.parse_args()
    fails = [r for r in json.loads(args.load.read_text(encoding="utf-8")) if r["type"].endswith("gold absent")]
    by_set: dict[str, list[str]] = {}
    for r in fails:
        by_set.setdefault(r["key"].split(":")[0], []).append(r["key"])
    with Pool(args.jobs) as pool:
        rows = [r for part in pool.imap_unordered(run_set, sorted(by_set.items())) for r in part]
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    print(f"{len(rows)} questions whose gold sentence was no candidate")
    for c, n in Counter(r["cause"] for r in rows).most_common():
        print(f"  {c:<44}{n:>5}   " + ", ".join(f"{k} {m}" for k, m in Counter(
            r["lang"] for r in rows if r["cause"] == c).most_common()))
    for r in sorted(rows, key=lambda r: r["key"]):
        if args.list and r["cause"].startswith(args.list):
            print(f"\n{r['key']} [{r['cause']}] {r['question']}  terms={r['terms']} slots={r['slots']} hard={r['hard']}")
            print(f"  gold: {r['gold'][:200]}")


if __name__ == "__main__":
    main()
