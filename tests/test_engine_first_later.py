"""A question about the first of a series is declined when every quote writes a later round
(knowledge/answer/first_later.py); a quote naming the first, pointing back to it or counting
another thing is left alone. Article written for this test."""

from __future__ import annotations

from knowledge.answer.first_later import first_time_unwritten, later_round
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


def test_a_first_time_asked_and_one_round_dated_is_declined(engine):
    a = engine.ask("In which year was the Volga Crafts Fair first held?")
    assert not a.answered and not a.citations, a.text


def test_a_first_visit_asked_and_one_visit_quoted_fails():
    trip = _reply(LEAD, "Governor Petrov visited Can Tho in March 2019 with a group of grain traders.")
    assert first_time_unwritten("When did Governor Petrov first visit Can Tho?", trip)
    assert first_time_unwritten("В каком году губернатор Петров впервые посетил Кантхо?", trip)
    assert first_time_unwritten("Thống đốc Petrov lần đầu thăm Cần Thơ vào năm nào?", trip)


def test_a_quote_marking_the_first_or_the_start_answers():
    for quote in ("Governor Petrov first visited Can Tho in March 2019.",
                  "The Mekong rice fair, launched in 2004, is held every autumn in Can Tho.",
                  "Petrov has visited Can Tho every year since 2011.",
                  "A decree that took effect on May 1 lengthened the stay from 30 to 90 days."):
        assert not first_time_unwritten("When did the 90-day stay first take effect?" if "decree" in quote.lower()
                                        else "When did Governor Petrov first visit Can Tho?", _reply(LEAD, quote)), quote


def test_the_first_thing_asked_by_its_noun_is_left_to_its_date():
    """"the first group" asks a thing's date: a quote dating that group answers it without the word "first"."""
    group = _reply(LEAD, "In May 1960 the ministry sent 40 engineers to train in Irkutsk.")
    assert not first_time_unwritten("When did the ministry send the first group of engineers to Irkutsk?", group)
    assert not first_time_unwritten("What did Governor Petrov first say to the traders?", group)
