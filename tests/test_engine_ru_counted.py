"""Russian "сколько" questions whose counted word the article writes otherwise: the vocabulary's
English of a Russian word for people is one of several ("преподавателей": lecturers, where the
article counts "teachers"; "сотрудников": staff, where it writes "a workforce of"), a unit is
written short ("1,200km"), an age at death as "aged 71", a project's "вторая очередь" is its
second phase and a "третий этап" its third phase, "14-й форум" the 14th (its "-й" no "and"),
and a genitive plural after "сколько" is an
English plural ("сколько докладов": how many papers). Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.count_forms import written_count
from knowledge.answer.ordinal_checks import _ordinal_rx
from knowledge.question import parse
from knowledge.question.ru_loanwords import ru_loanword
from tests.helpers.engine_stores import module_engine, quoted

IRKUTSK = """---
title: Irkutsk school week in Huế
outlet: Test Wire
date: 2024-10-09
---
Irkutsk school week in Huế

HUẾ, October 8 – A week of Russian-language classes opened in Huế on Tuesday, run by Irkutsk State University.
The classes drew 35 teachers from schools in Huế and Quảng Nam.
With a workforce of some 2,300, the Irkutsk aircraft plant is the region's largest employer, rector Oleg Zorin said.
The second phase of the Huế bottling plant opened in March in the presence of consul Ivan Lobov.
The region plans to lay 1,200km of new pipelines by 2030.
Zorin recalled the painter Pavel Kovin, who died in Irkutsk in 2019, aged 71.
"""

BRATSK = """---
title: Bratsk air show
outlet: Test Wire
date: 2024-07-02
---
Bratsk air show

BRATSK, July 1 – Eleven aircraft from three flying clubs took part in the Bratsk air show on Sunday.
The Bratsk river port now trades with 14 foreign markets, port director Ilya Somov said.
The Bratsk dam has four power units, the oldest built in 1961.
Local fishermen in Bratsk donated 90,000 roubles to the flying clubs.
"""

engine = module_engine("ru_counted", {"irkutsk.txt": IRKUTSK, "bratsk.txt": BRATSK})


def test_people_counted_by_another_word_in_a_translated_question():
    assert written_count("lecturers", "the classes drew 35 teachers", False, True)
    assert written_count("staff", "with a workforce of some 2 300, the plant", False, True)
    assert not written_count("lecturers", "the classes drew 35 teachers", False)  # an English reader's own word
    assert not written_count("lecturers", "the region plans 1 200 new pipelines", False, True)


def test_units_and_ages_written_otherwise():
    assert written_count("kilometres", "to lay 1 200km of new pipelines", False)
    assert not written_count("kilometres", "to lay 1 200 new pipelines", False)
    assert written_count("years", "who died in irkutsk in 2019, aged 71", False)


def test_stages_and_phases_are_one():
    assert _ordinal_rx(("third",), "stage").search("when the third phase is complete")
    assert not _ordinal_rx(("third",), "stage").search("the third session")


@pytest.mark.parametrize("question, english", [
    ("Сколько докладов было представлено?", "how many papers"),
    ("Сколько сотрудников работает на заводе?", "how many staff"),
    ("Кто присутствовал на открытии второй очереди завода?", "second phase"),
    ("Куда отправился груз из точки назначения?", "destination"),
    ("Сколько делегаций приехало на 14-й форум?", "14th forum"),
    ("Что обсудили 14 и 15 мая?", "14 and 15"),
    ("Когда может быть подписан договор?", "can be signed"),
    ("Какие товары можно больше продавать?", "more"),
])
def test_russian_read(question, english):
    toks = " ".join(parse(question).tokens)
    assert english in toks, (question, toks)


@pytest.mark.parametrize("question, words", [
    ("Сколько преподавателей участвовали в занятиях в Хюэ?", "35 teachers"),
    ("Сколько километров трубопроводов планирует проложить регион к 2030 году?", "1,200km"),
    ("Сколько лет было Ковину, когда он умер?", "aged 71"),
    # a counted noun in its English plural: "aircraft" (never "aircrafts"), "markets" after an adjective
    # in "-ыми", the last word of a phrase ("power units"); "сколько пожертвовали" asks a sum
    ("Сколько самолётов участвовало в авиашоу в Братске?", "Eleven aircraft"),
    ("Со сколькими зарубежными рынками торгует речной порт Братска?", "14 foreign markets"),
    ("Сколько энергоблоков у Братской плотины?", "four power units"),
    ("Сколько пожертвовали рыбаки Братска?", "90,000 roubles"),
])
def test_found(engine, question, words):
    ans = engine.ask(question)
    assert ans.answered and words in quoted(ans), (question, ans.text)


def test_borrowed_verbs_and_adjectives_in_tion():
    assert ru_loanword("модернизировать") == "modernize"
    assert ru_loanword("стабилизирован") == "stabilize"
    assert ru_loanword("традиционных") == "traditional"
