"""What a "how many" counts, as news words it otherwise: "firms" written "businesses", "tourists"
"arrivals", "fighters" "jets", "grants" "scholarships". A sentence must write what is counted, so
a count worded otherwise was filtered out before ranking. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.rank import term_hits
from tests.helpers.engine_stores import engine_from_texts, quoted

KALININGRAD = """---
title: Kaliningrad fair in Phú Yên
outlet: Test Wire
date: 2025-09-12
---
Kaliningrad fair in Phú Yên

Kaliningrad Governor Alexei Besprozvannykh opened a trade fair in Tuy Hòa on Thursday with Phú Yên Chairman Tạ Anh Tuấn.
More than 40 businesses from Kaliningrad are showing amber jewellery, fish and machinery at the fair.
Arrivals from Russia in Phú Yên reached 12,000 in the first eight months of the year, Tuấn said.
The fair runs for three days and is the second of its kind in the province.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("counted_otherwise"), {"kaliningrad.txt": KALININGRAD})


def test_counted_nouns_news_words_otherwise():
    assert term_hits(["firms", "tourists", "fighters", "grants"],
                     "40 businesses; arrivals reached 12,000; 12 jets; 1,000 scholarships") == [0.9] * 4
    assert term_hits(["firms"], "40 stands of amber") == [0.0]


def test_how_many_firms_finds_the_businesses(engine):
    ans = engine.ask("How many Kaliningrad firms are showing products at the fair in Tuy Hoa?")
    assert ans.answered and "More than 40 businesses" in quoted(ans)


def test_how_many_tourists_finds_the_arrivals(engine):
    ans = engine.ask("How many Russian tourists came to Phu Yen in the first eight months?")
    assert ans.answered and "12,000" in quoted(ans)
