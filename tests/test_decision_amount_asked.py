"""The decision's amount_asked feature: the best sentence writes a figure of what a number question
counts or measures ("more than 2,000 volunteers" for "how many volunteers"), not merely some figure
("in 2019", "15 countries" for "how many volunteers"). Article written for this test."""

from __future__ import annotations

from knowledge.answer import amount_asked, decision
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

OMSK = """---
title: Omsk hosts Vietnamese culture days
outlet: Test Wire
date: 2023-06-14
---
Omsk hosts Vietnamese culture days

The Vietnamese culture days opened in Omsk on Monday with a concert at the city's drama theatre.
The festival has drawn more than 2,000 volunteers from 15 countries since it began in 2019.
Each exhibitor paid a fee of 300 US dollars to take part in the crafts fair.
Sales of Vietnamese coffee in the city rose 40 percent last year.
The culture days will run for five days, the organisers said.
Organiser Nguyễn Văn Bình, a 46-year-old teacher from Hà Nội, opened the crafts fair.
"""

engine = module_engine("amount_asked", {"omsk.txt": OMSK})


def _written(engine, question: str, start: str) -> bool:
    q = parse(question)
    sid, text = engine.conn.execute("SELECT id, text FROM sentences WHERE text LIKE ?", [start + "%"]).fetchone()
    return amount_asked.written(engine.conn, q.lang, q.raw, q.tokens, sid, text)


def test_a_count_of_the_noun_asked_is_written(engine):
    assert _written(engine, "How many volunteers has the Omsk festival drawn?", "The festival has drawn")
    assert _written(engine, "How many countries did the Omsk volunteers come from?", "The festival has drawn")


def test_a_figure_of_another_noun_or_a_year_is_not(engine):
    assert not _written(engine, "How many volunteers opened the Omsk concert?", "The Vietnamese culture days opened")
    assert not _written(engine, "How many volunteers paid a fee in Omsk?", "Each exhibitor paid")


def test_a_sum_a_share_and_a_span_asked(engine):
    assert _written(engine, "How much was the fee for the Omsk crafts fair?", "Each exhibitor paid")
    assert _written(engine, "By how much did coffee sales in Omsk rise?", "Sales of Vietnamese coffee")
    assert _written(engine, "How long will the Omsk culture days run?", "The culture days will run")
    assert not _written(engine, "How long has Nguyễn Văn Bình taught in Omsk?", "Organiser Nguyễn Văn Bình")


def test_a_translated_question_counts_its_noun(engine):
    assert _written(engine, "Lễ hội ở Omsk thu hút bao nhiêu tình nguyện viên?", "The festival has drawn")


def test_the_feature_raises_the_probability():
    class _Cand:
        bm25 = 1.0

    class _Best:
        score, coverage, slots, typed, fits, cand = 1.0, 0.3, [0.35, 1.0], True, False, _Cand()

    class _Plan:
        speaker_asked, slots, answer_type = False, [[1], [2]], "number"

    args = (_Best(), None, _Plan(), 0, False, False, False, True, True, "en", False, False, (0.0, 1.5), False)
    plain = decision.vector(*args, fit=(False, 0.9))
    counted = decision.vector(*args, fit=(False, 0.9), amount=True)
    assert decision.probability(counted) > decision.probability(plain)
