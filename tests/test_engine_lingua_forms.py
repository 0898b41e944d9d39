"""Vietnamese and Russian questions read as the English the articles write: a chamber's chairman is
its speaker, "đến" after a flight is "to" (no visit), a count of how long something lasts is a
duration, "đứng thứ mấy" a rank, Russian verbs in the tenses that change their stem ("подпишут", "начаться"), a Vietnamese
place written as one Russian word ("Куангнинь"), and the language of an English question that
writes only its names with Vietnamese letters. On an article written for this test."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine, quoted

KAZAN = """---
title: Duma speaker receives Vietnamese deputy premier in Kazan
outlet: Test Wire
date: 2021-06-05
---
Duma speaker receives Vietnamese deputy premier in Kazan

KAZAN, June 5 – Ivan Sorokin, Speaker of the Russian State Duma, met Vietnamese Deputy Prime Minister Lê Văn Thành in Kazan on June 4.

S7 Airlines will operate four flights a week from Novosibirsk to Da Lat from October.

The Tatarstan trade fair will last for six days.

Tatarstan ranks second among Russian regions in milk output.

Construction of the Kazan bridge is due to start in 2023.

The two provinces will sign a tourism agreement for the 2022-2025 period.

Earlier, the delegation toured Quang Ninh province, where it visited a coal port.

On June 2 the guests sailed around Ha Long Bay.

Vietnamese Deputy Foreign Minister Lý Văn Khiêm said tourism between the two countries would double by 2025.

Sorokin recalled the 1950 victory at Dong Khe, fought by Vietnamese forces near the Chinese border.
"""

engine = module_engine("lingua_forms", {"kazan.txt": KAZAN})


def test_a_chambers_chairman_is_its_speaker(engine):
    for question in ("Chủ tịch Duma Quốc gia Nga gặp Phó Thủ tướng Lê Văn Thành vào ngày nào?",
                     "Когда председатель Госдумы встретился с Ле Ван Тханем?"):
        a = engine.ask(question)
        assert a.answered and "Sorokin" in a.text and "June 4" in quoted(a), (question, a.text)


@pytest.mark.parametrize("question, words, absent", [
    ("Hãng S7 khai thác bao nhiêu chuyến bay đến Đà Lạt mỗi tuần?", "flight to", "visit"),
    ("Hang S7 khai thac bao nhieu chuyen bay den Da Lat moi tuan?", "to", "visit"),
    ("Ông Thành đến Kazan khi nào?", "visit", None),  # a person "đến" a place visits it
    ("Сколько продлится ярмарка в Татарстане?", "how long", "many"),
    ("Когда должно начаться строительство моста в Казани?", "begin", None),
    ("На какой период провинции подпишут соглашение?", "signed", None),
    ("Кто возглавляет совет директоров компании?", "board", None),
    ("Những ngày Kazan tại Đà Lạt diễn ra khi nào?", "days kazan", None),
    ("Tatarstan dung thu may ve san xuat sua o Nga?", "what rank", "many"),
    ("Ky hop do ai chu tri?", "by who", None),
    ("Когда страны вышли на уровень стратегического партнёрства?", "reached", "withdrew"),
    ("С кем встретился Сорокин в начале визита?", "start", "began"),
    ("Что построят при РЦНК?", "russian centre of science and culture", None),
])
def test_words_read_as_english(question, words, absent):
    toks = parse(question).tokens
    assert words in " ".join(toks), (question, toks)
    assert absent is None or absent not in toks, (question, toks)


@pytest.mark.parametrize("question, words", [
    ("Hãng S7 khai thác bao nhiêu chuyến bay đến Đà Lạt mỗi tuần?", "four flights a week"),
    ("Сколько продлится ярмарка в Татарстане?", "six days"),
    ("Когда должно начаться строительство моста в Казани?", "2023"),
    ("На какой период провинции подпишут соглашение о туризме?", "2022-2025"),
    ("Tatarstan đứng thứ mấy về sản xuất sữa ở Nga?", "ranks second"),
])
def test_the_sentence_is_found(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in quoted(a), (question, a.text)


def test_a_vietnamese_place_written_as_one_russian_word_is_known(engine):
    a = engine.ask("Какую провинцию с угольным портом посетила делегация, Куангнинь?")
    assert "kuangnin" not in fold(a.text), a.text
    a = engine.ask("Что делегация посетила в Куангнине?")
    assert a.answered and "coal port" in quoted(a), a.text
    a = engine.ask("Когда гости были в бухте Халонг?")
    assert a.answered and "Ha Long Bay" in quoted(a), a.text
    a = engine.ask("Какую победу при Донгкхе вспомнил Сорокин?")
    assert "dongkhe" not in fold(a.text) and a.answered and "Dong Khe" in quoted(a), a.text


@pytest.mark.parametrize("question, lang", [
    ("How many Russian tourists visited Cần Thơ in 2018?", "en"),
    ("Which Russian official received Phùng Văn Tài?", "en"),
    ("Ông Thành gặp ai ở Kazan?", "vi"),
    ("Ba Irina Petrova giu chuc vu gi o Sberbank?", "vi"),
])
def test_the_language_of_a_question_with_vietnamese_names(question, lang):
    assert detect_language(question) == lang


def test_a_deputy_foreign_minister_in_one_russian_word(engine):
    a = engine.ask("Что сказал замминистра иностранных дел Вьетнама о туризме?")
    assert a.answered and "Khiêm" in a.text and "double" in quoted(a), a.text
