"""A count of a body's members is not answered by the size of a committee or board it elected ("It
elected a 19-member executive committee" for "how many members does the association have"), while a
question about that organ is answered by it. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.count_organ import figure_organs
from tests.helpers.engine_stores import engine_from_texts, parsed, quoted

CLUB = """---
title: Kon Tum friendship association holds its second congress
outlet: Test Wire
date: 2022-05-14
---
Kon Tum friendship association holds its second congress

The Kon Tum Vietnam-Belarus Friendship Association held its second congress on Saturday in Kon Tum city.
It elected a 19-member executive committee for the second term.
Association chairman Ha Van Loc said the association would organise language classes and a photo exhibition this year.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("count_organ"), {"club.txt": CLUB})


def test_an_organs_size_is_read_as_such():
    assert figure_organs(parsed("The congress elected a 19-member executive board."), "member") == ["board"]
    assert figure_organs(parsed("It chose a Standing Council of 40 members."), "member") == ["council"]


def test_a_whole_group_counted_is_no_organ():
    assert figure_organs(parsed("The club now has 350 members."), "member") == [None]
    assert figure_organs(parsed("A 50-member delegation arrived in Minsk."), "member") == [None]
    assert figure_organs(parsed("Some 120 journalists attended."), "member") == []


def test_the_associations_membership_is_not_the_committees_size(engine):
    ans = engine.ask("How many members does the Kon Tum Vietnam-Belarus Friendship Association have?")
    assert not ans.answered or "19-member" not in quoted(ans)


def test_the_committees_size_answers_a_question_about_the_committee(engine):
    ans = engine.ask("How many members sit on the new executive committee?")
    assert ans.answered and "19-member executive committee" in quoted(ans)
