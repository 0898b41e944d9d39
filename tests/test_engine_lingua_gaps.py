"""What Vietnamese and Russian questions left untranslated: "TP" before a city's name is thành phố
(never an article's capitalised phrase of those initials), a three-letter Vietnamese place in Cyrillic
("Хюэ") is the place, and everyday words of bans, vaccines, prizes, screenings, what came before and
bodies named by their Russian initials read as the English the articles use. On an article written
for this test."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

HUE = """---
title: Russian relief reaches Huế
outlet: Test Wire
date: 2022-10-20
---
Russian relief reaches Huế

HUẾ, October 19 – Russian Consul General Pavel Orlov handed 40 tonnes of relief goods to flood victims in Huế on Wednesday.

The goods were flown in by the Trade Promotion Agency of Primorye, which also sent 20 doctors.

In Đà Nẵng, city chairman Lê Trung Chinh thanked the Russian side for its help.

About 1,200 people live in the flooded commune, local officials said.

Students of the Ufa State Petroleum Technological University joined the relief team.
"""

engine = module_engine("lingua_gaps", {"hue.txt": HUE})


def test_tp_before_a_city_is_the_city(engine):
    assert engine.acronyms.expand("Ai là chủ tịch TP Đà Nẵng?").lower().count("thanh pho") == 1
    a = engine.ask("Chủ tịch TP Đà Nẵng cảm ơn ai?")
    assert a.answered and "le trung chinh thanked the russian side" in fold(quoted(a)), a.text


def test_a_short_vietnamese_place_in_cyrillic_is_the_place(engine):
    found = engine.index.find(parse("Кто передал помощь пострадавшим от наводнения в Хюэ?"))
    assert any(engine.index.kind(a) == "place" for m in found.mentions for a in m.actor_ids), found.mentions
    a = engine.ask("Кто передал помощь пострадавшим от наводнения в Хюэ?")
    assert a.answered and "pavel orlov" in fold(quoted(a) + " " + a.headline), a.text


def test_a_short_lower_case_russian_word_is_no_place(engine):
    found = engine.index.find(parse("Что все говорили о помощи?"))
    assert not any(engine.index.kind(a) == "place" for m in found.mentions for a in m.actor_ids)


@pytest.mark.parametrize("question, english", [
    ("Lệnh cấm nhập khẩu có hiệu lực từ ngày nào?", "ban"),
    ("Vắc xin tiêm mấy mũi và cách nhau bao lâu?", "doses"),
    ("Ai đoạt giải nhất cuộc thi Vật lý?", "first prize"),
    ("Cộng đồng người Việt ở Perm có khoảng bao nhiêu người?", "how many people"),
    ("Người Việt ở Nga sống ở đâu?", "live"),
    ("Đoàn tàu buôn đi đến đâu?", "where"),
    ("Где проходил предыдущий фестиваль?", "previous"),
    ("Когда делегация посетила ОИЯИ?", "joint institute for nuclear research"),
    ("Сколько продлятся Дни культуры?", "last"),
    ("Какие фильмы показывают на фестивале?", "shown"),
])
def test_everyday_words_read_as_english(question, english):
    toks = " ".join(parse(question).tokens)
    assert english in toks, (question, toks)


def test_people_counted_find_the_sentence(engine):
    a = engine.ask("Có khoảng bao nhiêu người sống ở xã bị ngập lụt?")
    assert a.answered and "1 200 people live" in fold(quoted(a)), a.text


def test_acronyms_spelled_out_in_english_leave_the_question_vietnamese(engine):
    # read as "communist party of vietnam … small and medium sized enterprises …": still Vietnamese
    a = engine.ask("ĐCSVN hỗ trợ SME ở Huế thế nào?")
    assert a.context["lang"] == "vi", a.context


@pytest.mark.parametrize("question, english", [
    ("Сколько участников зарегистрировалось в этом году?", "this year"),
    ("Что изменилось в прошлом году?", "last year"),
    ("Когда Вьетнам начал экспортировать кофе в Россию?", "export"),
    ("Где проходит финальный тур конкурса?", "final round"),
    ("Giá cá tra xuất khẩu là bao nhiêu một kilôgam?", "pangasius"),
])
def test_the_reader_s_year_and_trade_words_read_as_english(question, english):
    toks = " ".join(parse(question).tokens)
    assert english in toks, (question, toks)


def test_a_russian_name_in_another_case_is_searched_as_the_articles_spell_it(engine):
    from knowledge.answer import plan

    q = parse("Какой университет находится в Уфе?")  # "Уфе": Ufa, which no actor stands for here
    q.latin = plan.respell(engine, q, engine.index.find(q))
    assert "ufa" in q.latin, q.latin
