"""The words news varies for a reader's: "received" written "welcomed", "negotiate" written "held
talks", "donate" written "a gift", "attended" written "among those present", an "event" written
"forum" — found at a little less than the word itself. Article written for this test."""

from __future__ import annotations

from knowledge.answer.rank import term_hits
from tests.helpers.engine_stores import module_engine

KHABAROVSK = """---
title: Khabarovsk delegation visits Huế
outlet: Test Wire
date: 2025-10-11
---
Khabarovsk delegation visits Huế

Khabarovsk Vice Governor Irina Sokolova was welcomed in Huế on Friday by Phan Thiên Định, Vice Chairman of the city People's Committee.
The two sides held talks on a labour agreement and on direct flights between the two cities.
Among those present at the signing were officials of the Khabarovsk tourism department and of the Huế Festival Centre.
Sokolova addressed a business forum in the city on Saturday afternoon.
She said relations between Khabarovsk and Huế had grown fast since 2022.
Khabarovsk handed Huế's mountain districts a gift of 500 school computers.
The delegation also toured the Imperial Citadel.
"""

engine = module_engine("news_paraphrases", {"khabarovsk.txt": KHABAROVSK})


def test_a_reader_word_finds_what_news_writes_for_it():
    assert term_hits(["received"], "Sokolova was welcomed in Huế on Friday") == [0.9]
    assert term_hits(["negotiations"], "The two sides held talks on a labour agreement") == [0.9]
    assert term_hits(["donate"], "Khabarovsk handed Huế's mountain districts a gift of 500 computers") == [0.9]
    assert term_hits(["attended"], "Among those present at the signing were officials") == [0.9]
    assert term_hits(["event"], "Sokolova addressed a business forum") == [0.9]


def test_the_paraphrase_is_no_match_for_an_unrelated_sentence():
    assert term_hits(["donate"], "The delegation also toured the Imperial Citadel.") == [0.0]
    assert term_hits(["received"], "The delegation also toured the Imperial Citadel.") == [0.0]


def test_what_was_negotiated_finds_the_talks(engine):
    ans = engine.ask("What did Sokolova and Dinh negotiate?")
    assert ans.answered and "held talks on a labour agreement" in ans.text


def test_what_was_donated_finds_the_gift(engine):
    ans = engine.ask("What did Khabarovsk donate?")
    assert ans.answered and "a gift of 500 school computers" in ans.text
