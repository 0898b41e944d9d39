"""'How long ago …' asks a span back from now, which news writes as "nearly 60 years have passed
since": 'ago' is no thing a sentence must write, as "how many days" needs "days". Taken for what
is counted, it filtered out every sentence that answers. Article written for this test."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import engine_from_texts, quoted

TVER = """---
title: Friendship school in Tver
outlet: Test Wire
date: 2024-04-18
---
Friendship school in Tver

Tver Governor Igor Rudenya received Vietnamese Ambassador Dang Minh Khoi in Tver on Wednesday.
Rudenya noted that nearly 60 years have passed since the first Vietnamese students arrived at the city's polytechnic.
Khôi said the embassy would help the region find partners in Thái Nguyên province.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("how_long_ago"), {"tver.txt": TVER})


def test_how_long_ago_finds_the_years_passed(engine):
    ans = engine.ask("How long ago did the first Vietnamese students arrive in Tver, according to the governor?")
    assert ans.answered and "nearly 60 years have passed" in quoted(ans)


def test_how_many_days_still_counts_days(engine):
    ans = engine.ask("How many days did the Vietnamese students stay at the polytechnic?")
    assert not ans.answered  # no sentence gives days: 'days' is still what is counted
