"""A how-long question answered outright by a span of days written with every word it searches for, in the
sentence of the person asked (knowledge/answer/span_said.py), whatever the decision's score. On sentences
written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer import decision, span_said
from tests.helpers.engine_stores import first_quote, module_engine

VISIT = """ date 2021-11-16
Mongolian minister wraps up Laos trip

VIENTIANE — Mongolian Foreign Minister Batmunkh Battsetseg left Vientiane on Tuesday after talks with her Lao counterpart Saleumxay Kommasith.

Battsetseg was in Laos for three days, Sunday to Tuesday, at the invitation of the Lao foreign minister.

The two ministers agreed to open a direct air link between the two capitals.
"""

engine = module_engine("span_asked", {"visit.txt": VISIT})


def _choice(text: str, terms: list[str], slots: list[float], answer_type: str = "duration", **conflicts):
    """A pipeline.Choice as span_said reads it: the best sentence, the plan, the decision's features."""
    x = [0.0] * len(decision.FEATURES)
    for name, value in conflicts.items():
        x[decision.FEATURES.index(name)] = value
    best = SimpleNamespace(cand=SimpleNamespace(text=text), typed=True, slots=slots)
    return SimpleNamespace(plan=SimpleNamespace(answer_type=answer_type, hard=[True] * len(slots)), ranked=[best],
                           terms=terms, x=x)


def test_a_span_of_days_in_the_persons_sentence_answers(engine):
    a = engine.ask("How long was Battsetseg in Laos?")
    assert a.answered and "three days" in first_quote(a), a.text


def test_a_span_with_the_words_asked_says_how_long():
    sentence = "Batmunkh, who took office in 2020, arrived on Monday for a two-day visit that followed a stop in Hanoi."
    assert span_said.said(_choice(sentence, ["trip"], [1.0, 1.0]))  # "trip": the visit, in other words
    assert span_said.said(_choice("Lin was in Laos for two days, Tuesday and Wednesday.", [], [1.0, 1.0]))


def test_no_span_another_word_a_person_away_or_a_conflict_says_nothing():
    sentence = "Batmunkh arrived on Monday for a two-day visit."
    assert not span_said.said(_choice(sentence, ["festival"], [1.0]))  # the festival asked is not written
    assert not span_said.said(_choice(sentence, ["visit"], [0.35]))  # the person asked only in the article
    assert not span_said.said(_choice(sentence, ["visit"], [1.0], date_conflict=1.0))  # another month
    assert not span_said.said(_choice(sentence, ["visit"], [1.0], answer_type="number"))
    assert not span_said.said(_choice("The port lies some 60 kilometres from the capital.", [], [1.0]))
