"""Vietnamese words of courts and police, accidents, offshore drilling, broadcasting and sponsors
(vocab_incidents): read as the English an article writes, and the
engine answering such questions, on sentences written for this test (other people, places and
dates than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts

CASE = """---
title: Laotian tourist detained at Da Nang airport
outlet: Test Wire
date: 2022-03-14
---
DA NANG, March 14 – Customs officers stopped a 39-year-old Laotian tourist at Da Nang International Airport on Sunday with two kilograms of gold hidden in his luggage.

The Da Nang People's Court later sentenced him to three years in prison.

Drilling of the second exploration well at the offshore block 112 began on March 2, the operator said.

A ferry carrying 40 passengers to Cham Island suffered an engine failure on March 9 and was towed back to port.

The Ha Long Jazz Night concert in Moskva was sponsored by Sovcombank.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("incidents"), {"da_nang_customs.txt": CASE})


@pytest.mark.parametrize("question, words, wrong", [
    ("Du khách Lào bị bắt ở sân bay nào?", ["arrested"], ["bat"]),
    ("Tòa án tuyên phạt ông ấy mức án gì?", ["sentenced", "sentence"], ["tuyen", "phat"]),
    ("Người có giấy tờ hợp pháp được xử lý ra sao?", ["papers", "legal"], ["france"]),
    ("Có công dân Lào nào là nạn nhân của vụ nổ không?", ["explosion"], ["no"]),
    ("Giếng thăm dò nước sâu ngoài khơi được khoan ở lô nào?", ["wells", "deepwater", "offshore", "drilled"],
     ["country", "besides"]),
    ("Công ty con nào của tập đoàn khoan giếng?", ["subsidiary"], ["and"]),
    ("Phà bị hỏng máy vào ngày nào?", ["engine", "failure"], ["may"]),
    ("Ai là nhà tài trợ đêm nhạc ở Kazan?", ["sponsor", "concert"], ["nha"]),
    ("Có bao nhiêu quốc gia cử đại biểu dự hội nghị?", ["how", "many", "countries"], ["national"]),
    ("Bao nhiêu tổ chức quốc tế dự hội nghị?", ["international", "organisations"], ["held"]),
])
def test_incident_words_translated(question, words, wrong):
    tokens = parse(question, "vi").tokens
    assert all(w in tokens for w in words), tokens
    assert not any(w in tokens for w in wrong), tokens


def test_plain_syllables_stay_unread():
    """Typed without diacritics, "bat" (bắt), "nen" (nên) or "hoi" (hỏi) fold onto other words."""
    tokens = parse("Ong Bat hoi gi?", "vi").tokens
    assert "arrested" not in tokens and "asked" not in tokens, tokens


def test_customs_stop_answered(eng):
    a = eng.ask("Du khách Lào bị hải quan chặn giữ tại sân bay nào?")
    assert a.answered and "Da Nang International Airport" in a.text, a.text


def test_sponsor_answered(eng):
    a = eng.ask("Ai là nhà tài trợ đêm nhạc Ha Long Jazz Night ở Moskva?")
    assert a.answered and "Sovcombank" in a.text, a.text


def test_engine_failure_answered(eng):
    a = eng.ask("Phà chở khách ra đảo Cù Lao Chàm bị hỏng máy vào ngày nào?")
    assert a.answered and "March 9" in a.text, a.text
