"""Which of the question's own checks (checks.apply) drops the gold sentence of an answerable
question the engine gets wrong, over the development sets.

    uv run python bench/check_drops.py [SET ...] [--jobs 2] [--list CHECK] [--all]

For every answerable question it records the first check that removed a gold sentence from the
ranked candidates (date, place, people, speaker, name, role, act, ordinal, first, count …) and
counts them, for the wrong answers (or, with --all, every answer): the check that most often
throws away the right sentence is the one to widen.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def _install(state: dict) -> None:
    """Wrap checks.keep, checks.speaker_kept and checks.apply to note the first gold drop."""
    from blind_eval import same_sentence
    from knowledge.answer import checks

    def has_gold(ranked) -> bool:
        return any(same_sentence(r.cand.text, g) for r in ranked for g in state.get("gold", []))

    def note(before, after, what: str) -> None:
        if not state.get("dropped") and has_gold(before) and not has_gold(after):
            state["dropped"] = what
        state["last"] = after

    real_keep, real_speaker, real_apply = checks.keep, checks.speaker_kept, checks.apply

    def keep(ranked, test, what):
        out = real_keep(ranked, test, what)
        note(ranked, out[0], what)
        return out

    def speaker(conn, q, plan, ranked, terms, kinds):
        out = real_speaker(conn, q, plan, ranked, terms, kinds)
        note(ranked, out, "speaker")
        return out

    def apply(conn, q, plan, ranked, *args, **kw):
        state["last"] = ranked
        if has_gold(ranked):
            state["had"] = True
        out = real_apply(conn, q, plan, ranked, *args, **kw)
        note(state["last"], out[0], "count")
        return out

    checks.keep, checks.speaker_kept, checks.apply = keep, speaker, apply


def run_set(name: str) -> list[dict]:
    import blind_eval as be
    here = ROOT / "bench" / name
    state: dict = {}
    _install(state)
    rows = []
    with be.opened_set(here, "drop_") as (eng, files):
        for q in json.loads((here / "questions.json").read_text(encoding="utf-8")):
            if q.get("expect_decline"):
                continue
            state.clear()
            state["gold"] = q["gold"]
            ok, text = be.judge_engine(eng, q, files)
            rows.append(dict(key=f"{name}:{q.get('id')}", question=q["question"], lang=q["lang"], ok=ok,
                             dropped=state.get("dropped", ""), had=state.get("had", False), text=text,
                             gold=q["gold"][0], terms=q["answer_terms"]))
    return rows


def main() -> None:
    from dev_sets import pooled_parser, pooled_rows
    ap = pooled_parser(__doc__)
    ap.add_argument("--all", action="store_true", help="count right answers too")
    ap.add_argument("--list", help="print the questions whose gold this check dropped")
    args = ap.parse_args()
    rows = pooled_rows(run_set, args)
    shown = [r for r in rows if args.all or not r["ok"]]
    print(f"{len(rows)} answerable, {sum(r['ok'] for r in rows)} right; gold dropped by a check:")
    for what, n in Counter(r["dropped"] for r in shown if r["dropped"]).most_common():
        print(f"  {what:<12}{n:>5}")
    if args.list:
        for r in sorted(shown, key=lambda r: r["key"]):
            if r["dropped"] == args.list:
                print(f"\n{r['key']} [{r['lang']}] {r['question']}  terms={r['terms']}")
                print(f"  gold: {r['gold'][:240]}")
                print(f"  got : {r['text'][:200]!r}")


if __name__ == "__main__":
    main()
