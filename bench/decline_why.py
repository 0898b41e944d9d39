"""Which decision declined answerable questions whose gold sentence was ranked first.

    uv run python bench/decline_why.py [SET ...] [--jobs 2] [--out FILE] [--load FILE]

For every answerable question declined with its gold sentence ranked first (bench/fail_types.py's
"decline, gold first"), and every question to be declined, it records what stopped or let
through the answer: the hard evidence that settled it before the decision (an unknown name,
entities never together), the type check, the decision's probability against its threshold, or a
check after the decision (evidence lacking, content unwritten, no year, no meeting there, an
unsupported noun). It also reports whether answering from the best sentence (the decision
forced) would have been right, so a change can aim at the questions a decline alone stops.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

HOOKS = [("pipeline", "_type_missing"), ("pipeline", "unwritten_place"), ("pipeline", "decline_head"),
         ("evidence", "lacking"), ("content_asked", "unwritten"), ("checks", "no_meeting_decline"),
         ("pipeline", "_asks_year")]


def _traced(eng, question: str) -> tuple[object, dict]:
    """The engine's answer and what each hooked check returned on the way."""
    from knowledge.answer import checks, content_asked, decision, evidence, pipeline
    mods = {"pipeline": pipeline, "evidence": evidence, "content_asked": content_asked, "checks": checks}
    seen: dict = {}
    saved = []
    for mod, name in HOOKS:
        real = getattr(mods[mod], name)
        saved.append((mods[mod], name, real))

        def hook(*a, real=real, name=name, **k):
            out = real(*a, **k)
            seen.setdefault(name, out)
            return out
        setattr(mods[mod], name, hook)
    real_prep = pipeline.prepare

    def prep(*a, **k):
        ch = real_prep(*a, **k)
        seen["settled"] = ch.why if ch.settled is not None else None
        if ch.ranked:
            seen["best"] = ch.ranked[0].cand.text
            seen["terms"] = list(ch.plan.terms)
            seen["atype"] = ch.plan.answer_type
        if ch.x is not None:
            seen["p"] = round(decision.probability(ch.x), 3)
            seen["x"] = dict(zip(decision.FEATURES, [round(v, 3) for v in ch.x]))
        return ch
    pipeline.prepare = prep
    try:
        ans = eng.ask(question)
    finally:
        pipeline.prepare = real_prep
        for mod, name, real in saved:
            setattr(mod, name, real)
    return ans, seen


def stopper(seen: dict, threshold: float) -> str:
    """The first decision that declined, from what the checks returned."""
    if seen.get("unwritten_place"):
        return "unwritten place"
    if seen.get("settled"):
        return "settled: " + seen["settled"]
    if seen.get("_type_missing"):
        return "type missing"
    if "p" in seen and seen["p"] < threshold:
        return "decision %.2f" % seen["p"]
    for name in ("lacking", "unwritten", "no_meeting_decline", "decline_head"):
        if seen.get(name):
            return "after: " + name
    return "other"


def run_set(name: str) -> list[dict]:
    import blind_eval as be
    from fail_types import _gold_rank
    from knowledge.answer import decision, rerank
    from fit_decision_rows import right

    here = ROOT / "bench" / name
    rows = []
    got: dict = {}
    real_rr = rerank.rerank

    def record(ranked, *a):
        out = real_rr(ranked, *a)
        got.setdefault("ranked", out)
        return out
    rerank.rerank = record
    thr = decision._model()[1]
    try:
        with be.opened_set(here, "why_") as (eng, _files):
            for q in json.loads((here / "questions.json").read_text(encoding="utf-8")):
                got.clear()
                ans, seen = _traced(eng, q["question"])
                dec = bool(q.get("expect_decline"))
                if dec or ans.answered or _gold_rank(got.get("ranked", []), q) != 0:
                    if not dec:
                        continue
                real = decision.answer_from_sentence
                decision.answer_from_sentence = lambda x: True
                try:
                    forced = bool(right(eng.ask(q["question"]), q))
                finally:
                    decision.answer_from_sentence = real
                rows.append(dict(key=f"{name}:{q.get('id')}", question=q["question"], decline=dec,
                                 ok=bool(right(ans, q)), stop=stopper(seen, thr), p=seen.get("p"),
                                 x=seen.get("x"), forced=forced, text=ans.text[:200],
                                 gold=None if dec else q["gold"][0][:200], kind=q["kind"],
                                 best=seen.get("best"), terms=seen.get("terms"), atype=seen.get("atype")))
    finally:
        rerank.rerank = real_rr
    part = ROOT / "bench" / "out" / "why"
    part.mkdir(parents=True, exist_ok=True)
    (part / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


def main() -> None:
    from dev_sets import pooled_parser, pooled_rows
    ap = pooled_parser(__doc__)
    args = ap.parse_args()
    rows = pooled_rows(run_set, args)
    first = [r for r in rows if not r["decline"]]
    print(f"{len(first)} answerable declined with gold first; by stopper (forced right):")
    for s, n in Counter(r["stop"].split(" 0.")[0] for r in first).most_common():
        print(f"  {s:<40}{n:>4} ({sum(r['forced'] for r in first if r['stop'].split(' 0.')[0] == s)})")
    for r in sorted(first, key=lambda r: r["key"]):
        print(f"\n{r['key']} [{r['kind']}] {r['question']}  stop={r['stop']} forced={r['forced']}")
        print(f"  gold: {r['gold']}")
    dec = [r for r in rows if r["decline"]]
    print(f"\n{len(dec)} to be declined; right {sum(r['ok'] for r in dec)}; by stopper:")
    for s, n in Counter(r["stop"].split(" 0.")[0] for r in dec if r["ok"]).most_common():
        print(f"  {s:<40}{n:>4}")


if __name__ == "__main__":
    main()
