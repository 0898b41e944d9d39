"""Everyday news words of Vietnamese and Russian questions (vocab_reader): compounds whose syllables
mean something else alone ("chiến dịch" a campaign, "hồi ký" a memoir), fundraising and meals,
banks' requirements and cards, "мир" as the world of a championship; and the engine answering such
questions from an English article, on sentences written for this test (other people, places and
dates than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts

DRIVE = """---
title: Vietnamese in Kazan raise funds for flood victims
outlet: Test Wire
date: 2021-11-08
---
KAZAN, November 8 – A fundraising campaign launched by the Vietnamese community in Kazan on October 4 raised 1.8 million roubles for flood victims in Quang Binh, the organisers said.

A Vietnamese restaurant on Bauman Street cooked 140 lunches for health workers at the city's emergency hospital.

The charity concert that closed the drive was sponsored by the Tatarstan Vietnamese Association.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("reader"), {"kazan_drive.txt": DRIVE})


@pytest.mark.parametrize("question, lang, words", [
    ("Chiến dịch gây quỹ thu được bao nhiêu rúp?", "vi", ["campaign", "fundraising", "raised"]),
    ("Ai là tác giả hồi ký về Hải Phòng?", "vi", ["memoir"]),
    ("Bảo tàng trưng bày bao nhiêu hiện vật?", "vi", ["exhibits"]),
    ("Какие требования ввели банки?", "ru", ["requirements", "introduced"]),
    ("Когда банки перестали обслуживать карты «Мир»?", "ru", ["stopped", "mir", "cards"]),
    ("Кто выиграл чемпионат мира по футзалу?", "ru", ["world", "championship", "futsal"]),
])
def test_reader_words_translated(question, lang, words):
    tokens = parse(question, lang).tokens
    assert all(w in tokens for w in words), tokens
    assert "translated" not in tokens and "signed" not in tokens and "currently" not in tokens
    assert "peace" not in tokens


def test_campaign_and_meals_answered(eng):
    a = eng.ask("Chiến dịch gây quỹ của cộng đồng người Việt ở Kazan bắt đầu vào ngày nào?")
    assert a.answered and "October 4" in a.text, a.text
    a = eng.ask("Nhà hàng Việt ở Kazan đã nấu bao nhiêu suất ăn trưa cho nhân viên y tế?")
    assert a.answered and "140 lunches" in a.text, a.text


def test_sponsor_answered(eng):
    a = eng.ask("Кто спонсировал благотворительный концерт в Казани?")
    assert a.answered and "Tatarstan Vietnamese Association" in a.text, a.text


@pytest.mark.parametrize("question", [
    "Какая страна была главным покупателем кофе из Вьетнама в 2019 году?",
    "Какой по счёту была встреча министров в Казани?",
    "Hãng hàng không nào có kế hoạch bay đến Đà Lạt?",
])
def test_which_was_is_no_yes_no_question(question):
    """A translated "which … was" asks which one: the "was" of "Какая страна была" is no yes/no."""
    assert not parse(question).yesno


def test_which_was_answered(eng):
    a = eng.ask("Какая организация была спонсором благотворительного концерта в Казани?")
    assert a.answered and "Tatarstan Vietnamese Association" in a.text, a.text


@pytest.mark.parametrize("question, lang, words, wrong", [
    ("Каким был экспорт риса за прошлый год?", "ru", ["last", "year"], []),
    ("Сколько автобусов поставят до конца года?", "ru", ["end", "of", "the", "year"], []),
    ("Какие карты по-прежнему принимает банк?", "ru", ["still", "cards"], ["previous"]),
    ("Когда прошла конференция по международному праву в Казани?", "ru", ["international", "law"], []),
    ("Чем зарабатывают на жизнь братья Ивановы?", "ru", ["earn", "for", "a", "living"], []),
    ("Какой фильм привёл в пример режиссёр?", "ru", ["cited", "as", "an", "example"], []),
    ("Сколько офицеров получили генеральские звания?", "ru", ["general"], []),
    ("Đây là lần thứ mấy Lào tham gia hội chợ?", "vi", ["this", "is"], ["day"]),
    ("Tàu hàng đi từ Đà Nẵng đến Kazan mất bao nhiêu ngày?", "vi", ["took"], ["mat"]),
    ("Bảo tàng trưng bày bao nhiêu bức tranh sơn mài?", "vi", ["lacquer"], []),
    ("Cong trinh da hoan thanh bao nhieu phan tram khi bi dung?", "vi", ["halted"], []),
])
def test_news_words_of_time_and_trade(question, lang, words, wrong):
    """Words a reader's question keeps that the phrase table dropped or misread: a year named by
    a word ("за прошлый год"), a constant state ("по-прежнему" is still, not previous), law, a
    living, an example cited; Vietnamese "đây" (this, folded to the English "day"), "mất" (took)."""
    tokens = parse(question, lang).tokens
    assert all(w in tokens for w in words), tokens
    assert not any(w in tokens for w in wrong), tokens


@pytest.mark.parametrize("question, words", [
    ("Сколько тонн СПГ поставит Новатэк в Индию?", ["lng"]),
    ("Кто возглавил делегацию РАНХиГС в Лаосе?", ["ranepa"]),
    ("Сколько студентов из Лаоса учится в ДВФУ?", ["far", "eastern", "federal", "university"]),
    ("Какой документ ТГУ подписал с Педагогическим университетом Вьентьяна?", ["tsu", "pedagogical"]),
    ("Кто из вице-президентов РАН посетил Лаос?", ["russian", "academy", "of", "sciences"]),
])
def test_russian_acronyms_as_articles_write_them(question, words):
    """A Russian acronym (СПГ, РАНХиГС, ДВФУ) is the English one or its words, not a transliterated
    unknown name ('spg') that finds nothing in an English article."""
    tokens = parse(question, "ru").tokens
    assert all(w in tokens for w in words), tokens


@pytest.mark.parametrize("question, words, wrong", [
    ("Nhà du hành vũ trụ Leonov qua đời ngày nào?", ["cosmonaut"], ["nha", "du", "hanh"]),
    ("Triển lãm giới thiệu bao nhiêu hình ảnh về dấu chân Bác Hồ ở Pháp?", ["photos", "footprints"], ["dau", "chan"]),
    ("Hiệp hội nghề cá Na Uy do ai đứng đầu?", ["fisheries"], ["nghe"]),
    ("Bộ Y tế tặng Lào bao nhiêu bộ đồ bảo hộ?", ["protective", "suits"], ["bao", "ho"]),
    ("Cầu Nhật Tân dài bao nhiêu mét?", ["length", "how", "many"], ["dai"]),
])
def test_vietnamese_news_compounds(question, words, wrong):
    """Vietnamese compounds whose syllables stayed unread (nhà du hành vũ trụ: a cosmonaut, nghề cá:
    fisheries, đồ bảo hộ: protective suits), and a length asked ('dài bao nhiêu')."""
    tokens = parse(question, "vi").tokens
    assert all(w in tokens for w in words), tokens
    assert not any(w in tokens for w in wrong), tokens
