"""A Vietnamese question's lower-case syllables are common words ("tỉnh nào": which province), which
Vietnamese names share ("Hà Tĩnh"); a name in the reply is new to the question unless the question
writes it as a name (knowledge/answer/name_written.question_words). Article written for this test."""

from __future__ import annotations

from knowledge.answer.name_written import fresh_name, question_words
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine

TWINS = """---
title: Lipetsk and a Vietnamese province agree to cooperate
outlet: Test Wire
date: 2019-04-18
---
Lipetsk and a Vietnamese province agree to cooperate

LIPETSK, April 18 — The Lipetsk region signed a cooperation agreement on Thursday with the central Vietnamese province of Hà Tĩnh, its governor Igor Artamonov said.

The two sides plan to exchange delegations of farmers and teachers next year.
"""

engine = module_engine("vi_question_words", {"twins.txt": TWINS})


def _words(text: str) -> set[str]:
    return question_words(text, parse(text, detect_language(text)).tokens)


def test_a_vietnamese_question_names_with_its_capitalised_syllables_only():
    words = _words("Vùng Lipetsk ký thỏa thuận hợp tác với tỉnh nào của Việt Nam?")
    assert fresh_name("Hà Tĩnh", words)  # "tỉnh" asks the kind, it names no "Tĩnh"
    assert not fresh_name("Lipetsk", words)
    assert not fresh_name("Việt Nam", words)
    asked = _words("Tỉnh Hà Tĩnh ký thỏa thuận hợp tác với vùng nào của Nga?")
    assert not fresh_name("Hà Tĩnh", asked)  # written as a name, even opening the question


def test_an_english_question_keeps_every_word():
    assert not fresh_name("Minh", _words("Which city did Minh visit?"))
    assert not fresh_name("Tula", _words("Which province is twinned with tula?"))


def test_a_vietnamese_name_sharing_a_syllable_with_the_question_answers(engine):
    a = engine.ask("Vùng Lipetsk ký thỏa thuận hợp tác với tỉnh nào của Việt Nam?")
    assert a.answered and "Hà Tĩnh" in a.text, a.text
