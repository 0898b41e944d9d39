"""Russian questions read as an English reader's: a Vietnamese name written in Cyrillic keeps
its syllables ("Там" is Tâm, never "there"; "Куок" is Quốc); a Russian verb's present and future forms
read as its past does ("стоит", "участвует"); "выступил" is a speaker's. On an article written for this
test."""

from __future__ import annotations

import pytest

from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

DALAT = """---
title: Pushkin statue unveiled in Da Lat
outlet: Test Wire
date: 2021-06-07
---
Pushkin statue unveiled in Da Lat

DA LAT, June 6 – A bronze statue of the poet Alexander Pushkin was unveiled in Da Lat on Sunday.

Cast in Yekaterinburg, the statue stands 4.2 metres tall and weighs 2.8 tonnes.

Lam Dong provincial chairman Nguyễn Quốc Khánh invited Yekaterinburg Mayor Oleg Sokolov to visit Da Lat in the autumn.

Sokolov held talks with Vice Chairman Phạm Tâm Long in Bảo Lộc on Monday.

Consul General Igor Baranov spoke at the opening of the Pushkin reading room.

The new cable car will cost 35 million USD, Long said.
"""

engine = module_engine("lingua_translated", {"dalat.txt": DALAT})


@pytest.mark.parametrize("question, words", [
    ("Кого Нгуен Куок Кхань пригласил посетить Далат?", "invited yekaterinburg mayor oleg sokolov"),
    ("Где проходили переговоры Соколова и Фам Там Лонга?", "bao loc"),
    ("Кто выступил на открытии читального зала Пушкина?", "igor baranov spoke"),
    ("Сколько будет стоить новая канатная дорога?", "35 million usd"),
])
def test_translated_question_finds_the_sentence(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in fold(quoted(a) + " " + a.headline), (question, a.text)


def test_a_syllable_of_a_cyrillic_name_is_no_word():
    toks = parse("Где проходили переговоры Соколова и Фам Там Лонга?").tokens
    assert "there" not in toks, toks
    assert "there" in parse("Что там произошло?").tokens  # the word itself, lower case, still reads


@pytest.mark.parametrize("question, english", [
    ("Сколько будет стоить новая канатная дорога?", "cost"),
    ("Какая компания участвует в проекте?", "participated"),
    ("Кто организует форум?", "organised"),
])
def test_present_and_future_forms_read_as_the_past(question, english):
    assert english in parse(question).tokens, parse(question).tokens


def test_cyrillic_ku_may_be_vietnamese_qu():
    from knowledge.match.name_forms import vi_spellings

    assert "quoc" in vi_spellings("куок") and "quang" in vi_spellings("куанг")
    assert "cuc" in vi_spellings("кук")  # Cúc keeps its reading


def test_vystupil_is_a_speaker():
    assert "spoke" in parse("Кто выступил на открытии форума?").tokens
