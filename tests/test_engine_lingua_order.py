"""Russian and Vietnamese questions put in the English order the engine reads: Russian asks with no
auxiliary ("Что сказал X", "О чём X попросил", "Как X охарактеризовал Y"), which becomes "what did
X say", "about what did X ask", "how did X characterise Y"; Vietnamese puts "how" where the manner
goes ("X mô tả Y như thế nào"), which goes to the front. On an article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.intent import answer_type
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

KAZAN = """---
title: Tatarstan and Vietnam talk visas and flights
outlet: Test Wire
date: 2021-04-15
---
Tatarstan and Vietnam talk visas and flights

KAZAN — Vietnamese Ambassador Lê Quang Vinh met Tatarstan President Rustam Minnikhanov in Kazan on April 14.

Vinh singled out visas and flight connections as the main obstacles to tourism between Vietnam and Tatarstan.

"Simpler visas for our tourists will bring many more of them to Tatarstan," Vinh said.

Minnikhanov visited Vietnam in 2019 and toured a helicopter plant in Hanoi.

Minnikhanov described Vietnam as a reliable partner in Southeast Asia.

The ambassador asked the republic's leadership to open a trade office in Ho Chi Minh City.
"""

engine = module_engine("lingua_order", {"kazan.txt": KAZAN})


@pytest.mark.parametrize("question, lead", [
    ("Что сказал Минниханов о туризме?", ["what", "did", "said"]),
    ("Что посол Винь сказал о визах?", ["what", "did", "ambassador"]),
    ("О чём посол попросил руководство Татарстана?", ["about", "what", "did", "ambassador", "asked"]),
])
def test_a_russian_what_did_someone_say_asks_for_a_statement(question, lead):
    q = parse(question)
    assert q.tokens[: len(lead)] == lead, q.tokens
    assert answer_type(q) == ("statement", True), q.tokens


@pytest.mark.parametrize("question, lead", [
    ("Каким был товарооборот в 2018 году?", ["what", "was"]),  # already English order
    ("В каком году Минниханов посетил Вьетнам?", ["what", "year"]),
    ("Сколько вертолётов купил Вьетнам?", ["how", "many"]),
    ("Как долго длился визит?", ["how", "long"]),
    ("Что такое ЕАЭС?", ["what"]),  # no verb: nothing to ask "did" of
])
def test_no_did_where_the_russian_question_needs_none(question, lead):
    toks = parse(question).tokens
    assert toks[: len(lead)] == lead and "did" not in toks, toks


def test_a_manner_asked_at_the_end_of_a_vietnamese_question_goes_first():
    assert parse("Ông Minnikhanov mô tả Việt Nam như thế nào?").tokens[:3] == ["how", "did", "minnikhanov"]
    assert answer_type(parse("Ông Minnikhanov mô tả Việt Nam như thế nào?"))[0] == "character"
    # "bao nhiêu" (how many) stays where what it counts follows
    assert parse("Kim ngạch thương mại năm 2017 tăng bao nhiêu phần trăm?").tokens[-3:] == ["how", "many", "percent"]


@pytest.mark.parametrize("question, words", [
    ("Как Минниханов охарактеризовал Вьетнам?", "reliable partner"),
    ("Ông Minnikhanov mô tả Việt Nam như thế nào?", "reliable partner"),
    ("Что посол Ле Куанг Винь сказал о визах?", "simpler visas"),
    ("О чём посол попросил руководство Татарстана?", "trade office"),
])
def test_the_reordered_questions_find_the_sentence(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in quoted(a).lower(), (question, a.text)


@pytest.mark.parametrize("question, words", [
    ("Где проходят Дни татарской культуры во Вьетнаме?", ["days"]),  # no nation the table knows: as read
    ("Где проходят Дни российской культуры в Казани?", ["russian", "culture", "days"]),
    ("Кто открыл День культуры Вьетнама в Казани?", ["vietnam", "culture", "day"]),
    ("Когда пройдёт Неделя русского языка в Казани?", ["russian", "language", "week"]),
])
def test_days_given_to_a_field_are_named_as_english_names_them(question, words):
    toks = parse(question).tokens
    assert any(toks[k : k + len(words)] == words for k in range(len(toks))), toks


@pytest.mark.parametrize("question", [
    "Каким был товарооборот Татарстана и Вьетнама в 2020 году?",
    "Какую долю туристов в Казани составляют вьетнамцы?",
    "Какая доля вертолётов завода поставлена во Вьетнам?",
    "Каково водоизмещение корабля?",
])
def test_a_russian_share_trade_or_displacement_asks_for_a_figure(question):
    assert answer_type(parse(question))[0] == "number", parse(question).tokens


def test_a_russian_role_or_aim_is_no_figure():
    assert answer_type(parse("Какую роль играет Татарстан в торговле?"))[0] != "number"
    assert answer_type(parse("Какую цель по товарообороту назвал Минниханов?"))[0] != "number"


def test_a_russian_submarine_is_one_noun():
    assert parse("Сколько подводных лодок заказала Аргентина?").tokens[2:3] == ["submarines"]
    assert "boats" not in parse("Когда подводная лодка вернулась в Мар-дель-Плату?").tokens
