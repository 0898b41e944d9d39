"""A "which <place / body>" or "on what date" question is declined when no quote of the reply names a
place, an organisation or a day the question does not already name (knowledge/answer/detail_shown.py).
Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.detail_shown import asked_kind, named_place
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine

FAIR = """---
title: Vietnamese goods fair closes in Novosibirsk
outlet: Test Wire
date: 2018-10-14
---
Vietnamese goods fair closes in Novosibirsk

A fair of Vietnamese goods closed in the Siberian city after drawing 40,000 visitors, its organisers said.

Traders from Vietnam sold coffee, pepper and silk at the fair, which the Novosibirsk region had hosted for the third time.

Vice Governor Irina Sokolova thanked the exhibitors and said the region hoped to double its trade with Vietnam.

The exhibitors were also received by the rector of a local university, who spoke of student exchanges.
"""

engine = module_engine("detail_shown", {"fair.txt": FAIR})


def _kind(text: str) -> str | None:
    return asked_kind(parse(text, detect_language(text)).tokens, text)


def test_the_kind_asked_is_read_from_the_wh_phrase():
    assert _kind("In which Siberian park was the fair held?") == "place"
    assert _kind("Which Vietnamese publishing house printed the book?") == "org"
    assert _kind("Which university did the rector lead?") == "org"
    assert _kind("On what exact date did the fair close?") == "date"
    assert _kind("Which goods did traders sell?") is None
    assert _kind("Which city's governor opened the fair?") is None  # the city only qualifies the person asked


@pytest.mark.parametrize("question", [
    "In which park of Novosibirsk was the Vietnamese goods fair held?",  # "the Siberian city": no park named
    "Which company sold coffee, pepper and silk at the fair?",  # traders, and no company named
    "On what exact date did Sokolova thank the exhibitors?",  # no day written
])
def test_a_reply_naming_nothing_of_the_kind_asked_is_declined(engine, question):
    a = engine.ask(question)
    assert not a.answered and not a.citations, a.text


def test_a_quote_naming_a_new_place_answers(engine):
    a = engine.ask("In which Russian region did traders from Vietnam sell coffee and silk at the fair?")
    assert a.answered and "Novosibirsk" in a.text, a.text


def test_a_settlement_named_with_its_noun_is_a_place_shown():
    # spaCy reads "Tomsk" or "Quang Dong" as an organisation as often as a place: the noun beside the name says it
    asked = {"in", "which", "town", "was", "the", "fair", "first", "held"}
    assert named_place("The first fair was held in the Siberian town of Berdsk in 2009.", "town", asked)
    assert named_place("The plant will stand in Hai Ninh commune, Quang Ninh district.", "commune", asked | {"plant"})
    # a nationality, a country or a name the question already gives names no new place
    assert not named_place("The first fair was held in a Siberian town in 2009.", "town", asked)
    assert not named_place("The fair moved to a city of Russia.", "city", asked)
    assert not named_place("The first fair was held in the town of Berdsk.", "town", asked | {"berdsk"})
    assert not named_place("The first fair was held in Berdsk, a town near Novosibirsk.", "company", asked)


def test_a_settlement_noun_is_found_in_either_number():
    # "which cities" asked, "the city of Berdsk" written; "which city" asked, "the cities of Berdsk and Iskitim"
    asked = {"which", "cities", "city", "hosted", "the", "fair"}
    assert named_place("The fair was hosted by the city of Berdsk.", "cities", asked)
    assert named_place("The fair toured the cities of Berdsk and Iskitim.", "city", asked)
    assert named_place("The fair reached Iskitim City in May.", "cities", asked)
    assert named_place("Stalls opened in the villages of Kien Thanh and Hoa Lac.", "village", asked)
    assert not named_place("The fair toured several cities of Russia.", "city", asked)


def test_a_calendar_date_asked_is_not_told_by_a_weekday():
    """ "On what calendar date …" asks a day of a month: a quote's "on Thursday" does not tell it, though it
    answers a plain "on which day"."""
    from knowledge.answer.detail_shown import unshown
    from knowledge.facts import Answer, Citation
    quote = "Vice Governor Irina Sokolova thanked the exhibitors on Thursday."
    ans = Answer(True, "From Test Wire:", "From Test Wire:", [Citation("x.txt", None, "Test Wire", None, quote)])
    for question, declined in (("On what calendar date did Sokolova thank the exhibitors?", True),
                               ("On which day did Sokolova thank the exhibitors?", False)):
        q = parse(question, "en")
        assert unshown(None, q.tokens, question, ans) is declined
