"""Foreign capitals and Russian cities named in Russian or Vietnamese by names no transliteration
turns into the English one ("Пхеньян", "Bình Nhưỡng": Pyongyang), ministries Russian shortens into
one word ("Минобороны"), places of worship and the verb "to do": read as the English the articles
use, not left as words no article has. On an article written for this test."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

TEMPLE = """---
title: Mongolian minister visits Hanoi temple
outlet: Test Wire
date: 2021-04-14
---
Mongolian minister visits Hanoi temple

HANOI, April 13 – Mongolian Defence Minister Gursed Saikhanbayar toured the One Pillar Pagoda in Hanoi on Tuesday and lit incense there.

On Monday he held talks in Pyongyang with a Vietnamese delegation from the Defence Ministry's Department of External Relations.
"""

engine = module_engine("lingua_foreign_places", {"temple.txt": TEMPLE})


@pytest.mark.parametrize("question, place", [
    ("Когда делегация была в Пхеньяне?", "pyongyang"), ("Кто посетил Пекин?", "beijing"),
    ("Что обсуждали в Улан-Баторе?", "ulaanbaatar"), ("Khi nào đoàn đến Bình Nhưỡng?", "pyongyang"),
    ("Ai đã thăm Viêng Chăn?", "vientiane"), ("Когда министр прилетел в Нью-Дели?", "new"),
])
def test_foreign_place_names_read_as_english(question, place):
    assert place in parse(question).tokens, parse(question).tokens


def test_a_russian_case_ending_is_no_place():
    # "по делу" (in the case of) is no "Дели": only the full "Нью-Дели" is New Delhi
    assert "new" not in parse("Как он оценил вердикт по делу?").tokens


def test_ministries_temples_and_doing_read_in_english():
    assert parse("Кто возглавляет Управление Минобороны?").tokens[-3:] == ["department", "defence", "ministry"]
    assert parse("Когда был основан Военно-морской флот?").tokens[-1] == "navy"
    assert parse("Что министр сделал в пагоде?").tokens[2:] == ["did", "in", "pagoda"]


def test_a_question_naming_them_is_answered(engine):
    a = engine.ask("С кем монгольский министр провёл переговоры в Пхеньяне?")
    assert a.answered and "talks in pyongyang" in fold(quoted(a)), a.text
    a = engine.ask("Bộ trưởng Mông Cổ hội đàm với ai ở Bình Nhưỡng?")
    assert a.answered and "talks in pyongyang" in fold(quoted(a)), a.text
