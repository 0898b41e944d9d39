"""Everyday news words in Vietnamese and Russian questions read as the English the articles use
(escorted, merchant ships, gulf, postponed, masks, debt, paid), a title's first deputy written after
it ("Phó Chủ tịch thứ nhất"), and a Vietnamese question typed without diacritics whose syllables
spell English words ("cu the") still read as Vietnamese. On articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

NAVY = """---
title: Russian frigate guards shipping
outlet: Test Wire
date: 2018-03-20
---
Russian frigate guards shipping

The Russian frigate Admiral Essen escorted 14 merchant ships through the Gulf of Oman in March 2018, the Black Sea Fleet said.

Its crew of 200 sailors later called at Cam Ranh for five days.

A naval forum planned in Nha Trang for May was postponed to September because of the typhoon season.
"""

DUMA = """---
title: Duma first deputy chairman in Hanoi
outlet: Test Wire
date: 2023-05-04
---
Duma first deputy chairman in Hanoi

HÀ NỘI — Deputy Prime Minister Lê Minh Khái received First Deputy Chairman of the State Duma Alexander Zhukov in Hà Nội on May 3.

Khái and Zhukov agreed to work out concrete steps for cooperation in vocational training.

Under a 2000 settlement, Vietnam pays Russia about 100 million USD a year on its Soviet-era debt, Zhukov noted.

Vietnam handed over 200,000 medical masks to the Russian Red Cross in April 2020.
"""

engine = module_engine("lingua_news_words", {"navy.txt": NAVY, "duma.txt": DUMA})


def test_a_vietnamese_question_without_diacritics_is_vietnamese():
    q = parse("Khai va Zhukov nhat tri se ban cac buoc cu the ve hop tac dao tao nghe o dau?")
    assert q.lang == "vi" and "agreed" in q.tokens and "concrete" in q.tokens, q.tokens
    assert parse("Which Russian minister accompanied Volodin to the talks?").lang == "en"


def test_a_first_deputy_written_after_the_title():
    toks = " ".join(parse("Ông Khái tiếp Phó Chủ tịch thứ nhất Duma Quốc gia Zhukov tại đâu?").tokens)
    assert "first deputy chairman" in toks, toks


@pytest.mark.parametrize("question, words", [
    ("Tàu hộ vệ Nga đã hộ tống bao nhiêu tàu buôn qua vịnh Oman?", "14 merchant ships"),
    ("Vì sao diễn đàn hải quân ở Nha Trang bị hoãn?", "typhoon season"),
    ("Почему военно-морской форум в Нячанге отложили?", "typhoon season"),
    ("Сколько масок Вьетнам передал российскому Красному Кресту?", "200 000 medical masks"),
    ("Какую сумму Вьетнам выплачивает России по долгу каждый год?", "100 million usd"),
    ("Phó Thủ tướng Lê Minh Khái tiếp Phó Chủ tịch thứ nhất Duma Quốc gia Zhukov ở đâu?", "ha noi"),
    ("Khai va Zhukov nhat tri se ban cac buoc cu the ve hop tac gi?", "vocational training"),
])
def test_news_words_find_the_sentence(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in fold(quoted(a)), (question, a.text)


@pytest.mark.parametrize("question, english", [
    ("Tàu Nga đã hộ tống bao nhiêu tàu buôn qua vịnh Oman?", "escorted how many merchant ships"),
    ("Diễn đàn bị hoãn vì sao?", "postponed"),
    ("Hai nước kỷ niệm bao nhiêu năm quan hệ ngoại giao?", "how many years"),
    ("Đoàn thuộc cơ quan nào?", "of"),
    ("Почему форум отложили?", "postponed"),
    ("Что было в повестке переговоров?", "agenda"),
    ("Сколько Вьетнам выплачивает по долгу?", "pays"),
])
def test_news_words_read_as_english(question, english):
    assert english in " ".join(parse(question).tokens), parse(question).tokens
