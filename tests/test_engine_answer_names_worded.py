"""A reader asks for an answer by a name news seldom writes beside it: a festival's "slogan" that the
article calls its motto, a match's "score" written as who beat whom, a body "responsible" for what
it is in charge of, how two leaders "communicated" written as their phone call. Such a word is no
reason to decline at once when the article of the question's other words writes the paraphrase;
elsewhere it stays unknown. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine
from tests.test_engine_worded_otherwise import _unknown

FESTIVAL = """---
title: Youth festival opens in Valparaiso
outlet: Test Wire
date: 2021-02-03
---
Youth festival opens in Valparaiso

VALPARAISO — A youth festival of Chilean and Mongolian students opened in Valparaiso on Tuesday.

The festival's motto is "Two coasts, one ocean".

In the opening football match, the Mongolian team beat the Chilean hosts 3-1.
"""

TALKS = """---
title: Ministers hold phone talks
outlet: Test Wire
date: 2021-03-09
---
Ministers hold phone talks

ULAANBAATAR — Mongolian Foreign Minister Batmunkh Battsetseg spoke by phone with Chilean Foreign Minister Andres Allamand on Monday.

They discussed copper exports and student exchanges.

The Mongolian emergency agency, which is in charge of flood relief, sent a team to Chile.
"""

engine = module_engine("answer_names_worded", {"festival.txt": FESTIVAL, "talks.txt": TALKS})


def test_a_slogan_is_the_motto_of_the_same_article(engine):
    assert _unknown(engine, "What was the slogan of the youth festival in Valparaiso?") == []


def test_a_score_is_who_beat_whom(engine):
    assert _unknown(engine, "What was the score of the opening football match at the Valparaiso festival?") == []


def test_a_remit_is_what_a_body_is_in_charge_of(engine):
    assert _unknown(engine, "What is the Mongolian emergency agency responsible for?") == []


def test_leaders_communicate_by_phone(engine):
    assert _unknown(engine, "How did Battsetseg and Allamand communicate in March 2021?") == []


def test_a_paraphrase_in_another_article_leaves_the_word_unknown(engine):
    # the talks' article writes no motto: the festival's does, but not beside the ministers
    assert _unknown(engine, "What slogan did Battsetseg and Allamand agree on?") == ["slogan"]
