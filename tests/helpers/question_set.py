"""The question set (tests/data/questions.py) as an exact regression set.

Each question's outcome on each store is recorded in tests/data/question_outcomes.json: whether
it passes its checks, whether it was answered, the people and dates the reply states in its own
words (quotes left out) and the files it cites. The tests compare every question with its record, so any moved answer shows:
a question that passed and now fails, one recorded as failing that now passes, and one that still
passes but names other people or dates or cites other files.

To update the record after a deliberate change (review the diff, name it in the commit message):

    uv run python -m tests.helpers.question_set            # both stores
    uv run python -m tests.helpers.question_set extracted  # one store: hand-built | extracted
"""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from knowledge.answer import Engine
from knowledge.facts import Answer
from knowledge.names import fold
from tests.data.engine_articles import KAZAN_TEXT, ROOT, SIBERIA_TEXT, VLADIVOSTOK_TEXT, build_store
from tests.data.questions import FM, KR, PC, QUESTIONS

RECORD = ROOT / "tests" / "data" / "question_outcomes.json"
UPDATE = "uv run python -m tests.helpers.question_set"
STORES = ("hand-built", "extracted")

_MONTH = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE = re.compile(rf"\d{{1,2}}(?:[–-]\d{{1,2}})? (?:{_MONTH})(?: \d{{4}})?"
                   rf"|(?:{_MONTH}) \d{{1,2}}(?:, \d{{4}})?|(?:{_MONTH}) \d{{4}}|\b(?:1[89]|20)\d\d\b")


def hand_built_engine(folder: Path) -> Engine:
    """The question set's articles as hand-built facts (no spaCy): the engine on its own."""
    db = build_store(folder / "q.db", folder / "seeds")
    return Engine.open(db, folder / "seeds")


