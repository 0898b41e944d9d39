"""A question asking a work, an amount or a rank is declined when no quote of the reply
shows one the question does not already name (knowledge/answer/kind_shown.py). Article written for this test."""

from __future__ import annotations

from knowledge.answer.kind_shown import asked
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine

PORT = """---
title: Perm and Quang Tri sign port memorandum
outlet: Test Wire
date: 2017-04-11
---
Perm and Quang Tri sign port memorandum

A memorandum on building a river port was signed in Quang Tri province on April 10, the Perm region's trade office said.

The port will be funded by the Perm region and by a bank in Moscow, the office added.

Governor Oleg Varlamov of Perm told reporters that the port would handle timber and fertiliser from the Urals.

The two sides also reviewed the work of a joint venture that ships fertiliser to central Vietnam.

A troupe from Perm staged a performance for the guests in the evening.
"""

engine = module_engine("kind_shown", {"port.txt": PORT})


def _kind(text: str) -> str | None:
    return asked(parse(text, detect_language(text)).tokens, text)[0]


def test_the_kind_asked_is_read_from_the_wh_phrase():
    assert _kind("Who signed the memorandum on behalf of Quang Tri?") is None  # a person or a body: not checked
    assert _kind("Which agreement did the two regions sign?") is None  # written by common nouns as often
    assert _kind("Which play did the troupe stage?") == "work"
    assert _kind("How much money will the port cost?") == "amount"
    assert _kind("What military rank does Varlamov hold?") == "rank"
    assert _kind("When did the officials who met in Quang Tri sign the memorandum?") is None
    assert _kind("What budget problem does the region face?") is None
    assert _kind("What budget did the river port have?") == "amount"
    assert _kind("Какой бюджет был у речного порта?") == "amount"


def test_a_reply_showing_no_title_or_rank_is_declined_and_one_naming_a_person_answers(engine):
    """The quotes tell of a performance with no title and of a governor with no rank: both declined.
    The person asked, named in the quote, answers."""
    declined = [engine.ask(q) for q in ("Which play did the Perm troupe stage for the guests?",
                                        "What military rank does Governor Oleg Varlamov hold?")]
    assert [(a.answered, len(a.citations)) for a in declined] == [(False, 0), (False, 0)], [a.text for a in declined]
    said = engine.ask("Who said the Perm river port would handle timber from the Urals?")
    assert said.answered and "Varlamov" in said.text, said.text
