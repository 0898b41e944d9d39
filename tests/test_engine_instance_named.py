"""A "which rig / factory / building" question is declined when no quote names an instance the
question lacks, and answered when one does (knowledge/answer/instance_named.py). Article written for this test."""

from __future__ import annotations

from knowledge.answer.detail_shown import unshown
from knowledge.answer.instance_named import FAMILY, asked
from knowledge.answer.name_written import named_near
from knowledge.facts import Answer, Citation
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine

MILL = """---
title: Kaluga delegation tours Nam Dinh textile mills
outlet: Test Wire
date: 2019-10-02
---
Kaluga delegation tours Nam Dinh textile mills

A trade delegation from Russia's Kaluga region toured textile mills in Nam Dinh province on October 1, the provincial trade department said.

In Nam Dinh the guests visited the Song Hong Weaving factory, which exports cotton fabric to Europe.

On October 2 the Kaluga visitors saw the Thanh Cong sewing plant in Hanoi.

Deputy governor Pavel Orlov said Kaluga hoped to buy more cotton yarn from Vietnam next year.

The two sides also discussed a new offshore rig for the Baltic shelf, whose construction will start in 2021.

The cargo ship Oka, which carries the yarn, departed from Haiphong on September 20.

A week later the tanker Luga was some 90 nautical miles off the coast of Da Nang when its engine failed.

The Luga's owners said its engine would be repaired at the next port of call.
"""

engine = module_engine("instance_named", {"mill.txt": MILL})


def _noun(text: str) -> str | None:
    return asked(parse(text, detect_language(text)).tokens, text)


def test_the_noun_asked_is_read_from_the_wh_phrase():
    assert _noun("Which textile factory did the Kaluga delegation visit?") == "factory"
    assert _noun("Which drilling rigs will the firm use?") == "rig"
    assert _noun("What weapon brand did the man carry?") == "brand"
    assert _noun("Which factory workers met the guests?") is None  # the noun qualifies another
    assert _noun("Which delegation toured the factory?") is None
    assert _noun("How many factories did the guests visit?") is None


def test_a_factory_named_answers_and_a_rig_unnamed_is_declined(engine):
    """The factory is named with its noun ("the Song Hong Weaving factory"); the rig is only "a new
    offshore rig", and the Baltic shelf beside it is no rig's name."""
    named = engine.ask("Which textile factory did the Kaluga delegation visit in Nam Dinh?")
    assert named.answered and "Song Hong" in named.text, named.text
    assert not unshown(engine.conn, parse("Which plant did the guests visit?", "en").tokens, "Which plant did the guests visit?",
                       _reply_quoting(engine, "Cong sewing plant"))  # one word between the name and the noun
    unnamed = engine.ask("Which offshore rig did the two sides discuss for the Baltic shelf?")
    assert not unnamed.answered, unnamed.text


def _reply_quoting(engine, needle: str) -> Answer:
    sid, text = engine.conn.execute("SELECT id, text FROM sentences WHERE text LIKE ?", [f"%{needle}%"]).fetchone()
    return Answer(True, text, "From Test Wire:", [Citation("mill.txt", None, "Test Wire", None, text, sid)])


def test_a_port_asked_needs_a_town_in_a_sentence_writing_the_act(engine):
    """"departed from Haiphong" answers where the Oka left from; "off the coast of Da Nang" tells
    where the Luga was, not the port it left."""
    left = engine.ask("From which port did the Oka depart?")
    assert left.answered and "Haiphong" in left.text, left.text
    question = "From which port had the Luga departed?"
    tokens = parse(question, detect_language(question)).tokens
    assert unshown(engine.conn, tokens, question, _reply_quoting(engine, "off the coast of Da Nang"))
    assert not unshown(engine.conn, tokens, question, _reply_quoting(engine, "departed from Haiphong"))


def test_a_name_a_few_words_before_the_noun_after_of_or_after_a_comma_is_an_instance():
    # the regressions of the first version: these quotes do name the plant, church, hostel or factories asked
    plant = {"which", "nuclear", "plant", "did", "lavrenko", "mention"}
    assert named_near("He urged work on the Binh Son 2 nuclear power plant and a refinery.", FAMILY["plant"], plant)
    assert named_near("The liturgy was served at the house church of St Sergius in Da Lat.", FAMILY["church"],
                       {"which", "church"})
    assert named_near("The hall is a former hostel of MISIS, the steel institute.", FAMILY["building"],
                       {"what", "building"})
    assert named_near("The turbines will be made at two plants of the holding, Uralmash and Sibtyazhmash.",
                       FAMILY["factory"], {"which", "factories"})
    # an unnamed noun, a place the question gives, a country: no instance
    assert not named_near("The turbines will be made at a new plant in the north.", FAMILY["factory"],
                           {"which", "factory"})
    assert not named_near("The delegation toured textile factories of Ivanovo.", FAMILY["factory"],
                           {"which", "factory", "ivanovo"})
    assert not named_near("The delegation toured the biggest factories of Russia.", FAMILY["factory"],
                           {"which", "factory"})
