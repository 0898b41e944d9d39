"""Russian words read in the sense a question uses them: "в области X" is a field of work (a region only
after a place adjective or before a place), "статус" no statue, "качество" quality ("в качестве": as),
"воинское звание" a military rank, and a yes/no question's first verb before "ли" no name; news
writes "planes" for aircraft, "areas" or "sectors" for fields. On questions written for
this test (other people, places and subjects than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.answer.paraphrases import paraphrases
from knowledge.question import parse
from knowledge.question.language import tokenize


def _words(question: str) -> list[str]:
    return tokenize(question, "ru")[0]


@pytest.mark.parametrize("question, english", [
    ("В какой области университеты Томска и Хюэ будут сотрудничать?", "field"),
    ("Какие стартапы в области робототехники показали в Казани?", "field"),
    ("В каких областях университеты подписали соглашения?", "fields"),
])
def test_a_field_of_work(question: str, english: str) -> None:
    words = _words(question)
    assert english in words and "region" not in words, words


@pytest.mark.parametrize("question", [
    "Кто губернатор Самарской области?",
    "Что посетил посол в Псковской области?",
    "В каких областях России работают вьетнамские фермеры?",
])
def test_a_region(question: str) -> None:
    words = _words(question)
    assert "region" in words or "regions" in words, words


@pytest.mark.parametrize("question, english, wrong", [
    ("Какой статус получил музей в Пскове?", "status", "statue"),
    ("Кто контролирует качество риса из Анзянга?", "quality", "capacity"),
    ("Какое воинское звание у генерала Орлова?", "military", "war"),
])
def test_word_senses(question: str, english: str, wrong: str) -> None:
    words = _words(question)
    assert english in words and wrong not in words, words


def test_in_the_capacity_of_is_as() -> None:
    words = _words("Сколько раз Орлов приезжал в Хюэ в качестве губернатора?")
    assert "capacity" not in words and "quality" not in words, words


def test_a_verb_before_li_is_no_name() -> None:
    # "Росла ли …": a yes/no question's first word before "ли" is its verb, read as no name
    caps = parse("Росла ли добыча угля в Кемерово в 2019 году?")._capitalised()
    assert "росла" not in caps and "rosla" not in caps and "kemerovo" in caps


@pytest.mark.parametrize("word, news", [("aircraft", "plane"), ("field", "area"), ("fields", "sector")])
def test_news_wording(word: str, news: str) -> None:
    assert news in paraphrases(word)
