"""A start word alone ("founded", "begin") asks the start of something else, not of the relations:
"in which year was the shipyard founded" is never answered by the year a partnership between the
countries dates from, while "when did they establish their partnership" still is. Articles written
for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

TIES = """---
title: Laos and Cuba mark partnership anniversary
outlet: Test Wire
date: 2027-03-04
---
Laos and Cuba mark partnership anniversary

Laos and Cuba marked the 15th anniversary of establishing their strategic partnership in 2027 with a reception in Vientiane.

Foreign Minister Thongsavanh Phomvihane said trade between the two countries had doubled in five years.
"""

YARD = """---
title: Havana shipyard delivers ferry
outlet: Test Wire
date: 2027-05-10
---
Havana shipyard delivers ferry

The Marlin Bay shipyard in Havana delivered a passenger ferry to a Lao river company on Monday.

The yard's director, Ernesto Valdés Ruiz, said a second ferry would follow in the autumn.
"""

engine = module_engine("start_unrelated", {"ties.txt": TIES, "yard.txt": YARD})


def test_founding_of_a_body_is_not_the_partnership_start(engine):
    a = engine.ask("When was the shipyard founded?")
    assert "2012" not in a.text and "15th anniversary" not in quoted(a), a.text


def test_founding_of_a_body_named_by_its_country_is_not_the_partnership_start(engine):
    a = engine.ask("In which year was the Lao river company founded?")
    assert "2012" not in a.text and "15th anniversary" not in quoted(a), a.text


def test_partnership_start_still_answered(engine):
    a = engine.ask("When did Laos and Cuba establish their strategic partnership?")
    assert a.answered and "2012" in a.text and "15th anniversary" in quoted(a), a.text


COLLEGE = """---
title: Lao cadets begin studies in Tula
outlet: Test Wire
date: 2026-09-14
---
Lao cadets begin studies in Tula

Forty cadets from Laos began their studies at the Tula Aviation College on Monday.

The two countries also train engineers through the Russian–Lao Consortium of Transport Colleges, set up in 2021 with backing from the Russian transport ministry.

Rostec created AeroVolt in 2019 to build training drones, and the subsidiary now supplies the college.

Founded in 1946, the plant in Minsk still builds tractors for Lao farms, its director Aleh Kavalenka said.
"""

college_engine = module_engine("start_other_body", {"college.txt": COLLEGE})


def test_founding_of_another_named_body_declines(college_engine):
    a = college_engine.ask("In what year was the Tula Aviation College founded?")
    assert not a.answered and "2021" not in a.text, a.text


def test_founding_by_the_founder_asked_answers(college_engine):
    a = college_engine.ask("When did Rostec set up its drone subsidiary?")
    assert a.answered and "2019" in quoted(a), a.text


def test_founding_written_around_answers(college_engine):
    a = college_engine.ask("When was the tractor plant in Minsk founded?")
    assert a.answered and "1946" in quoted(a), a.text
