"""A how-many answer counts the thing asked: of two sentences writing "students", the one whose figure
counts students answers "how many students", not the one whose figure counts a region's people
(knowledge/answer/count_tied.py). On sentences and an article written for this test."""

from __future__ import annotations

import pytest

from knowledge import sentence_parse
from knowledge.answer.count_tied import counted_nouns, tie
from tests.helpers.engine_stores import first_quote, module_engine


@pytest.fixture(scope="module")
def nlp():
    from knowledge.nlp import get_nlp

    return get_nlp()


def _nouns(nlp, text: str) -> set[str]:
    doc = nlp(text)
    return counted_nouns(sentence_parse.decode(sentence_parse.encode(doc[:], 0, len(text))))


def test_the_noun_each_figure_counts(nlp):
    assert _nouns(nlp, "Tula, a region of 1.5 million people, sends 40 cadets abroad.") == {"people", "cadet"}
    assert "engineer" in _nouns(nlp, "The mission numbered 12 engineers.")
    assert "trainee" in _nouns(nlp, "Hundreds of trainees applied.")
    assert "trainee" in _nouns(nlp, "The number of trainees reached 5,300.")
    assert "percent" in _nouns(nlp, "Exports rose 14% in March.")
    assert "trainee" in _nouns(nlp, "A group of trainees, about 25, arrived from Perm.")
    assert "university" not in _nouns(nlp, "Perm is one of the universities that teach Lao.")


def test_the_asked_noun_ties_closer_than_people_in_general():
    assert tie({"cadet"}, ["cadets"]) == 2
    assert tie({"people"}, ["cadets"]) == 1
    assert tie({"cadet"}, ["people"]) == 1
    assert tie({"hectare"}, ["cadets"]) == 0
    assert tie({"match"}, ["games"]) == 2  # a noun news writes for it


ACADEMY = """---
title: Rail academy in Tula widens its intake
outlet: Test Wire
date: 2017-09-14
---
Rail academy in Tula widens its intake

TULA, September 13 – The Tula rail academy, which serves a region of 1.5 million people, trains students in signalling, its rector Pavel Gorin said on Wednesday.

Gorin said the academy hoped to widen its partnerships with railways in Asia.

This autumn some 640 students attend courses at the academy, he added.
"""

engine = module_engine("count_tied", {"academy.txt": ACADEMY})


def test_the_sentence_counting_the_students_answers(engine):
    a = engine.ask("How many students attend the Tula rail academy?")
    assert a.answered and "640" in first_quote(a), a.text


def test_a_unit_asked_ties_to_nothing_counted(engine):
    """ "How many tonnes of wheat": tonnes of rice are tonnes too; the unit tells nothing of the thing."""
    from knowledge.answer.count_tied import prefer

    class _R:
        def __init__(self, score):
            self.score = score

    ranked = [_R(5.0), _R(4.5)]
    assert prefer(None, ranked, ["tonnes"]) is ranked
