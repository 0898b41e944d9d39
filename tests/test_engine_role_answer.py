""""Which Vietnamese ambassador spoke at X?", "Who was the Belarusian ambassador who spoke …": the question
word asks for the role's holder, so a sentence naming him is the answer, not one to pass over as naming
someone the question already asks about. Articles written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer.intent import answer_type
from knowledge.answer.role_answer import answer_roles
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

EXHIBITION = """---
title: Ha Long Bay photo exhibition opens in Novosibirsk
outlet: Test Wire
date: 2024-04-16
---
Ha Long Bay photo exhibition opens in Novosibirsk

The Vietnamese Embassy in Russia opened a photo exhibition on Ha Long Bay at the Novosibirsk State Library on Tuesday.

More than 80 photographs by Vietnamese and Russian artists are on show until the end of May.

Local officials, students and members of the Vietnamese community in Siberia attended the opening.

Vietnamese Ambassador Hoang Van Binh said the exhibition would help Siberians discover the beauty of northern Vietnam.

Library director Irina Sokolova thanked the embassy for the gift of 200 books about Vietnam.
"""

engine = module_engine("role_answer", {"exhibition.txt": EXHIBITION})


def _first(answer) -> str:
    return answer.citations[0].quote if answer.answered and answer.citations else ""


def test_which_role_spoke_is_answered_by_the_holder(engine):
    assert "Hoang Van Binh" in _first(engine.ask("Which Vietnamese ambassador spoke at the photo exhibition in Novosibirsk?"))


def test_who_is_the_title_of_a_body_doing_something(engine):
    assert "Irina Sokolova" in _first(engine.ask("Who is the director of the library hosting the Ha Long Bay photo exhibition?"))


def test_under_whose_chairmanship_asks_a_person():
    assert answer_type(parse("Under whose chairmanship did the flood committee meet in Hue?"))[0] == "person"
    assert answer_type(parse("On whose proposal was the fund set up?"))[0] == "person"
    assert answer_type(parse("Whose paintings were shown in Hue?"))[0] != "person"


def test_answer_roles():
    plan = SimpleNamespace(answer_type="person", slot_words=["vietnamese ambassador", "novosibirsk"], hard=[False, True])
    assert answer_roles(plan, "which vietnamese ambassador spoke at the exhibition in novosibirsk".split()) == (0,)
    assert answer_roles(plan, "who was the vietnamese ambassador who spoke in novosibirsk".split()) == (0,)
    assert answer_roles(plan, "who did the vietnamese ambassador meet in novosibirsk".split()) == ()
    assert answer_roles(plan, "who is the vietnamese ambassador meeting in novosibirsk".split()) == ()
    plan = SimpleNamespace(answer_type="person", slot_words=["director of the library", "novosibirsk"], hard=[False, True])
    assert answer_roles(plan, "who is the director of the library hosting the show".split(), ("director",)) == (0,)
    assert answer_roles(plan, "who is the director of the library hosting the show".split()) == ()
    plan = SimpleNamespace(answer_type="person", slot_words=["chairman", "baikal"], hard=[False, True])
    assert answer_roles(plan, "chairman friendship association baikal who is".split()) == (0,)
