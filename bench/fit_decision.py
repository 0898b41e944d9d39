"""Fit the answer-from-sentence decision (knowledge/answer/decision.py) on the development sets.

Usage:  uv run python bench/fit_decision.py [SET ...] [--check SET ...]
        (default: every tuning set, bench/eval5 to bench/eval94 but eval79..82, which stay held out
        with eval95 and later; --check: sets not fitted on, counted apart with the new weights)
Writes knowledge/answer/decision_weights.json and prints, per part, the questions gained and lost
against the weights in use. Only sets that were already run once blind may be used here: a set fitted on is no longer
blind, and the figure for the next blind run must come from a new set.

For every question that reaches the decision (hard evidence — an unknown name, entities never
together, a named person away from the sentence, a fact line resting on a top-ranked sentence —
settles the rest), two outcomes are scored with the blind-set rules, each through the whole
pipeline (the checks after the decision included): the decision forced to answer from the best
sentence, and forced to fall back (the fact answer or its decline). A logistic model learns when
the first is right, from the questions whose two outcomes differ (the others are right or wrong
whatever it decides, and fitted on they only pull it towards the commoner outcome); the
threshold is the highest within two questions of the best among those that lose no decline: the
questions to be declined that it gets right are at least as many as with the weights in use (a
refit must not buy answers with declines, see below). The seed question set's rows weigh
SEED_WEIGHT times as much: they are few (36 of some 6,600 reach the decision) and the test suite
holds every decline of theirs. `lang_en` is held at 0: the question's language says nothing about
whether the sentence answers it.

Measured at 9948a68 (eval5..62 fitted, eval63..70 held out, both counted against the weights then
in use): unweighted seed rows, +35 on eval5..62 and +7 held out, but four of the seed set's
declines lost; SEED_WEIGHT 20, +12 and +0; 40, +11 and +0; and every such refit gains answers by
losing declines (eval5..62 declines 2217 -> about 2175-2205). Not adopted: the features, not the
fit, limit the decision.

Measured again at 50ae207 (eval5..94 but 79..82 fitted, eval95..98 checked), on the decision's two
outcomes cached per question and without the seed rows: a refit of those features whose threshold
loses no decline gains +116/-123 on the fitted sets, +12/-10 on eval95..98; with year_unwritten and
off_question (sentence_fit.py) +206/-106 and +22/-12. This script with the seed rows and all but
lang_en free: dev_sets against 50ae207's weights +182/-99 on the fitted sets (declines 3528 -> 3531),
+15/-11 on eval95..98 (192 -> 191), held-out eval79..82 +17/-7 (174 -> 171); but it lost three
constructed declines and answers of the test suite (tests/test_engine_premises_asked.py: the Tula
founding and the Kazan appointment, answered; test_engine_roles_alternatives.py: the NA chairman,
declined): place_conflict fell to -0.1 and away_body rose to +2.1, cancelling named_away. With HELD
as below the founding is declined again, the other two still fail. Not adopted: the two features
weigh 0 until a refit keeps the test suite.
"""

from __future__ import annotations

import json
from collections import Counter
from multiprocessing import Pool
import sys
import tempfile
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.blind_eval import has_term, same_sentence, set_store  # noqa: E402
from knowledge.answer import Engine, decision, pipeline, route  # noqa: E402
from knowledge.answer.engine import _Texts  # noqa: E402
from knowledge.answer.plan import topics  # noqa: E402
from knowledge.context import apply_context  # noqa: E402
from knowledge.question import parse  # noqa: E402


WHY: Counter = Counter()


def right(ans, q) -> bool:
    if q.get("expect_decline"):
        return not ans.answered and not ans.citations
    quoted = any(same_sentence(c.quote, g) for c in ans.citations for g in q["gold"])
    return ans.answered and quoted and all(has_term(ans.text, t) for t in q["answer_terms"])


