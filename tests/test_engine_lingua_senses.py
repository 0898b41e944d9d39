"""Words whose sense or number the words around them decide, in Vietnamese and Russian questions: a
role asked in the singular finds the one ambassador ("российского дипломата", "nhà ngoại giao Nga
nào"), "кто из российских дипломатов" asks for one of the group ("who among russian diplomats"),
"thi truong" typed plain is the market before a country and the mayor before a city, "выступал" is
speaking unless the question is about a stage, a session numbered "lần thứ 9" or in Roman numerals
is the 9th, and "Việt" paired with "Nga" is Vietnam.
On an article written for this test."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from knowledge.question.senses import singular
from tests.helpers.engine_stores import module_engine, quoted

ENVOY = """---
title: Russian envoy visits Quảng Bình
outlet: Test Wire
date: 2022-05-18
---
Russian envoy visits Quảng Bình

ĐỒNG HỚI, May 17 – Russian Ambassador Pavel Rudin met Chairman of the Quảng Bình Provincial People's Committee Trần Thắng on Tuesday.

Rudin said Russian firms wanted to take part in building a port in the province.

He also spoke at the opening of a photo exhibition about the Kola Peninsula, where the Murmansk choir performed folk songs.

The Vietnamese side asked the Russian market to open further to shrimp and pepper from Quảng Bình.

The Mayor of Murmansk, Oleg Sadov, sent a letter of greetings to the meeting.

The 9th session of the provincial friendship council will be held in September.
"""

engine = module_engine("lingua_senses", {"envoy.txt": ENVOY})


@pytest.mark.parametrize("question, english", [
    ("Что сказал российский дипломат о фирмах?", "russian diplomat about"),
    ("Когда Чан Тханг принял российского дипломата?", "russian diplomat"),
    ("Кто из российских дипломатов встретился с Чан Тхангом?", "who among russian diplomats met"),
    ("Сколько министров приехало?", "how many ministers"),
    ("Сколько пассажиров в месяц перевозит авиакомпания?", "a month"),
    ("Nhà ngoại giao Nga nào gặp Trần Thắng?", "which russian diplomat"),
    ("Các nhà ngoại giao Nga nói gì?", "russian diplomats"),
    ("Phia Viet Nam de nghi thi truong Nga mo cua cho mat hang nao?", "russian market open"),
    ("Thi truong Murmansk gui gi?", "mayor murmansk"),
    ("Pho thi truong thanh pho la ai?", "deputy mayor"),
    ("Где выступал российский посол?", "spoke"),
    ("Какие артисты выступали на концерте?", "perform"),
    ("Phiên họp lần thứ 9 của hội đồng diễn ra khi nào?", "9th session"),
    ("Đại hội XIII của Đảng diễn ra khi nào?", "13th congress"),
    ("Сколько делегаций приехало на XV съезд партии?", "15th congress"),
    ("Hội hữu nghị Nga – Việt được thành lập năm nào?", "russia vietnam"),
])
def test_sense_and_number_read(question, english):
    toks = " ".join(parse(question).tokens)
    assert english in toks, (question, toks)


def test_english_singulars():
    assert [singular(w) for w in ("diplomats", "deputies", "businesses", "talks", "congress", "news")] == \
        ["diplomat", "deputy", "business", "talks", "congress", "news"]


@pytest.mark.parametrize("question", [
    "Кто из российских дипломатов встретился с Чан Тхангом?",
    "Какой российский дипломат встретился с Чан Тхангом?",
    "Nhà ngoại giao Nga nào gặp Trần Thắng?",
])
def test_one_diplomat_asked_finds_the_ambassador(engine, question):
    a = engine.ask(question)
    assert a.answered and "Rudin" in a.text, a.text


@pytest.mark.parametrize("question, words", [
    ("Phia Viet Nam de nghi thi truong Nga mo cua cho mat hang nao?", "shrimp and pepper"),
    ("Thi truong Murmansk gui gi?", "letter of greetings"),
    ("Phiên họp lần thứ 9 của hội đồng hữu nghị diễn ra khi nào?", "9th session"),
    ("Когда пройдет IX сессия совета дружбы?", "9th session"),
])
def test_found(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in quoted(a), a.text


def test_another_session_is_declined(engine):
    assert not engine.ask("Phiên họp lần thứ 10 của hội đồng hữu nghị diễn ra khi nào?").answered
