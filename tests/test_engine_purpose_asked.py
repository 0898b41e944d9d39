""""What was the purpose / aim of X" asks what X was for: news gives a purpose as it writes a reason
("is meant to", "aimed at", "came to sign"), often without the noun, so such a sentence is the wanted
kind of answer, ahead of the lead that only names X.
Article written for this test."""

from __future__ import annotations

from knowledge.answer.intent import asks_purpose
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

engine = module_engine("purpose_asked", {"kazan.txt": KAZAN})


def test_a_purpose_asked():
    for q in ("What was the purpose of Trường's tour?", "What is the main aim of the visit?"):
        assert asks_purpose(parse_question(q)), q
    assert not asks_purpose(parse_question("What trade goal did the leaders set?"))


def test_the_purpose_written_as_meant_to_answers(engine):
    a = engine.ask(ASKED)
    assert a.answered and "meant to open direct links" in a.text.split("\n\n")[1], a.text
