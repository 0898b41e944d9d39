"""An answer line names a place the way its article writes it ("Nay Pyi Taw", "Hà Nội"), not by
the lexicon's canonical spelling, so every word the line states can be found in its sources;
the place still matches a question that spells it the other way. Articles written for this test."""

from __future__ import annotations

import re

from knowledge.names import fold
from tests.helpers.engine_stores import module_engine

SUMMIT = """---
title: Lao and Russian ministers meet at regional forum
outlet: Test Wire
date: 2019-08-02
---
Lao and Russian ministers meet at regional forum

NAY PYI TAW — Lao Foreign Minister Saleumxay Kommasith met Russian Deputy Foreign Minister Igor Morgulov in Nay Pyi Taw on Thursday on the sidelines of a regional security forum.

The two discussed flights between Vientiane and Novosibirsk.
"""

TALKS = """---
title: Belarusian envoy in the Vietnamese capital
outlet: Test Wire
date: 2021-03-16
---
Belarusian envoy in the Vietnamese capital

Belarusian Deputy Foreign Minister Oleg Kravchenko held talks with Vietnamese Deputy Foreign Minister Lê Hoài Trung in Hà Nội on Monday.

They agreed to hold consultations every year.
"""

engine = module_engine("places_written", {"summit.txt": SUMMIT, "talks.txt": TALKS})


def _stated_place(text: str) -> str:
    m = re.search(r" in ([A-ZĐ][^\s,.]*(?: [A-ZĐ][^\s,.]*)*)", text.split("\n")[0])
    assert m, text
    return m.group(1)


def test_a_foreign_capital_is_named_as_the_article_spells_it(engine):
    a = engine.ask("Where did Kommasith meet Morgulov?")
    assert a.answered, a.text
    assert _stated_place(a.text) == "Nay Pyi Taw", a.text
    assert "Naypyidaw" not in a.text


def test_a_question_with_the_other_spelling_still_finds_the_meeting(engine):
    a = engine.ask("Who did Kommasith meet in Naypyidaw?")
    assert a.answered and "Morgulov" in a.text, a.text


def test_a_vietnamese_city_keeps_its_diacritics_when_the_article_has_them(engine):
    a = engine.ask("Where did Kravchenko hold talks with Lê Hoài Trung?")
    assert a.answered, a.text
    place = _stated_place(a.text)
    assert place == "Hà Nội", a.text
    assert fold(place) in fold(a.citations[0].quote)
