"""Everyday news words of Russian and Vietnamese questions (vocab_gaps), a Russian city's adjective
read as the city ("ханойского филиала": the Hanoi branch), "числа" as a count, a Vietnamese question
typed without diacritics around foreign names, and "participate" finding "took part", on sentences
written for this test (other people, places and dates than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.answer.paraphrases import paraphrases
from knowledge.question import parse
from knowledge.question.ru_morph import ru_place_adjective
from tests.helpers.engine_stores import engine_from_texts

REGATTA = """---
title: Sailing regatta in Nha Trang draws crews from six countries
outlet: Test Wire
date: 2019-04-22
---
NHA TRANG, April 22 – Twelve teams took part in the Blue Bay regatta that ended in Nha Trang on Sunday, the organisers said.

The Vladivostok branch of the Russian Yachting Federation, headed by Oleg Sarnov, sent two boats.

The regatta office will stay closed until May 15, when registration for the autumn race opens.

In the 1980s Sarnov studied shipbuilding in Odessa, the federation said.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("gaps"), {"nha_trang_regatta.txt": REGATTA})


def test_participate_finds_took_part(eng):
    assert "part" in paraphrases("participated") and "attend" in paraphrases("participate")
    for question in ("Co bao nhieu doi tham gia giai dua thuyen?",
                     "How many teams participated in the Blue Bay regatta?"):
        a = eng.ask(question)
        assert a.answered and "Twelve teams took part" in a.text, a.text


def test_city_adjective_is_the_city(eng):
    question = "Кто возглавляет владивостокское отделение Федерации парусного спорта?"
    assert "vladivostok" in parse(question).tokens
    a = eng.ask(question)
    assert a.answered and "Sarnov" in a.text, a.text


def test_until_when_is_asked(eng):
    q = parse("Văn phòng giải đua đóng cửa đến khi nào?")
    assert q.tokens[-2:] == ["until", "when"] and "visit" not in q.tokens, q.tokens
    assert parse("Van phong giai dua dong cua den khi nao?").tokens[-2:] == ["until", "when"]


@pytest.mark.parametrize("word, city", [("ханойского", ["hanoi"]), ("хабаровских", ["khabarovsk"]),
                                        ("казанское", ["kazan"]), ("российского", None), ("важного", None)])
def test_russian_city_adjectives(word, city):
    assert ru_place_adjective(word) == city


def test_chisla_is_a_count_unless_a_date_is_asked():
    assert "number" in parse("Какова причина малого числа туристов в Сочи?").tokens
    assert "date" in parse("Какого числа откроется выставка?").tokens


@pytest.mark.parametrize("question, words", [
    ("Кем был отец Соколова?", {"father"}),
    ("При каком царе был основан город?", {"tsar", "founded"}),
    ("С какого космодрома стартовала ракета?", {"cosmodrome"}),
    ("Кто прокомментировал решение суда?", {"commented"}),
    ("Что изображает скульптура в парке?", {"depicts", "sculpture"}),
    ("В каких областях Россия готова делиться опытом?", {"share", "experience"}),
])
def test_russian_gap_words(question, words):
    assert words <= set(parse(question).tokens), parse(question).tokens


@pytest.mark.parametrize("question, words", [
    ("Tiết mục xiếc nào giành huy chương vàng?", {"act", "circus"}),
    ("Hãng hàng không dùng máy bay gì cho đường bay này?", {"use", "aircraft"}),
    ("Lô thuốc được đưa vào bảo quản lạnh ở đâu?", {"cold", "storage"}),
    ("Phim tài liệu được phát trên kênh truyền hình nào?", {"documentary", "tv", "channel"}),
])
def test_vietnamese_gap_words(question, words):
    assert words <= set(parse(question).tokens), parse(question).tokens


def test_plain_vietnamese_around_foreign_names():
    q = parse("Aeroflot dung may bay gi cho duong bay Irkutsk?")
    assert q.lang == "vi" and "aircraft" in q.tokens, (q.lang, q.tokens)


@pytest.mark.parametrize("question", ["Где учился Сарнов в 1970-е годы?", "Что строили в Нячанге в 1970-х годах?",
                                      "Ông Sarnov học ở đâu trong những năm 1970?", "Ong Sarnov hoc o dau trong thap nien 1970?"])
def test_a_decade_is_no_year(question):
    q = parse(question)
    assert "1970s" in q.tokens and q.date_lo is None, (q.tokens, q.date_lo)


def test_a_decade_asked_in_russian_is_answered(eng):
    a = eng.ask("Где учился Олег Сарнов в 1980-е годы?")
    assert a.answered and "Odessa" in a.text, a.text


def test_a_year_stays_a_year():
    assert parse("Где учился Сарнов в 1970 году?").date_lo == "1970-01-01"
    assert parse("Ông Sarnov học ở đâu năm 1970?").date_lo == "1970-01-01"
