"""Everyday words of feeling and doing (vocab_moods) that a Vietnamese or Russian question asks
with; a one-syllable country that ends a Vietnamese name typed in Latin letters inside a Russian
question ("Phu My", "Le Thi Nga") rather than naming Russia or the United States; the parts of a
year; given names after a family name; and a Russian question's Latin names held to the article."""

from __future__ import annotations

import pytest

from knowledge.question import parse


@pytest.mark.parametrize("question,kept", [
    ("Кто построил порт Cai Mep Phu My?", {"phu", "my"}),
    ("Когда Le Thi Nga приехала в Казань?", {"nga"}),
])
def test_country_syllable_ending_a_name(question: str, kept: set[str]):
    toks = parse(question).tokens
    assert kept <= set(toks) and not {"russia", "united"} & set(toks), toks


@pytest.mark.parametrize("question,words", [
    ("Ở Nga có bao nhiêu sinh viên Lào?", {"russia"}),
    ("Tổng thống Mỹ thăm Đà Nẵng khi nào?", {"united", "states"}),
    ("Quan hệ Lào - Nga thế nào?", {"laos", "russia"}),
])
def test_country_syllable_after_a_title_or_first_word(question: str, words: set[str]):
    toks = parse(question).tokens
    assert words <= set(toks), toks


@pytest.mark.parametrize("question,present,absent", [
    ("Vì sao du khách thích trà Thái Nguyên?", {"like"}, {"thich"}),
    ("Không khí lễ hội ở Huế ra sao?", {"festive", "mood"}, {"gas"}),
    ("Đoàn có bao nhiêu kiểm toán viên?", {"auditors"}, {"institute"}),
    ("Cuộc phong tỏa thành phố kéo dài bao lâu?", {"blockade"}, {"phong", "toa"}),
    ("Ông còn nêu vấn đề nào khác?", {"other"}, {"khac"}),
    ("Bà Lan đến viếng nghĩa trang nào?", {"tribute"}, {"visit"}),
    ("Hàng chục nghìn người xem lễ diễu hành ở đâu?", {"tens"}, {"goods"}),
])
def test_vietnamese_everyday_words(question: str, present: set[str], absent: set[str]):
    toks = parse(question).tokens
    assert present <= set(toks) and not absent & set(toks), toks


@pytest.mark.parametrize("question,present", [
    ("Что несли дети на празднике в Туле?", {"carried"}),
    ("Каким был спрос на рис в Казахстане?", {"demand"}),
    ("На что надеются студенты из Перми?", {"hope"}),
    ("Кого чтят жители Тулы?", {"honoured"}),
    ("Какое праздничное настроение царило в Омске?", {"festive", "mood"}),
    ("Сколько комплектов учебников передали школе?", {"sets"}),
    ("Какие сделки заключили фирмы из Томска?", {"deal"}),
    ("Какие десятки тонн груза прибыли в Находку?", {"tens"}),
    ("Какие цветы возложили к памятнику в Омске?", {"flowers"}),
    ("Что обсудили во время октябрьского визита в Пермь?", {"october"}),
    ("Какое прозвище получил корабль?", {"nickname"}),
    ("Đài Loan nhập khẩu gì từ Nga?", {"taiwan"}),
    ("Theo ông Hùng, thắng lợi nhờ vào đâu?", {"victory"}),
    ("Giải chạy ở Đà Lạt có bao nhiêu người?", {"race"}),
])
def test_everyday_words_present(question: str, present: set[str]):
    toks = parse(question).tokens
    assert present <= set(toks), toks


@pytest.mark.parametrize("question,lo,hi", [
    ("Xuất khẩu gạo đầu năm 2021 ra sao?", "2021-01-01", "2021-12-31"),
    ("Cuối tháng 3 năm 2018 ai thăm Kazan?", "2018-03-01", "2018-03-31"),
])
def test_part_of_a_year_or_month(question: str, lo: str, hi: str):
    """"đầu năm 2021" is early 2021 (as English asks it), never "first" and a bare year."""
    q = parse(question)
    assert (q.date_lo, q.date_hi) == (lo, hi) and "first" not in q.tokens, q.tokens


def test_oil_is_no_early_part():
    """"giá dầu năm 2021": the oil price, its "dầu" folding like "đầu" (early)."""
    assert "early" not in parse("Giá dầu năm 2021 là bao nhiêu?").tokens


@pytest.mark.parametrize("question,absent", [
    ("Ông Nguyễn Thế Kỷ phát biểu ở đâu?", "century"),
    ("Bà Phạm Bình Minh gặp ai ở Omsk?", "dawn"),
])
def test_given_names_after_a_family_name(question: str, absent: str):
    assert absent not in parse(question).tokens


@pytest.mark.parametrize("question,lang_words,expected", [
    ("Сколько стоила ГЭС Song Bung в Куангнаме?", ("song", "bung"), True),
    ("How much did the Song Bung plant cost?", ("song", "bung"), True),
    ("Nhà máy thủy điện Song Bung tốn bao nhiêu tiền?", ("song", "bung"), False),
])
def test_latin_names_a_russian_question_writes(question: str, lang_words: tuple[str, ...], expected: bool):
    """A name typed in Latin letters in a Russian question must stand in the answer's article, as
    an English question's capitalised words must; Vietnamese syllables are Latin too, so not there."""
    from knowledge.answer.proper_written import written_capital

    q = parse(question)
    marks = [written_capital(q, i) for i, t in enumerate(q.tokens) if t in lang_words]
    assert marks and all(m == expected for m in marks), (q.tokens, marks)
