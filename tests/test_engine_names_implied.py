"""A name asked in other words than "which" ("what was the festival called", "what is the name of the
programme", "what was the slogan of X") wants a name: news writes one in quotation marks or after a word of
naming ("titled …", "known as …"). Such a sentence is the wanted kind of answer (implied.py "name"),
ahead of the lead that only repeats the question's words. An article written for this test."""

from __future__ import annotations

from knowledge.answer.answer_types import ANSWER_RX
from knowledge.answer.intent import implied_kind
from knowledge.question import parse as parse_question
from tests.helpers.engine_stores import module_engine

TOMSK = """---
title: Tomsk hosts a Vietnamese student festival
outlet: Test Wire
date: 2018-11-20
---
Tomsk hosts a Vietnamese student festival

Vietnamese students in Tomsk held their annual festival at the city's polytechnic university on Sunday, drawing some 400 guests.

The festival, titled "Bridges over the Tom", featured folk songs, a fashion show and a cooking contest.

Organisers said the festival would travel to Novosibirsk next spring.
"""

engine = module_engine("names_implied", {"tomsk.txt": TOMSK})


def test_names_asked():
    for q in ("What was the festival called?", "What is the name of the festival?", "What was the slogan of the fair?",
              "What name was given to the new frog?", "What was the city called in Soviet times?"):
        assert implied_kind(parse_question(q)) == "name", q
    for q in ("What title does Ivan Petrov hold?", "What did the festival call for?", "What did the report call it?"):
        assert implied_kind(parse_question(q)) != "name", q


def test_a_name_written():
    assert ANSWER_RX["name"].search('The fair, titled "Bridges over the Tom", opened.')
    assert ANSWER_RX["name"].search("The city, known as Leningrad in Soviet times, grew.")
    assert not ANSWER_RX["name"].search("He called it a success.")


def test_the_sentence_writing_the_name_answers(engine):
    a = engine.ask("What was the Tomsk student festival called?")
    assert a.answered and "Bridges over the Tom" in a.text.split("\n\n")[1], a.text
