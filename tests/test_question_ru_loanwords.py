"""Russian international words read as the English word they borrow ("реконструкции":
reconstruction, "модератором": moderator), and the goods and false-friend vocabulary (vocab_goods:
"магазин" is a shop, never a magazine), on sentences and questions written for this test (other
people, places and dates than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.question.language import tokenize
from knowledge.question.ru_loanwords import ru_loanword
from tests.helpers.engine_stores import engine_from_texts

BRIDGE = """---
title: Russian engineers finish reconstruction of Da Rang bridge
outlet: Test Wire
date: 2018-09-14
---
TUY HOA, September 14 – The reconstruction of the Da Rang bridge in Phu Yen province was completed by the Russian firm Mostostroy on Thursday, six weeks ahead of schedule.

A round table on river transport was held in Tuy Hoa the same day, with Irina Kovrova of the Russian Transport Ministry as moderator.

A new ferry pier in Tuy Hoa was completed on Monday by Vietnamese builders, the port authority said.

Oleg Burmin, the head of Mostostroy, attended the round table as a guest.

Local shops sold out of Russian souvenirs during the ceremony, the provincial newspaper said.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("loan"), {"da_rang_bridge.txt": BRIDGE})


@pytest.mark.parametrize("word, english", [
    ("реконструкции", "reconstruction"), ("модератором", "moderator"), ("специальной", "special"),
    ("протокола", "protocol"), ("операцию", "operation"), ("стратегическое", "strategic"),
    ("регистрацию", "registration"), ("антологии", "anthology"),
])
def test_borrowed_words_read_as_english(word, english):
    assert ru_loanword(word.replace("й", "и")) == english


@pytest.mark.parametrize("word", ["катера", "молока", "дорогу", "сказал", "ключевые"])
def test_native_words_are_no_borrowing(word):
    """A short stem spells an English word only by chance ("катер": cater): none is taken."""
    assert ru_loanword(word) is None


def test_false_friend_and_names_stay_apart():
    toks, _ = tokenize("Что продавали магазины Туихоа во время церемонии?", "ru")
    assert "shops" in toks and "magazine" not in toks
    # a capitalised word inside the question may be a name: never read as a borrowing
    toks, _ = tokenize("Когда Модератов приехал в Туихоа?", "ru")
    assert "moderator" not in toks


def test_loanword_question_finds_its_sentence(eng):
    a = eng.ask("Кто был модератором?")
    assert a.answered and "Irina Kovrova" in a.text, a.text
    a = eng.ask("Когда завершилась реконструкция?")
    assert a.answered and "reconstruction of the Da Rang bridge" in a.text, a.text


@pytest.mark.parametrize("question, wanted", [
    # one member of a body or group asked for, as English asks it
    ("С кем из вице-премьеров Соколов прилетел в Далат?", "with whom among deputy prime ministers"),
    ("Кто из руководства Mostostroy открыл мост?", "who from leadership mostostroy"),
    # a span asked in days, years: "for how many", never "by how much"
    ("На сколько дней можно остаться в Нячанге по визе?", "for how many days can stay"),
    ("В течение какого срока действует виза?", "how long"),
    ("До какого времени открыта выставка в Хюэ?", "until when"),
    ("Кто возглавляет Госдуму?", "who headed state duma"),
])
def test_russian_question_forms(question, wanted):
    assert wanted in " ".join(tokenize(question, "ru")[0])
