"""The question set (tests/data/questions.py) against a store of hand-built articles, as an exact
regression set: every question's outcome is recorded in tests/data/question_outcomes.json and
any difference fails, with the question and the reply (see tests/helpers/question_set.py for how
to update the record after a deliberate change). Every decline is declined with nothing cited."""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.data.questions import QUESTIONS
from tests.helpers.question_set import UPDATE, Asked, ask_all, compare, hand_built_engine, read_record


@pytest.fixture(scope="module")
def asked(tmp_path_factory):
    d = tmp_path_factory.mktemp("qs")
    eng = hand_built_engine(d)
    yield ask_all(eng, d / "q.db", d / "seeds")
    eng.close()


def check_against_record(asked: list[Asked], store: str, title: str, capsys) -> None:
    """Print the accuracy per kind; fail on a missed decline or any difference from the record."""
    per_kind: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for x in asked:
        per_kind[x.item["kind"]][0] += not x.problems
        per_kind[x.item["kind"]][1] += 1
    ok = sum(good for good, _ in per_kind.values())
    with capsys.disabled():
        print(f"\n{title}")
        for kind, (good, total) in per_kind.items():
            print(f"  {kind:<13} {good:>3}/{total:<3} {100 * good / total:5.1f}%")
        print(f"  {'overall':<13} {ok:>3}/{len(asked):<3} {100 * ok / len(asked):5.1f}%")
    missed = [f"{x.item['q']!r}: {'; '.join(x.problems)}" for x in asked if not x.item["answered"] and x.problems]
    assert not missed, "every question that must be declined is declined:\n" + "\n".join(missed)
    report = compare(asked, read_record()[store])
    assert not report, (f"{len(report)} questions differ from tests/data/question_outcomes.json [{store}] "
                        f"(after a deliberate change: {UPDATE} {store}):\n" + "\n".join(report))


def test_question_set_size():
    assert len(QUESTIONS) >= 80
    assert sum(not q["answered"] for q in QUESTIONS) >= 15


def test_question_set(asked, capsys):
    check_against_record(asked, "hand-built", "question-set accuracy by kind", capsys)
