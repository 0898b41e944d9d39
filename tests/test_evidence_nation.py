"""A "which Vietnamese / Russian <role>" question is not answered by a sentence whose people all bear
names of the other nation (knowledge/answer/evidence.py, read by the names' form); one that names
someone of the nation asked, or a role the question lacks, still answers. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

FERRY = """---
title: Vladivostok ferry talks open in Hai Phong
outlet: Test Wire
date: 2024-10-08
---
Vladivostok ferry talks open in Hai Phong

HAI PHONG — Talks on a passenger ferry line between Hai Phong and Vladivostok opened in Hai Phong on Monday.

Primorye Deputy Governor Konstantin Rudakov told the opening session that the line could carry 20,000 passengers a year.

Deputy Transport Minister Nguyen Xuan Sang welcomed the Russian delegation at the port on Tuesday.
"""

engine = module_engine("evidence_nation", {"ferry.txt": FERRY})


def test_a_name_of_the_other_nation_answers_no_which_nation_question(engine):
    a = engine.ask("Which Vietnamese official told the ferry talks' opening session about passenger numbers?")
    assert not a.answered and not a.citations, a.text


def test_a_name_of_the_nation_asked_answers(engine):
    a = engine.ask("Which Vietnamese deputy minister welcomed the Russian delegation at the port?")
    assert a.answered and "Nguyen Xuan Sang" in a.text, a.text
    a = engine.ask("Which Russian official told the opening session about passenger numbers?")
    assert a.answered and "Rudakov" in a.text, a.text
