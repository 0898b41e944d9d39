"""Counted nouns of Russian and Vietnamese "сколько / bao nhiêu" questions: one Russian or Vietnamese
word the vocabulary reads as one English noun stands for several the article may write
("предприятий": enterprises, where the article counts "plants"; "организаций": organisations,
where it writes "bodies"; "công dân": citizens, where it writes "nationals"), while an English
reader's own word is still to be written; "участвовать" is to take part, "киоск" a kiosk; "ra khỏi"
is out of (not "đưa ra", put forward). Article
written for this test (other people, places and dates than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.answer.count_forms import written_count
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

TOMSK = """---
title: Tomsk fair draws Vietnamese exporters
outlet: Test Wire
date: 2023-05-17
---
Tomsk fair draws Vietnamese exporters

TOMSK, May 16 – A trade fair of Vietnamese goods opened in Tomsk on Tuesday, organised by the regional chamber of commerce.
Inspectors from the regional food agency had earlier checked 41 processing plants in Cần Thơ and Đồng Tháp.
The fair brought together more than 60 business bodies from both countries, said organiser Irina Volkova.
Twenty-five singers and dancers from Huế are taking part in the fair's evening programme.
A storm on Sunday night wrecked 300 market stalls on the fairground, the city administration said.
"""

engine = module_engine("translated_counted", {"tomsk.txt": TOMSK})


def test_translated_nouns_counted_by_another_word():
    assert written_count("enterprises", "had earlier checked 41 processing plants in can tho", False, True)
    assert written_count("organisation", "brought together more than 60 business bodies", False, True)
    assert written_count("citizens", "some 900 russian nationals voted", False, True)
    assert not written_count("enterprises", "had earlier checked 41 processing plants", False)  # an English reader's own word
    assert not written_count("organisation", "wrecked 300 market stalls", False, True)


def test_goods_and_pictures_counted_as_the_article_writes_them():
    """"товаров", "hàng hóa": goods, where the article counts products or items; "картин": pictures, a
    painting or a film, where it counts productions or films. An English reader's own word is still written."""
    assert written_count("goods", "more than 200 vietnamese products were on sale in tomsk", False, True)
    assert written_count("goods", "some 90 items from hue went on show", False, True)
    assert written_count("paintings", "over 40 russian productions will be screened in da lat", False, True)
    assert written_count("paintings", "the festival showed 12 feature films", False, True)
    assert not written_count("goods", "more than 200 vietnamese products were on sale", False)
    assert not written_count("paintings", "wrecked 300 market stalls", False, True)


@pytest.mark.parametrize("question, english", [
    ("Сколько артистов участвуют в программе?", "participated"),
    ("Сколько киосков уничтожил пожар?", "how many kiosks destroyed"),
    ("Сколько заплатит компания?", "how many pay"),
    ("Bao nhiêu người được đưa ra khỏi nhà ga?", "brought out of"),
    ("Lực lượng cứu hộ đến lúc mấy giờ?", "rescuers"),
    ("Bộ Tình trạng khẩn cấp Nga gửi gì?", "emergency situations"),
    ("Ông Lâm đưa ra đề xuất gì?", "gave"),  # "đưa ra" alone still puts forward
])
def test_read(question, english):
    toks = " ".join(parse(question).tokens)
    assert english in toks, (question, toks)


@pytest.mark.parametrize("question, words", [
    ("Сколько перерабатывающих предприятий проверили инспекторы?", "41 processing plants"),
    ("Сколько организаций собрала ярмарка в Томске?", "60 business bodies"),
])
def test_found(engine, question, words):
    ans = engine.ask(question)
    assert ans.answered and words in quoted(ans), (question, ans.text)
