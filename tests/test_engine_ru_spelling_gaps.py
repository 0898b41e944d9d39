"""Russian questions the reader lost a word of: the Vietnamese "x" Russian writes "с" ("Суан": Xuân),
and general words of the stage, of awards and of measures ("постановка", "Гран-при", "лучшая
женская роль", "глубина"). Articles and questions written for this test (other people, places and
dates than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.match.name_forms import vi_spellings
from knowledge.question.language import tokenize
from tests.helpers.engine_stores import module_engine

FORUM = """---
title: Youth forum opens in Hai Duong
outlet: Test Wire
date: 2022-04-09
---
Youth forum opens in Hai Duong

HAI DUONG, April 8, 2022 — Lieutenant General Do Xuan Thinh opened a youth science forum in Hai Duong on Friday.
Thinh asked the young researchers to focus on water treatment and on cheap solar panels.
"""

THEATRE = """---
title: Buryatia drama troupe wins in Da Lat
outlet: Test Wire
date: 2018-11-20
---
Buryatia drama troupe wins in Da Lat

DA LAT, November 19, 2018 — A drama troupe from the Republic of Buryatia won the Grand Prix of the Da Lat theatre festival on Monday.
The staging of the winning play was directed by Olga Dashieva, the troupe's founder.
"""

engine = module_engine("ru_spelling_gaps", {"forum.txt": FORUM, "theatre.txt": THEATRE})


def test_russian_s_may_be_a_vietnamese_x():
    assert "xuan" in vi_spellings("суан") and "son" in vi_spellings("шон")


@pytest.mark.parametrize("question, expected", [
    ("Кто руководил постановкой спектакля в Далате?", "staging"),
    ("Кто получил Гран-при фестиваля в Далате?", "grand"),
    ("Какая актриса получила приз за лучшую женскую роль?", "best"),
    ("На какой глубине работали водолазы у Туапсе?", "depth"),
    ("Кому не разрешили въезд в страну?", "allowed"),
])
def test_general_words_read(question, expected):
    assert expected in tokenize(question, "ru")[0]


def test_a_name_with_xuan_in_russian_is_found(engine):
    a = engine.ask("О чём попросил генерал До Суан Тхинь молодых исследователей?")
    assert a.answered, a.text
    assert "Thinh" in a.text and "water treatment" in a.text, a.text


def test_the_grand_prix_winner_is_found(engine):
    a = engine.ask("Какая труппа получила Гран-при фестиваля в Далате?")
    assert a.answered, a.text
    assert "Buryatia" in a.text, a.text
