"""A Russian question names what the English articles write in Latin letters: a Western name by
its sound ("Лувра": the Louvre, "Гамлета": Hamlet) and an institution by its Russian acronym
("МАИ": Moscow Aviation Institute, "РАН": Russian Academy of Sciences). Each is the articles' own
name, never an unknown word to decline for; a name nothing spells stays a reason to decline.
Articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.acronyms import cyrillic_initials
from knowledge.answer.ru_sounds import sound_spelling
from tests.helpers.engine_stores import module_engine

LOUVRE = """---
title: Lacquer paintings from Hue shown in Paris
outlet: Test Wire
date: 2023-10-05
---
Lacquer paintings from Hue shown in Paris

PARIS, October 5 – Forty lacquer paintings by artists from Hue went on show at the Louvre on Thursday.
The exhibition will stay open until January 12, its curator Nguyễn Thị Lan said.
"""

OPERA = """---
title: Novosibirsk troupe brings Hamlet to Da Nang
outlet: Test Wire
date: 2022-04-18
---
Novosibirsk troupe brings Hamlet to Da Nang

DA NANG, April 18 – Dancers of the Novosibirsk Opera and Ballet Theatre performed Hamlet at the Trung Vuong Theatre on Sunday.
Some 900 spectators attended the performance, the city's culture department said.
"""

SCHOLARS = """---
title: Geologists from Hanoi join Siberian survey
outlet: Test Wire
date: 2021-07-02
---
Geologists from Hanoi join Siberian survey

NOVOSIBIRSK, July 2 – Eleven Vietnamese geologists joined a field survey led by the Siberian Branch of the Russian Academy of Sciences on Friday.
Six students of the Moscow Aviation Institute will map the survey's landing strips, the branch said.
"""

PILOTS = """---
title: Vietnamese pilots finish training in Krasnodar
outlet: Test Wire
date: 2020-11-20
---
Vietnamese pilots finish training in Krasnodar

KRASNODAR, November 20 – Fourteen pilots of the Vietnamese air force completed a two-year flight course in Krasnodar on Friday.
"""

engine = module_engine("ru_sound_names", {"louvre.txt": LOUVRE, "opera.txt": OPERA, "scholars.txt": SCHOLARS,
                                          "pilots.txt": PILOTS})


def test_a_name_spelled_by_sound_in_another_case():
    words = {"louvre", "hamlet", "lacquer"}
    has = lambda s: s in words or s.endswith("*") and any(w.startswith(s[:-1]) for w in words)  # noqa: E731
    assert sound_spelling("Лувра", has) == "louvre"
    assert sound_spelling("Гамлета", has) == "hamlet"
    assert sound_spelling("Бордо", has) is None


def test_a_russian_acronyms_initials():
    assert "RAS" in cyrillic_initials("РАН") and "MSTU" in cyrillic_initials("МГТУ")


@pytest.mark.parametrize("question, quoted", [
    ("До какого числа открыта выставка в Лувре?", "January 12"),  # a museum by sound, another case
    ("Где танцоры исполнили балет по мотивам «Гамлета»?", "Trung Vuong Theatre"),  # a play by sound
    ("Сколько вьетнамских геологов присоединились к экспедиции РАН?", "Eleven"),  # an academy's acronym
    ("Сколько пилотов вьетнамских ВВС завершили курс в Краснодаре?", "Fourteen"),  # a service's abbreviation
    ("Сколько студентов МАИ будут наносить на карту посадочные полосы?", "Six students"),  # an institute's
])
def test_the_articles_name_is_found(engine, question, quoted):
    ans = engine.ask(question)
    assert ans.answered and quoted in ans.text


def test_a_name_nothing_spells_is_declined(engine):
    ans = engine.ask("Где танцоры исполнили «Жизель»?")
    assert not ans.answered
