""""What did X say / thank … for" is answered by a sentence whose subject points back at X ("The
visitor thanked …", "He pledged …") when the loader left that subject untied, the sentence ties
nobody else and X is the one the article is about. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

VISIT = """---
title: Irkutsk governor in Hà Nội
outlet: Test Wire
date: 2022-09-14
---
Irkutsk governor in Hà Nội

HÀ NỘI — Deputy Prime Minister Lê Văn Thành received Irkutsk Governor Igor Kobzev in Hà Nội on Tuesday.

Thành briefed the governor on Vietnam's plans for new seaports and railways in the north.

The visitor praised the country's rapid growth and thanked the Vietnamese side for the warm welcome given to his delegation.

The two sides also agreed to open a direct flight between Irkutsk and Cam Ranh next spring.
"""

engine = module_engine("said_back", {"visit.txt": VISIT})


def test_a_sentence_pointing_back_at_the_speaker_answers_what_he_said(engine):
    a = engine.ask("What did Kobzev thank the Vietnamese side for?")
    assert a.answered and "warm welcome" in a.citations[0].quote, a.text


def test_it_does_not_answer_for_someone_else_the_sentence_names(engine):
    a = engine.ask("What did Thanh thank the Vietnamese side for?")
    assert not (a.answered and a.citations and "warm welcome" in a.citations[0].quote), a.text
