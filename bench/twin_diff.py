"""Vietnamese (or, with --lang ru, Russian) questions that fail beside an English twin that passes
(same set, same gold), read side by side: both plans field by field and the first stage where they part.

    uv run python bench/twin_diff.py [SET ...] [--base rev67] [--lang vi|ru] [--jobs 2] [--out F] [--load F] [--quiet]

The base run (bench/out/dev_BASE.json, or a path) picks the pairs: a vi question it got wrong and an en
question of the same set with the same first gold sentence that it got right; both are asked again
here. Per pair it prints every Plan field that differs and the stage where the vi question loses
the gold (plan settled early / never a candidate / dropped by a check / not on top / declined or
answered wrongly); at the end it counts the differing fields and the stages over all pairs, so
the largest family of plan differences is the one to fix. Held-out sets are never read.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

HELD_OUT = {*range(79, 83), *range(167, 171), *range(175, 179), *range(215, 10**4)}  # 215 and every later set
BASE = "rev67"
LANG = "vi"


def _pairs(name: str, base: dict) -> list[tuple[dict, dict]]:
    """(vi, en) twins of one set: the vi (or LANG) one wrong in the base run, the en one right."""
    qs = json.loads((ROOT / "bench" / name / "questions.json").read_text(encoding="utf-8"))
    got = {q["id"]: base.get(f"{name}:{q['id']}:{q['question']}", {}).get("ok") for q in qs}
    out = []
    for v in qs:
        if v["lang"] != LANG or got[v["id"]] is not False or v.get("expect_decline"):
            continue
        twin = next((e for e in qs if e["lang"] == "en" and got[e["id"]] and not e.get("expect_decline")
                     and e["gold"][:1] == v["gold"][:1]), None)
        if twin:
            out.append((v, twin))
    return out


def _install(state: dict) -> None:
    """Wrap prepare, rank_question and checks.apply to note the plan and the ranked lists."""
    from knowledge.answer import checks, pipeline

    real_prepare, real_rank, real_apply = pipeline.prepare, pipeline.rank_question, checks.apply

    def prepare(*a, **kw):
        choice = real_prepare(*a, **kw)
        state.update(plan=choice.plan, final=[r.cand.text for r in choice.ranked[:3]], why=choice.why or "")
        return choice

    def rank_question(*a, **kw):
        out = real_rank(*a, **kw)
        state.update(plan=out[0], cands=[r.cand.text for r in out[1]])
        return out

    def apply(conn, q, plan, ranked, *a, **kw):
        out = real_apply(conn, q, plan, ranked, *a, **kw)
        state.update(kept=[r.cand.text for r in out[0]], emptied=out[1] or "")
        return out

    pipeline.prepare, pipeline.rank_question, checks.apply = prepare, rank_question, apply


def _plain(v):
    if isinstance(v, (set, frozenset)):
        return sorted(v, key=str)
    if isinstance(v, (list, tuple)):
        return [_plain(x) for x in v]
    if dataclasses.is_dataclass(v):
        return {f.name: _plain(getattr(v, f.name)) for f in dataclasses.fields(v)}
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    return v if v is None or isinstance(v, (str, int, float, bool)) else str(v)


def _stage(st: dict, gold: list[str], ok: bool) -> str:
    """The first stage at which the gold sentence is missing."""
    from blind_eval import same_sentence

    def has(texts) -> bool:
        return any(same_sentence(t, g) for t in texts or [] for g in gold)
    if ok:
        return "ok"
    if "cands" not in st:
        return f"settled early ({st.get('why', '')})"
    if not has(st["cands"]):
        return "not a candidate"
    if not has(st.get("kept")):
        return f"dropped by checks ({st.get('emptied', '')})"
    if not has(st.get("final", [])[:1]):
        return "not on top (rank/rerank)"
    return f"decision ({st.get('why', '') or 'declined/terms'})"


def _ask(eng, q: dict, files: dict, state: dict) -> dict:
    import blind_eval as be
    state.clear()
    ok, text = be.judge_engine(eng, q, files)
    plan = _plain(state.get("plan")) if state.get("plan") is not None else {}
    return dict(q=q["question"], ok=ok, text=text[:200], plan=plan, stage=_stage(state, q["gold"], ok))


def run_set(name: str) -> list[dict]:
    import blind_eval as be
    path = Path(BASE) if BASE.endswith(".json") else ROOT / "bench" / "out" / f"dev_{BASE}.json"
    base = json.loads(path.read_text(encoding="utf-8"))
    pairs = _pairs(name, base)
    if not pairs:
        return []
    state: dict = {}
    _install(state)
    rows = []
    with be.opened_set(ROOT / "bench" / name, "twin_") as (eng, files):
        for vi, en in pairs:
            rows.append(dict(key=f"{name}:{vi['id']}/{en['id']}", vi=_ask(eng, vi, files, state),
                             en=_ask(eng, en, files, state), gold=vi["gold"][0][:200]))
    return rows


def _diff(a: dict, b: dict) -> list[str]:
    return [k for k in a if k in b and a[k] != b[k]]


def main() -> None:
    global BASE, LANG
    from dev_sets import default_sets, pooled_parser, pooled_rows
    ap = pooled_parser(__doc__)
    ap.add_argument("--base", default=BASE)
    ap.add_argument("--lang", default=LANG, choices=["vi", "ru"], help="the language of the failing question")
    ap.add_argument("--quiet", action="store_true", help="only the counts")
    args = ap.parse_args()
    BASE, LANG = args.base, args.lang
    args.sets = [s for s in (args.sets or default_sets()) if int(s[4:]) not in HELD_OUT]
    rows = pooled_rows(run_set, args)
    fields, stages = Counter(), Counter()
    for r in sorted(rows, key=lambda r: r["key"]):
        vi, en = r["vi"], r["en"]
        diff = _diff(vi["plan"], en["plan"])
        fields.update(diff)
        stages[vi["stage"].split(" (")[0]] += 1
        if args.quiet:
            continue
        lg = LANG
        print(f"\n{r['key']}  {lg}: {vi['stage']}  en: {en['stage']}\n  {lg}: {vi['q']}\n  en: {en['q']}\n  gold: {r['gold']}")
        for k in diff:
            print(f"  {k:<14} {lg}={vi['plan'][k]!r}\n  {'':<14} en={en['plan'][k]!r}")
        print(f"  {lg} got: {vi['text'][:160]!r}")
    print(f"\n{len(rows)} pairs; {LANG} now right in {sum(r['vi']['ok'] for r in rows)}")
    print("plan fields that differ:", ", ".join(f"{k} {n}" for k, n in fields.most_common()))
    print(f"{LANG} stage lost:", ", ".join(f"{k} {n}" for k, n in stages.most_common()))


if __name__ == "__main__":
    main()
