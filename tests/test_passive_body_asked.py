"""A body a passive question asks with its agent ("which firms were banned by X") is named with the act."""

from __future__ import annotations

from knowledge.answer.detail_shown import asked
from knowledge.answer.role_filled import act_needed, passive_by
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

CANNERIES = """---
title: Primorye agency curbs Thai fish imports
outlet: Test Wire
date: 2021-04-12
---
Primorye agency curbs Thai fish imports

The Primorye Fisheries Agency restricted imports from two Thai canneries in March, citing poor hygiene.

Russian buyers said the ban on Thai canned fish would raise prices in Vladivostok.

Songkhla Marine Foods and Chanthaburi Seafood were blacklisted by the Primorye Fisheries Agency in April.
"""

engine = module_engine("passive_body_asked", {"canneries.txt": CANNERIES})


def _tokens(question: str) -> list[str]:
    return parse(question, "en").tokens


def test_a_count_before_the_head_noun_still_reads_the_kind_asked():
    q = "Which two Thai canneries closed their plants?"
    assert asked(_tokens(q), q)[0] is None  # "canneries" is no body noun here: the count alone asks nothing
    q = "Which three Polish companies opened offices in Hue?"
    assert asked(_tokens(q), q) == ("org", "companies")


def test_the_act_is_required_of_a_body_asked_in_a_passive_with_its_agent():
    q = "Which Thai companies were blacklisted by the agency?"
    assert passive_by(_tokens(q), "companies")
    assert act_needed("companies", {"blacklist"}, _tokens(q)) == {"blacklist"}
    q = "Which Thai companies blacklisted the agency?"
    assert not passive_by(_tokens(q), "companies") and act_needed("companies", {"x"}, _tokens(q)) is None


def test_the_agent_named_without_the_act_does_not_answer(engine):
    a = engine.ask("Which Thai companies were banned by Russia in March?")
    assert not a.answered, a.text  # the quotes name the agency that restricted, and the ban, but no firm banned


def test_bodies_named_with_the_act_answer(engine):
    a = engine.ask("Which Thai companies were blacklisted by the Primorye Fisheries Agency in April?")
    assert a.answered and "Songkhla Marine Foods" in a.text, a.text
