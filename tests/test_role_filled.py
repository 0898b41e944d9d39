"""A name answers a "which <noun>" question only when it fills the role asked (knowledge/answer/role_filled.py):
written with the noun or its family, or of the kind the noun implies in a sentence that writes the act
asked. Sentences and article written for this test."""

from __future__ import annotations

from knowledge.answer.detail_shown import asked_kind
from knowledge.answer.role_filled import _apposed, _trade_written, act_needed, act_written, asked_act, beside_family, kind_described
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine

GALA = """---
title: Kazan hosts Vietnamese music night
outlet: Test Wire
date: 2019-03-02
---
Kazan hosts Vietnamese music night

A Vietnamese music night took place in Kazan on Friday, organised by the Tatarstan Ministry of Culture.

The Kazan State Conservatory lent its rehearsal rooms to the visiting students for a week.

Young violinist Pham Thu Ha performed a solo by Tchaikovsky at the evening.

The Kamal Theatre recorded the evening for a documentary.

Uralstroy Holding quit the bridge project near Kazan in May, citing rising costs.
"""

engine = module_engine("role_filled", {"gala.txt": GALA})


def _act(question: str, noun: str) -> set[str] | None:
    return asked_act(parse(question, detect_language(question)).tokens, question, noun)


def test_the_act_is_read_after_the_noun_up_to_a_preposition_without_names():
    act = _act("Which studio filmed the concert in Perm?", "studio")
    assert act and "concert" in act and "perm" not in act  # stops at "in"; a name is no act
    act = _act("Which academy did Olga Rudneva graduate from?", "academy")
    assert act and "olga" not in act and "rudneva" not in act and any(a.startswith("graduat") for a in act)
    assert act_written("She graduated from the Gnessin Academy in 1998.", act)
    assert not act_written("She taught at the Gnessin Academy in 1998.", act)
    assert act_written("Anything at all.", None)  # no act read: nothing required


def test_a_past_form_outside_the_suffix_rules_still_joins_its_verb():
    act = _act("Which choir sang the anthem at the opening?", "choir")
    assert act_written("The anthem was sung by the Kuban Cossack Choir.", act)


def test_a_name_written_with_the_noun_or_its_family_fills_the_role():
    asked = {"which", "publisher", "printed", "the", "atlas"}
    assert beside_family("The atlas came out from the Kim Dong Publishing House.", "publisher", asked)
    assert beside_family("He heads the Lenfilm studio in the city.", "studio", {"which", "studio"})
    assert beside_family("He heads the Dovzhenko film studio in Kyiv.", "studio", {"which", "studio"})
    assert beside_family("Two Mosfilm comedies were shown.", "studio", {"which", "studio"})
    assert not beside_family("The Vietnamese film studio sent two comedies.", "studio", {"which", "studio"})
    assert not beside_family("The Odessa Film Festival closed.", "studio", {"which", "studio"})


def test_bodies_asked_in_the_plural_are_answered_by_a_kind():
    assert kind_described("Kazakh steel firms signed contracts.", "firms", {"which", "firms"})
    assert not kind_described("Kazakh firms signed contracts.", "firms", {"which", "kazakh", "firms"})
    assert not kind_described("Steel firms signed contracts.", "firm", {"which", "firm"})


def test_a_profession_asks_a_person():
    assert asked_kind(parse("Which young violinist played the solo?", "en").tokens,
                      "Which young violinist played the solo?") == "person"
    assert asked_kind(parse("Which concert hall hosted the gala?", "en").tokens,
                      "Which concert hall hosted the gala?") == "place"


def test_a_name_of_the_kind_but_not_in_the_act_asked_is_declined(engine):
    a = engine.ask("Which Russian studio produced the documentary about the Vietnamese music night?")
    assert not a.answered and not a.citations, a.text  # a theatre recorded it; no studio produced it
    a = engine.ask("Which Vietnamese cellist performed at the music night in Kazan?")
    assert not a.answered and not a.citations, a.text  # the quote's name is a violinist


def test_a_person_or_body_in_the_act_asked_answers(engine):
    a = engine.ask("Which Vietnamese violinist performed a solo by Tchaikovsky in Kazan?")
    assert a.answered and "Pham Thu Ha" in a.text, a.text
    a = engine.ask("Which conservatory lent its rehearsal rooms to the visiting students?")
    assert a.answered and "Conservatory" in a.text, a.text


def test_the_act_is_required_only_of_the_nouns_whose_role_it_reads():
    act = _act("Which company pulled out of the bridge project?", "company")
    assert act and not act_written("Uralstroy Holding quit the bridge project.", act)
    assert act_needed("company", act) is None  # an old body noun: its act is often paraphrased
    assert act_needed("studio", act) == act and act_needed("studios", act) == act


def test_a_body_of_an_old_noun_answers_in_a_paraphrase_of_the_act(engine):
    a = engine.ask("Which company pulled out of the bridge project near Kazan?")
    assert a.answered and "Uralstroy Holding" in a.text, a.text  # "quit" paraphrases "pulled out"


def test_a_profession_in_apposition_or_by_its_verb_fills_the_role():
    asked = {"which", "tass", "reporter", "covered", "the", "race"}
    assert _apposed("Boris Lenin, a veteran reporter with TASS, covered the race.", "reporter", asked)
    assert not _apposed("Boris Lenin, a veteran driver, won the race.", "reporter", asked)
    assert _trade_written("The novel was translated into Czech by Jana Novak.", "translator")
    assert not _trade_written("The novel was published in Czech by Jana Novak.", "translator")
    assert not _trade_written("She sang at the gala.", "singer")  # a root too short to tell
