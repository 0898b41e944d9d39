"""A yes/no question that asks another act than a visit ("is X one of the refineries", "did X
address the forum") is answered from the sentence that tells it, not declined as "no visit of
X's there"; "did X visit Y" where X went elsewhere stays declined. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

FORUM = """---
title: Kovalenko speaks at Khabarovsk energy forum
outlet: Test Wire
date: 2018-09-12
---
Kovalenko speaks at Khabarovsk energy forum

KHABAROVSK, September 12 (Test Wire) – Deputy Minister Trần Quốc Hưng addressed the energy forum in Khabarovsk on Wednesday, praising the region's new port.

Hưng said Vietnamese firms wanted to buy more coal from the Far East.

Nghi Son, one of two oil refineries in Vietnam, buys crude from Russian suppliers, Hưng noted.

Hưng arrived in Khabarovsk on Tuesday for a three-day working visit to Russia.
"""

TRIP = """---
title: Hưng holds talks in Moscow
outlet: Test Wire
date: 2019-04-03
---
Hưng holds talks in Moscow

MOSCOW, April 3 (Test Wire) – Deputy Minister Trần Quốc Hưng held talks with Russian Energy Minister Pavel Sorokin in Moscow on Wednesday.

Sorokin said a coal terminal near Irkutsk would serve buyers in Vietnam from 2021.

Hưng is one of the co-chairs of the intergovernmental working group on energy in Khabarovsk, Sorokin noted.
"""

engine = module_engine("yesno_acts", {"forum.txt": FORUM, "trip.txt": TRIP})


def test_another_act_is_answered_from_its_sentence(engine) -> None:
    a = engine.ask("Did Tran Quoc Hung address the forum in Khabarovsk?")
    assert a.answered and "addressed the energy forum" in quoted(a)


def test_a_thing_is_no_visitor(engine) -> None:
    a = engine.ask("Is Nghi Son one of the oil refineries in Vietnam?")
    assert "visiting" not in a.text


def test_a_post_is_no_visit(engine) -> None:
    a = engine.ask("Is Tran Quoc Hung one of the co-chairs of the working group in Khabarovsk?")
    assert a.answered and "co-chairs" in quoted(a)


def test_visit_elsewhere_stays_declined(engine) -> None:
    a = engine.ask("Did Tran Quoc Hung visit Irkutsk?")
    assert not a.answered
