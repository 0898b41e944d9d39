"""A question asking when a birth, the taking of an office or the putting up of a structure happened
must get a reply that writes that event, not a date of another one (knowledge/answer/event_unwritten.py,
checked in asked_unwritten.py). Sentences written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.asked_unwritten import unwritten
from knowledge.answer.event_unwritten import event_asked, event_unwritten
from knowledge.facts import Answer, Citation


@pytest.mark.parametrize("question, event", [
    ("When was Marta Kowalczyk born?", "birth"),
    ("In what year was the violinist Olaf Berg born?", "birth"),
    ("В каком году родился Ян Новак?", "birth"),
    ("Nhà thơ Olaf Berg sinh năm nào?", "birth"),
    ("When did Ingrid Solberg become rector of the Bergen academy?", "office"),
    ("When did Pedro Alves become Minister of Fisheries?", "office"),
    ("When did Ruiz take up his post as consul general?", "office"),
    ("Когда Ян Новак стал послом?", "office"),
    ("Ông Olaf Berg trở thành bộ trưởng vào năm nào?", "office"),
    ("When was the fountain in Plaza Mayor erected?", "structure"),
    ("When was the Gdansk chapel completed?", "structure"),
    ("When did the painter Olaf Berg die?", "death"),
    ("Когда умер поэт Ян Новак?", "death"),
    ("When does the Bergen glass exhibition close?", "close"),
    ("On what date did the Lisbon book fair end?", "close"),
    ("Triển lãm tranh Ba Lan ở Huế kéo dài đến ngày nào?", "close"),
])
def test_event_asked(question: str, event: str) -> None:
    assert event_asked(question) == event


@pytest.mark.parametrize("question", [
    "Where was Marta Kowalczyk born?",  # a place asked, not a time
    "Who became rector of the Bergen academy in 2015?",
    "When was the Gdansk club founded?",  # founding is left out: news words it too many ways
    "Sinh viên Ba Lan đến Huế khi nào?",  # "sinh viên" is a student, not a birth
    "When did the ties become a strategic partnership?",
    "When did the Polish delegation arrive in Hue?",  # arrival is left out: "began a visit", "flew in"
    "When were the talks expected to be finished?",  # a task's end, not an event's close
    "Когда власти закрыли рынок в Гданьске?",  # a market shut, not an event closing
    "Когда завершилась реставрация часовни?",  # a work completed, written "completed", not "closed"
])
def test_no_event_asked(question: str) -> None:
    assert event_asked(question) is None


@pytest.mark.parametrize("question, text", [
    ("When was Marta Kowalczyk born?", "Marta Kowalczyk joined the Gdansk orchestra in March 1998."),
    ("When did Ingrid Solberg become rector of the Bergen academy?",
     "The mayor received Ingrid Solberg, rector of the Bergen academy, on 4 May 2021."),
    ("When was the fountain in Plaza Mayor erected?", "Visitors laid flowers at the fountain in Plaza Mayor on June 2."),
    ("When did the painter Olaf Berg die?", "Olaf Berg opened a studio in Bergen in May 1975."),
    ("When does the Bergen glass exhibition close?", "The Bergen glass exhibition opened at the city museum on March 3."),
])
def test_other_event_unwritten(question: str, text: str) -> None:
    assert event_unwritten(question, [text])


@pytest.mark.parametrize("question, text", [
    ("When was Marta Kowalczyk born?", "Marta Kowalczyk was born in Gdansk in 1961."),
    ("In what year was Olaf Berg born?", "The poet Olaf Berg (1921–1990) wrote about the fjords."),
    ("When did Ingrid Solberg become rector of the Bergen academy?",
     "Ingrid Solberg, who became rector of the Bergen academy in 2015, opened the session."),
    ("When did Ruiz take up his post as consul general?", "Ruiz was appointed consul general in Hue in May 2019."),
    ("When was the fountain in Plaza Mayor erected?", "The fountain was unveiled in Plaza Mayor in 1957."),
    ("When was the Gdansk chapel completed?", "Work on the Gdansk chapel was finished in 1910."),
    ("When did the painter Olaf Berg die?", "The late Olaf Berg left his sketches to the Bergen museum in 1990."),
    ("When does the Bergen glass exhibition close?", "The exhibition will stay open until April 30."),
    ("On what date did the Lisbon book fair end?", "The Lisbon book fair ran from May 2 to May 9."),
])
def test_event_written(question: str, text: str) -> None:
    assert not event_unwritten(question, [text])


def _reply(text: str) -> Answer:
    cite = Citation(source="a.txt", title=None, outlet=None, date="2021-05-04", quote=text)
    return Answer(answered=True, text=text, headline="From 4 May 2021:", citations=[cite])


def test_reply_declined_through_asked_unwritten() -> None:
    question = "When was Marta Kowalczyk born?"
    assert unwritten(question.lower().rstrip("?").split(), question, "en",
                     _reply("Marta Kowalczyk joined the Gdansk orchestra in March 1998."))
    assert not unwritten(question.lower().rstrip("?").split(), question, "en",
                         _reply("Marta Kowalczyk was born in Gdansk in 1961."))
