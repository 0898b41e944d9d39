"""Ordinary words of the dev95 round (vocab_usage) that a Vietnamese or Russian question asks with;
"сколько" before a word that is no genitive plural asking how much; "do la" typed plain read as
dollars only after an amount; a short Vietnamese question typed plain after a name read as
Vietnamese; a Russian "ев" spelling the articles' "eu" (Евгений: Eugene). Sentences written for
this test."""

from __future__ import annotations

import pytest

from knowledge.answer.ru_sounds import sound_spelling
from knowledge.question import parse
from knowledge.question.language import detect_language


@pytest.mark.parametrize("question,present,absent", [
    ("Tỉnh Sơn La có bao nhiêu hecta cây ăn quả?", {"hectares", "fruit", "trees"}, {"hecta"}),
    ("Linh mục Phêrô phụ trách giáo phận nào?", {"diocese"}, {"giao", "phan"}),
    ("Vì sao trường hợp của anh Bình là ngoại lệ?", {"exception"}, {"ngoai"}),
    ("Xe khách gặp nạn trên quốc lộ nào ở Lâm Đồng?", {"national", "road"}, {"quoc", "block"}),
    ("cong an thu giu bao nhieu kg ma tuy o Hai Phong", {"seized"}, {"thu"}),
    ("Hội chợ mang lại cho công chúng Cần Thơ điều gì?", {"public"}, {"cong"}),
    ("Người Việt ở nước ngoài gửi về bao nhiêu tiền?", {"abroad"}, {"foreign"}),
    ("Huế được công nhận di sản thế giới năm nào?", {"world", "heritage"}, set()),
])
def test_vietnamese_ordinary_words(question: str, present: set[str], absent: set[str]):
    toks = parse(question).tokens
    assert present <= set(toks) and not absent & set(toks), toks


@pytest.mark.parametrize("question,present", [
    ("Когда спущен на воду ледокол «Сибирь»?", {"launched"}),
    ("Где работает большинство исследователей из Томска?", {"most", "researchers"}),
    ("Какой собор Казани внесён в перечень ЮНЕСКО?", {"list", "unesco"}),
    ("На чём сосредоточена компания из Перми?", {"concentrating"}),
    ("Какой штраф грозит работодателю, незаконно нанимающему иностранцев?", {"employer", "illegally", "hiring"}),
    ("Сколько стоит экскурсия по Омску?", {"excursion"}),
    ("Почему для студента из Тулы сделали исключение?", {"exception"}),
    ("В каком органе работает Ирина Попова?", {"agency"}),
])
def test_russian_ordinary_words(question: str, present: set[str]):
    toks = parse(question).tokens
    assert present <= set(toks), toks


@pytest.mark.parametrize("question,asked", [
    ("Сколько туристы заплатили за билеты в Омск?", "how much"),  # the tourists are the subject
    ("Сколько россияне потратили на отдых?", "how much"),
    ("Сколько стоила поездка в Тулу?", "how much"),
    ("Сколько туристов приехало в Омск?", "how many"),  # a genitive plural is counted
    ("Сколько компаний участвовало в ярмарке?", "how many"),
    ("Сколько ещё туристов приедет в Пермь?", "how many"),
])
def test_russian_how_much_by_the_next_words_case(question: str, asked: str):
    assert asked in " ".join(parse(question).tokens), parse(question).tokens


@pytest.mark.parametrize("question,dollars", [
    ("do la hoi cho lan thu may", False),  # "đó là": that is
    ("hop dong tri gia bao nhieu do la", True),
    ("du an tri gia 5 trieu do la", True),
    ("Hợp đồng trị giá bao nhiêu đô la?", True),
])
def test_plain_do_la_is_dollars_only_after_an_amount(question: str, dollars: bool):
    assert ("usd" in parse(question).tokens) is dollars, parse(question).tokens


@pytest.mark.parametrize("question,lang", [
    ("Pushkin sinh nam nao?", "vi"),
    ("tolstoy mat nam nao", "vi"),
    ("Gagarin bay vao vu tru khi nao", "vi"),
    ("Who is Pushkin?", "en"),
    ("Tolstoy died when?", "en"),
])
def test_short_plain_vietnamese_after_a_name(question: str, lang: str):
    assert detect_language(question) == lang


def test_russian_ev_spells_eu():
    words = {"eugene", "eurasian", "lacquer"}
    has = lambda s: s in words or s.endswith("*") and any(w.startswith(s[:-1]) for w in words)  # noqa: E731
    assert sound_spelling("Евгений", has) == "eugene"
    assert sound_spelling("Бордо", has) is None
