"""Common news words of Vietnamese and Russian questions (witnessing a signing, a host, a
counterpart, sympathy, an interview, a lunar new year, shots and their interval), foreign countries
in any Russian case and by their Vietnamese names, a Russian verb's present stem that is no noun's
case form ("команду" is a team), and a Vietnamese "nh" Russian writes "ня": read as the English the
articles use, and found. On an article written for this test."""

from __future__ import annotations

import pytest

from knowledge.match.name_forms import vi_spellings
from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

FAIR = """---
title: Kazan hosts Vietnamese trade fair
outlet: Test Wire
date: 2021-10-14
---
Kazan hosts Vietnamese trade fair

KAZAN, October 13 – A fair of Vietnamese goods opened in Kazan on Wednesday, with Deputy Minister Đỗ Thắng Hải and Tatarstan's Economy Minister Midkhat Shagiakhmetov in attendance.

Deputy Prime Minister Roman Vasilev and Deputy Minister Đỗ Thắng Hải witnessed the signing of a supply contract between the Tatneft company and the Petrolimex group.

The host city's mayor, Ilsur Metshin, said Kazan sympathised with Vietnamese firms hit by the pandemic.

Metshin's Vietnamese counterpart, Da Nang mayor Lê Trung Chinh, attended online.

In an interview with the Tatar-inform agency, Hải said the two countries would cut the interval between the two vaccine shots for travelling workers to 21 days.

Exporters from Australia and France also showed their goods at the fair, which will return for the Lunar New Year.

The team of chef Nguyễn Thị Nhàn cooked pho for the guests.
"""

engine = module_engine("lingua_common", {"fair.txt": FAIR})


@pytest.mark.parametrize("question, english", [
    ("Кто засвидетельствовал подписание контракта?", "witnessed"),
    ("Кто присутствовал при подписании контракта?", "signing"),
    ("Кто был коллегой мэра Казани?", "counterpart"),
    ("Чему сочувствовал город-хозяин?", "sympathise"),
    ("Экспортеры из каких стран, кроме Австралии, приехали на ярмарку?", "australia"),
    ("Когда ярмарка вернется, к Лунному Новому году?", "lunar new year"),
    ("Какое интервью дал Хай?", "interview"),
    ("Сколько премьер-министров было на ярмарке?", "prime ministers"),
    ("Чья команда готовила фо?", "team"),
    ("Ai chứng kiến lễ ký hợp đồng?", "witnessed"),
    ("ai chung kien le ky hop dong", "witnessed"),
    ("Người đồng cấp của thị trưởng Kazan là ai?", "counterpart"),
    ("Doanh nghiệp từ Úc và Pháp có tham gia không?", "australia"),
    ("Bao nhiêu quốc gia tham gia hội chợ?", "countries"),
    ("Khoảng cách giữa hai mũi tiêm là bao nhiêu ngày?", "doses"),
])
def test_common_words_read_as_english(question, english):
    toks = " ".join(parse(question).tokens)
    assert english in toks, (question, toks)


def test_a_present_stem_is_no_nouns_case_form():
    assert "team" in parse("Чья команду готовила фо?").tokens
    assert "commanded" in " ".join(parse("Кто командовал флотом?").tokens)


def test_russian_nya_is_vietnamese_nha():
    assert "nhan" in vi_spellings("нян")
    assert "nhung" in vi_spellings("нюнг")


@pytest.mark.parametrize("question, words", [
    ("Кто засвидетельствовал подписание контракта между Tatneft и Petrolimex?", "witnessed the signing"),
    ("Ai chứng kiến lễ ký hợp đồng giữa Tatneft và Petrolimex?", "witnessed the signing"),
    ("Кто был вьетнамским коллегой Метшина?", "counterpart"),
    ("Người đồng cấp Việt Nam của Metshin là ai?", "counterpart"),
    ("Экспортеры из каких стран показали товары на ярмарке?", "australia and france"),
    ("Сколько дней интервал между прививками для работников?", "21 days"),
    ("Cách nhau bao nhiêu ngày giữa hai mũi tiêm?", "21 days"),
    ("Чья команда готовила фо для гостей?", "nguyen thi nhan"),
])
def test_common_words_find_the_sentence(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in fold(quoted(a)), (question, a.text)


@pytest.mark.parametrize("question", [
    "Что Метшин сказал о торговле с Японией?",
    "Metshin nói gì về thương mại với Thái Lan?",
    "Экспортеры из Германии показали товары на ярмарке?",
])
def test_a_country_no_article_names_is_declined(engine, question):
    """A country in a Russian case or by its Vietnamese name is a name the question asks about, as
    in English: no article naming it, the question is declined."""
    a = engine.ask(question)
    assert not a.answered, (question, a.text)


@pytest.mark.parametrize("question, tokens", [
    ("Phiên họp thứ 12 của ủy ban diễn ra khi nào?", ["12th"]),
    ("hoi cho thu 21 dien ra o dau", ["21st"]),
    ("hop vao thu 2 tuan truoc", ["2"]),  # a weekday (Monday), never a second
])
def test_a_vietnamese_numbered_edition_is_an_english_ordinal(question, tokens):
    toks = parse(question).tokens
    assert all(t in toks for t in tokens), (question, toks)
    assert "2nd" not in toks


def test_plain_vietnamese_grammatical_syllables():
    toks = parse("hoi cho duoc to chuc cho doanh nghiep nao").tokens
    assert "duoc" not in toks and "cho" not in toks, toks


def test_a_vietnamese_question_opening_with_a_name_is_vietnamese():
    q = parse("Midkhat Shagiakhmetov giu chuc vu gi?")
    assert q.lang == "vi" and "post" in q.tokens, (q.lang, q.tokens)
    assert parse("Midkhat Shagiakhmetov met whom in Kazan").lang == "en"


def test_russian_present_at_a_signing_is_witnessing_it():
    assert "witnessed" in parse("Кто присутствовал при подписании контракта?").tokens


@pytest.mark.parametrize("question, english", [
    ("Сколько заводов построят в ближайшие двадцать лет?", "twenty"),
    ("С каким вице-губернатором встретился Хай?", "vice governor"),
    ("На какую ярмарку решил поехать Метшин?", "decided"),
    ("Какие лекции прочитали на открытии?", "lectures"),
    ("Где открылся Межрегиональный форум?", "interregional"),
    ("Thương mại giảm bao nhiêu trong quý I/2021?", "first quarter"),
    ("Chernyshenko nêu lĩnh vực nào cho quy hoạch tổng thể?", "master plan"),
    ("vi tuong Nga noi gi", "general"),
])
def test_more_common_words_read_as_english(question, english):
    toks = " ".join(parse(question).tokens)
    assert english in toks, (question, toks)
