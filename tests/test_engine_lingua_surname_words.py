"""Vietnamese questions whose first word is a common word that is also a family name ("Đoàn" a
delegation, before "Quân đội …" the army: no one called Đoàn), "Việt" alone after a noun (the
Vietnamese), "đại biểu" at a conference (delegates, not a parliament's deputies), and the small
words "KHXH" (social sciences) and "bà con" (folks) — on articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from knowledge.question.vi_names import vi_name_words
from tests.helpers.engine_stores import module_engine, quoted

DRILL = """---
title: Vietnamese soldiers join tank drill in Omsk
outlet: Test Wire
date: 2021-08-20
---
Vietnamese soldiers join tank drill in Omsk

OMSK — The Vietnam People's Army sent a team of 36 officers and soldiers to the tank drill in Omsk on Friday.

Some 450 delegates from 30 countries attended the logistics conference held alongside the drill.

Russia will let Vietnamese tourists stay for 21 days without a visa from next spring, the consul said.
"""

engine = module_engine("lingua_surname_words", {"drill.txt": DRILL})


@pytest.mark.parametrize("question", [
    "Đoàn Quân đội nhân dân Việt Nam cử bao nhiêu sĩ quan và binh sĩ tới Omsk?",
    "Đoàn Quân đội Việt Nam đến Omsk khi nào?",
])
def test_a_family_name_before_a_phrase_is_no_name(question):
    assert "doan" not in vi_name_words(question) and "quan" not in vi_name_words(question)
    assert "delegation" in parse(question).tokens and "army" in parse(question).tokens


def test_a_family_name_before_a_given_name_is_still_a_name():
    assert {"doan", "minh", "tuan"} <= vi_name_words("Đoàn Minh Tuấn đến Omsk khi nào?")


def test_army_delegation_question_is_answered(engine):
    a = engine.ask("Đoàn Quân đội nhân dân Việt Nam cử bao nhiêu sĩ quan và binh sĩ tới Omsk?")
    assert a.answered and "36 officers" in quoted(a), a.text


def test_conference_delegates_are_counted(engine):
    assert "delegates" in parse("Có bao nhiêu đại biểu tham dự hội nghị?").tokens
    assert "deputies" in parse("Đại biểu Quốc hội Lê Văn Hòa nói gì?").tokens
    a = engine.ask("Có bao nhiêu đại biểu tham dự hội nghị hậu cần ở Omsk?")
    assert a.answered and "450" in quoted(a), a.text


# (question, English words it must read as, the leftover it must no longer keep)
_SMALL_WORDS = [
    ("Nga cho du khách Việt ở lại bao nhiêu ngày?", "tourists vietnamese", "viet"),
    ("Viện Hàn lâm KHXH ký thỏa thuận với ai?", "social sciences", "khxh"),
    ("Đại sứ gửi lời chúc gì tới bà con tiểu thương?", "traders", "con"),
    ("Ai đoạt giải cuộc thi viết về Omsk?", "contest", "vietnamese"),  # "viết" (write) is no "Việt"
    ("uy ban lien chinh phu viet nga hop o dau", "vietnam russia", "vietnamese"),  # plain, paired: the country
]


def test_small_words_read_as_english():
    for question, words, absent in _SMALL_WORDS:
        toks = parse(question).tokens
        assert set(words.split()) <= set(toks) and absent not in toks, (question, toks)


def test_viet_after_an_honorific_stays_a_name():
    assert "vietnamese" not in parse("Ông Việt nói gì về Omsk?").tokens
