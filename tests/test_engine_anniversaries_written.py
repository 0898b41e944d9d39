"""News writes an anniversary without the word: "seven decades since the two countries set up
ties", "20 years since the treaty was signed". Such a sentence answers "which anniversary"; a
sentence with the question's other words and no anniversary does not. Article written for this test."""

from __future__ import annotations

from knowledge.answer.rank import ANSWER_RX
from tests.helpers.engine_stores import module_engine

CONCERT = """---
title: Kazan concert honours Vietnamese-Tatar friendship
outlet: Test Wire
date: 2024-10-09
---
Kazan concert honours Vietnamese-Tatar friendship

A concert of Vietnamese folk music was held in Kazan on Tuesday, Consul Trịnh Thu Hà said.
The concert marked 30 years since the Tatar capital and Huế became twin cities.
Some 600 people attended the concert at the Kazan Philharmonic, the consul said.
Tatarstan's culture minister Irada Ayupova thanked the Vietnamese musicians for the concert.
"""

engine = module_engine("anniversaries_written", {"kazan.txt": CONCERT})


def test_years_since_answers_which_anniversary(engine):
    a = engine.ask("Which anniversary did the Kazan concert mark?")
    assert a.answered and "30 years since" in a.text.split("\n\n")[1], a.text


def test_the_written_forms_count_as_an_anniversary():
    rx = ANSWER_RX["anniversary"]
    for s in ("It celebrated seven decades since the two sides set up ties.",
              "Her remarks marked 20 years since the statement was signed.",
              "They were celebrating two decades of their partnership."):
        assert rx.search(s), s
    assert not rx.search("The concert was held for 600 people in Kazan.")
