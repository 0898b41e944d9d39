"""Vietnamese typed without diacritics reads as the same question typed with them: a plain question
whose words include syllables that spell English function words ("du an", "the nao", "do ai",
"len an") is still Vietnamese; "thang 5/2016" stays May (typed plain, "may" is also "mấy", how
many); and a family-name run typed plain keeps its last word ("Nguyen Xuan Phuc hoi dam" is Phúc +
held talks, never "phục hồi"). Article and questions written for this test."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine, quoted


@pytest.mark.parametrize("question", [
    "Cong ty nao nam giu 30% co phan du an Song Hau?",
    "Thoi tiet o Hue hom nay the nao?",
    "Nguoi phat ngon Bo Ngoai giao nao len an vu tan cong?",
    "Doan Bo Cong an sang Nga thang 10/2018 do ai dan dau?",
])
def test_plain_vietnamese_is_vietnamese(question):
    assert detect_language(question) == "vi"


@pytest.mark.parametrize("question", [
    "How do I get to the An Phu ferry?",
    "Can the minister do it in a day?",
    "What is the weather like in Hue today?",
])
def test_english_with_those_words_stays_english(question):
    assert detect_language(question) == "en"


def test_a_month_typed_plain_stays_a_month():
    q = parse("Ong Putin va ong Tran Duc Luong hoi dam o dau vao thang 5/2004?")
    assert (q.date_lo, q.date_hi) == ("2004-05-01", "2004-05-31")
    assert "may" in q.tokens and "how" not in q.tokens
    assert parse("Ong ay den Ha Noi vao thang may nam 2023?").tokens[-4:-2] == ["which", "month"]


def test_a_plain_name_keeps_its_last_syllable():
    assert "held talks" in " ".join(parse("Thu tuong Hoang Minh Phuc hoi dam voi ai?").tokens)
    assert "defence minister" in " ".join(parse("Ai la Bo Truong Quoc phong Nga?").tokens)


ARTICLE = """---
title: A year of talks in Moscow
outlet: Test Wire
date: 2017-12-20
---
A year of talks in Moscow

MOSCOW — Deputy Prime Minister Hoàng Minh Tuệ held talks with Russian Deputy Prime Minister Andrei Volkov in Moscow on May 16, 2017.

They agreed to double the number of scholarships for Vietnamese engineering students.

In October 2017 Tuệ returned to Moscow and held talks with Industry Minister Pavel Sokolov on shipbuilding.
"""

engine = module_engine("lingua_plain", {"moscow_2017.txt": ARTICLE})


@pytest.mark.parametrize("question, expected", [
    ("Pho Thu tuong Hoang Minh Tue hoi dam voi ai tai Moskva thang 5/2017?", "andrei volkov"),
    ("Pho Thu tuong Hoang Minh Tue hoi dam voi ai tai Moskva thang 10/2017?", "pavel sokolov"),
])
def test_a_plain_question_finds_its_month(engine, question, expected):
    a = engine.ask(question)
    assert a.answered, (question, a.text)
    assert expected in fold(a.text.split("\n")[0] + " " + quoted(a)), (question, a.text)
    other = "pavel sokolov" if expected == "andrei volkov" else "andrei volkov"
    assert other not in fold(a.text.split("\n")[0]), (question, a.text)
