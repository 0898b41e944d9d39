"""Russian case forms of Vietnamese names the articles write in Latin letters: "Нгишона" is Nghi Son
(Russian writes "нги" for Vietnamese "nghi", a genitive ending on it), "Чанов" the Trans of a
dynasty (a genitive plural); and a translated word for staff is not answered by a count of students.
On an article written for this test."""

from __future__ import annotations

from knowledge.answer.count_forms import written_count
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

NGHI_SON = """---
title: Refinery town hosts Russian engineers
outlet: Test Wire
date: 2021-03-12
---
Refinery town hosts Russian engineers

THANH HOA, March 11 – A group of Russian engineers led by Ivan Sorokin arrived in Nghi Son on Thursday to inspect the port's new fuel terminal.

Local historians showed the guests a stele from the time of the Tran dynasty, which ruled the country in the 13th and 14th centuries.
"""

engine = module_engine("ru_case_names", {"nghi_son.txt": NGHI_SON})


def _respelt(engine, question: str) -> list[str]:
    from knowledge.answer import plan

    q = parse(question)
    return plan.respell(engine, q, engine.index.find(q))


def test_a_vietnamese_place_in_the_genitive_with_ngh_is_read(engine):
    assert "nghi son" in _respelt(engine, "Когда российские инженеры прибыли в порт Нгишона?")


def test_a_dynasty_in_the_genitive_plural_is_read(engine):
    assert "tran" in _respelt(engine, "Когда правила династия Чанов?")


def test_a_russian_surname_is_not_cut_to_a_word_the_articles_lack(engine):
    assert "ivan" not in _respelt(engine, "Когда прибыл Иванов?")


def test_a_translated_staff_count_is_no_count_of_students():
    assert not written_count("staff", "thousands of vietnamese students have been trained there", False, True)
    assert not written_count("officers", "some 40 vietnamese military students study in omsk", False, True)
    assert written_count("staff", "a workforce of 300 people is employed there", False, True)
    assert written_count("military", "some 120 soldiers took part", False, True)
    assert written_count("people", "thousands of vietnamese students have been trained there", False, True)
