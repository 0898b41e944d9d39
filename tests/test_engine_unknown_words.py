"""A word of the question that no article contains ("felt", "lending") is a reason to decline only
when nothing else the question asks is supported: a speaker's statement that says it in other
words, or a figure the articles give as "a loan of", still answers. A thing counted that no
article names ("how many barrels") still declines. Articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer import plan
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

TOMSK = """---
title: Tomsk governor tours the Mekong Delta
outlet: Test Wire
date: 2023-04-14
---
Tomsk governor tours the Mekong Delta

Tomsk Governor Vladimir Mazur met Cần Thơ Party Secretary Đỗ Thanh Bình in Cần Thơ on Thursday.

Mazur said the warm welcome in the Mekong Delta had moved him deeply.

He said tax breaks in the Tomsk special economic zone could draw Vietnamese investors to the region's timber industry.

Bình proposed direct flights between Cần Thơ and Novosibirsk.
"""

PORT = """---
title: Russian bank backs Mekong container terminal
outlet: Test Wire
date: 2023-05-22
---
Russian bank backs Mekong container terminal

Russia's Gazprombank has agreed to provide the Cái Cui port operator with a loan of up to 240 million USD to build a container terminal, the bank's deputy chairman Igor Kozlov said in Cần Thơ on Monday.

The terminal is due to handle rice and seafood exports to Vladivostok from 2026.
"""

engine = module_engine("unknown_words", {"tomsk.txt": TOMSK, "port.txt": PORT})


def test_a_feeling_asked_in_a_word_no_article_has_is_answered_by_the_speakers_statement(engine):
    a = engine.ask("How did Mazur say he felt in Cần Thơ?")
    assert a.answered and "moved him deeply" in quoted(a), a.text


def test_how_much_with_a_verb_no_article_has_is_answered_by_the_figure(engine):
    a = engine.ask("How much is Gazprombank lending the Cái Cui port operator?")
    assert a.answered and "240 million USD" in quoted(a), a.text


def test_a_thing_counted_that_no_article_names_is_still_declined(engine):
    a = engine.ask("How many barrels of oil does the Cái Cui terminal handle?")
    assert not a.answered and not a.citations, a.text


def test_a_statement_on_a_thing_no_article_names_is_still_declined(engine):
    a = engine.ask("What did Mazur say about the weather?")
    assert not a.answered and not a.citations, a.text



def _unknown(engine, text: str) -> list[str]:
    q = parse(text)
    return plan.unknown_terms(engine, q, engine.index.find(q), plan.topics(q)[1])


@pytest.mark.parametrize("question", [
    "On what date was the report on Kozlov's loan datelined?",
    "Roughly how much was the loan, per Kozlov?",
    "Which flights did Bình initially propose, as described in the report?",
    "Which exports was the terminal originally meant to handle?",
    "Which investors are involved, as listed by Mazur?",
])
def test_a_word_that_only_shapes_the_question_is_no_unknown_word(engine, question):
    # no article writes "datelined", "initially", "originally", "roughly", "listed": none is a thing asked about,
    # so none is a reason to decline the question at once
    assert _unknown(engine, question) == []


def test_a_thing_asked_about_beside_a_shaping_word_is_still_unknown(engine):
    assert _unknown(engine, "Roughly how many barrels did the terminal handle?") == ["barrels"]
