"""Vietnamese and Russian questions about fairs, marches, concerts, sport and relief read as the
English the articles write: a Western brand written in Russian letters ("Агроэкспо") is searched as
the articles spell it, a Russian place in another case ("в Ханое", "Санкт-Петербурге") is the place,
a Vietnamese word written with other diacritics than a family name's ("Lễ") or a family-name
syllable before a whole place ("Đoàn Việt Nam") is no one's name, and the common news words of
those events are mapped. On an article written for this test."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import parse
from knowledge.question.vi_names import family_name, vi_name_words
from tests.helpers.engine_stores import module_engine, quoted

FAIR = """---
title: Vietnamese firms at Agroexpo in Novosibirsk
outlet: Test Wire
date: 2019-09-12
---
Vietnamese firms at Agroexpo in Novosibirsk

NOVOSIBIRSK, September 11 – Some 410 companies from 12 countries took part in the Agroexpo fair in Novosibirsk this week.

The Vietnamese pavilion was run by the Trade Office of the Vietnamese Embassy.

A delegation of 37 Vietnamese athletes won four medals at the games in Kemerovo.

Fishermen from Quang Ninh showed their catch from the Gulf of Tonkin.
"""

engine = module_engine("lingua_events", {"fair.txt": FAIR})


def test_a_western_brand_in_russian_letters_is_searched_as_the_articles_spell_it(engine):
    a = engine.ask("Сколько компаний участвовало в выставке Агроэкспо?")
    assert a.answered and "410 companies" in quoted(a), a.text


def test_a_place_adjective_is_searched_as_the_place(engine):
    from knowledge.answer import plan

    q = parse("Что ловят рыбаки в Тонкинском заливе?")  # "Тонкинском": the Gulf of Tonkin's adjective
    q.latin = plan.respell(engine, q, engine.index.find(q))
    assert "tonkin" in q.latin, q.latin


def test_a_delegation_before_a_country_is_no_one_s_name(engine):
    a = engine.ask("Doan Viet Nam co bao nhieu van dong vien?")
    assert "no one called" not in a.text and "37 Vietnamese athletes" in quoted(a), a.text


@pytest.mark.parametrize("question, place", [
    ("Кто выступил на концерте в Ханое?", "hanoi"),
    ("Когда открылась выставка в Санкт-Петербурге?", "saint petersburg"),
    ("Кто приехал в Казань из Дананга?", "da nang"),
    ("Что обсуждали в Казани?", "kazan"),
    ("Где стоит памятник в Петербурге?", "saint petersburg"),
])
def test_a_russian_place_in_another_case_is_the_place(question, place):
    assert place in " ".join(parse(question).tokens), parse(question).tokens


def test_a_word_with_other_diacritics_than_a_family_name_is_no_name():
    assert family_name("Lê") and family_name("Le") and family_name("Đoàn") and not family_name("Lễ")
    assert "le" not in vi_name_words("Lễ Hội Hoa tulip ở Đà Lạt kéo dài mấy ngày?")
    assert {"le", "van", "tam"} <= vi_name_words("Lê Văn Tám sinh năm nào?")
    assert "doan" not in vi_name_words("Đoàn Hà Nội gặp ai ở Moskva?")
    assert "doan" in vi_name_words("Đoàn Văn Hậu chơi cho đội nào?")


@pytest.mark.parametrize("question, english", [
    ("Ai chủ trì cuộc họp liên ngân hàng?", "interbank"),
    ("Tàu container ghé Hải Phòng mấy lần?", "container ship call"),
    ("Lễ diễu hành Binh đoàn bất tử có bao nhiêu người?", "immortal regiment"),
    ("Ai là vua phá lưới của giải?", "top scorer"),
    ("Nhạc trưởng của dàn nhạc là ai?", "conductor"),
    ("Bao nhiêu hộ dân nhận được quà?", "households"),
    ("Ông ấy nhận được bao nhiêu phiếu bầu?", "votes"),
    ("Ai giành huy chương vàng Olympic Toán học quốc tế?", "mathematics olympiad"),
    ("Кто дирижировал оркестром?", "conducted orchestra"),
    ("Когда закроется ярмарка?", "close"),
    ("Сколько стоит тонна сушёных фруктов?", "dried"),
    ("Кто шёл в колонне «Бессмертного полка»?", "immortal regiment"),
    ("Сколько вьетнамцев живёт в Иркутске?", "live"),
    ("От имени кого он выступил?", "on behalf of"),
    ("Кто подписал договор от Ненецкого автономного округа?", "nenets autonomous"),
])
def test_news_words_of_events_read_as_english(question, english):
    toks = " ".join(parse(question).tokens)
    assert english in toks, (question, toks)


def test_latin_spellings_of_a_russian_rendering():
    from knowledge.match.name_forms import latin_spellings

    assert "rusvietpetro" in latin_spellings("Русвьетпетро")
    assert "agroexpo" in latin_spellings("Агроэкспо") and latin_spellings("Агроэкспо")[0] == "agroekspo"
    assert "hilton" in latin_spellings("Хилтон") and "jazz" in latin_spellings("Джазз")
