"""A title written before a name in a question ("Counsellor Trần Văn Nam", "Academician Pavel Serov") is
the named person's title, never a given name that makes him a stranger; and the loader stores the name
without such titles (a reply says "Pavel Serov", not "Academician Pavel Serov"). Articles written for this
test."""

from __future__ import annotations

import pytest

from knowledge.match.find import find
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

CAMP = """---
title: Vietnamese students end summer camp near Tomsk
outlet: Test Wire
date: 2022-08-12
---
Vietnamese students end summer camp near Tomsk

TOMSK, August 12, 2022 — Forty Vietnamese students studying in Siberia ended a ten-day summer camp on the Tom River on Friday.

Speaking on behalf of the ambassador, Minister Counsellor Trần Văn Nam said he hoped the students would keep studying hard and return to build their homeland.

Academician Pavel Serov, rector of the Tomsk Polytechnic University, said the university would offer thirty more scholarships next year.
"""

engine = module_engine("titled_names", {"camp.txt": CAMP})


@pytest.mark.parametrize("question", ["What did Counsellor Trần Văn Nam hope for the students?",
                                      "What did Minister Counsellor Tran Van Nam say?",
                                      "What did Professor Pavel Serov promise?"])
def test_a_title_before_a_known_name_is_read_as_his_title(engine, question):
    names = {engine.index.name(a) for m in find(engine.index, parse(question)).mentions for a in m.actor_ids}
    assert names & {"Trần Văn Nam", "Pavel Serov"}


def test_a_title_before_a_known_name_in_the_question(engine):
    reply = engine.ask("What did Counsellor Trần Văn Nam hope for the students?")
    assert reply.answered
    assert "keep studying hard" in reply.text


def test_an_unknown_title_before_the_name_is_no_given_name(engine):
    reply = engine.ask("What did Academician Pavel Serov promise?")
    assert reply.answered
    assert "thirty more scholarships" in reply.text
    assert "Academician" not in reply.headline


def test_a_stranger_with_a_known_surname_still_declines(engine):
    reply = engine.ask("What did Ivan Serov promise?")
    assert not reply.answered
