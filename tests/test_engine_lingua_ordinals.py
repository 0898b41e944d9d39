"""A Vietnamese "thứ mấy" after a noun asks which one of a series, not which weekday: "phiên họp thứ
mấy" is which session ("vào thứ mấy", "hôm nay là thứ mấy" still ask a day). On an article written
for this test."""

from __future__ import annotations

from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

GROUP = """---
title: Investment working group meets in Irkutsk
outlet: Test Wire
date: 2022-06-06
---
Investment working group meets in Irkutsk

IRKUTSK — The Vietnam–Russia working group on investment held its 9th session in Irkutsk on June 5, co-chaired by Deputy Minister Trần Quốc Phương and Deputy Minister Vladimir Ilyichev.

The group's 8th session took place in Đà Nẵng in October 2021.
"""

engine = module_engine("lingua_ordinals", {"group.txt": GROUP})


def test_which_of_a_series_is_no_weekday():
    assert "which session" in " ".join(parse("Ông Phương dự phiên họp thứ mấy của nhóm công tác?").tokens)
    assert "what day" in " ".join(parse("Nhóm công tác họp vào thứ mấy?").tokens)
    assert "what day" in " ".join(parse("Hôm nay là thứ mấy?").tokens)


def test_which_session_finds_the_ordinal(engine):
    a = engine.ask("Ông Ilyichev đồng chủ trì phiên họp thứ mấy của nhóm công tác về đầu tư ở Irkutsk?")
    assert a.answered and "9th session in irkutsk" in fold(quoted(a)), a.text
