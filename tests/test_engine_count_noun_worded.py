"""A "how many <noun>" reply whose figure counts the noun in other words than "N <noun>": "the number of
infections at 2,300" (the figure put beside "the number of"), "forty Belarusians who worked as volunteers" (the
counted people's role in their relative clause); an age set off after a name with "now" ("Smirnov, now 79,"); and a
change asked "by how much" of a sum ("income") answered by a multiple.
Article written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import engine_from_texts, quoted

HUE = """---
title: Dengue and volunteers in central Vietnam
outlet: Test Wire
date: 2023-08-14
---
Dengue and volunteers in central Vietnam

The Đà Nẵng health department put the number of dengue infections in the city at over 2,300 this summer.
Some forty Belarusians who worked as volunteers cleaned the beaches of Quy Nhơn on Sunday.
Retired colonel Pyotr Smirnov, now 79, told students in Huế about his years at the Cam Ranh base.
The Quy Nhơn clean-up collected 12 tonnes of plastic.
The number of Belarusian tourists in Phú Quốc rose 35 percent in 2022.
Coffee income per farmer in Đắk Lắk has risen 12 times since 2005, the provincial governor said.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("count_worded"), {"hue.txt": HUE})


def test_number_of_the_noun_asked_answers(engine):
    ans = engine.ask("How many dengue infections did Da Nang record this summer?")
    assert ans.answered and "2,300" in quoted(ans)


def test_people_serving_as_the_noun_asked_answer(engine):
    ans = engine.ask("How many volunteers cleaned the beaches of Quy Nhon?")
    assert ans.answered and "forty Belarusians" in quoted(ans)


def test_age_after_now_answers(engine):
    ans = engine.ask("How old is Pyotr Smirnov?")
    assert ans.answered and "now 79" in quoted(ans)


def test_other_noun_asked_still_declined(engine):
    ans = engine.ask("How many doctors cleaned the beaches of Quy Nhon?")
    assert not ans.answered or "forty Belarusians" not in quoted(ans)


def test_number_of_the_noun_asked_by_a_share_still_declined(engine):
    ans = engine.ask("How many Belarusian tourists visited Phu Quoc in 2022?")
    assert not ans.answered or "35 percent" not in quoted(ans)


def test_change_of_a_sum_answered_by_a_multiple(engine):
    ans = engine.ask("By how much has coffee income per farmer grown in Dak Lak?")
    assert ans.answered and "12 times" in quoted(ans)