def extracted_engine(folder: Path) -> Engine:
    """The same articles through the real loader and extractor (spaCy): what a user gets.

    Exactly the articles the question set is about: others in tests/articles would change which
    premises are false (a visit one of them reports is no longer a decline)."""
    from knowledge.loader import load

    seeds = folder / "seeds"
    seeds.mkdir()
    for f in [*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests" / "articles" / n for n in (FM, KR, PC))]:
        shutil.copy(f, seeds / f.name)
    (seeds / "test_vladivostok_2025.txt").write_text(VLADIVOSTOK_TEXT, encoding="utf-8")
    (seeds / "test_kazan_2018.txt").write_text(KAZAN_TEXT, encoding="utf-8")
    (seeds / "test_siberia_2026.txt").write_text(SIBERIA_TEXT, encoding="utf-8")
    report = load(seeds, folder / "x.db")
    assert not report.skipped, report.skipped
    return Engine.open(folder / "x.db", seeds)


def key(item: dict) -> str:
    """A question's name in the record: earlier questions of its conversation, then itself."""
    return " → ".join([*item["after"], item["q"]])


@dataclass
class Asked:
    item: dict
    answer: Answer
    problems: list[str]  # empty when the answer meets the entry's checks
    facts: dict  # what the record keeps


def problems_of(item: dict, a: Answer) -> list[str]:
    """How the answer misses the entry's checks (empty when correct)."""
    problems = []
    text = fold(a.text)
    if a.answered != item["answered"]:
        problems.append(f"answered={a.answered}")
    if not item["answered"]:
        if a.citations:
            problems.append("a decline cites something")
        if not a.suggestions:
            problems.append("a decline suggests nothing")
    problems += [f"missing {m!r}" for m in item["must"] if fold(m) not in text]
    problems += [f"contains {m!r}" for m in item["must_not"] if fold(m) in text]
    if item["cite"] and item["cite"] not in {c.source for c in a.citations}:
        problems.append(f"does not cite {item['cite']}")
    return problems


def claim_of(a: Answer) -> str:
    """The reply in the engine's own words: its text without the quotes and their attribution lines,
    and without the questions it suggests."""
    text = a.text
    for piece in [c.quote for c in a.citations] + a.suggestions:
        text = text.replace(piece, " ")
    ends = tuple(f"({c.source})" for c in a.citations)
    return "\n".join(line for line in text.splitlines() if not (ends and line.rstrip().endswith(ends)))


def people_in(claim: str, people: list[str]) -> list[str]:
    """The store's people the reply names (a name inside a longer named one is not counted)."""
    h = f" {fold(claim)} "
    named = {p for p in people if fold(p) and f" {fold(p)} " in h}
    return sorted(p for p in named if not any(p != o and f" {fold(p)} " in f" {fold(o)} " for o in named))


def ask_all(engine: Engine, db: Path, seeds: Path) -> list[Asked]:
    """Every question of the set, each with its conversation replayed from scratch."""
    with sqlite3.connect(db) as conn:
        people = [r[0] for r in conn.execute("SELECT name FROM actors WHERE kind = 'person'")]
    out = []
    for item in QUESTIONS:
        ctx = None
        for prev in item["after"]:
            ctx = engine.ask(prev, ctx).context
        a = engine.ask(item["q"], ctx)
        problems = problems_of(item, a)
        for c in a.citations:  # every quote verbatim from its file, whatever the record says
            assert c.quote in (seeds / c.source).read_text(encoding="utf-8"), f"{item['q']!r}: not verbatim: {c.quote!r}"
        claim = claim_of(a)
        facts = {"passes": not problems, "answered": a.answered, "people": people_in(claim, people),
                 "dates": sorted(set(_DATE.findall(claim))), "cites": sorted({c.source for c in a.citations})}
        out.append(Asked(item, a, problems, facts))
    return out


def _reply(a: Answer) -> str:
    return "\n".join("      | " + line for line in a.text.splitlines())


def compare(asked: list[Asked], record: dict) -> list[str]:
    """Every difference between this run and the record, each with the question and the reply."""
    report = []
    for x in asked:
        k, was, now = key(x.item), record.get(key(x.item)), x.facts
        if was is None:
            report.append(f"NOT RECORDED {k!r}: {now}")
        elif was["passes"] and not now["passes"]:
            report.append(f"REGRESSED {k!r}: {'; '.join(x.problems)}\n{_reply(x.answer)}")
        elif now["passes"] and not was["passes"]:
            report.append(f"NOW PASSES {k!r} (recorded as failing): update the record\n{_reply(x.answer)}")
        elif was != now:
            moved = "; ".join(f"{f} {was.get(f)!r} -> {now[f]!r}" for f in now if was.get(f) != now[f])
            report.append(f"CHANGED {k!r}: {moved}\n{_reply(x.answer)}")
    asked_keys = {key(x.item) for x in asked}
    report += [f"STALE {k!r}: recorded, but no longer in the question set" for k in record if k not in asked_keys]
    return report


def read_record() -> dict:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def write_record(record: dict) -> None:
    """One question per line, so a change of outcome is a one-line diff a reviewer can read."""
    lines = ["{", f'"about": {json.dumps(record["about"], ensure_ascii=False)},']
    for i, store in enumerate(STORES):
        entries = record[store]
        lines.append(f"{json.dumps(store)}: {{")
        lines += [f"  {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)}"
                  + ("," if j < len(entries) - 1 else "") for j, (k, v) in enumerate(entries.items())]
        lines.append("}" + ("," if i < len(STORES) - 1 else ""))
    lines.append("}")
    RECORD.write_text("\n".join(lines) + "\n", encoding="utf-8")


def outcomes(store: str) -> dict:
    """Build one store in a temporary folder and ask it the whole set."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        engine = hand_built_engine(folder) if store == "hand-built" else extracted_engine(folder)
        try:
            db = folder / ("q.db" if store == "hand-built" else "x.db")
            return {key(x.item): x.facts for x in ask_all(engine, db, folder / "seeds")}
        finally:
            engine.close()


def main(argv: list[str]) -> int:
    stores = argv or list(STORES)
    if any(s not in STORES for s in stores):
        print(f"usage: {UPDATE} [{' | '.join(STORES)}]", file=sys.stderr)
        return 2
    record = read_record() if RECORD.exists() else {"about": "", **{s: {} for s in STORES}}
    record["about"] = (f"Recorded outcomes of tests/data/questions.py; compared by tests/test_engine_questions*.py. "
                       f"Update after a deliberate change: {UPDATE} [store]; name each moved question in the commit message.")
    for s in stores:
        record[s] = outcomes(s)
        failing = [k for k, v in record[s].items() if not v["passes"]]
        print(f"{s}: {len(record[s]) - len(failing)}/{len(record[s])} pass" + "".join(f"\n  fails: {k}" for k in failing))
    write_record(record)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
