"""Russian question words that read as something else in English: "назвал" names or describes (no
phone call), and "кто из российских дипломатов" asks for any member of the group."""

from __future__ import annotations

from knowledge.question import parse
from knowledge.question.language import tokenize


def test_named_is_no_phone_call():
    q = parse("Какие проекты назвал директор Иван Петров?")
    assert "named" in q.tokens and "called" not in q.tokens
    assert q.kind == "other"  # a call would be asked as an event between two people


def test_one_of_a_group_keeps_the_group():
    toks = " ".join(tokenize("Кто из вьетнамских дипломатов выступил на форуме в Пскове?", "ru")[0])
    assert "who among vietnamese diplomats" in toks, toks
