"""Everyday news words of Vietnamese and Russian questions (vocab_society), the verb suffixes of
Russian stems, "whom" asked in Russian order, and a Vietnamese question typed without diacritics,
on sentences written for this test (other people, places and dates than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts

CINEMA = """---
title: Vietnamese film week opens in Kazan
outlet: Test Wire
date: 2019-10-03
---
KAZAN, October 3 – A week of Vietnamese films opened in Kazan on Thursday. Four Vietnamese films will
be screened at the Mir cinema until October 9, organiser Pham Thu Trang said.

Some 1,200 tickets have been sold, she said.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("society"), {"kazan_films.txt": CINEMA})


@pytest.mark.parametrize("question", ["Những bộ phim Việt Nam được chiếu ở rạp nào tại Kazan?",
                                      "Nhung bo phim Viet Nam duoc chieu o rap nao tai Kazan?"])
def test_films_and_cinema_with_and_without_diacritics(eng, question):
    q = parse(question)
    assert {"films", "screened", "cinema"} <= set(q.tokens) and "ministry" not in q.tokens
    a = eng.ask(question)
    assert a.answered and "Mir cinema" in a.text, a.text


def test_age_and_counter_words():
    for question in ("Sinh viên bị tấn công ở Omsk bao nhiêu tuổi?", "Sinh vien bi tan cong o Omsk bao nhieu tuoi?"):
        assert "how old" in " ".join(parse(question).tokens)
    # a counter word only says what follows is counted
    for question in ("Lào mua bao nhiêu chiếc trực thăng?", "Lao mua bao nhieu chiec truc thang?"):
        assert "how many helicopters" in " ".join(parse(question).tokens)


def test_vietnamese_phrases_longer_than_their_first_words():
    # "theo lời" alone is "according to"; "theo lời mời" is an invitation, typed either way
    for question in ("Ông Ivanov thăm Huế theo lời mời của ai?", "Ong Ivanov tham Hue theo loi moi cua ai?"):
        assert "at the invitation of" in " ".join(parse(question).tokens)
    assert "bust" in parse("Tượng bán thân ở Tula do ai tạc?").tokens
    assert {"output", "per", "day"} <= set(parse("Sản lượng khí mỗi ngày của mỏ Lan Tây là bao nhiêu?").tokens)


def test_vietnamese_typed_plain_opening_with_who_is():
    q = parse("Ai la Tong giam doc Petrolimex?")
    assert q.lang == "vi" and q.kind == "profile"


def test_russian_verb_suffixes_and_reflexive_after_a_stem():
    assert "evacuated" in parse("Сколько граждан эвакуировали из Судана?").tokens
    assert "financed" in parse("Сколько школ профинансировали японские фонды?").tokens
    assert "train" in parse("Где тренировались лаосские лётчики?").tokens
    # a capitalised name keeps its letters: no suffix is read off a name
    assert parse("Кого встретил Нарышкин?").latin[-1] == "naryshkin"


def test_russian_society_words():
    tokens = parse("Сколько человек было задержано после убийства туриста в Омске?").tokens
    assert tokens[:3] == ["how", "many", "people"] and "murder" in tokens
    assert "hours" in parse("Сколько часов длился полёт в Иркутск?").tokens
    assert "can" in parse("Могут ли граждане Лаоса въезжать в Россию без визы?").tokens


def test_whom_in_russian_order_asks_whom_someone_thanked():
    q = parse("Кого поблагодарил губернатор Артамонов на приёме?")
    assert q.tokens[:2] == ["whom", "did"] and q.kind == "who_met"
    # who did it is asked without "did"
    assert parse("Кто поблагодарил губернатора Артамонова?").tokens[:2] == ["who", "thanked"]


def test_russian_world_is_not_peace_after_in():
    tokens = parse("Какой город в мире самый северный?").tokens
    assert "world" in tokens and "peace" not in tokens
    # "мир" alone stays peace, as in a title
    assert "peace" in parse("Кто написал «Войну и мир»?").tokens
    assert parse("Кто победил на конкурсе в Омске?").tokens[:2] == ["who", "won"]


def test_russian_names_of_bodies_and_countries_in_other_cases():
    # an "-енн-" adjective opening an institution's name is a word, not a name's start
    assert "customs" in parse("Когда Лаос вступил в переговоры с Таможенным союзом?").tokens
    assert "internal" in parse("Кто возглавляет МВД Лаоса?").tokens
    assert "cuba" in parse("Когда премьер Кубы посетил Казань?").tokens
