"""The re-ranking stage's fit (bench/fit_rerank.py): it converges to the weights that put the
gold sentences first, and its penalty leaves the ranker's own score free."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np

from bench import fit_rerank
from knowledge.answer import rerank


def _lists(rng: np.random.Generator, n: int, signal: int, strength: float) -> list[tuple[np.ndarray, np.ndarray]]:
    """n questions of eight candidates each; the gold one is higher on feature `signal` by `strength`."""
    out = []
    for _ in range(n):
        X = rng.normal(size=(8, len(rerank.FEATURES)))
        g = np.zeros(8, bool)
        g[rng.integers(8)] = True
        X[g, signal] += strength
        out.append((X, g))
    return out


def test_the_fit_finds_the_feature_that_marks_the_gold_sentence():
    rng = np.random.default_rng(3)
    near = rerank.FEATURES.index("near")
    train, test = _lists(rng, 300, near, 2.0), _lists(rng, 200, near, 2.0)
    w = fit_rerank.fit(train)
    assert w[near] == max(w) and w[near] > 1.0  # the marking feature, not the starting score, carries the order
    assert fit_rerank.first_right(test, w) > 0.6 * len(test)  # chance is 1 in 8


def test_the_penalty_spares_the_rankers_score():
    """When only the ranker's score tells the gold sentence, a strong penalty still lets its
    weight grow; another feature that tells it is held back by the same penalty."""
    rng = np.random.default_rng(5)
    by_score = fit_rerank.fit(_lists(rng, 300, 0, 2.0), l2=1.0)
    by_near = fit_rerank.fit(_lists(rng, 300, rerank.FEATURES.index("near"), 2.0), l2=1.0)
    assert by_score[0] > 1.5
    assert by_near[rerank.FEATURES.index("near")] < 1.0


def test_lists_without_a_choice_to_learn_from_are_left_out():
    """A question whose candidates are all gold, or none, teaches nothing and must not move the fit."""
    rng = np.random.default_rng(7)
    lists = _lists(rng, 200, rerank.FEATURES.index("near"), 2.0)
    X = rng.normal(size=(8, len(rerank.FEATURES)))
    noise = [(X * 50, np.ones(8, bool)), (X * 50, np.zeros(8, bool))]
    assert np.allclose(fit_rerank.fit(lists), fit_rerank.fit(lists + noise))


def test_view_cuts_the_gathered_rows_to_the_features_and_depth_tried():
    """Rows are gathered deeper and with features not yet adopted; a fit sees only what it tries."""
    width = len(rerank.FEATURES + fit_rerank.EXTRA)
    X, g = np.arange(50 * width, dtype=float).reshape(50, width), np.zeros(50, bool)
    (Xv, gv), = fit_rerank.view([(X, g)], ["score", "near"], 40)
    assert Xv.shape == (40, 2) and len(gv) == 40
    assert (Xv[:, 1] == X[:40, rerank.FEATURES.index("near")]).all()


def test_blocks_count_the_newest_sets_apart():
    """Each block is scored by a fit that never saw it; the newest sets get a total of their own."""
    rng = np.random.default_rng(11)
    near = rerank.FEATURES.index("near")
    pad = lambda ls: [(np.hstack([X, np.zeros((len(X), len(fit_rerank.EXTRA)))]), g) for X, g in ls]  # noqa: E731
    per = {f"eval{n}": pad(_lists(rng, 30, near, 3.0)) for n in (101, 102, 107, 108)}
    fit_rerank.BLOCK, block = 2, fit_rerank.BLOCK
    try:
        tot = fit_rerank.blocks(per, rerank.FEATURES, 40, 0.003, quiet=True)
    finally:
        fit_rerank.BLOCK = block
    assert tot["all"][0] == 120 and tot["eval107.."][0] == 60
    assert tot["eval107.."][3] > 40  # held out, the fit still finds the marking feature


def test_the_default_sets_leave_every_check_set_out():
    """The check sets must never be fitted on, however many sets have had their blind run."""
    names = {p.name for p in fit_rerank.default_sets()}
    for a, b in fit_rerank.HELD_OUT:
        assert not names & {f"eval{n}" for n in range(a, b + 1)}


def test_typed_is_split_by_the_answer_types_group():
    """One column per group, lit only for a typed sentence; the lead column only for a person asked."""
    def row(answer_type: str, typed: bool, position: int) -> list[float]:
        return fit_rerank._by_type(answer_type, SimpleNamespace(typed=typed, cand=SimpleNamespace(position=position)))
    assert row("person", True, 0) == [1.0, 0.0, 0.0, 0.0, 1.0]
    assert row("duration", True, 0) == [0.0, 1.0, 0.0, 0.0, 0.0]
    assert row("reason", True, 4) == [0.0, 0.0, 0.0, 1.0, 0.0]
    assert row("person", False, 3) == [0.0] * 5
