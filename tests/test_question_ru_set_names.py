"""Russian names of an adjective and a noun ("Красная площадь", "Ближний Восток", "Южный Урал") read
in every case a question writes them, and places and bodies read in any case ("на Западе", "с
Грузией", "Нацсобрания"), so such a question is answered rather than declined as naming an unknown
word. Questions and an article written for this test (other people, places and dates than the
bench sets)."""

from __future__ import annotations

import pytest

from knowledge.question.language import tokenize
from knowledge.question.ru_set_names import declined_names
from tests.helpers.engine_stores import module_engine

PARADE = """---
title: Cadets rehearse on Red Square
outlet: Test Wire
date: 2021-05-03
---
Cadets rehearse on Red Square

MOSCOW, May 3, 2021 — A band of 120 cadets from Kazan rehearsed on Red Square on Monday, conductor Ilya Sorokin said.
Sorokin said the band would play four marches at the parade.
"""

engine = module_engine("ru_set_names", {"parade.txt": PARADE})


@pytest.mark.parametrize("question, expected", [
    ("Сколько курсантов репетировало на Красной площади?", ["red", "square"]),
    ("Кто приехал на Красную площадь утром?", ["red", "square"]),
    ("Какие страны Ближнего Востока подписали договор?", ["middle", "east"]),
    ("Что обсуждали на Дальнем Востоке губернаторы?", ["far", "east"]),
    ("Сколько заводов на Южном Урале?", ["south", "urals"]),
    ("Какие страны Юго-Восточной Азии вступили в союз?", ["southeast", "asia"]),
    ("Кто встретил гостя у Президентского дворца?", ["presidential", "palace"]),
    ("Когда Армения подписала договор с Грузией?", ["georgia"]),
    ("Что писали на Западе о новых танках?", ["west"]),
    ("Кто выступил на сессии Нацсобрания?", ["national", "assembly"]),
    ("Кто выступил в музее Хо Ши Мина в Кантхо?", ["ho", "chi", "minh"]),
    ("Какой совет дала ВОЗ туристам?", ["world", "health", "organization"]),
    ("Где пройдёт сессия МПС в 2031 году?", ["ipu"]),
    ("Сколько аппаратов ИВЛ получила больница в Хюэ?", ["ventilators"]),
])
def test_declined_names_are_read(question, expected):
    words = tokenize(question, "ru")[0]
    assert all(w in words for w in expected), words


def test_every_case_of_a_name_is_written():
    names = declined_names()
    forms = [f for f, e in names.items() if e == "middle east"]
    assert {"ближнии восток", "ближнего востока", "ближнему востоку", "ближним востоком",
            "ближнем востоке"} <= set(forms)
    assert names["южного урала"] == "south urals" and "южнои урала" not in names


def test_a_question_on_red_square_is_answered(engine):
    a = engine.ask("Сколько курсантов из Казани репетировало на Красной площади?")
    assert a.answered, a.text
    assert "120" in a.text, a.text
