"""A how-many reply whose every figure counts something else is declined: "How many engineers work at
the depot?" is not answered by "the depot serves trains from 12 cities" (knowledge/answer/count_shown.py).
On sentences and an article written for this test."""

from __future__ import annotations

import pytest

from knowledge import sentence_parse
from knowledge.answer.count_shown import _figure_nouns
from tests.helpers.engine_stores import first_quote, module_engine


@pytest.fixture(scope="module")
def nlp():
    from knowledge.nlp import get_nlp

    return get_nlp()


def _nouns(nlp, text: str):
    doc = nlp(text)
    return _figure_nouns(sentence_parse.decode(sentence_parse.encode(doc[:], 0, len(text))))


def test_the_nouns_figures_count(nlp):
    assert _nouns(nlp, "The depot in Perm serves trains from 12 cities.") == {"city"}
    assert "trainer" in _nouns(nlp, "The school got its first four glider trainers on March 3.")
    assert _nouns(nlp, "The plant opened in 2016 on the Kama river.") == set()  # a year counts nothing
    assert _nouns(nlp, "Forty journalists attended the opening of the Perm depot on May 4.") == {"journalist"}  # no date


def test_only_figures_framing_the_report_decline():
    from knowledge.answer.count_shown import _FRAME

    assert {"city"} <= _FRAME and {"usd", "day"} <= _FRAME
    assert not {"film", "engineer", "trainer"} & _FRAME  # things of another name may be the count asked


DEPOT = """---
title: Perm rail depot to service Lao locomotives
outlet: Test Wire
date: 2018-04-11
---
Perm rail depot to service Lao locomotives

PERM, April 10 – The Perm rail depot will service locomotives bought by Laos, its director Oleg Varlamov said on Tuesday.

Varlamov said the depot already serves trains from 12 cities across the Urals.

The depot's workshop will also train Lao mechanics from four provinces in diesel repair, he added.

Some 85 engineers help the depot's three new Lao trainees learn the trade, he said.
"""

engine = module_engine("count_shown", {"depot.txt": DEPOT})


def test_only_a_figure_counting_the_noun_asked_answers(engine):
    """Mechanics are written with "four provinces" only; engineers with their own count."""
    declined = engine.ask("How many Lao mechanics will the Perm depot train?")
    assert not declined.answered, declined.text
    a = engine.ask("How many engineers help at the Perm depot?")
    assert a.answered and "85" in first_quote(a), a.text
