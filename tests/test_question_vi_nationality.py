"""A country written right after a noun of people, a team or an art in a Vietnamese question
("phụ nữ Nga", "đội Việt Nam") is its nationality, as English writes "Russian women":
no country the answer must be tied to. After a verb or a preposition it stays the country."""

from __future__ import annotations

import pytest

from knowledge.question import parse

QUALIFIED = [
    ("Những phụ nữ Nga nào đã hát ở Cần Thơ?", "russian"),
    ("Đội Việt Nam xếp thứ mấy ở giải bắn cung?", "vietnamese"),
    ("Đoàn thanh niên Việt Nam đến Tomsk bao nhiêu người?", "vietnamese"),
    ("Những tiểu thương Nga ở chợ Bến Thành bán gì?", "russian"),
]


@pytest.mark.parametrize("question, nationality", QUALIFIED)
def test_country_after_noun_is_a_nationality(question: str, nationality: str) -> None:
    toks = parse(question).tokens
    assert nationality in toks and "russia" not in toks and "vietnam" not in toks, toks


@pytest.mark.parametrize("question, country", [
    ("Ông Lê Văn Tám thăm Nga khi nào?", "russia"),
    ("Bao nhiêu du học sinh trở về từ Nga năm 2015?", "russia"),
    ("Hãng Aeroflot mở đường bay tới Việt Nam năm nào?", "vietnam"),
])
def test_country_after_verb_or_preposition_stays(question: str, country: str) -> None:
    assert country in parse(question).tokens
