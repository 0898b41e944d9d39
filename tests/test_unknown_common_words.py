"""A describing word of the question that no article writes ("yearly" where the article writes "a year")
costs the sentence one ordinary word of the question, not the question's weight; a verb (the act
asked) never does. The decision weighs what the best sentence lacks. A name no article writes still
weighs as the rarest word.
A question's singular is the article's plural ("SME" and "SMEs"), even for a word too short to stem.
Articles and sentences written for this test."""

from __future__ import annotations

from knowledge.answer import plan
from knowledge.answer.intent import Plan
from knowledge.answer.pipeline import framing_word, ordinary_words
from knowledge.answer.rank import Ranker, term_matcher
from knowledge.answer.retrieve import Candidate
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine
from tests.helpers.ranker_store import RankerStore

PLANT = 3
PORT = """---
title: Port of Sihanoukville expands
outlet: Test Wire
date: 2020-03-04
---
Port of Sihanoukville expands

SIHANOUKVILLE — The container terminal at Sihanoukville can handle 700,000 boxes a year, its director Lim Sovann said on Tuesday.

Cambodian ECUs bought from Belarus will cool the new warehouses, the port said.
"""

engine = module_engine("unknown_common_words", {"port.txt": PORT})


def _coverage(unknown: list[str], ordinary: frozenset[str]) -> float:
    terms = ["container", "terminal", "capacity"]
    cand = Candidate(sentence_id=1, source_id=1, position=0, paragraph=0,
                     text="The container terminal can handle 700,000 boxes a year.", ties={PLANT: "name"})
    p = Plan(answer_type="number", terms=terms, slots=[{PLANT}], hard=[True])
    ranked = Ranker(RankerStore({PLANT}), p, {PLANT: "place"}, total=5000).rank([cand], terms, unknown, None, ordinary)
    return ranked[0].coverage


def test_a_common_word_no_article_has_weighs_as_an_ordinary_word():
    plain = _coverage([], frozenset())
    common = _coverage(["yearly"], frozenset({"yearly"}))
    name = _coverage(["yearly"], frozenset())
    assert plain > common > name
    assert common >= 0.45  # the sentence carries two of four words, the common one among those it lacks


def test_only_lower_case_words_of_the_language_are_ordinary():
    q = parse("What is the yearly capacity of the Kampot terminal, according to Sovannaphum?")
    assert ordinary_words(q, ["yearly", "kampot", "sovannaphum"]) == frozenset({"yearly"})


def test_only_describing_words_frame_a_question():
    # the act asked ("lead", "fast") keeps its full weight: a sentence without it answers another question
    assert framing_word("yearly") and framing_word("roughly") and framing_word("bilingual")
    assert not framing_word("lead") and not framing_word("fast") and not framing_word("kinds")
    q = parse("Who was appointed to lead the yearly rowing regatta in Kampot?")
    assert ordinary_words(q, ["lead", "yearly", "kampot"]) == frozenset({"yearly"})


def test_a_three_letter_word_finds_its_plural():
    assert term_matcher(["ecu"])("Cambodian ECUs bought from Belarus") == [1.0]
    assert term_matcher(["ecu"])("The ecumenical council met") == [0.0]


def test_a_singular_whose_plural_the_articles_write_is_no_unknown_word(engine):
    q = parse("Where were the ECU units bought?")
    assert "ecu" not in plan.unknown_terms(engine, q, engine.index.find(q), plan.topics(q)[1])
