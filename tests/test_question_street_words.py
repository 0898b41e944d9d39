"""Russian and Vietnamese words of street crime, workshops, engines and audiences (vocab_street): read
as the English an article writes, and a question the article cannot answer declined rather than
answered from a passage sharing its other words, on sentences written for this test (other people,
places and dates than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts

CASE = """---
title: Necklace thief held in Hue
outlet: Test Wire
date: 2021-04-06
---
HUE, April 6 – Police in Hue arrested a 24-year-old man on Monday for snatching a gold necklace from a Polish tourist on Le Loi Street.

The radio station Hue FM broadcast an interview with the tourist, Marta Nowak, on Tuesday.

A Czech company will build a plant in Thua Thien Hue province to assemble 5,000 tractors a year.

The Thang Long water puppet troupe gave three shows in Warsaw in March.

The attack happened on Sunday, April 4, when a gunman opened fire at a bus station in Kraków.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("street"), {"hue_necklace.txt": CASE})


@pytest.mark.parametrize("question, lang, words", [
    ("Какой срок грозит грабителю за ограбление?", "ru", ["faces", "robber", "robbery"]),
    ("На какой улице цех подделывал обувь?", "ru", ["street", "workshop", "counterfeited"]),
    ("Сколько слушателей у радиостанции и сколько двигателей выпустит завод?", "ru", ["listeners", "engines"]),
    ("Сколько длится спектакль кукол?", "ru", ["puppets"]),
    ("Báo có bao nhiêu độc giả mỗi ngày?", "vi", ["readers"]),
    ("Ngân hàng ban hành quy định này vào ngày nào?", "vi", ["issued", "regulation"]),
])
def test_street_words_translated(question, lang, words):
    tokens = parse(question, lang).tokens
    assert all(w in tokens for w in words), tokens
    assert not any(any("\u0400" <= c <= "\u04ff" for c in t) for t in tokens if t in words), tokens


def test_at_what_time_read_whole():
    """"lúc mấy giờ" is the question's "at what time": no leftover "luc" to search for."""
    tokens = parse("Buổi diễn bắt đầu lúc mấy giờ?", "vi").tokens
    assert "time" in tokens and "luc" not in tokens, tokens


def test_plain_giat_stays_unread():
    """Typed without diacritics, "giat" may be a syllable of a name or of another word."""
    assert "snatched" not in parse("Ong Giat o dau?", "vi").tokens


def test_snatching_answered(eng):
    a = eng.ask("На какой улице грабитель сорвал золотую цепочку с туристки?")
    assert a.answered and "Le Loi Street" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Сколько слушателей у радиостанции Hue FM?",
    "Сколько двигателей в год будет производить чешская компания?",
    "Báo Hue FM có bao nhiêu độc giả mỗi ngày?",
])
def test_unwritten_detail_declined(eng, question):
    """The article names the station and the plant but no listeners, readers or engines."""
    a = eng.ask(question)
    assert not a.answered, a.text


def test_shooting_found_as_gunfire(eng):
    """News reports a shooting as the gunman who opened fire: "стрельба" (a shooting) finds it."""
    a = eng.ask("Когда произошла стрельба на автовокзале в Кракове?")
    assert a.answered and "April 4" in a.text, a.text
