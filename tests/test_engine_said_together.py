"""What two people said together is found where the article writes it of both ("Both expressed …",
"The two men went over …"), and a speaker's view where it opens "In his view, …": the sentences
after the one naming them are theirs. Article written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

SIBERIA = """---
title: Novosibirsk governor in Đà Nẵng
outlet: Test Wire
date: 2025-09-17
---
Novosibirsk governor in Đà Nẵng

Novosibirsk Governor Andrey Travnikov met Đà Nẵng Chairman Lê Trung Chinh on Wednesday.
The two men went over plans for direct flights between Siberia and the central coast.
Both expressed confidence that tourist numbers would double within three years.
"We will ask our tourism departments to work on a joint marketing plan," the two leaders affirmed.

Travnikov later toured the Đà Nẵng high-tech park with its director.
In his view, such parks could host Siberian software firms looking for engineers.
"""

engine = module_engine("said_together", {"siberia.txt": SIBERIA})


def test_both_is_the_two_people_asked_about(engine):
    ans = engine.ask("What were the Novosibirsk governor and the Da Nang chairman confident about?")
    assert ans.answered and "double within three years" in ans.citations[0].quote


def test_an_attribution_to_the_two_after_a_quote_is_theirs(engine):
    ans = engine.ask("What did Travnikov and Chinh promise their tourism departments would do?")
    assert ans.answered and "joint marketing plan" in ans.citations[0].quote


def test_in_his_view_is_the_view_of_the_one_told_before(engine):
    ans = engine.ask("What could such parks do, in the governor's view?")
    assert ans.answered and "Siberian software firms" in ans.citations[0].quote
