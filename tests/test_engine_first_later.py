"""A question about the first of a series is declined when every quote writes a later round
(knowledge/answer/first_later.py); a quote naming the first, pointing back to it or counting
another thing is left alone. Article written for this test."""

from __future__ import annotations

from knowledge.answer.first_later import later_round
from tests.helpers.engine_stores import module_engine
from tests.test_engine_time_shown import _reply  # a reply of one quote

KAZAN = """---
title: Vietnamese potters at Kazan crafts fair
outlet: Test Wire
date: 2021-06-20
---
Vietnamese potters at Kazan crafts fair

Potters from Bat Trang village showed their wares at the third Volga Crafts Fair, held in Kazan from June 14 to 18.

Tatarstan's culture minister Irada Ayupova said the fair had drawn some 400 craftsmen from 12 countries.
"""

engine = module_engine("first_later", {"kazan.txt": KAZAN})
LEAD = "From Test Wire, 20 June 2021:"


def test_the_first_fair_asked_and_only_the_third_quoted_is_declined(engine):
    a = engine.ask("When was the first Volga Crafts Fair held?")
    assert not a.answered and not a.citations, a.text


def test_the_round_quoted_is_answered(engine):
    a = engine.ask("When was the third Volga Crafts Fair held?")
    assert a.answered and "June 14" in a.text, a.text


def test_a_later_round_of_the_thing_asked_fails_the_first_asked():
    forum = _reply(LEAD, "The delegation joined the second Mekong Water Forum, held in Vientiane in May.")
    assert later_round("Where was the first Mekong Water Forum held?", forum)
    assert later_round("When was the first Mekong forum on water held?", forum)
    rounds = _reply(LEAD, "The two sides held their 9th round of border consultations in Minsk.")
    assert later_round("Where was the first round of border consultations held?", rounds)
    staged = _reply(LEAD, "The Lotus gala was staged in Paris for the fourth time.")
    assert later_round("When was the Lotus gala first staged in Paris?", staged)
    assert not later_round("When was the fourth Lotus gala staged in Paris?", staged)  # no first asked
    earlier = _reply(LEAD, "A week earlier, the Lotus gala was staged in Paris for the second time.")
    assert later_round("When was the Lotus gala first staged in Paris?", earlier)  # "earlier": another day, not the first


def test_a_quote_naming_the_first_or_counting_another_thing_is_left_alone():
    assert not later_round("Where was the first Mekong Water Forum held?", _reply(
        LEAD, "The second Mekong Water Forum, held in Vientiane, followed the first in Phnom Penh in 2019."))
    assert not later_round("Who was the first Thai student to win the prize?", _reply(
        LEAD, "Somchai was the second Thai student to win the prize, after Anan took it in 2015."))
    assert not later_round("What was the score in the first friendly?", _reply(
        LEAD, "Both goals came in the second half."))  # the half, not the match
    assert not later_round("When did the new fee first apply?", _reply(
        LEAD, "The second, which took effect on May 1, doubled the fee."))  # no noun counted
