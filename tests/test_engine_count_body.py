"""A "how many" reply must not quote only figures its clauses tie to another organisation than asked:
"Anex Tour flew 2,400 holidaymakers to Phu Quoc" is no count of those TEZ Tour flew there, while it
answers the question about Anex Tour; a figure with no named body, or of a flight, may be the one
asked. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.count_body import _same_body, figure_body
from tests.helpers.engine_stores import engine_from_texts, parsed, quoted

CHARTERS = """---
title: Tour operators add charter flights to Phú Quốc
outlet: Test Wire
date: 2023-11-20
---
Tour operators add charter flights to Phú Quốc

Russian tour operators Anex Tour and TEZ Tour are adding charter flights to the island of Phú Quốc this winter.
Anex Tour flew about 2,400 holidaymakers to Phú Quốc in October, its regional director Olga Serova said.
Flight ZF2517 from Novosibirsk brought 230 passengers to the island on Sunday.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("count_body"), {"charters.txt": CHARTERS})


def _body(text: str, figure: str) -> str | None:
    doc = parsed(text)
    return figure_body(doc, next(t for t in doc if t.text == figure))


def test_figure_body_is_the_named_subject_or_the_name_beside_it():
    assert _body("Anex Tour flew about 2,400 holidaymakers to Phu Quoc in October.", "2,400") == "Anex Tour"
    assert _body("The carrier Azur Air has 24 planes in service.", "24") == "Azur Air"
    assert _body("TEZ Tour's charter programme carried 1,200 tourists last winter.", "1,200") == "TEZ Tour"


def test_a_figure_of_no_named_body_has_none():
    assert _body("About 2,400 holidaymakers flew to Phu Quoc in October.", "2,400") is None
    assert _body("Flight ZF2517 from Novosibirsk brought 230 passengers to the island.", "230") is None
    assert _body("Vietnam received 230 tourists from Novosibirsk.", "230") is None


def test_same_body_reads_a_telling_word_not_a_common_one():
    assert _same_body("Anex", [{"anex tour"}])
    assert not _same_body("TEZ Tour", [{"anex tour"}])
    assert not _same_body("VietJet Air", [{"vietnam airlines"}])


def test_another_bodys_figure_is_declined(engine):
    ans = engine.ask("How many holidaymakers did TEZ Tour fly to Phu Quoc in October?")
    assert not ans.answered or "2,400 holidaymakers" not in quoted(ans)


def test_the_asked_bodys_figure_answers(engine):
    ans = engine.ask("How many holidaymakers did Anex Tour fly to Phu Quoc in October?")
    assert ans.answered and "2,400 holidaymakers" in quoted(ans)
