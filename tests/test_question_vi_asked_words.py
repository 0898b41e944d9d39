"""Vietnamese question words the lexicon lacked (vocab_gaps): "đâu" after a verb asking a place, "nhờ
vào đâu" a cause, "nhân" marking an occasion without asking it, "xảy ra" (happened) and the agent
nouns "nhà sản xuất" / "nhà nhập khẩu", on questions and an article written for this test."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts

CRASH = """---
title: Light aircraft comes down near Pleiku
outlet: Test Wire
date: 2021-09-14
---
PLEIKU, September 14 – A Yak-52 training aircraft crashed into a coffee plantation outside Pleiku on Monday, the provincial police said.

Both pilots were taken to hospital with minor injuries, officials added.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("vi_asked"), {"pleiku_crash.txt": CRASH})


def test_bare_dau_asks_a_place():
    q = parse("Chiếc trực thăng Mi-8 rơi xuống đâu?")
    assert q.kind == "where" and "crashed" in q.tokens and "dau" not in q.tokens
    assert parse("Thành công của đội bóng nhờ vào đâu?").kind == "occasion"  # a cause, never a place
    assert "first" in parse("Giếng khoan đầu tiên nằm ở đâu?").tokens  # "đầu" is no "đâu"


def test_nhan_marks_without_asking_the_occasion():
    q = parse("Ai đã gửi thư chúc mừng tới Tổng thống Kazakhstan nhân ngày Quốc khánh?")
    assert q.kind == "who_met" and "marking" in q.tokens
    assert "personnel" in parse("Hai bên ký thỏa thuận đào tạo nhân sự năm nào?").tokens
    assert parse("Ông Lê Văn Hòa gửi thư nhân dịp nào?").kind == "occasion"


def test_happened_and_agent_nouns():
    assert "happened" in parse("Trận động đất ở Sakhalin xảy ra khi nào?").tokens
    toks = parse("Có bao nhiêu nhà sản xuất cà phê và nhà nhập khẩu Nga dự hội chợ?").tokens
    assert "producers" in toks and "importers" in toks and "nha" not in toks


def test_where_question_finds_the_crash_site(eng):
    a = eng.ask("Máy bay huấn luyện Yak-52 rơi xuống đâu?")
    assert a.answered and "coffee plantation" in a.text, a.text
