"""A question asking a place in an order ("which session", "what number customer", "Russia's ranking among
investors", "lần thứ mấy", "какой по счёту") is answered by a sentence writing an ordinal, not by one that
only writes some figure; the Vietnamese weekday ("vào thứ mấy") and a count ("what number of") are no such
question. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.answer_types import ANSWER_RX
from knowledge.answer.intent import answer_type
from knowledge.answer.ordinal_asked import asks_ordinal
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import engine_from_texts, quoted

KURSK = """---
title: Kursk and Ben Tre review farm cooperation
outlet: Test Wire
date: 2023-11-17
---
Kursk and Ben Tre review farm cooperation

The working group on agriculture of Kursk Oblast and Bến Tre province met in Bến Tre on Thursday.
Members of the working group signed contracts worth 12 million USD for coconut products and 300 tonnes of pomelo.
It was the seventh session of the working group since the two regions signed their cooperation accord in 2015.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("ordinal_asked"), {"kursk.txt": KURSK})


def test_ordinal_questions_are_recognised():
    for q in ("Which session of the working group was held on Thursday?", "What number customer is Laos?",
              "What is Japan's ranking among foreign investors?",
              "Which edition of the book fair opened in Minsk?", "Which ship in the series is the Hai Phong?",
              "Kỳ họp thứ mấy của ủy ban diễn ra ở Hà Nội?", "Lào đứng thứ mấy trong số các nhà đầu tư?",
              "Какое по счёту заседание комиссии прошло в Минске?", "Какое место заняла команда Лаоса?"):
        assert asks_ordinal(q), q
    for q in ("Ông Lavrov đến Hà Nội vào thứ mấy?", "Đoàn thăm Nga từ thứ mấy đến thứ mấy?",
              "What number of scholarships did Laos get?", "How many sessions has the group held?",
              "At which session of the forum did the minister speak?", "What rank does General Tuan hold?",
              "Where does Laos rank among Russia's partners?", "Who led the high-ranking Lao delegation?"):
        assert not asks_ordinal(q), q


def test_ordinal_question_is_planned_as_a_number():
    for text in ("What is Laos's ranking among Russia's partners?", "Lào đứng thứ mấy trong số các nhà đầu tư?"):
        assert answer_type(parse(text, detect_language(text)))[0] == "number", text
    for text in ("Is Laos's ranking among Russia's partners the highest?",  # a yes/no, an anniversary: their own kinds
                 "Buổi lễ kỷ niệm lần thứ mấy ngày thành lập trường?"):
        assert answer_type(parse(text, detect_language(text)))[0] != "number", text


def test_an_ordinal_is_written_not_any_figure():
    for text in ("the 24th session", "its seventh customer", "ranks twentieth", "the biggest trading partner",
                 "the second-largest investor"):
        assert ANSWER_RX["ordinal"].search(text), text
    for text in ("contracts worth 12 million USD", "300 tonnes of pomelo", "met on Thursday", "a top priority",
                 "the 10th anniversary"):
        assert not ANSWER_RX["ordinal"].search(text), text


def test_which_session_is_answered_by_the_ordinal(engine):
    ans = engine.ask("Which session of the Kursk and Bến Tre working group on agriculture was held?")
    assert ans.answered and "seventh session" in quoted(ans)
