"""A yes/no question setting its event in one year is not borne out by quotes that date it to another
(knowledge/answer/yesno_year.py). On sentences written for this test."""

from __future__ import annotations

from knowledge.answer.yesno_year import asked_year, other_year
from tests.helpers.engine_stores import wire_reply as _reply


def test_a_quote_of_another_year_does_not_bear_the_premise_out():
    q = "Did the Andean assembly adopt the water charter in 2016?"
    assert other_year(True, q, _reply("The water charter was adopted by the Andean assembly in May 2019."))
    assert not other_year(True, q, _reply("The Andean assembly adopted the water charter in 2016."))
    assert not other_year(True, q, _reply("The charter, drafted in 2016, was adopted in 2019."))  # the year written
    assert not other_year(True, q, _reply("The Andean assembly adopted the water charter."))  # dated nowhere
    assert not other_year(False, q, _reply("The water charter was adopted in May 2019."))  # no yes/no question


def test_a_year_the_question_counts_from_is_no_premise():
    assert asked_year("Did the assembly adopt the charter before 2016?") is None
    assert asked_year("Was the charter in force between 2014 and 2016?") is None
    assert asked_year("Did the assembly adopt the charter in 2016?") == "2016"
    assert not other_year(True, "Was the charter adopted after 2016?", _reply("It was adopted in 2019."))


def test_an_undated_quote_after_the_best_does_not_save_it():
    q = "Did the Andean assembly adopt the water charter in 2016?"
    assert other_year(True, q, _reply("The charter was adopted in May 2019.", "Ministers called it historic."))
    assert not other_year(True, q, _reply("The charter was adopted in May 2019.", "Talks began in 2016."))
