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


DELEGATION = """---
title: Bashkortostan delegation in Hà Nội
outlet: Test Wire
date: 2023-03-20
---
Bashkortostan delegation in Hà Nội

HÀ NỘI — Deputy Prime Minister Trần Lưu Quang received a delegation of Bashkortostan in Hà Nội on Monday. Quang said Vietnam wanted more Russian regions to invest in its northern provinces. The guest proposed launching a direct air route between Ufa and Nha Trang before the summer season.
"""

body_engine = module_engine("said_body", {"delegation.txt": DELEGATION})


def test_a_speaker_told_only_by_his_place_is_answered_by_the_sentence_that_points_back(body_engine):
    a = body_engine.ask("What air route did the guest from Bashkortostan propose?")
    assert a.answered and "Ufa" in a.citations[0].quote, a.text
