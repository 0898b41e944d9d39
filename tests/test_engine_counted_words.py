"""What a "how many" counts, as news words it: "businesses" written "enterprises", "shots" written
"doses", "proposals" "recommendations", "experts" "specialists", "passengers" "holidaymakers".
Article written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

OMSK = """---
title: Omsk trade fair opens in Cần Thơ
outlet: Test Wire
date: 2025-11-05
---
Omsk trade fair opens in Cần Thơ

Some 240 Russian and Vietnamese enterprises are exhibiting farm machinery and food products at the Omsk fair in Cần Thơ.
The Omsk region also handed over 30,000 doses of a flu vaccine to the city's health department.
Omsk trade envoy Pavel Ilyin put forward four recommendations for cutting shipping costs.
A charter flight brought 180 holidaymakers from Omsk to Phú Quốc on the same day.
"""

engine = module_engine("counted_words", {"omsk.txt": OMSK})


def test_businesses_are_counted_as_enterprises(engine):
    ans = engine.ask("How many businesses are exhibiting at the Omsk fair?")
    assert ans.answered and "240" in ans.text


def test_shots_are_counted_as_doses(engine):
    ans = engine.ask("How many shots of flu vaccine did Omsk hand over?")
    assert ans.answered and "30,000" in ans.text


def test_proposals_are_counted_as_recommendations(engine):
    ans = engine.ask("How many proposals did Ilyin make?")
    assert ans.answered and "four recommendations" in ans.text
