"""A body asked by a one-word name no dictionary has ("Rosleskhoz") is named by a sentence that writes
that name, though the loader tied no actor to it there: the sentence is about the body asked, and
the question's other constraints (a year, a place) then choose between the articles. Articles written
for this test (other bodies, places and dates than the evaluation sets)."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

MOSCOW = """MOSCOW, March 11 — Russia's federal forestry agency, Rosleskhoz, has held talks with the Embassy of Laos, the agency reported.

The two sides discussed timber certification and joint firefighting training.
"""

GENEVA = """---
title: Forestry services meet in Geneva
outlet: Test Wire
date: 2021-10-08
---
Forestry services meet in Geneva

Representatives of Rosleskhoz and of Laos's forestry department held talks in Geneva on October 6, 2021.

The meeting took place on the sidelines of a United Nations timber committee session.
"""

engine = module_engine("one_word_body", {"moscow_talks.txt": MOSCOW, "geneva_talks.txt": GENEVA})


def test_the_sentence_writing_the_body_s_one_word_name_is_about_it(engine):
    a = engine.ask("Where did Rosleskhoz meet Laos's forestry department in October 2021?")
    assert a.answered and "Geneva" in quoted(a).split("”")[0], a.text


class _Store:
    forms = {1: ["Rosleskhoz", "federal forestry agency"], 2: ["Party"], 3: ["Ivan Sokolov", "Sokolov"]}

    def name_forms(self, actor: int) -> list[str]:
        return self.forms[actor]


class _Plan:
    slots = [{1}, {2}, {3}]


def test_a_one_word_name_no_dictionary_has_is_looked_for_in_the_sentence():
    from knowledge.answer.rank import Ranker, _written
    ranker = Ranker(_Store(), _Plan(), {1: "org", 2: "org", 3: "person"}, 10)
    body, party, person = (ranker._long_forms(s) for s in _Plan.slots)
    assert " rosleskhoz " in body and " federal forestry agency " in body
    assert party == ()  # "the Party": a common word, no name to look for
    assert person == ()  # a person's name is left to the loader
    assert _written("Representatives of Rosleskhoz and of Laos's forestry department held talks.", body)
