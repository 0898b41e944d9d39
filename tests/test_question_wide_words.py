"""Everyday news words of Russian and Vietnamese questions (vocab_wide), the passive participles
read from a Russian verb stem (ru_morph), and a capitalised surname never read as the word its
stem spells, on sentences written for this test (other people, places and dates than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from knowledge.question.ru_morph import misread_stem, participle_stems, present_stems
from tests.helpers.engine_stores import engine_from_texts

SATELLITE = """---
title: Vietnamese weather satellite reaches orbit
outlet: Test Wire
date: 2021-06-14
---
KOUROU, June 14 – A weather satellite built for Vietnam was launched from the Kourou spaceport on
Monday, the operator Lotus Space said. The company said the satellite would serve farmers in the
Mekong Delta for fifteen years.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("wide"), {"kourou_satellite.txt": SATELLITE})


def test_participle_question_is_answered(eng):
    question = "Откуда был запущен спутник для Вьетнама?"
    assert "launched" in parse(question).tokens
    a = eng.ask(question)
    assert a.answered and "Kourou" in a.text, a.text


def test_participle_stems_follow_russian_alternations():
    out = participle_stems({"запусти": ["launched"], "пригласи": ["invited"], "подписа": ["signed"],
                            "купи": ["bought"], "выдели": ["allocated"]})
    assert out["запущен"] == ["launched"] and out["приглашен"] == ["invited"]
    assert out["подписан"] == ["signed"] and out["выделен"] == ["allocated"]
    assert "купен" not in out and "куплен" not in out  # a four-letter stem grows no participle
    assert participle_stems({"выдели": ["x"], "выделен": ["y"]}) == {}  # an entry's own sense wins


def test_present_stems_of_ova_and_il_verbs():
    out = present_stems({"финансирова": ["financed"], "снизил": ["decreased"]})
    assert out == {"финансиру": ["financed"], "снизи": ["decreased"]}


@pytest.mark.parametrize("question, words", [
    ("Сколько средств было выделено на ремонт больницы в Калуге?", {"allocated", "repair"}),
    ("Сколько человек погибло при крушении парома у острова?", {"people", "killed", "crash"}),
    ("Когда возобновятся прямые рейсы в Нячанг?", {"resumed", "direct", "flights"}),
    ("Какие компании вошли в консорциум по строительству моста?", {"joined", "consortium", "bridge"}),
    ("Кто председательствовал на пленарном заседании?", {"plenary"}),
])
def test_russian_news_words(question, words):
    assert words <= set(parse(question).tokens), parse(question).tokens


def test_capitalised_surname_is_no_word():
    q = parse("Что сказал Голосов о выборах в Туле?")
    assert "voice" not in q.tokens and "golosov" in q.latin
    assert "voice" in parse("Сколько стоил контракт с радио «Голос Приморья»?").tokens


@pytest.mark.parametrize("question", ["Bộ trưởng đề xuất những biện pháp gì để giảm tai nạn?",
                                      "Bo truong de xuat nhung bien phap gi de giam tai nan?"])
def test_vietnamese_measures_typed_either_way(question):
    toks = parse(question).tokens
    assert {"measures", "proposed", "accident"} <= set(toks) and "france" not in toks, toks


def test_vietnamese_disaster_words():
    toks = parse("Bao nhiêu ngư dân thiệt mạng sau trận lũ quét ở Quảng Ngãi?").tokens
    assert {"killed", "flash", "floods"} <= set(toks), toks


@pytest.mark.parametrize("question, weekday", [("Кого принял губернатор Тулы во вторник?", 1),
                                               ("Что подписали стороны в пятницу в Перми?", 4)])
def test_russian_weekdays_are_dates_not_ordinals(question, weekday):
    q = parse(question)
    assert q.weekday == weekday and "second" not in q.tokens, q.tokens


def test_misread_stem_gives_way_to_the_word_the_ending_shows():
    stems = {"метро": ["metro"], "метр": ["metres"], "роди": ["born"]}
    assert misread_stem("метро", "в", stems, {"роди"})  # "метров": metres
    assert not misread_stem("метро", "", stems, {"роди"})  # "метро" itself
    assert misread_stem("роди", "ну", stems, {"роди"})  # "родину": a noun's "-н-", no verb's form
    assert not misread_stem("роди", "тся", stems, {"роди"})


@pytest.mark.parametrize("question, word, wrong", [
    ("Какова высота башни в метрах, если в ней сто метров?", "metres", "metro"),
    ("Когда экипаж судна вернулся на родину из Мурманска?", "homeland", "born"),
    ("В каком городе родился поэт Иван Серов?", "born", "homeland"),
    ("Когда в Казани открылась новая станция метро?", "metro", "metres"),
])
def test_russian_word_forms_read_as_their_own_word(question, word, wrong):
    toks = parse(question).tokens
    assert word in toks and wrong not in toks, toks
