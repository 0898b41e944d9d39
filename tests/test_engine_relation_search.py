"""A when / how-long question about a tie that the relationship answerer finds no date for is
searched, not declined at once: "in what year did the club become part of the friendship
association" is answered by the sentence that says when it was made a branch. Articles written
for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

CLUB = """---
title: Kazan students' club marks ten years
outlet: Test Wire
date: 2024-10-12
---
Kazan students' club marks ten years

The Vietnamese students' club of Kazan Federal University celebrated its tenth anniversary on Friday.

Founded in 2014, the club was formally made a branch of the Tatarstan–Vietnam friendship association in 2018.

Club chairwoman Phạm Thu Hà said its members had taught Vietnamese to more than 300 Russian students.
"""

engine = module_engine("relation_search", {"club.txt": CLUB})


def test_when_a_club_joined_an_association_is_searched_for(engine):
    a = engine.ask("In what year did the students' club become part of the friendship association?")
    assert a.answered and "made a branch" in quoted(a) and "2018" in a.text, a.text

