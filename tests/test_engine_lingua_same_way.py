"""Vietnamese and Russian questions read the way their English originals are read: a Vietnamese
question typed without diacritics is Vietnamese; "TP HCM" is the city; a family-name syllable before
a foreign name ("Đoàn Kursk") is a delegation; "Theo X, …" puts its source last as English does; a
country after a title is its nationality; a Russian genitive of a Vietnamese name ending in a soft
sign ("Виня": Vinh) is that person; Russian ordinals, "кем является", "какую должность занимает",
"насколько" ask what English asks. On an article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.intent import answer_type
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine, quoted

KURSK = """---
title: Kursk and Ho Chi Minh City agree youth exchanges
outlet: Test Wire
date: 2022-09-08
---
Kursk and Ho Chi Minh City agree youth exchanges

HO CHI MINH CITY — Deputy Foreign Minister Trần Quốc Vinh received Kursk Governor Roman Starovoit in the city on September 7.

Vinh said Ho Chi Minh City has friendly ties with seven Russian regions.

The governor said the Kursk delegation had earlier signed a youth exchange plan with the authorities of Đồng Nai province.

According to the Russian Consul General, two-way trade between the city and Russia grew by 14 percent in the first half of the year.

The fifth session of the Kursk–Vietnam working group will take place in December.
"""

engine = module_engine("lingua_same_way", {"kursk.txt": KURSK})


@pytest.mark.parametrize("question, words", [
    ("TP HCM co quan he huu nghi voi bao nhieu vung cua Nga?", "seven russian regions"),
    ("Đoàn Kursk đã ký gì với tỉnh Đồng Nai?", "youth exchange plan"),
    ("Со сколькими российскими регионами, по словам Виня, дружит Хошимин?", "seven russian regions"),
])
def test_the_translated_question_finds_the_sentence(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in quoted(a).lower(), (question, a.text)


def test_a_vietnamese_question_typed_without_diacritics_is_vietnamese():
    assert detect_language("Vi sao hai cong ty muon som gia han hop dong?") == "vi"
    assert detect_language("Why do the two firms want to renew the contract soon?") == "en"
    assert detect_language("Lam sang Nga bao gio?") == "vi"


def test_vietnamese_words_read_as_written():
    # a country after a title is its nationality, put before the whole title
    assert "russian deputy prime minister" in parse("Phó Thủ tướng Nga nói gì về dầu khí?").text
    # "Hà nói": Hà says; "Hà Nội" is the city
    assert "hanoi" not in parse("Bà Hà nói gì về du lịch?").tokens
    assert "hanoi" in parse("Bà Hà đến Hà Nội khi nào?").tokens
    # typed plain, "co quan he" is "có quan hệ" (has ties), not "cơ quan" (agency)
    toks = parse("Da Nang co quan he voi bao nhieu thanh pho cua Nga?").tokens
    assert "relationship" in toks and "agency" not in toks
    # "Theo X, …": the source goes last, as English puts it ("…, according to X")
    toks = parse("Theo Tổng lãnh sự Nga, thương mại hai chiều tăng bao nhiêu?").tokens
    assert toks[0] == "trade" and toks.index("according") > toks.index("much"), toks
    toks = parse("По словам губернатора, сколько туристов приехало?").tokens
    assert toks[:2] == ["how", "many"] and toks[-3:] == ["according", "to", "governor"], toks
    # "Đoàn" before a foreign name is a delegation, not a family name
    assert parse("Đoàn Kursk đã ký gì?").tokens[:4] == ["what", "did", "delegation", "kursk"]


@pytest.mark.parametrize("question, kind, typ", [
    ("Кем является Сергей Орлов?", "profile", "person"),
    ("Какую должность занимает Орлов?", "profile", None),
    ("Насколько вырос товарооборот в 2021 году?", None, "number"),
])
def test_russian_question_words_ask_what_english_asks(question, kind, typ):
    """(and "во сколько раз" counts times, "пятое" is an ordinal, as English reads them)"""
    q = parse(question)
    if kind:
        assert q.kind == kind, q.tokens
    if typ:
        assert answer_type(q)[0] == typ, q.tokens


def test_russian_times_and_ordinals_read_as_english_writes_them():
    q = parse("Во сколько раз вырос товарооборот?")
    assert q.tokens[:3] == ["how", "many", "times"] and q.kind != "when", q.tokens
    assert "fifth" in parse("Когда пройдёт пятое заседание рабочей группы?").tokens
    assert "seventh" in parse("Где прошло седьмое заседание комиссии?").tokens


def test_a_vietnamese_ordinal_after_a_noun_is_no_weekday():
    q = parse("Phiên họp thứ năm của nhóm công tác diễn ra khi nào?")
    assert "fifth" in q.tokens and q.weekday is None, q.tokens
    assert parse("Phien hop thu ba cua nhom cong tac dien ra o dau?").tokens[:2] == ["third", "session"]
    # after a time word, at the start or before "tuần" it is the weekday
    assert parse("Họ gặp nhau vào thứ năm?").weekday == 3
    assert parse("Ông ấy đến Nga hôm thứ bảy?").weekday == 5
    assert parse("Họ gặp nhau thứ năm tuần trước?").weekday == 3


def test_vietnamese_asked_words_read_as_english_asks_them():
    # "X đề nghị Nga hai điều gì liên quan đến Y": what is asked goes first, as before "about"
    assert parse("Bộ trưởng đề nghị Nga điều gì liên quan đến học bổng?").tokens[:2] == ["what", "did"]
    # "cam kết" (pledged) asks for a statement, as "What did X pledge to do?"
    assert answer_type(parse("Starovoit cam ket se lam gi?")) == ("statement", True)
    # "tăng bao nhiêu": grew by how much
    assert "grew by how much" in parse("Thương mại hai chiều tăng bao nhiêu?").text
    assert parse("Tân đại sứ Nga trình quốc thư lên ai?").tokens[:3] == ["new", "russian", "ambassador"]
    assert "believes" in parse("Ông Vinh tin điều gì về hợp tác?").tokens


def test_yes_no_questions_ask_with_the_auxiliary_first():
    # Russian puts the verb first and "ли" after it; English the auxiliary
    q = parse("Бывал ли Орлов в Ханое раньше?")
    assert q.tokens[:2] == ["did", "visit"] and q.yesno, q.tokens
    assert parse("Была ли назначена дата визита?").tokens[:2] == ["was", "appointed"]
    # "had X been there before" is answered with a first visit: the plan asks for "first"
    from knowledge.answer.intent import _FIRST_RX
    assert _FIRST_RX.search(" ".join(q.tokens))
    # a Vietnamese question ending in "chưa" (yet) asks whether it has happened
    q = parse("Ông Vinh đã từng đến Nga chưa?")
    assert q.tokens[0] == "has" and q.yesno and "chua" not in q.tokens, q.tokens


def test_titles_and_their_fields_read_in_english_order():
    # "state" of a state president is no statement asked
    assert parse("Chủ tịch nước Việt Nam đã từng thăm Nga chưa?").kind != "said"
    assert parse("When did the state president visit Kursk?").kind == "when"
    assert "defence minister" in parse("Bộ trưởng Quốc phòng Nga Shoigu nói gì?").text
    assert "russian defence minister" in parse("Bộ trưởng Quốc phòng Nga Shoigu nói gì?").text
    assert "joint ventures" in parse("О скольких совместных предприятиях рассказал директор?").text


def test_a_place_named_in_russian_is_asked_about_as_in_english():
    # "Хошимин" reads "ho chi minh city", capitalised as English writes it: a place no article knows
    # is then declined as the English question is, never dropped from the question
    q = parse("Когда Орлов посетил Хошимин?")
    assert all(q.raw_has_capital(k) for k, t in enumerate(q.tokens) if t in ("ho", "chi", "minh")), q.tokens

