"""Russian question words that read as something else in English: "назвал" names or describes (no
phone call), and the capitalised first word of a quoted title in sentence case ("«Точка отсчёта»")
is a common word the articles translate, no name they must write."""

from __future__ import annotations

from knowledge.question import parse
from knowledge.question.language import tokenize


def test_named_is_no_phone_call():
    q = parse("Какие проекты назвал директор Иван Петров?")
    assert "named" in q.tokens and "called" not in q.tokens
    assert q.kind == "other"  # a call would be asked as an event between two people


def test_quoted_title_opener_is_no_name():
    q = parse("Кто открыл выставку «Точка отсчёта – Вьетнам» в Казани?")
    opener = next(i for i, t in enumerate(q.tokens) if t == "точка")
    assert not q.raw_has_capital(opener)
    assert q.raw_has_capital(q.tokens.index("vietnam"))


def test_quoted_single_name_stays_a_name():
    q = parse("Кто возглавляет компанию «Трансгаз» в Томске?")
    assert any(q.raw_has_capital(i) for i, t in enumerate(q.tokens) if t.startswith("трансгаз"))


def test_one_of_a_group_keeps_the_group():
    toks = " ".join(tokenize("Кто из вьетнамских дипломатов выступил на форуме в Пскове?", "ru")[0])
    assert "who among vietnamese diplomats" in toks, toks
