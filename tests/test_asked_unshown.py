"""A detail the question asks that no text of the reply shows is declined, whichever way the reply was
built (knowledge/answer/asked_unshown.py): a measure or a doer (asked_detail.py's words), a span of time,
the exact day; and a value of tomorrow (asked_unwritten.py). Articles written for this test."""

from __future__ import annotations

from knowledge.answer.asked_unshown import day_unshown, detail_unshown, span_unshown
from knowledge.answer.asked_unwritten import asks_today
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine

ORCHESTRA = """---
title: Novosibirsk orchestra plays in Da Lat
outlet: Test Wire
date: 2019-11-18
---
Novosibirsk orchestra plays in Da Lat

DA LAT — The Novosibirsk Philharmonic Orchestra gave a concert in Da Lat on Sunday, conductor Igor Petrenko said.

Lam Dong provincial chairman Tran Van Hiep received Petrenko and the musicians before the concert.

Hiep said the province hoped to host more Russian artists and to send its own folk ensembles to Siberia.

The orchestra's tour of Vietnam lasted five days and also took it to Nha Trang and Ho Chi Minh City.
"""

engine = module_engine("asked_unshown", {"orchestra.txt": ORCHESTRA})


def _read(question: str) -> tuple[str, list[str]]:
    q = parse(question, detect_language(question))
    return q.raw, q.tokens


def test_a_span_asked_needs_a_length_written():
    assert span_unshown("How long did the meeting between Hiep and Petrenko last?", ["Hiep received Petrenko."])
    assert span_unshown("Сколько длился визит Петренко в Далат?", ["Hiep received Petrenko."])
    assert span_unshown("Chuyến lưu diễn kéo dài mấy ngày?", ["Hiep received Petrenko."])
    for written in ("The tour lasted five days.", "a two-day visit", "The talks went on for 45 minutes.",
                    "He was in Da Lat on April 28 and 29.", "The festival runs from Friday to Sunday.",
                    "a history of more than seventy years", "The province has 190 km of coastline."):
        assert not span_unshown("How long was the tour?", [written]), written
    assert not span_unshown("How long ago did the orchestra first visit?", ["Hiep received Petrenko."])  # a time
    assert not span_unshown("Các ủy ban họp bao lâu một lần?", ["Hiep received Petrenko."])  # how often


def test_the_exact_day_asked_needs_a_day_of_a_month():
    assert day_unshown("What was the exact calendar date of the Da Lat concert?", ["It played on Sunday."])
    assert day_unshown("When exactly will the orchestra return?", ["It will return this year."])
    for written in ("It played on November 17.", "It played on 17 November.", "ngày 17 tháng 11", "17 ноября"):
        assert not day_unshown("On what exact date did the orchestra play?", [written]), written
    assert not day_unshown("On what date did the orchestra play?", ["It played on Sunday."])  # the article's day tells it


def test_a_measure_asked_needs_its_words_in_the_reply():
    said = ["Hiep received Petrenko in Da Lat on 17 November 2019."]
    assert detail_unshown(*_read("Какая погода была в Далате во время концерта?"), said)
    assert detail_unshown(*_read("What is the boiling point of liquid helium?"), said)
    assert detail_unshown(*_read("What is the top speed of the Sapsan train?"), said)
    assert not detail_unshown(*_read("What is the top speed of the Sapsan train?"), ["It runs at up to 250 km/h."])
    assert not detail_unshown(*_read("How fast did exports grow?"), ["Exports grew 30 percent."])  # a rate, no speed
    assert asks_today("Какая погода будет в Далате завтра?")
    assert asks_today("What will tomorrow's weather be in Da Lat?")


def test_a_detail_no_quote_shows_is_declined_and_one_written_answered(engine):
    for question in ("Сколько длилась встреча Чан Ван Хиепа с Петренко?",  # read as a meeting: its record, no length
                     "Какая погода была в Далате во время встречи Хиепа с Петренко?",
                     "What was the exact calendar date of the Novosibirsk orchestra's concert in Da Lat?"):
        a = engine.ask(question)
        assert not a.answered, (question, a.text)
    a = engine.ask("How long did the Novosibirsk orchestra's tour of Vietnam last?")
    assert a.answered and "five days" in a.text, a.text
