"""The long tail of everyday news words in Vietnamese and Russian questions (a launch, reserves
revised, relief tents, a storm, the parts of the day, Japan and the two Koreas, explaining,
abandoning, forecasting, young people) read as the English the articles use; single syllables
that fold onto a name ("dừng" / Dũng) read as words only as written. On an article written for
this test."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

YARD = """---
title: Second patrol ship launched in Khabarovsk
outlet: Test Wire
date: 2019-09-12
---
Second patrol ship launched in Khabarovsk

KHABAROVSK, September 11 – The patrol ship Hải Đăng was launched at the Amur shipyard on Wednesday morning, Deputy Defence Minister Trần Văn Kiên said.

Geologists of the joint venture revised the Rong Field's reserves upward to 61 million tonnes in August.

Russia flew 30 emergency tents to Quảng Bình after Storm Wipha flooded the province.

Kiên explained that the second plant was dropped because of its cost.

Boris Titov forecast that the fund would finance 12 youth projects in 2020.

The festival in Kazan gathered 4,000 young people from 60 countries.

Japan and the Republic of Korea sent observers to the drill.
"""

engine = module_engine("lingua_tail", {"yard.txt": YARD})


@pytest.mark.parametrize("question, english", [
    ("Tàu tuần tra được hạ thủy vào buổi nào?", "launched"),
    ("Tàu tuần tra được hạ thủy vào buổi nào?", "which"),
    ("Trữ lượng mỏ Rồng được đánh giá lại là bao nhiêu?", "reserves"),
    ("Nga gửi bao nhiêu lều khẩn cấp tới Quảng Bình?", "emergency"),
    ("Nhật Bản và Hàn Quốc cử ai tới cuộc diễn tập?", "south korea"),
    ("Ai đại diện cho Triều Tiên?", "north korea"),
    ("Кто объяснил, почему отказались от второго завода?", "explained"),
    ("Сколько молодых людей собрал фестиваль в Казани?", "young people"),
    ("Что прогнозировал Титов?", "forecast"),
])
def test_tail_words_read_as_english(question, english):
    toks = " ".join(parse(question).tokens)
    assert english in toks, (question, toks)


def test_a_bare_korea_stays_neither_korea():
    toks = parse("Hàn Quốc và Triều Tiên").tokens
    assert "south" in toks and "north" in toks
    assert "korea" not in parse("Bão Wipha đổ bộ vào tỉnh nào?").tokens


def test_a_syllable_folding_onto_a_name_is_a_name_when_typed_plain():
    written = " ".join(parse("Thủ tướng Dũng dừng dự án nào?").tokens)
    plain = " ".join(parse("thu tuong dung noi gi ve du an?").tokens)
    assert "halt" in written, written
    assert "halt" not in plain, plain


@pytest.mark.parametrize("question, words", [
    ("Tàu tuần tra Hải Đăng được hạ thủy vào buổi nào?", "wednesday morning"),
    ("Trữ lượng mỏ Rồng được đánh giá lại là bao nhiêu?", "61 million tonnes"),
    ("Nga gửi bao nhiêu chiếc lều khẩn cấp tới Quảng Bình?", "30 emergency tents"),
    ("Сколько молодых людей собрал фестиваль в Казани?", "4 000 young people"),
    ("Что прогнозировал Борис Титов?", "12 youth projects"),
])
def test_tail_words_find_the_sentence(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in fold(quoted(a)), (question, a.text)
