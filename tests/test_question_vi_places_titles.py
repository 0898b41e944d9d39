"""Vietnamese questions whose words could be misread: an English title quoted inside one (its words
say nothing of the language asked in), a one-syllable country before a capitalised Vietnamese
syllable that makes a place of its own ("Mỹ Sơn" is no United States), and the arts, science and
press words of vocab_arts that would otherwise stay folded syllables or read as other words."""

from __future__ import annotations

import pytest

from knowledge.question import parse


@pytest.mark.parametrize("question", [
    'Ai chỉ huy dàn nhạc trong buổi hòa nhạc "Night of the Stars" ở Kazan?',
    "Nhà hát trình diễn vở 'The Sleeping Beauty' khi nào và ở đâu?",
])
def test_quoted_english_title_keeps_vietnamese(question: str):
    assert parse(question).lang == "vi"


def test_english_question_with_quoted_vietnamese_stays_english():
    assert parse('Who directed the film "Mùa hè chiều thẳng đứng" in Hanoi?').lang == "en"


@pytest.mark.parametrize("question,place", [
    ("Đoàn khách Nga đến Mỹ Đình vào ngày nào?", {"my", "dinh"}),
    ("Lễ hội diễn ra ở Mỹ Sơn khi nào?", {"my", "son"}),
    ("Đoàn học sinh Nga thăm Lào Cai ngày nào?", {"lao", "cai"}),
])
def test_country_syllable_inside_a_place(question: str, place: set[str]):
    toks = parse(question).tokens
    assert place <= set(toks) and "united" not in toks, toks


@pytest.mark.parametrize("question,words", [
    ("Ông Hải thăm Mỹ khi nào?", {"united", "states"}),
    ("Thương mại Mỹ - Việt tăng bao nhiêu?", {"united", "states"}),
    ("Ngoài phía Nga, Phó Thủ tướng Đỗ Văn Bình gặp ai?", {"russian", "deputy", "prime", "minister"}),
    ("Đại sứ Nga Đặng Văn Lộc là ai?", {"russian", "ambassador"}),
])
def test_country_syllable_still_a_country(question: str, words: set[str]):
    toks = parse(question).tokens
    assert words <= set(toks), toks


@pytest.mark.parametrize("question,present,absent", [
    ("Bộ phim nào đoạt giải Phim truyện xuất sắc nhất?", {"feature", "film", "best"}, {"exported"}),
    ("Vở opera được dàn dựng lần đầu năm nào?", {"staged"}, {"dan", "dung"}),
    ("Dàn hợp xướng Kuban biểu diễn ở đâu?", {"choir"}, {"hop", "meeting"}),
    ("Mẫu nước biển sẽ được phân tích ở đâu?", {"analysed"}, {"phan", "tich"}),
    ("Đoàn thu được bao nhiêu số liệu đo đạc?", {"measurement"}, {"do", "dac"}),
    ("Theo bản tin tháng 5, ai dẫn đầu đoàn?", {"report"}, {"believes"}),
    ("Ai là tổng quản lý của nhà hát?", {"general", "manager"}, {"total"}),
])
def test_arts_science_press_words(question: str, present: set[str], absent: set[str]):
    toks = parse(question).tokens
    assert present <= set(toks) and not absent & set(toks), toks


@pytest.mark.parametrize("question", [
    "Đoàn nghệ sĩ Huế biểu diễn ở Moskva vào ngày nào?",
    "doan nghe si hue bieu dien o Moskva ngay nao?",
])
def test_moskva_is_moscow(question: str):
    """"Moskva", the form Vietnamese news now writes, reads as the city the English articles name."""
    toks = parse(question).tokens
    assert "moscow" in toks and "moskva" not in toks, toks
