"""The re-ranking stage's fit (bench/fit_rerank.py): it converges to the weights that put the
gold sentences first, and its penalty leaves the ranker's own score free."""

from __future__ import annotations

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
