""""Who led the Vietnamese side / headed the Russian delegation": news writes each side's head in a
sentence of its own, often in other words than the question's ("headed the Vietnamese delegation"
for "led the Vietnamese side"); the sentence of the side asked answers, never the other side's.
Articles written for this test."""

from __future__ import annotations

from knowledge.answer.sides import sides_written
from tests.helpers.engine_stores import module_engine

TALKS = """---
title: Vietnam and Russia hold fisheries consultations in Da Lat
outlet: Test Wire
date: 2024-10-12
---
Vietnam and Russia hold fisheries consultations in Da Lat

The fourth round of Vietnam-Russia consultations on fisheries and ocean research took place in Da Lat on Friday.

The Russian side was led by Deputy Minister of Agriculture Oleg Kostrov.

Deputy Minister Tran Minh Hai headed the Vietnamese delegation at the consultations.

The two delegations agreed to hold joint surveys of tuna stocks in the East Sea next year.

Both sides pledged to share data on illegal fishing.
"""

engine = module_engine("sides_asked", {"talks.txt": TALKS})


def _first(answer) -> str:
    return answer.citations[0].quote if answer.answered and answer.citations else ""


def test_the_side_asked_is_answered_by_its_own_sentence(engine):
    assert "Tran Minh Hai" in _first(engine.ask("Who led the Vietnamese side at the fisheries consultations in Da Lat?"))
    assert "Kostrov" in _first(engine.ask("Who headed the Russian delegation at the fisheries consultations in Da Lat?"))


def test_a_side_asked_in_vietnamese_or_russian(engine):
    assert "Kostrov" in _first(engine.ask("Ai dẫn đầu phái đoàn Nga tại cuộc tham vấn nghề cá ở Đà Lạt?"))


def test_sides_written():
    assert sides_written("Who signed for the Vietnamese side?") == {"Vietnam"}
    assert sides_written("Who led Viet Nam's delegation?") == {"Vietnam"}
    assert sides_written("Кто возглавлял российскую делегацию?") == {"Russia"}
    assert sides_written("Кто подписал со стороны Вьетнама?") == {"Vietnam"}
    assert sides_written("Trưởng phái đoàn Nga là ai?") == {"Russia"}
    assert sides_written("The two delegations agreed to meet again.") == set()
