"""A reader's plain noun or adjective for the one news writes ("navy" for "naval forces", "atomic" for
"nuclear", "subway" for "metro", "mission" for "embassy"): no word nobody writes to decline for when
the article carrying the question's other words writes its paraphrase. Article written for this test."""

from __future__ import annotations

from knowledge.answer.paraphrases import paraphrases
from tests.helpers.engine_stores import module_engine, quoted

VALPARAISO = """---
title: Peruvian frigates call at Valparaíso
outlet: Test Wire
date: 2025-03-04
---
Peruvian frigates call at Valparaíso

Two Peruvian frigates arrived in Valparaíso on Monday for a five-day port call, the Chilean Defence Ministry said.
A joint drill with Chilean naval forces is also on the programme of the visit.
The Peruvian Embassy school in Santiago sent a choir to the welcome ceremony at the pier.
Chilean nuclear researchers will show the Peruvian officers the La Reina research reactor on Thursday.
"""

engine = module_engine("yesno_plain_nouns", {"valparaiso.txt": VALPARAISO})


def test_the_plain_words_find_what_news_writes():
    assert "naval" in paraphrases("navy")
    assert "nuclear" in paraphrases("atomic")
    assert "embass" in paraphrases("mission")
    assert "metro" in paraphrases("subway")


def test_a_yes_no_question_in_the_readers_words_is_answered_from_the_article(engine):
    ans = engine.ask("Will the Peruvian frigates train together with the Chilean navy?")
    assert ans.answered and "joint drill" in quoted(ans)
