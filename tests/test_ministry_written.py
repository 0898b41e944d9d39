"""A "which ministry" question is answered by a sentence that names the ministry by what it is of:
a minister's title ("Deputy Minister of Industry and Trade X") or the field before the noun ("the
emergencies ministry"), which neither spaCy nor the title reader stores as a body of its own
(knowledge/answer/answer_class.ministry_written). Article written for this test."""

from __future__ import annotations

from knowledge.answer.answer_class import ministry_written
from tests.helpers.engine_stores import module_engine

FLOOD = """---
title: Russian rescuers help flood-hit Quang Binh
outlet: Test Wire
date: 2020-10-22
---
Russian rescuers help flood-hit Quang Binh

DONG HOI — Russian rescuers have arrived in Quang Binh province to help flood victims, officials said.

Russia's emergencies ministry flew in a field hospital with 20 doctors and set it up near the provincial capital Dong Hoi.

Vietnam's Deputy Minister of Industry and Trade Phan Thanh Lam thanked the Russian team at a ceremony on Wednesday.
"""

engine = module_engine("ministry_written", {"flood.txt": FLOOD})


def test_a_ministry_named_by_its_field_or_a_ministers_title():
    assert ministry_written("Russia's emergencies ministry flew in a field hospital.", {"russian", "hospital"})
    assert ministry_written("Deputy Minister of Industry and Trade Phan Thanh Lam thanked them.",
                            {"phan", "thanh", "lam", "deputy", "minister"})
    # none named beyond the question, or only a country's
    assert not ministry_written("The ministry said it would help.", set())
    asked = {"industry", "trade", "phan", "thanh", "lam"}
    assert not ministry_written("Minister of Industry and Trade Phan Thanh Lam", asked)
    assert not ministry_written("He met the Prime Minister of Vietnam.", {"prime"})
    assert not ministry_written("He met the Prime Minister of the Russian Federation.", {"prime"})


def test_which_ministry_is_answered_by_such_a_sentence(engine):
    ans = engine.ask("Which Russian ministry set up the field hospital in Quang Binh?")
    assert ans.answered and "emergencies ministry" in ans.text
