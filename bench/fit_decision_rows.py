"""The rows bench/fit_decision.py fits on: for every question of a set that reaches the
answer-from-sentence decision, its feature vector and whether the engine's whole answer is right
when the decision is forced to answer from the best sentence and when it is forced to fall back.

Rows are gathered once per set and cached in bench/out/fit_rows/<set>.json (the seed question
set as seed-hand-built.json and seed-extracted.json), so a refit with other held weights or
constraints (`fit_decision.py --cached`) takes seconds; gathering again is needed after any change
to the pipeline or its features.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path

from bench.blind_eval import has_term, opened_set, same_sentence
from knowledge.answer import Engine, decision, pipeline, route
from knowledge.answer.engine import _Texts
from knowledge.answer.plan import topics
from knowledge.context import apply_context
from knowledge.question import parse

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "bench" / "out" / "fit_rows"
SEED_PARTS = ("seed-hand-built", "seed-extracted")


def right(ans, q: dict) -> bool:
    """The blind-set rule (bench/blind_eval.py) for the engine's answer."""
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


def decision_rows(eng: Engine, asks: list[tuple[str, str, Callable, bool]]) -> list[dict]:
    """One row per question (key, question, judge, to be declined): a settled one keeps what settled
    it and whether that is right; one reaching the decision its features `x`, `sent` (right when
    answering from the sentence), `fall` (right when falling back), `cur` (answered from the
    sentence with the weights in use), and for reading the rows without the engine the best
    sentence (`best`, its first 300 characters) and the answer type asked (`atype`)."""
    rows = []
    real = decision.answer_from_sentence
    try:
        for key, question, judge, declined in asks:
            found, choice = prepared(eng, question)
            if choice.settled is not None:
                ok = judge(pipeline.fallback(choice, _Texts(eng, found)))
                rows.append({"key": key, "settled": choice.why, "ok": bool(ok), "decline": declined})
                continue
            if decision.all_written(choice.ranked[0], choice.terms, choice.plan.answer_type):  # answered whatever the model says
                rows.append({"key": key, "settled": "all written", "ok": bool(judge(eng.ask(question))),
                             "decline": declined})
                continue
            seen = {}
            for forced in (True, False):
                decision.answer_from_sentence = lambda x, forced=forced: forced
                seen[forced] = bool(judge(eng.ask(question)))
            rows.append({"key": key, "x": [float(v) for v in choice.x], "sent": seen[True], "fall": seen[False],
                         "decline": declined, "cur": bool(real(choice.x)),
                         "best": choice.ranked[0].cand.text[:300], "atype": choice.plan.answer_type})
    finally:
        decision.answer_from_sentence = real
    return rows


def blind_set(name: str) -> list[dict]:
    set_dir = ROOT / "bench" / name
    with opened_set(set_dir, "fit_") as (eng, _files):
        qs = json.loads((set_dir / "questions.json").read_text(encoding="utf-8"))
        return decision_rows(eng, [(f"{name}:{q.get('id')}:{q['question']}", q["question"],
                                    lambda a, q=q: right(a, q), bool(q.get("expect_decline"))) for q in qs])


def question_set(part: str) -> list[dict]:
    """The seed question set (tests/data/questions.py) on one of its two stores; follow-ups left out
    (they rest on the conversation's facts and never reach the decision)."""
    from tests.data.questions import QUESTIONS
    from tests.helpers.question_set import extracted_engine, hand_built_engine, problems_of

    folder = Path(tempfile.mkdtemp(prefix="fitq_"))
    with (hand_built_engine(folder) if part == "seed-hand-built" else extracted_engine(folder)) as eng:
        items = [i for i in QUESTIONS if not i["after"]]
        return decision_rows(eng, [(f"{part}:{i['q']}", i["q"], lambda a, i=i: not problems_of(i, a),
                                    not i["answered"]) for i in items])


def gather(name: str) -> list[dict]:
    """A part's rows, gathered now and written to the cache."""
    rows = question_set(name) if name in SEED_PARTS else blind_set(name)
    CACHE.mkdir(parents=True, exist_ok=True)
    (CACHE / f"{name}.json").write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


def cached(name: str) -> list[dict]:
    """A part's rows as last gathered; gathered now when none are cached."""
    f = CACHE / f"{name}.json"
    return json.loads(f.read_text(encoding="utf-8")) if f.exists() else gather(name)
