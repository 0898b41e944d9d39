"""News writes an anniversary without the word: "seven decades since the two countries set up
ties", "20 years since the treaty was signed", "the centenary of", a pact that "marked its third
year in force". Such a sentence answers "which anniversary"; a
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

GALA = """---
title: Gala in Yekaterinburg and a trade pact's birthday
outlet: Test Wire
date: 2023-05-12
---
Gala in Yekaterinburg and a trade pact's birthday

A choir gala was held in Yekaterinburg on May 10 to celebrate the centenary of the city's conservatory.
Consul Lê Minh Tâm and Mayor Alexei Orlov attended the choir gala.
The Vietnam–Kazakhstan transit agreement marked its third year in force on Thursday, officials in Almaty said.
"""

engine = module_engine("anniversaries_written", {"kazan.txt": CONCERT, "gala.txt": GALA})


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


def test_a_centenary_and_a_year_in_force_answer_which_anniversary(engine):
    a = engine.ask("Which anniversary did the Yekaterinburg choir gala celebrate?")
    assert a.answered and "centenary" in a.text, a.text
    a = engine.ask("Which anniversary of the transit agreement was marked on Thursday?")
    assert a.answered and "third year in force" in a.text, a.text


def test_a_centenary_and_a_year_in_force_are_written_anniversaries():
    rx = ANSWER_RX["anniversary"]
    for s in ("They celebrated the centenary of the school.", "A bicentennial concert was given.",
              "The jubilee of the theatre fell on Monday.", "The accord marked its 5th year in force."):
        assert rx.search(s), s
    assert not rx.search("The accord came into force in the third year of talks.")
