"""A word of the question that no article writes. A one-letter slip of a word the articles write
("capcity", "presdent", "grup") is the word meant. An adverb, a preposition, an adjective before a
noun, a verb whose act is the one after it only frames the question ("which sectors does X want to
enter", "the documentary featuring X"): it weighs nothing against the sentence that answers the
rest. The verb of the act asked ("why did X cancel the trip") and a noun naming the thing asked
("the population", "the weather") still weigh and decline, and a word of the language one letter
off a written word ("tour", "cost") is no slip. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer import pipeline, plan, typos, word_roles
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

MINSK = """---
title: Belarus tractor maker in Vientiane
outlet: Test Wire
date: 2021-11-09
---
Belarus tractor maker in Vientiane

VIENTIANE — Belarusian Deputy Industry Minister Igor Dubovik met Lao Agriculture Minister Phet Phomphiphak in Vientiane on Monday.

The Minsk Tractor Works will build an assembly plant near Vientiane with an annual capacity of 500 tractors, Dubovik said.

The plant will employ 120 local workers and is due to open in 2023.

The tractor works also hopes to enter the rice-milling and forestry sectors in Laos, according to the delegation.

Lao President Thongloun Sisoulith received the Belarusian delegation at the presidential palace on Tuesday.
"""

engine = module_engine("unwritten_words", {"minsk.txt": MINSK})


def _unknown(engine, text: str) -> list[str]:
    q = parse(text)
    return plan.unknown_terms(engine, q, engine.index.find(q), plan.topics(q)[1])


@pytest.mark.parametrize("word, meant", [
    ("capcity", "capacity"),  # a letter left out
    ("presidentail", None),  # two letters off: no slip
    ("forastry", "forestry"),  # a letter changed
    ("sectorz", None),  # not the last letter: a word's end is its inflection ("officialy" is no "officials")
    ("delegattion", "delegation"),  # one letter too many
    ("grup", None),  # short: only a letter left out of a written word ("group" is not written here)
])
def test_a_one_letter_slip_is_the_written_word(engine, word, meant):
    assert typos.slip_of(engine.conn, word) == meant


def test_a_word_of_the_language_is_no_slip(engine):
    assert typos.english_word("cost") and typos.english_word("tickets") and not typos.english_word("capcity")
    assert typos.slip_of(engine.conn, "rice") is None  # written itself
    assert _unknown(engine, "How much did the plant cost?") == ["cost"]  # "coast" or not, a word chosen


def test_a_misspelt_word_is_answered(engine):
    assert _unknown(engine, "What is the annual capcity of the plant near Vientiane?") == []
    a = engine.ask("What is the annual capcity of the plant near Vientiane?")
    assert a.answered and "500 tractors" in a.text, a.text


def _coverage(engine, text: str) -> float:
    q = parse(text)
    r = engine.retrieval
    ranked = pipeline.rank_question(r.store, q, engine.index.find(q), r.kinds, r.total, r.vocab)[1]
    return ranked[0].coverage


def test_a_word_that_frames_the_question_weighs_nothing(engine):
    q = "Which sectors does the tractor works want to enter in Laos?"
    assert word_roles.incidental(q, ["want", "sectors"]) == {"want"}
    assert _coverage(engine, q) == pytest.approx(1.0)  # every word that names something is in the sentence
    a = engine.ask(q)
    assert a.answered and "rice-milling" in a.text, a.text


def test_a_noun_no_article_writes_still_weighs(engine):
    assert _coverage(engine, "Which sectors does the tractor works hope to enter with subsidies?") < 0.8


@pytest.mark.parametrize("question, frames", [
    ("Why did the minister cancel his trip?", set()),  # the act asked about
    ("When was the new plant built?", set()),
    ("How many sailors were aboard the ship?", set()),  # what is said of the subject
    ("When was the documentary featuring the pilot aired?", {"featuring"}),
    ("Was the minister going to meet the president?", {"going"}),
    ("Which existing plant served as the model?", {"existing"}),
    ("Did the minister personally sign the deal?", set()),  # a yes/no question asks the manner too
    ("What did the minister personally sign?", {"personally"}),
])
def test_the_act_asked_about_is_no_frame(question, frames):
    words = [w for w in ("cancel", "built", "aboard", "featuring", "going", "existing", "personally")
             if w in question.lower()]
    assert word_roles.incidental(question, words) == frames



@pytest.mark.parametrize("question, kept", [
    ("How old is Igor Dubovik?", {"old"}),  # an adjective asked about
    ("What is the weather in Vientiane today?", {"weather"}),  # a noun
    ("Which Siberian firm builds the plant?", {"siberian"}),  # a name's adjective
])
def test_what_is_asked_stays_a_word_to_find(question, kept):
    words = list(kept)
    assert not word_roles.incidental(question, words)


@pytest.mark.parametrize("question", [
    "What is the population of Vientiane?",
    "What is the weather in Vientiane today?",
])
def test_a_thing_no_article_names_is_declined(engine, question):
    assert not engine.ask(question).answered
