"""Vietnamese questions that count, ask for a reason, or name a body after its country, read as English
asks them: "bao nhiêu vụ trưởng" counts department directors (a plural, no one person to find),
"tăng bao nhiêu mỗi năm" asks how much something grows a year (the year is no thing counted),
"Chính phủ Việt Nam" is the Vietnamese government, "vì lý do gì" asks why, and an airline
"khai thác chuyến bay" operates flights. On an article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.intent import make_plan
from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

OMSK = """---
title: Omsk and Vietnam
outlet: Test Wire
date: 2019-11-20
---
Omsk and Vietnam

OMSK — Nine department directors of Vietnam's Ministry of Transport once studied in Omsk, Deputy Minister Nguyễn Văn Công said on November 19.

Công said arrivals from Omsk in Vietnam had grown by an average of 11 percent a year over the last four years.

Omsk Governor Alexander Burkov asked the Vietnamese Government to open a consulate in the city.

Burkov was awarded the Friendship Order for his contribution to training Vietnamese railway engineers.

The flights from Omsk to Cam Ranh are operated by Ural Airlines twice a week.
"""

engine = module_engine("lingua_counted", {"omsk.txt": OMSK})


def test_the_counted_noun_is_plural_and_a_year_is_no_thing_counted(engine):
    q = parse("Bao nhiêu vụ trưởng của Bộ Giao thông vận tải từng học tập tại Omsk?")
    assert "directors" in q.tokens, q.tokens
    q = parse("Lượng khách Omsk đến Việt Nam tăng bao nhiêu mỗi năm?")
    assert make_plan(q, engine.index.find(q)).focus != "annually"


@pytest.mark.parametrize("question, words", [
    ("Bao nhiêu vụ trưởng của Bộ Giao thông vận tải Việt Nam từng học tập tại Omsk?", "nine department directors"),
    ("Mỗi năm lượng khách từ Omsk đến Việt Nam tăng bao nhiêu?", "11 percent a year"),
    ("Ông Burkov đề nghị Chính phủ Việt Nam điều gì?", "open a consulate"),
    ("Ông Burkov được trao Huân chương Hữu nghị vì lý do gì?", "railway engineers"),
    ("Hãng hàng không nào khai thác chuyến bay từ Omsk đến Cam Ranh?", "ural airlines"),
])
def test_counted_reasons_and_bodies_find_the_sentence(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in fold(quoted(a)), (question, a.text)


@pytest.mark.parametrize("question, english", [
    ("Ông Burkov đề nghị Chính phủ Việt Nam điều gì?", "asked vietnamese government"),
    ("Phía Nga đề nghị gì?", "russian side"),
    ("Ông Burkov được trao Huân chương Hữu nghị vì lý do gì?", "why"),
    ("Hãng hàng không nào khai thác chuyến bay từ Omsk?", "operates flights"),
    ("Bộ Giao thông vận tải ký gì với Omsk?", "ministry transport"),
])
def test_vietnamese_bodies_reasons_and_flights_read_as_english(question, english):
    assert english in " ".join(parse(question).tokens), parse(question).tokens


def test_russian_figures_written_short_and_a_year_asked_as_a_limit():
    toks = " ".join(parse("До какого года стороны хотят довести товарооборот до 10 млрд долларов?").tokens)
    assert toks.startswith("by what year") and "10 billion usd" in toks, toks
