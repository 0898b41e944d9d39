"""A translation or edition asked in one language, answered by quotes about another, is declined
(knowledge/answer/language_asked.py); the language asked and written keeps the reply. Article written
for this test."""

from __future__ import annotations

from knowledge.answer.language_asked import asked_language
from tests.helpers.engine_stores import module_engine

NOVEL = """---
title: Kazakh novel published in Vietnamese
outlet: Test Wire
date: 2021-06-14
---
Kazakh novel published in Vietnamese

A Vietnamese translation of The Path of Abai, the novel by Mukhtar Auezov, was launched in Hanoi on Friday by the Writers' Association Publishing House.

Translator Le Thi Hoa, who also teaches German at a Hanoi university, said she had worked on the book for three years.
"""

engine = module_engine("language_asked", {"novel.txt": NOVEL})


def test_a_translation_in_another_language_is_declined(engine):
    assert asked_language("When did Hoa translate the novel into German?") == "german"
    assert asked_language("When was the Korean-language edition launched?") == "korean"
    assert asked_language("Who translated the speech?") is None
    a = engine.ask("When was the German translation of The Path of Abai launched?")
    assert not a.answered, a.text
    a = engine.ask("When was the Vietnamese translation of The Path of Abai launched?")
    assert a.answered and "Friday" in a.text, a.text
