"""Fit the learned re-ranking stage (knowledge/answer/rerank.py) on the development sets.

Usage:  uv run python bench/fit_rerank.py [SET ...]   (default: bench/eval5 to bench/eval58)
For every answerable question that reaches the ranking, the candidates left after the question's
constraints are scored with rerank.features; a linear model is fitted with a listwise (softmax)
loss to put a gold sentence first. Prints, per set, how often the gold sentence comes first in
the ranker's order and in the re-ranked order, each set held out from its own fit (leave one set
out), then writes the weights fitted on all the sets to knowledge/answer/rerank_weights.json.
Only sets already run once blind may be used: a set fitted on is no longer blind.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.blind_eval import same_sentence, set_store  # noqa: E402
from bench.fit_decision import prepared  # noqa: E402
from knowledge.answer import Engine, rerank  # noqa: E402


def _capture():
    """rerank.rerank replaced by a recorder that leaves the ranker's order as it is."""
    seen = {}

    def record(ranked, terms, tokens, plan):
        seen["args"] = (ranked, terms, tokens, plan)
        return ranked

    return seen, record


def set_lists(set_dir: Path) -> list[tuple[np.ndarray, np.ndarray]]:
    """(feature matrix, gold flags) of the candidates of each answerable question of one set."""
    db, seeds = set_store(set_dir, "rerank_")
    seen, record = _capture()
    real, rerank.rerank = rerank.rerank, record
    out = []
    try:
        with Engine.open(db, seeds) as eng:
            for q in json.loads((set_dir / "questions.json").read_text(encoding="utf-8")):
                if q.get("expect_decline"):
                    continue
                seen.clear()
                prepared(eng, q["question"])
                if "args" not in seen or not seen["args"][0]:
                    continue
                ranked, terms, tokens, plan = seen["args"]
                head = ranked[:rerank.RERANK]
                X = np.array(rerank.feature_rows(ranked, terms, tokens, plan), dtype=float)
                g = np.array([any(same_sentence(x.cand.text, s) for s in q["gold"]) for x in head], dtype=bool)
                out.append((X, g))
    finally:
        rerank.rerank = real
    return out


def fit(lists: list[tuple[np.ndarray, np.ndarray]], l2: float = 0.01, steps: int = 200, lr: float = 0.3) -> np.ndarray:
    """Listwise softmax: raise the gold sentences' share of the probability over the candidates."""
    w = np.zeros(len(rerank.FEATURES))
    w[0] = 1.0  # start from the ranker's own order
    train = [(X, g) for X, g in lists if g.any() and not g.all()]
    for _ in range(steps):
        grad = np.zeros_like(w)
        for X, g in train:
            s = X @ w
            p = np.exp(s - s.max())
            p /= p.sum()
            grad += p @ X - (p[g] @ X[g]) / p[g].sum()
        w -= lr * (grad / len(train) + l2 * w)
    return w


def first_right(lists, w) -> int:
    return sum(bool(g[int(np.argmax(X @ w))]) for X, g in lists)


def main() -> None:
    sets = [Path(a) for a in sys.argv[1:]] or [ROOT / "bench" / f"eval{n}" for n in range(5, 59)]
    per = {s.name: set_lists(s) for s in sets}
    ranker = np.zeros(len(rerank.FEATURES))
    ranker[0] = 1.0
    print(f"{'set':8}{'questions':>10}{'ranker':>8}{'re-ranked (held out)':>22}")
    tot = [0, 0, 0]
    for name, lists in per.items():
        w = fit([x for other, ls in per.items() if other != name for x in ls])
        a, b = first_right(lists, ranker), first_right(lists, w)
        tot = [tot[0] + len(lists), tot[1] + a, tot[2] + b]
        print(f"{name:8}{len(lists):>10}{a:>8}{b:>22}")
    print(f"{'all':8}{tot[0]:>10}{tot[1]:>8}{tot[2]:>22}")
    w = fit([x for ls in per.values() for x in ls])
    for f, v in zip(rerank.FEATURES, w):
        print(f"  {f:<14}{v:+.3f}")
    rerank.WEIGHTS_FILE.write_text(json.dumps(
        {"fitted_on": [s.name for s in sets], "weights": {f: round(float(v), 4) for f, v in zip(rerank.FEATURES, w)}},
        indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
