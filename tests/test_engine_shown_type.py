"""A who / when / how-long question whose words the article's lead repeats is answered by the
sentence of that article, a little lower, that writes a name, a date or a span: the lead names
no one and cannot answer "who won". And a paragraph opening "She expected …" is about the person
the paragraph before it names. Articles written for this test."""

from __future__ import annotations

from knowledge.answer import pipeline
from knowledge.question import parse
from tests.helpers.engine_stores import first_quote, module_engine

CHESS = """---
title: Russian and Vietnamese players meet at Đà Nẵng chess festival
outlet: Test Wire
date: 2025-10-12
---
Russian and Vietnamese players meet at Đà Nẵng chess festival

Young chess players from Russia and Vietnam met at the friendship chess festival in Đà Nẵng, where the blitz tournament and the junior tournament drew the largest crowds.

The city's sports department hosted the games in the hall of the Tiên Sơn sports palace.

Pavel Sorokin, a 16-year-old from Kazan, won the blitz tournament, ahead of Trần Văn Khải of Huế.

Coach Irina Volkova, who brought the Kazan team, praised the organisers.

She expected more clubs to join the festival after the recent visit to Đà Nẵng by Grandmaster Sergei Karjakin.

The festival's organisers said the junior event would travel to Kazan next year.
"""

engine = module_engine("shown_type", {"chess.txt": CHESS})


def test_who_won_is_answered_by_the_sentence_naming_the_winner_not_the_lead(engine):
    a = engine.ask("Who won the blitz tournament at the friendship chess festival?")
    assert a.answered and "Pavel Sorokin" in first_quote(a), a.text


def test_the_lead_still_answers_where_no_sentence_names_anyone(engine):
    a = engine.ask("Where did the friendship chess festival take place?")
    assert a.answered and "Đà Nẵng" in a.text, a.text


def test_a_paragraph_opening_on_she_is_about_the_person_the_one_before_names(engine):
    r = engine.retrieval
    q = parse("Why did Volkova expect more clubs to join the festival?")
    ranked = pipeline.rank_question(r.store, q, engine.index.find(q), r.kinds, r.total, r.vocab)[1]
    she = next(x for x in ranked if x.cand.text.startswith("She expected"))
    assert she.slots == [0.8], she.slots  # not 0.35, only somewhere in the article
