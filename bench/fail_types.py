"""Why answerable questions fail, grouped by type, over the development sets.

    uv run python bench/fail_types.py [SET ...] [--lang en] [--jobs 2] [--out FILE] [--list TYPE]

Every answerable question the engine gets wrong falls in one type: a wrong decline (with the
gold sentence ranked first, lower, or not a candidate at all), the wrong sentence quoted (the gold
one ranked lower, or not a candidate), or the gold sentence quoted but an answer term missing from
the reply. The counts, by type and by question kind, say which failure a change should go after;
--list TYPE prints the questions of one type.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _gold_rank(ranked, q) -> int | None:
    from blind_eval import same_sentence
    for i, r in enumerate(ranked):
        if any(same_sentence(r.cand.text, g) for g in q["gold"]):
            return i
    return None


def classify(ok: bool, answered: bool, quoted: bool, rank: int | None) -> str:
    """The failure type of one wrongly answered answerable question."""
    if ok:
        return "ok"
    where = "gold first" if rank == 0 else "gold ranked %s" % ("2-5" if rank < 5 else "6+") if rank is not None \
        else "gold absent"
    if not answered:
        return "decline, " + where
    if quoted:
        return "quoted, term missing"
    return "wrong quote, " + where


def run_set(name: str) -> list[dict]:
    import blind_eval as be
    from knowledge.answer import rerank

    here = ROOT / "bench" / name
    seen: dict = {}
    real = rerank.rerank

    def record(ranked, terms, tokens, plan):
        out = real(ranked, terms, tokens, plan)
        seen.setdefault("ranked", out)
        seen.setdefault("plan", plan)
        return out

    rerank.rerank = record
    rows = []
    try:
        with be.opened_set(here, "fail_") as (eng, files):
            for q in json.loads((here / "questions.json").read_text(encoding="utf-8")):
                if q.get("expect_decline"):
                    continue
                seen.clear()
                a = eng.ask(q["question"])
                quoted = any(be.same_sentence(c.quote, g) for c in a.citations for g in q["gold"])
                verbatim = all(c.quote in files.get(c.source, "") for c in a.citations)
                ok = verbatim and a.answered and quoted and all(be.has_term(a.text, t) for t in q["answer_terms"])
                text = a.text
                rank = _gold_rank(seen.get("ranked", []), q)
                plan = seen.get("plan")
                rows.append(dict(key=f"{name}:{q.get('id')}", question=q["question"], lang=q["lang"], kind=q["kind"],
                                 type=classify(ok, a.answered, quoted, rank), text=text, gold=q["gold"][0],
                                 terms=q["answer_terms"], atype=getattr(plan, "answer_type", None), rank=rank))
    finally:
        rerank.rerank = real
    return rows


def main() -> None:
    from dev_sets import pooled_parser, pooled_rows
    ap = pooled_parser(__doc__)
    ap.add_argument("--lang", default="en")
    ap.add_argument("--list", help="print the questions of the failure types starting with this")
    args = ap.parse_args()
    rows = [r for r in pooled_rows(run_set, args) if not args.lang or r["lang"] == args.lang]
    types = Counter(r["type"] for r in rows)
    print(f"{len(rows)} answerable ({args.lang or 'all'}), {types['ok']} right")
    for t, n in types.most_common():
        kinds = Counter(r["kind"] for r in rows if r["type"] == t)
        print(f"  {t:<28}{n:>5}   " + ", ".join(f"{k} {m}" for k, m in kinds.most_common(6)))
    if args.list:
        for r in sorted(rows, key=lambda r: r["key"]):
            if r["type"].startswith(args.list):
                print(f"\n{r['key']} [{r['kind']}/{r['atype']}] {r['question']}  terms={r['terms']} rank={r['rank']}")
                print(f"  gold: {r['gold'][:200]}")
                print(f"  got : {r['text'][:300]!r}")


if __name__ == "__main__":
    main()
