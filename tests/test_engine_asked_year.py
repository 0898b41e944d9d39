"""A figure asked for a year: of the few best sentences, the one writing the year asked
(knowledge/answer/year_prefer.py) answers, not a better-scored one from an article that gives no
year. On articles written for this test."""

from __future__ import annotations

from knowledge.answer import year_prefer
from tests.helpers.engine_stores import first_quote, module_engine

UNDATED = """Belarus-Vietnam trade up by a third in nine months

Trade between Vietnam and Belarus grew by 31.5 percent between January and September to more than 640 million USD, according to the Belarusian statistics committee.

The committee published the figures in Minsk.
"""

DATED = """ date 2022-03-02
Belarus and Vietnam review their economic ties in Minsk

MINSK — Officials of Belarus and Vietnam met in Minsk to review economic ties, the Belarusian foreign ministry said.

According to the ministry, trade between the two countries reached 915 million USD in 2021, up 12.4 percent on a year earlier.

The two sides agreed to meet again in Hanoi next spring.
"""

FARM = """ date 2023-06-10
Belarusian tractor maker expands in Vietnam

MINSK — The Belarusian tractor maker MTZ plans to ship 1,800 tractors to Vietnam next year, its director Oleg Kravets said on Friday.

MTZ sold 2,300 tractors in Vietnam last year, and its dealers there sold 60,000 tonnes of spare parts, Kravets said.

MTZ tractors now make up 14 percent of the market in Vietnam, according to the company.
"""

engine = module_engine("asked_year_unit", {"undated.txt": UNDATED, "dated.txt": DATED, "farm.txt": FARM})


def test_a_sentence_writing_the_year_asked_answers(engine):
    a = engine.ask("How much was trade between Vietnam and Belarus worth in 2021?")
    assert a.answered and "915 million" in first_quote(a), a.text


def test_the_year_asked_as_the_time_of_what_is_reported():
    assert year_prefer.writes_year("Trade reached 915 million USD in 2021.", {"2021"})
    assert not year_prefer.writes_year("Trade is to reach 2 billion USD by 2021.", {"2021"})
    assert not year_prefer.writes_year("The 2021 plan set no target.", {"2021"})
