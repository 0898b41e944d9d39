"""A Vietnamese or Russian question naming someone the store knows, turning on a translated word no
article writes ("tại sân bay", "в аэропорту": at the airport), is not answered by the structured line
about that person (the visit, the reception): it goes on as an English question with an unknown word
does: the retrieval decision takes it, or declines it. Its words the articles write, in some form,
leave it alone. Articles written for this test."""

from __future__ import annotations

from knowledge.answer import translated_unwritten
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

KAZAN = """---
title: Vietnamese deputy premier visits Tatarstan
outlet: Test Wire
date: 2024-03-19
---
Vietnamese deputy premier visits Tatarstan

Vietnamese Deputy Prime Minister Trần Văn Bình arrived in Kazan on Monday for a three-day working visit to Tatarstan.

Tatarstan President Rustam Minnikhanov received Bình at the Kazan Kremlin on Tuesday.

The two sides discussed cooperation in oil refining, halal food and helicopter maintenance.

Minnikhanov said the Tatarstan oil company Tatneft was ready to supply equipment for a refinery in Dung Quat.
"""

engine = module_engine("translated_unwritten", {"kazan.txt": KAZAN})
_LINE = "Rustam Minnikhanov received Trần Văn Bình"  # the reception's structured line


def test_vietnamese_word_no_article_writes_states_no_event_line(engine):
    a = engine.ask("Ai đã đón ông Trần Văn Bình tại sân bay ở Kazan?")
    assert _LINE not in a.text, a.text


def test_russian_word_no_article_writes_states_no_event_line(engine):
    a = engine.ask("Кто встретил Чан Ван Биня в аэропорту Казани?")
    assert _LINE not in a.text, a.text


def test_words_the_articles_write_keep_the_event_line(engine):
    a = engine.ask("Ai đã đón ông Trần Văn Bình ở Kazan?")
    assert a.answered and a.text.startswith(_LINE) and "Minnikhanov" in quoted(a), a.text


def test_unwritten_words_read_only_outside_english(engine):
    vi = parse("Ai đã đón ông Trần Văn Bình tại sân bay ở Kazan?")
    assert translated_unwritten.unwritten_words(engine, vi, engine.index.find(vi), set()) == ["airport"]
    en = parse("Who welcomed Tran Van Binh at the airport in Kazan?")
    assert translated_unwritten.unwritten_words(engine, en, engine.index.find(en), set()) == []
