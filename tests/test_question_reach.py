"""Ordinary words and number cases of the dev58 round (vocab_reach) that a Vietnamese or Russian
question asks with, and a Russian past "длился" read as "lasted". Sentences written for this test."""

from __future__ import annotations

import pytest

from knowledge.question import parse


@pytest.mark.parametrize("question,present,absent", [
    ("Bản tuyên bố được đăng lên mạng vào ngày nào?", {"online"}, {"mang"}),
    ("Quan hệ Việt Nam - Ấn Độ được nâng lên đối tác chiến lược năm nào?", {"upgraded"}, {"raise"}),
    ("thay vi hop bao, bo truong Lan lam gi", {"instead"}, {"thay"}),
    ("Giới trẻ Cần Thơ tham gia lễ hội nào?", {"young", "people"}, {"gioi"}),
    ("cac truong dai hoc chung tay lam gi sau bao lu", {"join", "hands"}, {"tay"}),
    ("Ai đứng sau dự án cầu Cần Giờ?", {"behind"}, {"dung"}),
    ("Cửa hàng của bà Hoa ở phố nào?", {"store"}, {"cua"}),
    ("Xuất khẩu cá ngừ sang Nhật Bản đạt bao nhiêu?", {"tuna"}, {"ca", "ngu"}),
    ("Ai đứng đầu cơ quan đại diện thương mại Pháp?", {"trade", "representation"}, set()),
    ("Ngày hội văn hóa Huế kéo dài mấy ngày?", {"festival"}, {"association"}),
])
def test_vietnamese_ordinary_words(question: str, present: set[str], absent: set[str]):
    toks = parse(question).tokens
    assert present <= set(toks) and not absent & set(toks), toks


@pytest.mark.parametrize("question,present", [
    ("Кто избрал Ивана Орлова мэром Томска?", {"elected"}),
    ("Сколько дней министр пробыл в Казани?", {"stayed"}),
    ("Кто снял фильм о Байкале?", {"directed", "film"}),
    ("Какие банки стоят за стройкой в Перми?", {"behind"}),
    ("Какой компанией владеет Ольга Смирнова?", {"own"}),
    ("Почему Омску важны связи с Китаем?", {"important"}),
    ("Вместо кого выступил губернатор?", {"instead"}),
    ("Какую долю экспорта приходится на креветки?", {"accounts", "shrimp"}),
    ("Когда заработает НПЗ в Туле?", {"refinery"}),
    ("Когда отношения повысили до стратегического партнёрства?", {"upgraded"}),
    ("Две страны объединят усилия в науке?", {"join", "hands"}),
    ("Что укрепит сближение Индии и Японии?", {"closer", "ties"}),
    ("Где делают прививки в Перми?", {"vaccinations"}),
    ("Сколько экспортировали сома в Польшу?", {"catfish"}),
    ("Сколько длился фестиваль в Омске?", {"lasted"}),
])
def test_russian_ordinary_words(question: str, present: set[str]):
    toks = parse(question).tokens
    assert present <= set(toks), toks


@pytest.mark.parametrize("question,number", [
    ("Какие соглашения подписаны по четырём направлениям?", "four"),
    ("С тремя странами Пермь торгует больше всего?", "three"),
    ("Что построят за пятью мостами?", "five"),
    ("О двенадцати проектах договорились в Омске?", "twelve"),
    ("Сколько стоят дома на двадцати улицах?", "twenty"),
])
def test_russian_number_words_in_all_cases(question: str, number: str):
    assert number in parse(question).tokens, parse(question).tokens


@pytest.mark.parametrize("question,present,absent", [
    ("cong ty nao tham do dau khi o Ca Mau", {"exploration", "oil", "gas"}, {"why", "visit"}),
    ("co quan he voi Lao khong", {"relationship"}, {"agency"}),  # the phrase that gives way still does
])
def test_plain_phrase_yields_only_to_one_that_holds(question: str, present: set[str], absent: set[str]):
    toks = parse(question).tokens
    assert present <= set(toks) and not absent & set(toks), toks
