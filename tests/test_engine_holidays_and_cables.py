"""An anniversary news writes as a national holiday or a birthday counted ("the 75th Independence
Day", "his 70th birthday") is an anniversary; condolences or greetings sent as a cable, a telegram or
"sent a letter" are in a format. Either answers its "which anniversary" / "in what form" question
instead of leaving it declined for want of the answer's kind. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.answer_types import ANSWER_RX
from tests.helpers.engine_stores import engine_from_texts, quoted

MINSK = """---
title: Belarus greets Laos on its holiday
outlet: Test Wire
date: 2020-12-03
---
Belarus greets Laos on its holiday

Belarusian Foreign Minister Vladimir Makei marked the Lao holiday in Minsk on Wednesday.
Makei sent a cable of congratulations to Lao Foreign Minister Saleumxay Kommasith on the Lao People's Democratic Republic's 45th National Day.
A reception for the anniversary was held at the Lao embassy on Tuesday.
The Belarusian side hopes to expand potash and tractor trade with Laos.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("holidays_cables"), {"minsk.txt": MINSK})


def test_holidays_and_cables_are_their_kinds():
    for text in ("on the 45th National Day of Laos", "the country's 75th Independence Day", "his 70th birthday"):
        assert ANSWER_RX["anniversary"].search(text), text
    assert not ANSWER_RX["anniversary"].search("the 7th forum on regional ties")
    for text in ("He sent a cable to the president.", "a telegram of congratulations", "Lee sent a letter to Tran."):
        assert ANSWER_RX["format"].search(text), text


@pytest.mark.parametrize("question, written", [
    ("Which National Day anniversary did Makei congratulate Laos on?", "45th National Day"),
    ("In what form did Makei send his congratulations to Saleumxay?", "sent a cable"),
])
def test_the_kind_asked_is_answered(engine, question, written):
    ans = engine.ask(question)
    assert ans.answered and written in quoted(ans)
