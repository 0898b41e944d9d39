"""Every development question set at once, question by question, and what moved between two runs.

    uv run python bench/dev_sets.py run TAG [eval5 eval6 ...] [--jobs 2]
    uv run python bench/dev_sets.py compare TAG_BEFORE TAG_AFTER [--held-out 55]
                                           (a tag, or another checkout's bench/out/dev_TAG.json)

`run` asks every question of the sets (default: every bench/evalN with N >= 5 and a first run,
i.e. every blind set after its first run) on a fresh store per set, judged as bench/blind_eval.py
judges the engine, and writes bench/out/dev_TAG.json. `compare` lists the questions gained and
lost between two runs — the figure a commit message gives (+gained/-lost, declines before and
after). Run both sides in one sitting, each from its own checkout, so only the code differs.
`--held-out N` (or `A-B`, or several `A-B,C-D`) keeps the sets evalN and later (evalA..evalB) out of sight: they are counted apart and their
questions are not listed, so a change tuned on the earlier sets can be checked on them honestly.
"""

from __future__ import annotations

import argparse
import json
import sys
from multiprocessing import Pool
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))
OUT = ROOT / "bench" / "out"


def held_sets(spec: str):
    """'79-82,159-162' or '55' (that set and later): a test of a set number, so several blocks stay unlisted."""
    ranges = []
    for part in spec.split(","):
        lo, _, hi = part.partition("-")
        ranges.append(range(int(lo), int(hi) + 1 if hi else 10**6))
    return lambda n: any(n in r for r in ranges)


def default_sets() -> list[str]:
    found = [p.parent.name for p in (ROOT / "bench").glob("eval*/first_run.txt")]
    return sorted((s for s in found if s[4:].isdigit() and int(s[4:]) >= 5), key=lambda s: int(s[4:]))


def run_set(name: str) -> dict[str, dict]:
    import blind_eval as be

    here = ROOT / "bench" / name
    out = {}
    with be.opened_set(here, "dev_") as (eng, files):
        for q in json.loads((here / "questions.json").read_text(encoding="utf-8")):
            ok, text = be.judge_engine(eng, q, files)
            out[f"{name}:{q.get('id')}:{q['question']}"] = {"ok": ok, "text": text, "lang": q["lang"],
                                                            "decline": bool(q.get("expect_decline")), "kind": q["kind"]}
    return out


def pooled_parser(doc: str) -> argparse.ArgumentParser:
    """The arguments every diagnostic over pooled_rows takes: the sets, --jobs, --out and --load."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("sets", nargs="*")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--load", type=Path, help="read the rows of an earlier --out instead of running")
    return ap


def pooled_rows(run_set, args) -> list[dict]:
    """The rows `run_set` gives for each of args.sets (every set by default) in args.jobs processes,
    written to args.out if given; or, with args.load, the rows of an earlier --out file. The
    diagnostics (fail_types.py, check_drops.py) share it."""
    if args.load:
        return json.loads(args.load.read_text(encoding="utf-8"))
    rows: list[dict] = []
    with Pool(args.jobs) as pool:
        for part in pool.imap_unordered(run_set, args.sets or default_sets()):
            rows.extend(part)
    if args.out:
        args.out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


def summary(res: dict[str, dict]) -> str:
    ans = [v for v in res.values() if not v["decline"]]
    dec = [v for v in res.values() if v["decline"]]

    def part(vs: list[dict]) -> str:
        n = sum(v["ok"] for v in vs)
        return f"{n}/{len(vs)} = {n / max(1, len(vs)):.1%}"
    return f"all {part(list(res.values()))}; answerable {part(ans)}; declines {part(dec)}"


def _file(tag: str) -> Path:
    """A tag of this checkout's runs, or the path of a run file (another checkout's bench/out)."""
    return Path(tag) if tag.endswith(".json") else OUT / f"dev_{tag}.json"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("tag")
    r.add_argument("sets", nargs="*")
    r.add_argument("--jobs", type=int, default=2)
    c = sub.add_parser("compare")
    c.add_argument("before")
    c.add_argument("after")
    c.add_argument("--held-out", default=None, metavar="N|A-B[,C-D]",
                   help="count sets evalN and later (or evalA..evalB, several split by commas) apart, without listing their questions")
    args = ap.parse_args(argv)
    if args.cmd == "run":
        res: dict[str, dict] = {}
        with Pool(args.jobs) as pool:
            for part in pool.imap_unordered(run_set, args.sets or default_sets()):
                res.update(part)
        OUT.mkdir(exist_ok=True)
        (OUT / f"dev_{args.tag}.json").write_text(json.dumps(res, ensure_ascii=False), encoding="utf-8")
        print(f"{args.tag}: {summary(res)}")
        return 0
    a, b = (json.loads(_file(t).read_text(encoding="utf-8")) for t in (args.before, args.after))
    both = [k for k in b if k in a]
    if args.held_out is not None:
        held = held_sets(args.held_out)
        hidden = [k for k in both if held(int(k.split(":", 1)[0][4:]))]
        both = [k for k in both if k not in set(hidden)]
        plus = sum(b[k]["ok"] and not a[k]["ok"] for k in hidden)
        minus = sum(a[k]["ok"] and not b[k]["ok"] for k in hidden)
        print(f"held out (eval{args.held_out}): {args.before}: {summary({k: a[k] for k in hidden})}\n"
              f"held out (eval{args.held_out}): {args.after}: {summary({k: b[k] for k in hidden})}\n"
              f"held out: +{plus} / -{minus} (questions not listed)")
    gained = [k for k in both if b[k]["ok"] and not a[k]["ok"]]
    lost = [k for k in both if a[k]["ok"] and not b[k]["ok"]]
    print(f"{args.before}: {summary({k: a[k] for k in both})}\n{args.after}: {summary({k: b[k] for k in both})}")
    print(f"+{len(gained)} / -{len(lost)}")
    for k in gained:
        print("  +", k)
    for k in lost:
        print("  -", k, "\n      now:", b[k]["text"][:300].replace("\n", " | "))
    return 0


if __name__ == "__main__":
    sys.exit(main())
