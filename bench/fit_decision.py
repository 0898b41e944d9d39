"""Fit the answer-from-sentence decision (knowledge/answer/decision.py) on the development sets.

Refit after a change to the pipeline (one command, about 10 minutes on two quiet cores):

    .tools/bin/uv run python bench/fit_decision.py            # fit eval5..94 but 79..82, check the rest
    .tools/bin/uv run python bench/fit_decision.py --final    # fit eval95..106 too, check eval79..82
    .tools/bin/uv run python bench/fit_decision.py --cached   # refit on the rows gathered last (seconds)
    options: [SET ...] to fit on, --check SET ..., --dry (print only), --jobs N

It gathers every set's rows afresh (bench/fit_decision_rows.py; cached in bench/out/fit_rows/),
writes knowledge/answer/decision_weights.json and prints the questions gained and lost against the
weights in use: on the fitted sets, on eval95..106 (the newest, not fitted on unless --final) set by
set, and on the held-out eval79..82 (counts only); with --cached, against the weights in use when the
rows were gathered. Then run the whole test suite and
bench/dev_sets.py: the figures here are the decision's alone. Only sets that were already run once
blind may be fitted on: a set fitted on is no longer blind, and the figure for the next blind run
must come from a new set.

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
weighed 0 until a refit kept the test suite.

Refit at 20a43fa (this script, eval5..94 but 79..82 fitted; rows cached): left free as before, the
fitted sets +146/-98, eval95..106 +41/-32 (declines +8/-12), held-out eval79..82 +15/-8 (+2/-5), and
the Kazan appointment and the NA chairman still fail. Why: away_body rises to +2.1 and cancels
named_away (the Kazan appointment, a sentence about a music club away from the only place asked,
taken); and off_question counted the name of the holder of a role asked as words about something
else ("What did the NA chairman tell the ambassador?" of "Chairman of the National Assembly Lê Văn
Thành told the ambassador …": 0.80 off, 0.40 once the names of what is asked count as asked,
sentence_fit.asked_names). With both fixed (away_body held at its hand-swept +1): the fitted sets
+142/-113 (declines +45/-42), eval95..106 +42/-27 (+8/-7), eval79..82 +12/-5 (+2/-3); the test suite's
constructed cases kept. dev_sets against main's base run: eval5..94 +143/-113 (declines +46/-42),
eval95..106 +42/-27 (+8/-7), held-out eval79..82 +12/-5 (declines 174 -> 173); the losses are
answerable questions now declined for a sentence mostly about other things and a few declines now
answered from a sentence that shares their subject (the price of a stall, a submarine's name). Tried and dropped (cached rows, eval95..106 / 5-fold cross-validation by set
on the fitted sets): a date or figure asked whose only ones in the sentence are the question's own
(-0.24 fitted) and a question with no search words (-0.32): +39/-32 and net +29 with both against
+41/-32 and +32 without; l2 10 or 30 instead of 0.3 (cross-validated net +3, -; eval95..106 +35/-22,
+29/-25); off_question split by content questions (no change); a final fit on eval95..106 too loses
held-out declines (+2/-4) and the Kazan appointment again.

Tried and dropped at 3d4bb20 (dev_sets against main's base run, weights as they were; a refit on
the rows gathered with the changed features moved +18/-19 on the fitted sets, nothing): year_unwritten
excused by the article's own year (sources.date) and off_question not counting paraphrases
(paraphrases.py) nor digits: tuning +51/-38 but declines 4781 -> 4748 (35 of the 38 lost are
questions stating a year, mostly false premises such as "how many tourists visited X in 2010" of a
story dated 2010; questions with a year +33/-35, those without +18/-3), held-out +1/-1 (a decline
lost). Without the article year, digits skipped only when a date or figure is asked: tuning +19/-11,
declines 4781 -> 4770 (the losses are how-many premises answered by a sentence with another
figure), held-out +0/-0. A year the question states is often what makes its premise false, and a
story dated that year still does not tell the thing asked; paraphrases alone were not measured apart.

Checked at a6a78d3 for transfer (rows of eval5..134 gathered afresh; fitted on eval5..106 but 79..82 with
the seed rows, eval107..134 not fitted on, both counted against the weights in use): this script as it
is, +46/-33 on the fitted sets (declines +19/-7), eval107..134 +10/-17 (declines +4/-6; eval119..134
+6/-8), held-out eval79..82 +1/-3 (declines +0/-1). Not adopted: it does not carry to unseen sets. With
SEED_WEIGHT 1 eval107..134 gain +38/-22 (declines +14/-6; held out +6/-2), 5 +22/-22, near 0 +41/-33;
not tried through the test suite (unweighted seed rows lost its constructed declines before, see
above), a lead worth a run. Wrong declines at a probability of 0.49-0.62 are no threshold slip: on
eval5..106 the questions between 0.50 and 0.62 whose two outcomes differ are 96 right from the
sentence against 63 right falling back (60 of them declines), on eval107..134 32 against 12 (11
declines); a lower threshold buys answers with declines.

Tried at dec55 (main a6d2d6a; rows of eval90..126, eval138..166, eval171..174 gathered afresh):
threshold 0.62 -> 0.58 and away_body +1 -> +0.8 (at +1 the Kazan appointment above, 0.618, is
answered; 0.570 at +0.8). A refit from scratch does not carry across groups (fitted on eval171..174,
eval127..166 moved +30/-52; pulled towards the weights in use, +20/-32); the threshold alone moves
eval90..126 +15/-12, eval138..166 +14/-5, eval171..174 +4/-0 (rows), dev_sets eval127..137,139 +5/-1,
every loss a false premise now answered (another year, person, place); held out eval79..82,167..170
+1/-2 (+3/-2 with away_body +1). Not adopted: the gains are answerable questions bought with declines,
and the held-out sets drop.

Tried at decide90 (main 914b0e1; rows of eval5..106, eval183..214 and the seed set gathered afresh,
eval95..106 and eval183..214 checked, not fitted on): this script as it is moves the fitted sets
+31/-35 (declines +10/-9), the checked sets +30/-48 (+9/-20), held-out eval79..82 +0/-3 (+0/-1): the
weights in use beat a refit. On the fitted sets always answering from the sentence is right for
86.0% of the questions, the weights in use 86.6%. Of the questions right only from the sentence and
declined now (278 of 13,773 rows), 55 are who, 54 when, 53 what; off_question weighs most against them
(-2.6 on average). Added as features, each fitted free or given one weight beside the weights in use
(threshold kept), and every one buys answers with declines: the best sentence naming someone not asked
(rank's `named`; +1: fitted +12/-5, declines -4; checked +16/-11, declines -9); the answer type asked
(person, date, place); typed for an event type; off_question not counting the sentence's names for a
who (fitted +15/-7, checked +10/-9, declines -6 and -8); a person named when a person is asked, a body
when a class is (+1: fitted +11/-4, declines -3; checked +16/-9, declines -7). The declines so lost are false
premises whose best sentence names someone else doing something else ("which regional governor
attended the consultations" of a governor's condolences, "who is VTB's chief executive" of a
premier's visit): the answer's presence is no evidence of the premise; what tells them apart is
whether the sentence writes the act or role asked beside the name, not whether it names someone.

Tried and dropped at num58 (main 0929b77; the code is commit 3e68b14, reverted): a feature amount_asked, the
best sentence writes a figure of what a how-many / how-much / how-long / what-percentage question counts or
measures (count_noun._counts_asked on the stored parse, amount_tied's tied sum, a share, a span that is no
age), only beside the entities asked (min_slot >= 0.35), at a hand weight. On the number questions' rows
(decision forced both ways) eval150..214 +0.5: +8/-0, +0.75 +10/-0, +1 +11/-4; eval107..149 +0.5 +5/-2,
+0.75 +5/-5. dev_sets at +0.5 against dev_rev85: tuning eval107..214 +12/-2 (declines 5054 -> 5052), but
held out +5/-11 (declines 3841 -> 3830): false premises ("how much prize money in 2010", "compensation in
US dollars" of a sum in roubles) write a figure of the asked noun as often as true ones do. Of the
answerable number questions the decision declines though the sentence is right (28 on eval150..214), most
sit at p 0.50-0.62 with low coverage and the entities only in the article (min_slot 0.35); most number
failures there are another sentence ranked first (about 100) or checks after the decision.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from multiprocessing import Pool
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.fit_decision_rows import SEED_PARTS, cached, gather  # noqa: E402
from knowledge.answer import decision  # noqa: E402

FITTED = [f"eval{n}" for n in range(5, 95) if not 79 <= n <= 82]
NEWEST = [f"eval{n}" for n in range(95, 107)]
HELD_OUT = [f"eval{n}" for n in range(79, 83)]


# held at these weights while the rest is fitted: lang_en at 0 (see above); the conflicts a question's
# detail has with the sentence at the weights swept for them on the decision's cached outcomes (see
# decision_weights.json's notes): each fires on a few dozen questions, too few for the fit to weigh, and
# a refit left free shrinks place_conflict to -0.1, answering the premise "when was the <Tula> society
# founded" from a sentence about a centre in Kazan (tests/test_engine_premises_asked.py); away_body at its
# hand-swept +1: left free it rises to +2.1 and cancels named_away (-2.4), so a sentence away from the
# only place asked ("who was appointed to lead the exchange with <Kazan>" of an appointment to a music
# club) counts as near it; held, eval95..106 (not fitted on) gain +42/-27 against +39/-32 left free
HELD = {"lang_en": 0.0, "date_conflict": -2.0, "number_conflict": -1.0, "gift_unwritten": -1.0,
        "reader_frame": -2.0, "place_conflict": -2.0, "away_body": 1.0}
SEED_WEIGHT = 20.0
NOTES = ("Fitted by bench/fit_decision.py (see its docstring for the figures); the weights of its HELD were "
         "swept by hand on the decision's cached outcomes and held while the rest was fitted.")


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


def _cols(rows: list[dict]) -> tuple[np.ndarray, ...]:
    """(features, right from the sentence, right falling back, to be declined, sentence taken now)."""
    X = np.array([r["x"] for r in rows], dtype=float).reshape(-1, len(decision.FEATURES))
    return (X, *(np.array([r[k] for r in rows], dtype=bool) for k in ("sent", "fall", "decline", "cur")))


def _moved(rows: list[dict], w: np.ndarray, t: float) -> str:
    """Questions gained and lost against the weights in use, and the declines among them."""
    X, y, alt, dec, cur = _cols(rows)
    take = 1 / (1 + np.exp(-(X @ w))) >= t
    now, was = np.where(take, y, alt), np.where(cur, y, alt)
    return (f"+{int((now & ~was).sum())}/-{int((was & ~now).sum())} (declines +{int((now & ~was & dec).sum())}"
            f"/-{int((was & ~now & dec).sum())}; right {int(was.sum())} -> {int(now.sum())} of {len(rows)})")


def _threshold(p: np.ndarray, rows: list[dict]) -> float:
    """Of the thresholds within two questions of the best that lose no decline against the weights in
    use, the highest: a tie goes to declining (a wrong answer costs a reader more than a decline)."""
    _X, y, alt, dec, cur = _cols(rows)
    held = int(np.where(cur, y, alt)[dec].sum())
    scores = [(float(t), float(np.sum(np.where(p >= t, y, alt)))) for t in np.arange(0.05, 0.91, 0.01)
              if np.where(p >= t, y, alt)[dec].sum() >= held]
    top = max(ok for _t, ok in scores)
    return max((t, ok) for t, ok in scores if ok >= top - 2)[0]


def _args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Fit the answer-from-sentence decision; see the module docstring.")
    ap.add_argument("sets", nargs="*", help=f"sets to fit on (default eval5..94 but eval79..82)")
    ap.add_argument("--check", nargs="*", default=None,
                    help="sets not fitted on, counted apart (default eval95..106, and eval79..82 as held out)")
    ap.add_argument("--final", action="store_true", help="fit on eval95..106 too (check only eval79..82)")
    ap.add_argument("--cached", action="store_true", help="reuse the rows of bench/out/fit_rows/ (gather the missing)")
    ap.add_argument("--dry", action="store_true", help="print the fit, leave decision_weights.json as it is")
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    args.sets = args.sets or FITTED + (NEWEST if args.final else [])
    if args.check is None:
        args.check = ([] if args.final else NEWEST) + HELD_OUT
    return args


def _report(args, parts: dict[str, list[dict]], w: np.ndarray, t: float) -> None:
    fitted = [r for s in [*args.sets, *SEED_PARTS] for r in parts[s] if "x" in r]
    print(f"against the weights in use: fitted sets {_moved(fitted, w, t)}")
    for group, names in (("newest (not fitted on)", [s for s in args.check if s in NEWEST]),
                         ("held out", [s for s in args.check if s in HELD_OUT]),
                         ("other sets not fitted on", [s for s in args.check if s not in NEWEST + HELD_OUT])):
        rows = [r for s in names for r in parts[s] if "x" in r]
        if rows:
            print(f"  {group}: {_moved(rows, w, t)}")
    for s in args.check:
        if s not in HELD_OUT:
            print(f"    {s} {_moved([r for r in parts[s] if 'x' in r], w, t)}")
    for f, v in zip(decision.FEATURES, w):
        print(f"  {f:<16}{v:+.3f}{'  (held)' if f in HELD else ''}")


def main(argv: list[str] | None = None) -> None:
    args = _args(argv)
    names = [*args.sets, *SEED_PARTS, *args.check]
    with Pool(args.jobs) as pool:
        parts = dict(zip(names, pool.map(cached if args.cached else gather, names)))
    rows = [r for s in [*args.sets, *SEED_PARTS] for r in parts[s] if "x" in r]
    seed = np.array([s in SEED_PARTS for s in [*args.sets, *SEED_PARTS] for r in parts[s] if "x" in r])
    X, y, alt, _dec, _cur = (c.astype(float) for c in _cols(rows))
    w = fit(X, y, ((y != alt) + 1e-3) * np.where(seed, SEED_WEIGHT, 1.0))
    p = 1 / (1 + np.exp(-(X @ w)))
    t = _threshold(p, rows)
    settled = Counter((r["settled"], r["ok"]) for s in [*args.sets, *SEED_PARTS] for r in parts[s] if "x" not in r)
    n = sum(len(parts[s]) for s in [*args.sets, *SEED_PARTS])
    ok0 = sum(m for (_why, ok), m in settled.items() if ok)
    print(f"{n} questions ({len(args.sets)} sets and the seed question set on both its stores), {len(rows)} reach"
          f" the decision; settled right: {ok0}")
    print(f"always the fallback: {(ok0 + alt.sum()) / n:.1%}; always the sentence: {(ok0 + y.sum()) / n:.1%};"
          f" fitted (threshold {t:.2f}): {(ok0 + np.where(p >= t, y, alt).sum()) / n:.1%}")
    _report(args, parts, w, t)
    if not args.dry:
        decision.WEIGHTS_FILE.write_text(json.dumps(
            {"fitted_on": [*args.sets, "tests/data/questions.py"], "threshold": round(t, 2),
             "weights": {f: round(float(v), 4) for f, v in zip(decision.FEATURES, w)}, "notes": NOTES},
            indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
