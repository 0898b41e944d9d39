"""Russian "как называется X" asks X's name (what X is called), never how something is done or in what
format; "как X назвал Y" asks what X called Y, as English "how did X describe Y" does: read "named",
never a phone call."""

from __future__ import annotations

from knowledge.answer.intent import answer_type
from knowledge.question import parse


def test_what_is_called_asks_a_name():
    assert parse("Как называется новый мост через реку в Дананге?").tokens[:3] == ["what", "is", "called"]
    q = parse("Как называлась выставка, проведённая консульством в Казани?")  # (read "how did … hold": a format)
    assert q.tokens[:3] == ["what", "was", "called"] and answer_type(q)[0] != "format"


def test_how_did_name_asks_what_someone_called_something():
    q = parse("Как Сергей Иванов назвал переговоры в Хошимине?")
    assert answer_type(q)[0] == "character"
