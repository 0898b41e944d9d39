"""A best sentence that writes every word the question searches for answers it, though the decision's
score is low (long sentences around, a fact answerer's "no meeting found" about a question that asks
no meeting): "which news agency reported X's meeting" is answered by the sentence naming the agency
that reported it. Two generic words only count beside an entity asked in the paragraph, a date or
figure asked must be written, a question one of whose words the sentence lacks still goes to the
decision, and a name no article has still declines. Articles written for this test."""

from __future__ import annotations

from knowledge.answer import decision
from tests.helpers.engine_stores import module_engine

ORENBURG = """---
title: Orenburg delegation visits Bình Định
outlet: Test Wire
date: 2022-09-08
---
Orenburg delegation visits Bình Định

Orenburg Deputy Governor Pavel Kulagin met Bình Định Vice Chairman Lâm Hải Giang in Quy Nhơn on Wednesday to discuss farming, fishing and the training of engineers for the province's new wind farms.

Most of the province's trade with the Russian region comes from seafood and cashew shipments, according to the Interfax news agency, which reported Kulagin's meeting with Giang.

The two sides agreed to set up a working group on agriculture and to exchange students between their universities from next year.

Kulagin also visited a cashew processing plant and a seafood market in the city before flying back to Moscow.
"""

engine = module_engine("all_written", {"orenburg.txt": ORENBURG})


class _Best:
    def __init__(self, coverage: float, slots: list[float], typed: bool = True):
        self.coverage, self.slots, self.typed = coverage, slots, typed


def test_every_searched_word_written_is_all_written():
    assert decision.all_written(_Best(1.0, [0.35]), ["agency", "report", "meet"], "person")
    assert not decision.all_written(_Best(0.8, [1.0]), ["agency", "report", "meet"], "person")
    assert not decision.all_written(_Best(1.0, [1.0]), ["agency"], "person")  # one word is too little to go on


def test_two_words_need_an_entity_asked_nearby():
    assert decision.all_written(_Best(1.0, [0.6, 0.35]), ["finish", "tournament"], "place")
    assert not decision.all_written(_Best(1.0, [0.35, 0.35]), ["finish", "tournament"], "place")


def test_a_date_asked_must_be_written():
    assert not decision.all_written(_Best(1.0, [1.0], typed=False), ["festival", "held", "city"], "date")


def test_the_sentence_writing_every_word_asked_answers_whatever_the_score(engine, monkeypatch):
    monkeypatch.setattr(decision, "answer_from_sentence", lambda x: False)  # the score alone would decline
    ans = engine.ask("Which news agency reported Kulagin's meeting?")
    assert ans.answered and "Interfax" in ans.text


def test_a_sentence_lacking_a_word_asked_is_left_to_the_score(engine, monkeypatch):
    monkeypatch.setattr(decision, "answer_from_sentence", lambda x: False)
    assert not engine.ask("Which news agency reported Kulagin's speech to the farmers?").answered


def test_a_name_no_article_has_still_declines(engine):
    assert not engine.ask("Which news agency reported Shoigu's meeting in Quy Nhơn?").answered


def test_a_yes_no_question_is_left_to_the_score(engine, monkeypatch):
    """Its premise may be false though every word it searches for is written."""
    monkeypatch.setattr(decision, "answer_from_sentence", lambda x: False)
    assert not engine.ask("Did the Interfax news agency report Kulagin's meeting?").answered
    assert not decision.all_written(_Best(1.0, [1.0]), ["agency", "report", "meet"], "person", yesno=True)
