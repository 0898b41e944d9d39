"""Runs the question set (tests/data/questions.py) against a store of hand-built articles and
prints the accuracy per kind. Bars: 90% overall, every decline declined with nothing cited."""

from __future__ import annotations

from collections import defaultdict

import pytest

from knowledge.answer import Engine
from knowledge.names import fold
from tests.data.engine_articles import build_store
from tests.data.questions import QUESTIONS

OVERALL_BAR = 0.90


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    d = tmp_path_factory.mktemp("qs")
    db = build_store(d / "q.db", d / "seeds")
    eng = Engine.open(db, d / "seeds")
    yield eng
    eng.close()


def check(engine: Engine, item: dict) -> list[str]:
    """Problems with the engine's answer to one entry (empty when correct)."""
    ctx = None
    for prev in item["after"]:
        ctx = engine.ask(prev, ctx).context
    a = engine.ask(item["q"], ctx)
    problems = []
    text = fold(a.text)
    if a.answered != item["answered"]:
        problems.append(f"answered={a.answered}")
    if not item["answered"]:
        if a.citations:
            problems.append("a decline cites something")
        if not a.suggestions:
            problems.append("a decline suggests nothing")
    for m in item["must"]:
        if fold(m) not in text:
            problems.append(f"missing {m!r}")
    for m in item["must_not"]:
        if fold(m) in text:
            problems.append(f"contains {m!r}")
    if item["cite"] and item["cite"] not in {c.source for c in a.citations}:
        problems.append(f"does not cite {item['cite']}")
    for c in a.citations:  # every quote verbatim from its file
        assert c.quote in engine._file_text(c.source), f"not verbatim: {c.quote!r}"
    if problems:
        problems.append("got: " + a.text.replace("\n", " | ")[:300])
    return problems


def run_question_set(engine: Engine, title: str, bar: float, capsys) -> None:
    """Ask every question, print the accuracy per kind, fail below the bar or on a missed decline."""
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    failures = []
    for item in QUESTIONS:
        problems = check(engine, item)
        per_kind[item["kind"]][1] += 1
        if problems:
            failures.append(f"{item['q']!r}: " + "; ".join(problems))
        else:
            per_kind[item["kind"]][0] += 1
    ok = sum(v[0] for v in per_kind.values())
    with capsys.disabled():
        print(f"\n{title}")
        for kind, (good, total) in per_kind.items():
            print(f"  {kind:<13} {good:>3}/{total:<3} {100 * good / total:5.1f}%")
        print(f"  {'overall':<13} {ok:>3}/{len(QUESTIONS):<3} {100 * ok / len(QUESTIONS):5.1f}%")
        for f in failures:
            print("  FAIL", f)
    declines = per_kind["decline"]
    assert declines[0] == declines[1], "every question that must be declined is declined"
    assert ok / len(QUESTIONS) >= bar


def test_question_set(engine, capsys):
    assert len(QUESTIONS) >= 80
    assert sum(not q["answered"] for q in QUESTIONS) >= 15
    run_question_set(engine, "question-set accuracy by kind", OVERALL_BAR, capsys)
