"""A relationship asked by name is that one, not a higher one whose name ends with it: "the strategic
partnership" set up in one year is not "the comprehensive strategic partnership" of a later one, so a
sentence writing only the higher one answers no question about the lower one's start. Articles written
for this test."""

from __future__ import annotations

from knowledge.answer.relationship import written_as_asked
from tests.helpers.engine_stores import module_engine

TIES = """---
title: Hanoi and Minsk look back on their ties
outlet: Test Wire
date: 2024-05-14
---
Hanoi and Minsk look back on their ties

Vietnam and Belarus marked the fifth anniversary of establishing their comprehensive strategic partnership in 2024.

The minister recalled that Vietnam and Belarus established a strategic partnership in 2007, long before the upgrade.

Trade between the two countries rose by a fifth last year, officials in Minsk said.
"""

engine = module_engine("relation_level", {"ties.txt": TIES})


def test_the_lower_relationship_is_dated_by_its_own_sentence(engine):
    for q in ("In which year did Vietnam and Belarus establish their strategic partnership?",
              "В каком году Вьетнам и Белоруссия установили стратегическое партнёрство?"):
        a = engine.ask(q)
        assert a.answered and "2007" in a.text and "2019" not in a.text.split("\n")[0], a.text


def test_written_as_asked():
    assert written_as_asked("They set up a strategic partnership in 2007.", "strategic partnership")
    assert not written_as_asked("They set up a Comprehensive Strategic Partnership in 2019.", "strategic partnership")
    assert written_as_asked("They set up a Comprehensive Strategic Partnership in 2019.",
                            "comprehensive strategic partnership")
    assert written_as_asked("They set up a comprehensive strategic partnership in 2019.", "partnership")
