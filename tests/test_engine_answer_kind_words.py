"""A question word that only names the kind of answer wanted ("in which sectors", "what was trade
worth") is missing from the sentence that answers: it gives the sectors, the figure. Such a word,
when no article has it, weighs nothing in the search; a thing asked that no article names still
declines. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

ASTRAKHAN = """---
title: Astrakhan looks to the Mekong
outlet: Test Wire
date: 2022-09-08
---
Astrakhan looks to the Mekong

Astrakhan Governor Igor Babushkin received Vietnamese Ambassador Đặng Minh Khôi in Astrakhan on Wednesday.

Babushkin said his region was strong in shipbuilding, fisheries and river logistics and hoped to work with Vietnamese partners in all three.

Trade between Astrakhan and Việt Nam reached 38 million USD in 2021, up from 22 million USD a year earlier.

The Lotos shipyard, which employs about 4,500 workers, could build river cruise ships for Vietnamese operators, the governor added.

Babushkin said trade between Astrakhan and Việt Nam in 2021 showed how much the region's ties with Hanoi had grown.

The Lotos shipyard has built tankers and dredgers for customers on the Caspian.

Babushkin, who also chairs the Caspian Economic Council, said the council would meet in Hanoi next year.

Khôi invited Babushkin to lead a business delegation to Cần Thơ next spring.
"""

engine = module_engine("answer_kind_words", {"astrakhan.txt": ASTRAKHAN})


def test_in_which_sectors_is_answered_by_the_sectors_the_governor_names(engine):
    a = engine.ask("In which sectors is Astrakhan strong, according to Babushkin?")
    assert a.answered and "shipbuilding, fisheries and river logistics" in quoted(a), a.text


def test_a_thing_no_article_names_is_still_declined(engine):
    a = engine.ask("What gift did Khôi give Babushkin?")
    assert not a.answered and not a.citations, a.text
