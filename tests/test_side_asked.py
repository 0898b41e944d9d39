"""A question restricting its answer to one side ("Which Russian company …", "Who led the Vietnamese
delegation?") is not answered by a sentence whose entities beyond the question are all the other
side's (knowledge/answer/side_asked.py); an entity of unknown side never blocks, and a sentence
naming the side asked answers. Articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.side_asked import asked_nation, written_of
from knowledge.question import parse
from knowledge.sentence_parse import Parsed, Tok
from tests.helpers.engine_stores import module_engine

TIMBER = """---
title: Timber deal signed in Khabarovsk
outlet: Test Wire
date: 2024-03-14
---
Timber deal signed in Khabarovsk

KHABAROVSK — Vietnamese furniture company Hoa Sen Woodcraft on Wednesday signed a three-year contract to buy pine logs from the Khabarovsk region.

The company's director, Le Thi Mai, said the first shipment would reach Quy Nhon in May.
"""

ROWING = """---
title: Rowing regatta held on the Perfume River
outlet: Test Wire
date: 2023-09-02
---
Rowing regatta held on the Perfume River

HUE — A friendly rowing regatta was held on the Perfume River on Saturday.

The Vietnamese team was led by coach Dang Van Toan, who said his crews had trained for a month.

The Russian team was led by coach Pavel Orlov, who praised the calm water.
"""

engine = module_engine("side_asked", {"timber.txt": TIMBER, "rowing.txt": ROWING})


@pytest.mark.parametrize("question, want", [
    ("Which Russian company signed the timber contract?", ("Russia", False)),
    ("Which Vietnamese province hosted the regatta?", ("Vietnam", True)),
    ("Who led the Russian team at the regatta?", ("Russia", False)),
    ("Who spoke for the Vietnamese side?", ("Vietnam", False)),
    ("Кто из вьетнамских тренеров выступил?", ("Vietnam", False)),
    ("Who received the Russian team?", None),  # the answer is the host, of either side
    ("What did the Russian team say?", None),
])
def test_the_side_a_question_asks(question, want):
    assert asked_nation(parse(question).tokens) == want


def _doc(words: list[tuple[str, str]]) -> Parsed:
    doc = Parsed([Tok(w, p, "", i, i) for i, (w, p) in enumerate(words)], [])
    for t in doc.toks:
        t.doc = doc
    return doc


def test_a_role_written_of_a_country():
    doc = _doc([("the", "DET"), ("Russian", "ADJ"), ("deputy", "NOUN"), ("minister", "NOUN"), ("spoke", "VERB")])
    assert written_of(doc, 3) == "Russia"
    doc = _doc([("Russian", "ADJ"), ("guests", "NOUN"), ("met", "VERB"), ("the", "DET"), ("minister", "NOUN")])
    assert written_of(doc, 4) is None  # the country of someone else, across the verb


def test_only_the_other_sides_firm_answers_no_question_of_one_side(engine):
    a = engine.ask("Which Russian company signed the contract to buy pine logs?")
    assert not a.answered and not a.citations, a.text


def test_the_firm_of_the_side_asked_answers(engine):
    a = engine.ask("Which Vietnamese company signed the contract to buy pine logs?")
    assert a.answered and "Hoa Sen Woodcraft" in a.text, a.text


def test_the_leader_of_the_side_asked_is_quoted_first(engine):
    a = engine.ask("Who led the Russian team at the rowing regatta?")
    assert a.answered and "Orlov" in a.citations[0].quote, a.text
    a = engine.ask("Who led the Vietnamese team at the rowing regatta?")
    assert a.answered and "Dang Van Toan" in a.citations[0].quote, a.text
