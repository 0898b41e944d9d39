"""Russian "отметить"/"отмечать": marked (celebrated) when an occasion is its object ("отметили
годовщину", "отмечают праздник", "отметил юбилей"), noted when a statement follows ("отметил, что …");
on questions written for this test (other people, places and occasions than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.question.language import tokenize


def _words(question: str) -> list[str]:
    return tokenize(question, "ru")[0]


@pytest.mark.parametrize("question, sense", [
    ("Как в Самаре отметили годовщину открытия консульства?", "celebrated"),
    ("Где институт отметил свой юбилей?", "celebrated"),
    ("Когда в Дананге отмечают праздник середины осени?", "celebrate"),
    ("Как жители Твери отметили День города?", "celebrated"),
    ("Когда завод отметил 60-летие?", "celebrated"),
    ("Какую дату отметили студенты в Казани?", "celebrated"),
])
def test_occasion_object_is_celebrated(question: str, sense: str) -> None:
    words = _words(question)
    assert sense in words and "noted" not in words


@pytest.mark.parametrize("question", [
    "Кто отметил, что экспорт кофе вырос?",
    "Что губернатор Орлов отметил в своём выступлении?",
    "Что отмечается в отчёте агентства?",
    "В тот день что отметил посол Ларионов?",
])
def test_statement_is_noted(question: str) -> None:
    words = _words(question)
    assert "noted" in words and not {"celebrated", "celebrate"} & set(words)


def test_fronted_occasion_far_before_the_verb() -> None:
    words = _words("Какую годовщину Тульского оружейного завода отметили рабочие?")
    assert "celebrated" in words and "noted" not in words
