"""A part of the year asked in other words than the sentence writes it (knowledge/answer/period_asked.py):
"the first seven months" is "January–July", "the first half" is "January–June", "quý II" is "from April
to June". On articles written for this test."""

from __future__ import annotations

from knowledge.answer import period_asked
from tests.helpers.engine_stores import first_quote, module_engine

TRADE = """ date 2023-10-02
Kazakhstan and Vietnam look to lift trade

ASTANA — Kazakhstan and Vietnam held the fifth meeting of their intergovernmental commission in Astana on Monday, the Kazakh foreign ministry said.

The two noted that two-way trade was recovering after a slow year in 2022.

Kazakh statistics put bilateral trade for January–July 2023 at 640 million USD, 11.3 per cent higher than a year earlier.

The commission agreed to meet again in Hanoi next year.
"""

TOURISM = """ date 2019-07-15
Korean holidaymakers flock to Phu Quoc

PHU QUOC — Phu Quoc island received 410,000 South Korean visitors between January and June 2019, the Kien Giang tourism department said.

Visitors from South Korea have been the island's largest group since 2016, when 90,000 of them came.

The department expects the number to keep rising after new flights from Busan begin in the autumn.
"""

engine = module_engine("period_asked", {"trade.txt": TRADE, "tourism.txt": TOURISM})


def test_first_months_asked_answered_by_the_months_written(engine):
    a = engine.ask("How much was Kazakhstan–Vietnam trade in the first seven months of 2023?")
    assert a.answered and "640 million" in first_quote(a), a.text


def test_first_half_asked_answered_by_january_to_june(engine):
    a = engine.ask("How many South Korean visitors came to Phu Quoc in the first half of 2019?")
    assert a.answered and "410,000" in first_quote(a), a.text


def test_periods_read_in_every_way_news_and_readers_write_them():
    assert period_asked.periods("trade in the first seven months of 2023") == {(1, 7)}
    assert period_asked.periods("bilateral trade for Jan–Jul 2023") == {(1, 7)}
    assert period_asked.periods("between January and August") == {(1, 8)}
    assert period_asked.periods("from April to June, the firm") == {(4, 6)}
    assert period_asked.periods("exports in H1 2020") == {(1, 6)}
    assert period_asked.periods("in the third quarter") == {(7, 9)}
    assert period_asked.periods("Khách Hàn Quốc trong tám tháng đầu năm") == {(1, 8)}
    assert period_asked.periods("số vụ tấn công trong quý II năm 2019") == {(4, 6)}
    assert period_asked.periods("за первые четыре месяца 2019 года") == {(1, 4)}
    assert period_asked.periods("в январе-июле") == {(1, 7)}


def test_two_months_apart_are_no_period():
    assert period_asked.periods("the fairs of March and May") == set()
    assert period_asked.periods("in January and February") == {(1, 2)}
    assert not period_asked.writes_asked("trade in the first half of 2019", "trade for January–July 2019")
