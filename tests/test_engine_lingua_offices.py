"""Vietnamese questions with words of offices, documents, measures and the stage the vocabularies
lacked or misread ("ban giám khảo" jury, "ban chấp hành" executive committee, "quyền tổng giám
đốc" acting general director, "nghị định thư" a protocol — no decree and letter —, "mét khối" cubic
metres — no metres and contingent —, "bao lâu rồi" with "rồi" dropped) — on articles written for
this test."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

CONTEST = """---
title: Hanoi singer wins song contest in Kazan
outlet: Test Wire
date: 2023-10-02
---
Hanoi singer wins song contest in Kazan

KAZAN — Vietnamese singer Tran Minh Khoa won the Volga song contest on Sunday night.

The jury gave Khoa 388 points, well ahead of the runner-up from Serbia.

The contest's new executive committee has 11 members, the organisers said.
"""

engine = module_engine("lingua_offices", {"contest.txt": CONTEST})


@pytest.mark.parametrize("question, words, absent", [
    ("Ca sĩ Trần Minh Khoa nhận được bao nhiêu điểm từ ban giám khảo?", "how many points jury", "ban"),
    ("Ban chấp hành mới có bao nhiêu người?", "executive committee", "ban"),
    ("Ai là quyền tổng giám đốc của hãng phim Lenfilm?", "acting general director", "quyen"),
    ("Quyền Chủ tịch nước Lê Thị Hoa gửi điện chia buồn tới ai?", "acting president", "chairman"),
    ("Hai nước ký nghị định thư nào năm 2019?", "protocol", "decree"),
    ("Mỏ khai thác bao nhiêu mét khối khí?", "cubic metres", "contingent"),
    ("Hai công ty hợp tác với nhau bao lâu rồi?", "how long", "roi"),
    ("Chuyến bay đưa du học sinh về nước hạ cánh ở đâu?", "home", "about"),
])
def test_office_words_read_as_english(question, words, absent):
    toks = parse(question).tokens
    assert all(w in toks for w in words.split()), toks
    assert absent not in toks, toks


def test_a_plain_season_or_store_stays_unread():
    assert "season" not in parse("Ong Khoa mua gi o Kazan?").tokens  # "mua" typed plain is buying
    assert "difficult" not in parse("Kho Bac o dau?").tokens


def test_points_question_finds_the_jury_sentence(engine):
    a = engine.ask("Ca sĩ Trần Minh Khoa nhận được bao nhiêu điểm từ ban giám khảo?")
    assert a.answered and "388" in quoted(a), a.text


def test_executive_committee_question_finds_its_size(engine):
    a = engine.ask("Ban chấp hành mới có bao nhiêu người?")
    assert a.answered and "11 members" in quoted(a), a.text