def prepared(eng: Engine, question: str):
    """(what the question names, the pipeline's choice for it) as Engine.ask gets there: acronyms
    spelled out, the fact answer, then everything up to the decision."""
    qq = parse(eng.acronyms.expand(question[:500]))
    found = eng.index.find(qq)
    tps, tidx = topics(qq)
    frame = apply_context(qq, found, tps, {}, eng.index)
    fact = route.answer(eng, qq, found, frame.topics, tidx, frame)
    r = eng.retrieval
    return found, pipeline.prepare(r.store, fact, qq, found, r.kinds, r.total, r.vocab)


def decision_rows(eng: Engine, asks: list[tuple[str, object, bool]]) -> tuple[list, int, int, Counter]:
    """(feature vector, right when answering from the sentence, right when falling back, to be
    declined, answered from the sentence with the weights in use) for each question reaching the
    decision; each outcome is the engine's whole answer with the decision forced."""
    rows, settled_ok, why = [], 0, Counter()
    real = decision.answer_from_sentence
    seen: dict = {}
    try:
        for question, judge, declined in asks:
            found, choice = prepared(eng, question)
            if choice.settled is not None:
                ok = judge(pipeline.fallback(choice, _Texts(eng, found)))
                settled_ok += ok
                why[(choice.why, ok)] += 1
                continue
            for forced in (True, False):
                decision.answer_from_sentence = lambda x, forced=forced: forced
                seen[forced] = judge(eng.ask(question))
            rows.append((choice.x, seen[True], seen[False], declined, real(choice.x)))
    finally:
        decision.answer_from_sentence = real
    return rows, settled_ok, len(asks), why


def blind_set(set_dir: Path) -> tuple[list, int, int, Counter]:
    db, seeds = set_store(set_dir, "fit_")
    with Engine.open(db, seeds) as eng:
        qs = json.loads((set_dir / "questions.json").read_text(encoding="utf-8"))
        return decision_rows(eng, [(q["question"], lambda a, q=q: right(a, q), bool(q.get("expect_decline")))
                                   for q in qs])


def question_set(store: str) -> tuple[list, int, int, Counter]:
    """The seed question set (tests/data/questions.py) on one of its two stores; follow-ups left out
    (they rest on the conversation's facts and never reach the decision)."""
    from tests.data.questions import QUESTIONS
    from tests.helpers.question_set import extracted_engine, hand_built_engine, problems_of

    folder = Path(tempfile.mkdtemp(prefix="fitq_"))
    with (hand_built_engine(folder) if store == "hand-built" else extracted_engine(folder)) as eng:
        items = [i for i in QUESTIONS if not i["after"]]
        return decision_rows(eng, [(i["q"], lambda a, i=i: not problems_of(i, a), False) for i in items])


# held at these weights while the rest is fitted: lang_en at 0 (see above); the conflicts a question's
# detail has with the sentence at the weights swept for them on the decision's cached outcomes (see
# decision_weights.json's notes): each fires on a few dozen questions, too few for the fit to weigh, and
# a refit left free shrinks place_conflict to -0.1, answering the premise "when was the <Tula> society
# founded" from a sentence about a centre in Kazan (tests/test_engine_premises_asked.py)
HELD = {"lang_en": 0.0, "date_conflict": -2.0, "number_conflict": -1.0, "gift_unwritten": -1.0,
        "reader_frame": -2.0, "place_conflict": -2.0}
SEED_WEIGHT = 20.0


def fit(X: np.ndarray, y: np.ndarray, weight: np.ndarray, l2: float = 0.3, steps: int = 6000) -> np.ndarray:
    """Weighted logistic regression (`weight`: how much each row counts), the features of HELD
    kept at their weights."""
    w = np.zeros(X.shape[1])
    held = [decision.FEATURES.index(f) for f in HELD]
    w[held] = list(HELD.values())
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(X @ w)))
        grad = X.T @ ((p - y) * weight) / weight.sum() + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= 0.5 * grad
        w[held] = list(HELD.values())
    return w


