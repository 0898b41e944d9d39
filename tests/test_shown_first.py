"""A "which <noun>" question whose best sentence only repeats the noun is answered by a close sentence
that names one (knowledge/answer/shown_first.py), a performing group asked is named by its kind
(role_filled._FAMILY), and an honorary degree conferred is an honour shown (kind_shown). Article
written for this test."""

from __future__ import annotations

from knowledge.answer.kind_shown import _shown_award
from knowledge.answer.role_filled import beside_family
from tests.helpers.engine_stores import module_engine

TOUR = """---
title: Siberian singers to tour Vietnam
outlet: Test Wire
date: 2021-05-14
---
Siberian singers to tour Vietnam

The renowned Omsk Cossack Choir will give a concert at the Hue Royal Theatre on May 30, the organisers said.

The ensemble has appeared at many Russian and international contests and music festivals.

Tickets for the Hue concert went on sale on Thursday.

Hue University decided to award an honorary doctorate to the choir's conductor, Pavel Orlov, for his work with Vietnamese students.
"""

engine = module_engine("shown_first", {"tour.txt": TOUR})


def test_a_performing_group_is_named_by_its_kind():
    assert beside_family("The renowned Omsk Cossack Choir will sing.", "ensemble", {"ensemble", "russian"})
    assert beside_family("The Perm Philharmonic Orchestra opened the season.", "troupe", {"troupe"})
    assert not beside_family("The ensemble has toured many Russian cities.", "ensemble", {"ensemble"})
    assert not beside_family("The Omsk Cossack Choir will sing.", "bank", {"bank"})


def test_an_honorary_title_conferred_is_an_honour_shown():
    assert _shown_award("The university decided to award an honorary doctorate to the conductor.")
    assert _shown_award("The city made him an honorary citizen in 2010.")
    assert not _shown_award("The conductor thanked the university for its support.")


def test_the_sentence_naming_the_group_answers_not_the_one_repeating_the_noun(engine):
    a = engine.ask("Which Russian ensemble is coming to Hue?")
    assert a.answered and "Omsk Cossack Choir" in a.text, a.text


def test_a_name_of_another_kind_is_not_put_first(engine):
    a = engine.ask("Which Russian studio filmed the Hue concert?")  # the choir sings there; no studio films
    assert not a.answered, a.text
