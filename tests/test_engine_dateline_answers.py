"""A story's dateline answers the "in which city / town" its first sentence leaves to it ("after three days
of racing in this Siberian town"): detail_shown.py reads the city of the dateline the reply quotes
(datelines.py adds it), so the reply is not declined as naming no place. Articles written for this test."""

from __future__ import annotations

from knowledge.answer.datelines import quote_city
from tests.helpers.engine_stores import module_engine

CURLING = """---
title: Vietnamese skaters win relay in Siberian city
outlet: Test Wire
date: 2019-02-18
---
Vietnamese skaters win relay in Siberian city

NOVO-ALTAISK, February 17, 2019 — A team of Vietnamese speed skaters led by Tran Minh Quoc won the junior relay cup on Sunday after three days of racing in this Siberian town.

The cup drew 40 teams from 11 countries, the organisers said.
"""

PAINTERS = """---
title: Lacquer painters talk to students
outlet: Test Wire
date: 2021-09-09
---
Lacquer painters talk to students

TOMSK, September 8 (Test Wire) — Lacquer painter Hoang Thu Nga gave a lecture to art students about Vietnamese lacquer techniques.

Nga also showed the students how lacquer is polished, and she gave a second lecture at a local college.
"""

engine = module_engine("dateline_answers", {"curling.txt": CURLING, "painters.txt": PAINTERS})


def test_the_dateline_names_the_town_a_sentence_leaves_to_it(engine):
    a = engine.ask("In which town did the Vietnamese speed skaters win the junior relay cup?")
    assert a.answered, a.text
    assert "NOVO-ALTAISK" in a.text, a.text


def test_a_quote_opens_with_a_dateline_city_only_when_written_as_one():
    assert quote_city("NOVO-ALTAISK, February 17, 2019 — A team won.") == "NOVO-ALTAISK"
    assert quote_city("ULAN-UDE — The forum opened.") == "ULAN-UDE"  # capitals mark a dateline without a date
    assert quote_city("Tomsk (Test Wire) — The lecture began.") == "Tomsk"
    assert quote_city("Tran Minh Quoc — the team captain — said so.") is None  # a name before a dash
    assert quote_city("RUSSIA, May 2 — The talks began.") is None  # a country heads the line: no city
    assert quote_city("The skaters came first. KAZAN — later") is None  # a sentence ends before the dash
