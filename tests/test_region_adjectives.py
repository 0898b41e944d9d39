"""A region's adjective in a question ("African", "Latin American", "Asian") is answered by the sentence
that names a country of the region or the region itself, never read as a stranger's name or an
unknown word; a region none of the quoted article's countries belongs to is still declined.
Articles written for this test."""

from __future__ import annotations

from knowledge.answer.region_words import region_at, region_forms, term_forms
from tests.helpers.engine_stores import module_engine, quoted

CONTEST = """---
title: Rescue teams compete in Hue
outlet: Test Wire
date: 2022-04-12
---
Rescue teams compete in Hue

HUE, April 12 (Test Wire) – Rescue teams from Belarus, Mali and Laos joined the river rescue contest in Hue on Tuesday.

The contest, held every two years, closes on Friday with a night exercise on the Perfume River.
"""

FESTIVAL = """---
title: Flower festival opens in Da Lat
outlet: Test Wire
date: 2022-12-18
---
Flower festival opens in Da Lat

DA LAT, December 18 (Test Wire) – A salsa band from Peru played at the opening of the Da Lat flower festival on Sunday.

Aiko Tanaka, the first woman from Asia to win the festival's photo prize, showed her pictures of the hills.
"""

engine = module_engine("region_adjectives", {"contest.txt": CONTEST, "festival.txt": FESTIVAL})


def test_a_region_adjective_is_answered_by_a_country_of_the_region(engine):
    a = engine.ask("Which African country sent a team to the river rescue contest in Hue?")
    assert a.answered and "Mali" in quoted(a), a.text
    a = engine.ask("Which Latin American band played at the opening of the Da Lat flower festival?")
    assert a.answered and "Peru" in quoted(a), a.text


def test_a_region_adjective_is_answered_by_the_region_written(engine):
    a = engine.ask("Who was the first Asian woman to win the festival's photo prize?")
    assert a.answered and "Tanaka" in a.text, a.text


def test_a_region_no_quoted_article_writes_is_declined(engine):
    a = engine.ask("Which Latin American country sent a team to the river rescue contest in Hue?")
    assert not a.answered and not a.citations, a.text


def test_region_words():
    assert region_at(["which", "latin", "american", "band"], 2) == (1, 3)
    assert region_at(["the", "american", "band"], 1) is None  # "American" alone is a country's, no region's
    assert "mali" in term_forms("african") and "vietnam" not in term_forms("asian")
    assert "venezuela" in region_forms(["latin", "american"]) and region_forms(["american"]) == ()
    assert "southeast asian" in region_forms(["southeast", "asian"])  # the adjective written itself
