"""A Vietnamese or Russian "how many <noun>" question ("bao nhiêu cây", "mấy cây", "сколько деревьев") is held
to the same count check as an English one (knowledge/answer/count_shown.py): a reply whose only figures frame
the report (a span of years, a date) is declined, one counting the noun asked answers; "mấy" asks a figure
unless it asks a weekday, a month, an ordinal or an hour. Articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.count_noun import counts_translated
from knowledge.answer.figure_shown import asks_figure
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

PINES = """---
title: Volunteers plant pines in Tuyên Quang
outlet: Test Wire
date: 2025-03-20
---
Volunteers plant pines in Tuyên Quang

Russian and Vietnamese volunteers planted pine trees on a hillside in Tuyên Quang province on Saturday to mark 75 years of diplomatic relations.
Governor Nông Văn Hải thanked the volunteers from the Irkutsk university.
"""

OAKS = """---
title: Students plant oaks in Lạng Sơn
outlet: Test Wire
date: 2024-10-02
---
Students plant oaks in Lạng Sơn

Students from the Tomsk polytechnic planted 1,200 oak trees along the river in Lạng Sơn on Tuesday.
"""

pines = module_engine("count_shown_vi_ru_pines", {"pines.txt": PINES})
oaks = module_engine("count_shown_vi_ru_oaks", {"oaks.txt": OAKS})


def test_a_translated_count_of_a_plural_noun_is_read_not_a_sum():
    assert counts_translated(parse("Có bao nhiêu cây được trồng ở Tuyên Quang?"))
    assert counts_translated(parse("Сколько деревьев посадили волонтёры в Туенкуанге?"))
    assert not counts_translated(parse("Kim ngạch thương mại năm 2024 đạt bao nhiêu?"))  # a sum, no noun counted
    assert not counts_translated(parse("How many trees were planted in Tuyên Quang?"))  # English reads its own


def test_may_asks_a_figure_unless_it_asks_a_day_a_month_an_ordinal_or_an_hour():
    assert asks_figure("Sinh viên đã trồng mấy cây ở Lạng Sơn?")
    assert asks_figure("Hãng bay mấy chuyến mỗi tuần?")
    assert not asks_figure("Hai bên ký văn kiện vào thứ mấy?")
    assert not asks_figure("Diễn đàn được tổ chức vào tháng mấy?")
    assert not asks_figure("Đây là lần thứ mấy ông thăm Nga?")
    assert not asks_figure("Ông bỏ phiếu lúc mấy giờ?")


@pytest.mark.parametrize("question", ["Tình nguyện viên đã trồng bao nhiêu cây thông ở Tuyên Quang?",
                                      "Có bao nhiêu cây được trồng ở Tuyên Quang?",
                                      "Сколько деревьев посадили волонтёры в Туенкуанге?"])
def test_a_span_of_years_is_no_count_of_the_noun_asked(pines, question):
    ans = pines.ask(question)
    assert not ans.answered or "75 years" not in quoted(ans), ans.text


@pytest.mark.parametrize("question", ["Sinh viên Tomsk đã trồng bao nhiêu cây sồi ở Lạng Sơn?",
                                      "Sinh viên Tomsk đã trồng mấy cây sồi ở Lạng Sơn?",
                                      "Сколько деревьев посадили студенты в Лангшоне?"])
def test_a_count_of_the_noun_asked_answers(oaks, question):
    ans = oaks.ask(question)
    assert ans.answered and "1,200 oak trees" in quoted(ans), ans.text
