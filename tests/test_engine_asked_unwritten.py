"""Questions whose own asked detail the reply cannot hold or does not write are declined: today's
exchange rate, a lesson ("Explain how …"), an age no quote writes, goods counted in tonnes that no
quote names; and "at which airport / metro station" asks a place (knowledge/answer/asked_unwritten.py,
detail_shown.py). Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.asked_unwritten import _goods_written, age_unwritten, asks_lesson, asks_today, goods_asked
from knowledge.answer.detail_shown import asked_kind
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine

PORT = """---
title: Kaliningrad ships grain and timber to Hai Phong
outlet: Test Wire
date: 2017-03-22
---
Kaliningrad ships grain and timber to Hai Phong

The Kaliningrad region shipped 12,000 tonnes of barley to the Vietnamese port of Hai Phong in February, its trade office said.

Regional governor Anton Alikhanov said the exchange rate of the rouble had helped exporters reach new markets.

The region also sent timber worth 3 million USD to Vietnam, trade official Pavel Orlov said at a briefing in Kaliningrad.

Orlov said he hoped barley shipments would double next year.

Orlov, who visited Vietnam in 2015, also toured the old quay of the port in Hai Phong.
"""

engine = module_engine("asked_unwritten", {"port.txt": PORT})


def _tokens(text: str) -> list[str]:
    return parse(text, detect_language(text)).tokens


def test_what_is_asked_is_read_from_the_question():
    assert asks_today("What is today's exchange rate of the rouble?")
    assert asks_today("Какой сегодня курс рубля к доллару?")
    assert not asks_today("What does the association concentrate on today?")  # no value of the day
    assert asks_lesson("Explain how a grain terminal works.")
    assert not asks_lesson("Explain how the Kaliningrad terminal works.")  # it names something of the news
    assert not asks_lesson("Explain why the region shipped barley.")  # a reason the news may give
    assert goods_asked(_tokens("How many tonnes of Siberian wheat did Kaliningrad ship?")) == ["siberian", "wheat"]
    assert goods_asked(_tokens("How many visitors came?")) == []
    assert _goods_written(["pork"], ["In 2023 the province shipped 77 tonnes."])  # the goods named before
    assert not _goods_written(["beef"], ["Tomsk sent 192 tonnes of pork."])
    assert asked_kind(_tokens("At which metro station did the blast happen?"), "") == "place"
    assert asked_kind(_tokens("Ông ấy hạ cánh xuống sân bay nào?"), "") == "place"
    assert asked_kind(_tokens("Which hotel received the tourists?"), "") == "place"
    assert asked_kind(_tokens("What hotel discount will tourists get?"), "") is None  # the hotel qualifies


def test_an_age_asked_needs_an_age_written():
    assert age_unwritten("Сколько лет Орлову?", ["He looked back on over 40 years of work in the port."])
    assert age_unwritten("How old is Pavel Orlov?", ["Orlov toured the port in 2015."])
    for written in ("Orlov, 61, toured the port.", "Pavel Orlov (61) toured the port.", "The 61-year-old toured the port.", "Orlov died aged 83.",
                    "Orlov is 22 and studies in Kaliningrad."):
        assert not age_unwritten("How old is Pavel Orlov?", [written]), written
    assert not age_unwritten("Сколько лет длилась поездка?", ["Orlov toured the port in 2015."])  # a span asked


@pytest.mark.parametrize("question", [
    "What is today's exchange rate of the rouble?",  # the article's rate is no rate of today
    "Explain how the exchange rate of the rouble works.",  # no lesson in a report
    "How many tonnes of wheat did the Kaliningrad region ship to Hai Phong in February?",  # barley was shipped
])
def test_a_detail_the_reply_cannot_hold_is_declined(engine, question):
    a = engine.ask(question)
    assert not a.answered, a.text


def test_goods_written_are_answered(engine):
    a = engine.ask("How many tonnes of barley did the Kaliningrad region ship to Hai Phong in February?")
    assert a.answered and "12,000" in a.text, a.text
