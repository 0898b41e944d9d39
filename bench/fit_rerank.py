"""Fit the learned re-ranking stage (knowledge/answer/rerank.py) on the development sets.

Usage:  uv run python bench/fit_rerank.py [SET ...]   (default: bench/eval5 to bench/eval62)
For every answerable question that reaches the ranking, the candidates left after the question's
constraints are scored with rerank.features; a linear model is fitted with a listwise (softmax)
loss to put a gold sentence first. Prints, per block of six consecutive sets, how often the gold sentence comes first
in the ranker's order and in the re-ranked order, each block held out from its own fit, then writes the weights fitted on all the sets to knowledge/answer/rerank_weights.json.
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
from bench.fit_decision_rows import prepared  # noqa: E402
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


def fit(lists: list[tuple[np.ndarray, np.ndarray]], l2: float = 0.003, iters: int = 25) -> np.ndarray:
    """Listwise softmax: raise the gold sentences' share of the probability over the candidates,
    minimised to convergence (damped Newton; the loss is smooth and has few weights). An L2 penalty
    on every weight but the ranker's score keeps the fit near the ranker's order where the sets do
    not agree (0.003; 0.001 put a few more gold sentences first on held-out blocks but leaned hard
    on sentences in the question's own words, a literal neighbour before a synonym)."""
    train = [(X, g) for X, g in lists if g.any() and not g.all()]
    k = max(len(X) for X, _g in train)
    T = np.zeros((len(train), k, len(rerank.FEATURES)))
    M = np.zeros((len(train), k), bool)
    G = np.zeros((len(train), k), bool)
    for n, (X, g) in enumerate(train):
        T[n, :len(X)], M[n, :len(X)], G[n, :len(g)] = X, True, g
    pen = np.full(T.shape[2], l2)
    pen[0] = 0.0
    w = np.zeros(T.shape[2])
    w[0] = 1.0  # start from the ranker's own order
    for _ in range(iters):
        loss, grad, hess = _loss(w, T, M, G, pen, True)
        step = np.linalg.solve(hess, grad)
        t = 1.0
        while t > 1e-4 and _loss(w - t * step, T, M, G, pen)[0] > loss - 1e-4 * t * (grad @ step):
            t /= 2
        w = w - t * step
        if np.abs(t * step).max() < 1e-5:
            break
    return w


def _loss(w, T, M, G, pen, hessian: bool = False):
    """The mean listwise loss with its penalty, its gradient and (`hessian`) its Hessian."""
    s = np.where(M, T @ w, -1e9)
    e = np.exp(s - s.max(1, keepdims=True)) * M
    z, zg = e.sum(1), (e * G).sum(1)
    p, pg = e / z[:, None], e * G / zg[:, None]
    n = len(T)
    loss = float(np.mean(np.log(z) - np.log(zg)) + 0.5 * (pen * w) @ w)
    grad = np.einsum("nk,nkf->f", p - pg, T) / n + pen * w
    if not hessian:
        return loss, grad
    mp, mg = np.einsum("nk,nkf->nf", p, T), np.einsum("nk,nkf->nf", pg, T)
    h = (np.einsum("nk,nkf,nkg->fg", p, T, T) - mp.T @ mp - np.einsum("nk,nkf,nkg->fg", pg, T, T) + mg.T @ mg) / n
    return loss, grad, h + np.diag(pen) + 1e-6 * np.eye(len(w))


BLOCK = 6  # sets held out at a time: later sets are new articles to a fit on the earlier ones


def first_right(lists, w) -> int:
    return sum(bool(g[int(np.argmax(X @ w))]) for X, g in lists)


def main() -> None:
    sets = [Path(a) for a in sys.argv[1:]] or [ROOT / "bench" / f"eval{n}" for n in range(5, 63)]
    per = {s.name: set_lists(s) for s in sets}
    ranker = np.zeros(len(rerank.FEATURES))
    ranker[0] = 1.0
    print(f"{'sets':14}{'questions':>10}{'ranker':>8}{'re-ranked (held out)':>22}")
    tot = [0, 0, 0]
    names = list(per)
    for block in [names[i:i + BLOCK] for i in range(0, len(names), BLOCK)]:  # consecutive sets held out together
        w = fit([x for other, ls in per.items() if other not in block for x in ls])
        lists = [x for name in block for x in per[name]]
        a, b = first_right(lists, ranker), first_right(lists, w)
        tot = [tot[0] + len(lists), tot[1] + a, tot[2] + b]
        print(f"{block[0] + '..' + block[-1][4:]:14}{len(lists):>10}{a:>8}{b:>22}")
    print(f"{'all':14}{tot[0]:>10}{tot[1]:>8}{tot[2]:>22}")
    w = fit([x for ls in per.values() for x in ls])
    for f, v in zip(rerank.FEATURES, w):
        print(f"  {f:<14}{v:+.3f}")
    rerank.WEIGHTS_FILE.write_text(json.dumps(
        {"fitted_on": [s.name for s in sets], "weights": {f: round(float(v), 4) for f, v in zip(rerank.FEATURES, w)}},
        indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
