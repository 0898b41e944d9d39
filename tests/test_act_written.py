"""A question's act written in the best sentence (act_written.py) lifts the fact answerers' "no such
meeting" off the decision: "which news agency did X speak to" is answered by "X spoke to …", which
no events table holds. Sentences and articles written for this test."""

from __future__ import annotations

from knowledge.answer import act_written
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

ORLOV = """---
title: Orlov praises Da Lat flower festival
outlet: Test Wire
date: 2021-12-20
---
Orlov praises Da Lat flower festival

Consul General Ilya Orlov spoke to Interfax about the Da Lat flower festival on Saturday, calling it a feast for visitors.

The festival drew more than 300,000 visitors this year, organisers in Lam Dong province said.
"""

engine = module_engine("act_written", {"orlov.txt": ORLOV})


def _tokens(question: str) -> list[str]:
    return parse(question, "en").tokens


def test_an_irregular_past_writes_the_act_asked():
    assert act_written.written(_tokens("Which news agency did Orlov speak to?"), "Orlov spoke to Interfax on Saturday.")


def test_a_paraphrase_news_uses_writes_the_act_asked():
    assert act_written.written(_tokens("Who organised the evening?"), "The evening was hosted by the embassy.")


def test_nouns_light_verbs_and_signings_are_no_act():
    assert act_written.acts(_tokens("What market share did Gtel hold?")) in ([], ["hold"])
    assert not act_written.written(_tokens("What did Orlov sign in Hue?"), "Orlov signed a memorandum in Hue.")
    assert not act_written.written(_tokens("Which news agency did Orlov speak to?"), "Orlov visited the festival.")


def test_a_sentence_writing_the_act_answers_though_no_meeting_is_stored(engine):
    a = engine.ask("Which news agency did Ilya Orlov speak to?")
    assert a.answered and "Interfax" in quoted(a), a.text
