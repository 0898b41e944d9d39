"""A Vietnamese or Russian "how many <noun>" question ("bao nhiêu bác sĩ", "mấy y tá", "сколько врачей") is
read through its English reading, head noun first: a reply whose figures count another noun is declined,
one counting the noun asked answers. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.count_noun import _stand_in, asked_noun_translated, asks_count
from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts, quoted

OMSK = """---
title: Omsk hospital opens in Đà Nẵng
outlet: Test Wire
date: 2023-05-18
---
Omsk hospital opens in Đà Nẵng

Omsk Region Governor Vitaly Khotsenko opened an Omsk heart hospital in Đà Nẵng on Wednesday with Đà Nẵng Chairman Lê Trung Chinh.
The heart hospital has hired 60 nurses from Quảng Nam and will train them in Omsk next winter.
Some 30 staff members, doctors among them, attended the opening ceremony of the heart hospital.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("count_noun_vi_ru"), {"omsk.txt": OMSK})


def _asked(question: str) -> str | None:
    return asked_noun_translated(parse(question).tokens)


def test_asked_noun_of_a_vietnamese_or_russian_reading():
    assert _asked("Bao nhiêu giáo viên tiếng Nga được cử sang Đà Nẵng?") == "teacher"  # not "language"
    assert _asked("Сколько преподавателей русского языка приехали в Дананг?") == "lecturer"
    assert _asked("Сколько российских компаний участвовали в выставке?") == "company"
    assert _asked("Сколько вьетнамцев задержала полиция?") is None  # a people's name: no noun asked
    assert _asked("Có bao nhiêu người Việt kinh doanh tại chợ?") is None  # no plural noun read


def test_asks_count_anywhere_but_not_meetings():
    assert asks_count(parse("Hai nước đã ký bao nhiêu văn kiện?").tokens)
    assert not asks_count(parse("Сколько раз Путин посещал Вьетнам?").tokens)
    assert not asks_count(parse("Где открылась больница?").tokens)


def test_stand_in_noun_before_a_figure():
    from knowledge.nlp import get_nlp
    from knowledge.sentence_parse import decode, encode

    def parsed(text: str):
        return decode(encode(get_nlp()(text)[:], 0, len(text)))

    assert _stand_in(parsed("Foreign student arrivals in Omsk hit a record 4,210 last year."))
    assert not _stand_in(parsed("Nearly 200 archival records were shown in Omsk."))


@pytest.mark.parametrize("question", ["Có bao nhiêu bác sĩ dự lễ khai trương bệnh viện tim Omsk?",
                                      "Сколько врачей присутствовали на церемонии открытия больницы Омска?"])
def test_figure_of_another_noun_is_declined(engine, question):
    ans = engine.ask(question)
    assert not ans.answered or "30 staff members" not in quoted(ans)


@pytest.mark.parametrize("question", ["Bệnh viện tim Omsk đã tuyển bao nhiêu y tá từ Quảng Nam?",
                                      "Сколько медсестёр наняла больница Омска в Дананге?"])
def test_figure_of_the_noun_asked_answers(engine, question):
    ans = engine.ask(question)
    assert ans.answered and "60 nurses" in quoted(ans)
