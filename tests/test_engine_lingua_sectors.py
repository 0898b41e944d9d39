"""Vietnamese questions with words of industry, procedure and the arts the vocabularies lacked
("khí" gas, "có thể" can, "nguyên tắc" principles, "quyền bộ trưởng" acting minister, the
classifier "buổi"), and a family name typed without diacritics ("Ho", Hồ) that must not read as the
pronoun "họ" (they) — on articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

FIELD = """---
title: Kho Bac field output rises
outlet: Test Wire
date: 2021-02-10
---
Kho Bac field output rises

VUNG TAU — The Kho Bac offshore field produced 3.4 billion cubic metres of gas in 2020, its operator said on Tuesday.

Ho Van Tam, the operator's director, met Russian partners in Kazan last month.
"""

engine = module_engine("lingua_sectors", {"field.txt": FIELD})


@pytest.mark.parametrize("question, words", [
    ("Năm 2020 mỏ Kho Bạc khai thác bao nhiêu khí?", "how many gas"),
    ("Hiệp ước về các nguyên tắc hợp tác được ký ngày nào?", "principles"),
    ("Quyền Bộ trưởng Công Thương Lê Văn Bình gặp ai ở Kazan?", "acting minister"),
    ("Hội nghị quan chức cao cấp khu vực diễn ra ở đâu?", "senior officials"),
    ("Tàu chiến được trang bị bao nhiêu tên lửa?", "equipped"),
])
def test_sector_words_read_as_english(question, words):
    toks = parse(question).tokens
    assert all(w in toks for w in words.split()), toks
    assert "former" not in toks  # "nguyên" alone is "former"; "nguyên tắc" is principles


def test_can_is_no_yes_no_question_and_a_classifier_is_dropped():
    q = parse("Công ty Nga có thể đầu tư vào lĩnh vực nào?")
    assert not q.yesno and "can" in q.tokens
    assert "buoi" not in parse("Ai chỉ huy dàn nhạc trong buổi hòa nhạc ở Kazan?").tokens


def test_typed_plain_khi_stays_when():
    assert parse("Khi nao ong Tam gap doi tac Nga?").kind == "when"
    assert "gas" not in parse("Cong trinh dung khi nao?").tokens


def test_a_corporation_typed_plain_is_no_total():
    toks = parse("Thu tuong lam viec voi Tong cong ty Kho Bac vao ngay nao?").tokens
    assert "corporation" in toks and "billion" not in toks and "total" not in toks, toks


def test_a_plain_family_name_is_no_pronoun():
    toks = parse("Ong Ho Van Tam da gap ai o Kazan?").tokens
    assert "they" not in toks and toks[:3] == ["ho", "van", "tam"]
    assert "they" in parse("Ho da gap ai o Kazan?").tokens  # the first word alone may be the pronoun


def test_gas_question_finds_the_output_sentence(engine):
    a = engine.ask("Năm 2020 mỏ Kho Bạc khai thác bao nhiêu khí?")
    assert a.answered and "3.4 billion" in quoted(a), a.text
