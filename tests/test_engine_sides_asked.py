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

SIGNING = """---
title: Vietnam and Russia sign ocean research memorandum
outlet: Test Wire
date: 2023-09-20
---
Vietnam and Russia sign ocean research memorandum

Vietnam and Russia signed a memorandum of understanding on ocean research cooperation in Nha Trang on Tuesday.

The memorandum on ocean research cooperation was signed for the Russian side by Deputy Director Pavel Orlov of the Shirshov Institute.

Institute director Nguyen Thi Lan put her signature to it on behalf of Vietnam.

The two institutes plan a joint voyage to the Spratly waters next spring.
"""

engine = module_engine("sides_asked", {"talks.txt": TALKS, "signing.txt": SIGNING})


def _first(answer) -> str:
    return answer.citations[0].quote if answer.answered and answer.citations else ""


def test_the_side_asked_is_answered_by_its_own_sentence(engine):
    assert "Tran Minh Hai" in _first(engine.ask("Who led the Vietnamese side at the fisheries consultations in Da Lat?"))
    assert "Kostrov" in _first(engine.ask("Who headed the Russian delegation at the fisheries consultations in Da Lat?"))


def test_a_side_asked_in_vietnamese_or_russian(engine):
    assert "Kostrov" in _first(engine.ask("Ai dẫn đầu phái đoàn Nga tại cuộc tham vấn nghề cá ở Đà Lạt?"))


def test_the_side_acted_for_answers_the_side_asked(engine):
    # a side is also written as the country someone acted for: "on behalf of Vietnam", "signed for Russia by X"
    assert "Nguyen Thi Lan" in _first(engine.ask("Ai ký bản ghi nhớ về hợp tác nghiên cứu đại dương thay mặt phía Việt Nam?"))
    assert "Orlov" in _first(engine.ask("Кто подписал меморандум о сотрудничестве в исследовании океана с российской стороны?"))


def test_sides_written():
    assert sides_written("Who signed for the Vietnamese side?") == {"Vietnam"}
    assert sides_written("Who led Viet Nam's delegation?") == {"Vietnam"}
    assert sides_written("Кто возглавлял российскую делегацию?") == {"Russia"}
    assert sides_written("Кто подписал со стороны Вьетнама?") == {"Vietnam"}
    assert sides_written("Trưởng phái đoàn Nga là ai?") == {"Russia"}
    assert sides_written("The two delegations agreed to meet again.") == set()
    assert sides_written("Rector Ivan Petrov signed it on behalf of Russia.") == {"Russia"}
    assert sides_written("The memorandum was signed for Viet Nam by Deputy Minister Ho Van Lam.") == {"Vietnam"}
    assert sides_written("Laos is a growing market for Russia by any measure.") == set()
