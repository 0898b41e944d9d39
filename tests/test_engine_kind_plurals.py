"""A plural that only names the kind of answer wanted ("which cities will host …") is no word the
articles must write: the answer shows it by naming the cities. The engine used to decline such a
question as about a thing no article mentions ("cities"), though "city" itself was known to name
the kind. Article written for this test."""

from __future__ import annotations

from knowledge.answer.support import names_kind
from tests.helpers.engine_stores import module_engine

FILMS = """---
title: Russian film days in Vietnam
outlet: Test Wire
date: 2025-04-02
---
Russian film days in Vietnam

Russian Film Days will be held in Vietnam from April 10 to April 16 in Hà Nội, Huế and Cần Thơ, Russian Ambassador Gennady Bezdetko told journalists on Wednesday.
Twelve feature films will be screened with Vietnamese subtitles.
"""

engine = module_engine("kind_plurals", {"films.txt": FILMS})


def test_cities_names_the_kind_of_answer_as_city_does():
    assert names_kind("city") and names_kind("cities") and not names_kind("subtitles")


def test_which_cities_is_answered_by_the_sentence_naming_them(engine):
    ans = engine.ask("Besides Hanoi, which cities will host the Russian Film Days?")
    assert ans.answered and "Cần Thơ" in ans.text
