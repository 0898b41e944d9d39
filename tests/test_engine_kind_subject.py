""""What kind of organisation is X?", "What type of warship is the Y?": news says what X is beside
its name ("X, a state design bureau", "the training ship Y"), seldom with the noun the question asks
by, so the sentence describing the name is the one that holds the kind asked. Articles written for
this test."""

from __future__ import annotations

import pytest

from knowledge.answer.kind_subject import describes, kind_subject
from tests.helpers.engine_stores import module_engine

PORT_CALL = """---
title: Chilean navy ships call at Montevideo
outlet: Test Wire
date: 2022-10-11
---
Chilean navy ships call at Montevideo

MONTEVIDEO — Two ships of the Chilean Navy arrived in Montevideo on Monday for a five-day port call.

Uruguayan officers welcomed the crews of the ships at the port.

The training ship Esmeralda will lead the group on its way to Buenos Aires.

Engineers from ASMAR, a state shipbuilding company, travelled with the crews.

Several Uruguayan firms and ASMAR held talks on ship repairs on Tuesday.

The Esmeralda and a second vessel of the Chilean Navy will sail on to Buenos Aires.
"""

engine = module_engine("kind_subject", {"port.txt": PORT_CALL})


@pytest.mark.parametrize("question, sentence_has", [
    ("What kind of organisation is ASMAR?", "state shipbuilding company"),
    ("What type of vessel is the Esmeralda?", "training ship Esmeralda"),
])
def test_the_sentence_describing_the_name_answers_its_kind(engine, question, sentence_has):
    a = engine.ask(question)
    assert a.answered and sentence_has in a.citations[0].quote, a.text


def test_the_name_whose_kind_is_asked():
    assert kind_subject("what type of warship is the esmeralda".split()) == ("esmeralda",)
    assert kind_subject("what kind of institution is casa blanca".split()) == ("casa", "blanca")
    # the copula opens a clause, not a name: the visitor is no visit, the centre not yet named
    assert kind_subject("what kind of visit was orlov paying to chile".split()) == ()
    assert kind_subject("what kind of centre is to be built in chile".split()) == ()
    assert kind_subject("which port did the ships visit".split()) == ()


def test_a_description_beside_the_name():
    assert describes("Engineers from ASMAR, a state shipbuilding company, came along.", ("asmar",))
    assert describes("ASMAR is the navy's shipyard.", ("asmar",))
    assert describes("The training ship Esmeralda will lead the group.", ("esmeralda",))
    assert not describes("Uruguayan firms and ASMAR held talks.", ("asmar",))
    assert not describes("They attended the opening of ASMAR's new dock.", ("asmar",))