def _moved(rows: list, take: np.ndarray) -> str:
    """Questions gained and lost against the weights in use, and the declines among them."""
    y, alt, dec, cur = (np.array([r[i] for r in rows], dtype=bool) for i in (1, 2, 3, 4))
    now, was = np.where(take, y, alt), np.where(cur, y, alt)
    return (f"+{int((now & ~was).sum())}/-{int((was & ~now).sum())} (declines +{int((now & ~was & dec).sum())}"
            f"/-{int((was & ~now & dec).sum())})")


def _threshold(p: np.ndarray, rows: list) -> float:
    """Of the thresholds within two questions of the best that lose no decline against the weights in
    use, the highest: a tie goes to declining (a wrong answer costs a reader more than a decline)."""
    y, alt, dec, cur = (np.array([r[i] for r in rows], dtype=bool) for i in (1, 2, 3, 4))
    held = int(np.where(cur, y, alt)[dec].sum())
    scores = [(float(t), float(np.sum(np.where(p >= t, y, alt)))) for t in np.arange(0.05, 0.91, 0.01)
              if np.where(p >= t, y, alt)[dec].sum() >= held]
    top = max(ok for _t, ok in scores)
    return max((t, ok) for t, ok in scores if ok >= top - 2)[0]


def main() -> None:
    args = sys.argv[1:]
    check = [Path(a) for a in args[args.index("--check") + 1:]] if "--check" in args else []
    args = args[:args.index("--check")] if "--check" in args else args
    sets = [Path(a) for a in args] or [ROOT / "bench" / f"eval{n}" for n in range(5, 95) if not 79 <= n <= 82]
    with Pool(2) as pool:
        parts = pool.map(blind_set, sets) + [question_set("hand-built"), question_set("extracted")]
        checked = pool.map(blind_set, check)
    for p in parts:
        WHY.update(p[3])
    rows = [r for p in parts for r in p[0]]
    seed = np.array([0.0] * sum(len(p[0]) for p in parts[:-2]) + [1.0] * sum(len(p[0]) for p in parts[-2:]))
    settled_ok, n = sum(p[1] for p in parts), sum(p[2] for p in parts)
    X = np.array([r[0] for r in rows], dtype=float)
    y = np.array([r[1] for r in rows], dtype=float)
    alt = np.array([r[2] for r in rows], dtype=float)
    w = fit(X, y, ((y != alt) + 1e-3) * np.where(seed > 0, SEED_WEIGHT, 1.0))
    p = 1 / (1 + np.exp(-(X @ w)))
    best_t = _threshold(p, rows)
    best_ok = float(np.sum(np.where(p >= best_t, y, alt)))
    print(f"{n} questions ({', '.join(s.name for s in sets)} and the seed question set on both its stores),"
          f" {len(rows)} reach the decision; settled right: {settled_ok}")
    print(f"always the fallback: {(settled_ok + alt.sum()) / n:.1%}; always the sentence: "
          f"{(settled_ok + y.sum()) / n:.1%}; fitted (threshold {best_t:.2f}): {(settled_ok + best_ok) / n:.1%}")
    print(f"against the weights in use: fitted sets {_moved(rows, p >= best_t)}")
    for s, part in zip(check, checked):
        xs = np.array([r[0] for r in part[0]], dtype=float).reshape(-1, len(w))
        print(f"  {s.name} (not fitted on) {_moved(part[0], 1 / (1 + np.exp(-(xs @ w))) >= best_t)}")
    every = [r for part in checked for r in part[0]]
    if every:
        xs = np.array([r[0] for r in every], dtype=float)
        print(f"  all sets not fitted on {_moved(every, 1 / (1 + np.exp(-(xs @ w))) >= best_t)}")
    for (why, ok), m in sorted(WHY.items()):
        print(f"  settled by {why:<28} {'right' if ok else 'wrong':<6}{m:>4}")
    for f, v in zip(decision.FEATURES, w):
        print(f"  {f:<16}{v:+.3f}")
    decision.WEIGHTS_FILE.write_text(json.dumps(
        {"fitted_on": [s.name for s in sets] + ["tests/data/questions.py"], "threshold": round(best_t, 2),
         "weights": {f: round(float(v), 4) for f, v in zip(decision.FEATURES, w)}}, indent=1) + "\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
