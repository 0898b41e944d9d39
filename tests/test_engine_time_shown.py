"""A when-question is declined when the reply would write no time at all — no date, day, year or
relation in time in its head line or any quote (knowledge/answer/time_shown.py); the publication date
of the report it cites does not count. Article written for this test."""

from __future__ import annotations

from knowledge.answer.time_shown import asks_time, no_clock, no_time, no_unit
from knowledge.facts import Answer, Citation
from tests.helpers.engine_stores import module_engine

INVITE = """---
title: Governor invites Vietnamese minister to Omsk
outlet: Test Wire
---
Governor invites Vietnamese minister to Omsk

Omsk Governor Pavel Ivanov invited Vietnamese Agriculture Minister Le Minh Hoan to visit the region at an early convenient time.

Hoan thanked the governor and accepted the invitation with pleasure.

Ivanov said Omsk grain growers wanted to sell more wheat to Vietnam.

Omsk sold 40,000 tonnes of wheat to Vietnam in 2021, he added.
"""

engine = module_engine("time_shown", {"invite.txt": INVITE})


def test_a_when_question_whose_reply_writes_no_time_is_declined(engine):
    a = engine.ask("When did Omsk grain growers sell wheat to Vietnam?")
    assert not a.answered and not a.citations, a.text


def test_a_reply_that_writes_a_year_answers(engine):
    a = engine.ask("In which year did Omsk sell 40,000 tonnes of wheat to Vietnam?")
    assert a.answered and "2021" in a.text, a.text


def _reply(head: str, quote: str) -> Answer:
    return Answer(True, head, head, [Citation("x.txt", None, "Test Wire", "2019-12-19", quote)])


def test_the_report_date_is_no_time_of_the_event():
    assert no_time(_reply("From Test Wire, 19 December 2019:", "Ivanov said growers wanted to sell more wheat."))
    assert not no_time(_reply("From Test Wire, 19 December 2019:", "Growers sold wheat on Tuesday."))
    assert not no_time(_reply("Ivanov met Hoan in Omsk on 3 May.", "Ivanov met Hoan."))


def test_only_a_question_that_asks_a_time_is_held_to_one():
    assert asks_time("On what date did Hoan visit Omsk?") and asks_time("Hoan thăm Omsk khi nào?")
    assert not asks_time("Which grain did Ivanov mention when he welcomed the guest?")  # "when" frames the ask


def test_a_question_asking_the_hour_needs_an_hour_written():
    """ "What time did the fair open?" is not answered by the day alone; a period asked needs no hour."""
    day = _reply("From Test Wire, 19 December 2019:", "The Omsk grain fair opened on December 18.")
    assert no_clock(day, "What time did the Omsk grain fair open?")
    assert no_clock(day, "At what time did the fair open?")
    assert not no_clock(day, "What time of year does the Omsk grain fair open?")
    assert not no_clock(day, "When did the Omsk grain fair open?")
    assert not no_clock(_reply("From Test Wire:", "The fair opened at 9:30 on December 18."), "What time did it open?")
    assert not no_clock(_reply("From Test Wire:", "The fair opened on the morning of December 18."),
                        "What time did it open?")


def test_time_of_day_and_the_russian_hour_are_asked_hours():
    """ "What time of day …" and "во сколько часов …" ask the hour as "what time …" does; a bare
    "во сколько" (a price, a multiple) and "what time of year" do not."""
    day = _reply("From Test Wire:", "The Omsk grain fair opened on Tuesday at the city's expo centre.")
    assert no_clock(day, "What time of day did the Omsk grain fair open?")
    assert no_clock(day, "At what time of the day did the fair open?")
    assert no_clock(day, "Во сколько часов открылась ярмарка в Омске?")
    assert not no_clock(day, "Во сколько обошлась ярмарка в Омске?")
    assert not no_clock(day, "What time of year does the Omsk grain fair open?")
    assert not no_clock(_reply("From Test Wire:", "The fair opened on Tuesday evening."), "What time of day did it open?")


def test_a_decimal_figure_is_no_hour():
    """ "1.45 tonnes" is a weight, not a quarter to two; "at 10.30" and "10.30 am" are hours."""
    weighed = _reply("From Test Wire:", "Customs found 1.45 tonnes of grain in the truck on May 3.")
    assert no_clock(weighed, "What time did customs find the grain?")
    assert not no_clock(_reply("From Test Wire:", "Customs stopped the truck at 10.30 on May 3."), "What time was it?")
    assert not no_clock(_reply("From Test Wire:", "The truck crossed at 10.30 pm."), "What time was it?")


def test_a_question_asking_the_weekday_or_the_month_needs_it_written():
    founded = _reply("From Test Wire:", "The Omsk grain union was founded in 1994.")
    assert no_unit(founded, "On which weekday did the Omsk grain fair open?")
    assert no_unit(founded, "What day of the week was the fair opened?")
    assert no_unit(founded, "In which month did the fair open?")
    assert not no_unit(founded, "When was the union founded?")  # no unit asked: a year answers
    assert not no_unit(_reply("From Test Wire:", "The fair opened on Tuesday."), "On which weekday did it open?")
    assert not no_unit(_reply("The fair opened on 18 December 2018.", "The fair opened."), "Which weekday was it?")
    assert not no_unit(_reply("From Test Wire:", "The fair opens in late March."), "In which month does it open?")


def test_vietnamese_and_russian_ask_the_weekday_month_and_hour_too():
    """"vào thứ mấy" (on which weekday), "tháng mấy" (which month), "lúc mấy giờ" (at what time), with or
    without the Vietnamese marks, and "в какой день недели": the unit asked must be written. After a noun
    "thứ mấy" asks a rank ("lần thứ mấy": the how-manieth time), no weekday."""
    founded = _reply("From Test Wire:", "The Omsk grain union was founded in 1994.")
    assert no_unit(founded, "Hội chợ ngũ cốc Omsk khai mạc vào thứ mấy?")
    assert no_unit(founded, "Hoi cho ngu coc Omsk khai mac vao thu may?")
    assert no_unit(founded, "В какой день недели открылась ярмарка в Омске?")
    assert no_unit(founded, "Hội chợ khai mạc vào tháng mấy?")
    assert no_unit(founded, "Hoi cho khai mac thang nao?")
    assert no_unit(founded, "В каком месяце открылась ярмарка?")
    assert not no_unit(founded, "Ông Ivanov thăm Việt Nam lần thứ mấy?")
    assert not no_unit(_reply("From Test Wire:", "The fair opened on Tuesday."), "Hoi cho khai mac vao thu may?")
    day = _reply("From Test Wire:", "The Omsk grain fair opened on December 18.")
    assert no_clock(day, "Hoi cho ngu coc Omsk khai mac luc may gio?")
    assert not no_clock(day, "Hoi cho ngu coc Omsk khai mac khi nao?")


def test_a_plain_vietnamese_when_question_asks_a_time():
    """"khi nao", "bao gio", "ngay nao", "nam nao": Vietnamese typed without its marks asks a time as
    "khi nào" does."""
    assert asks_time("Ong Ivanov moi Bo truong Hoan den Omsk khi nao?")
    assert asks_time("Hoi cho ngu coc Omsk mo cua ngay nao?")
    assert asks_time("Omsk ban lua mi cho Viet Nam nam nao?")
    assert not asks_time("Omsk ban bao nhieu tan lua mi cho Viet Nam?")
