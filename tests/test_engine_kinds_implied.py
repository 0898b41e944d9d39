"""A kind of answer the wording implies where the question word does not. "What was the purpose / aim
of X" asks what X was for: news gives a purpose as it writes a reason ("is meant to", "aimed at"),
often without the noun. "How often" wants a frequency ("twice a year"), "how did X respond to Y" a
reaction ("backed the proposal"). Such a sentence is the wanted kind of answer, ahead of one that
only repeats the question's words (the lead naming X, "the council will meet for the first time").
Articles written for this test."""

from __future__ import annotations

from knowledge.answer.intent import asks_purpose, implied_kind
from knowledge.question import parse as parse_question
from tests.helpers.engine_stores import module_engine

ASKED = "What was the purpose of Trường's tour of Kazan?"
KAZAN = """---
title: Cần Thơ delegation in Kazan
outlet: Test Wire
date: 2022-09-08
---
Cần Thơ delegation in Kazan

A delegation from Cần Thơ led by city vice chairman Trần Việt Trường began a four-day tour of Kazan on Wednesday.
Trường visited Kazan Federal University, which teaches some 300 Vietnamese students.
The tour is meant to open direct links between rice exporters in Cần Thơ and food wholesalers in Tatarstan.
Tatarstan deputy premier Roman Shaikhutdinov hosted a dinner for the guests at the Kremlin of Kazan.
"""
# a frequency and a reaction, each after a sentence that only repeats the question's words
PERM = """---
title: Perm and Huế set up a joint council on culture and tourism
outlet: Test Wire
date: 2021-06-03
---
Perm and Huế set up a joint council

Perm governor Dmitry Makhonin and Huế chairman Nguyễn Văn Phương set up a joint council on culture and tourism in Perm on Wednesday.
The council will meet for the first time in Huế in October.
After that, the council will meet twice a year, in Perm and in Huế by turns.
Phương proposed a direct charter flight from Perm to Phú Bài airport at the end of the talks.
Makhonin said the proposal was the first from a Vietnamese city.
Makhonin backed the proposal and promised to put it to Aeroflot.
Makhonin also showed the guests the Perm opera house.
"""

engine = module_engine("kinds_implied", {"kazan.txt": KAZAN, "perm.txt": PERM})


def test_a_purpose_asked():
    for q in ("What was the purpose of Trường's tour?", "What is the main aim of the visit?"):
        assert asks_purpose(parse_question(q)), q
    assert not asks_purpose(parse_question("What trade goal did the leaders set?"))


def test_the_purpose_written_as_meant_to_answers(engine):
    a = engine.ask(ASKED)
    assert a.answered and "meant to open direct links" in a.text.split("\n\n")[1], a.text


def test_kinds_implied():
    assert implied_kind(parse_question("How often will the council meet?")) == "frequency"
    assert implied_kind(parse_question("How did the governor react to the idea?")) == "reaction"
    assert implied_kind(parse_question("How did the governor travel to Huế?")) is None


def test_a_frequency_answers_how_often(engine):
    a = engine.ask("How often will the council meet?")
    assert a.answered and "twice a year" in a.text.split("\n\n")[1], a.text


def test_a_reaction_answers_how_did_x_respond(engine):
    a = engine.ask("How did Makhonin respond to the proposal?")
    assert a.answered and "backed the proposal" in a.text.split("\n\n")[1], a.text
