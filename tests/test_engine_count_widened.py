"""A count written in another form than the question asks it (knowledge/answer/count_forms.py): a
mass in its unit ("how much land": "350 hectares"), days as a span of dates, years as an age or a
birthday ("turns 60"), people as "several thousand residents" or as the noun after an adjective
asked ("how many young people": "9,000 participants"), a model's plural ("B-29s"). A figure of
something else still answers nothing. On an article written for this test."""

from __future__ import annotations

from knowledge.answer import count_forms
from knowledge.names import fold
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

PARK = """---
title: Lakeside park opens near Tver
outlet: Test Wire
date: 2021-05-20
---
Lakeside park opens near Tver

TVER, May 19 – The new lakeside park will cover 350 hectares and cost 40 million roubles, the regional governor said on Wednesday.

Its summer festival, held from July 8 to 11, drew over 9,000 participants to its youth section.

The park's founder, Oleg Sidorov, 58, planted the first oak himself.
"""

engine = module_engine("count_widened", {"park.txt": PARK})


def test_a_count_in_another_form_is_read():
    assert count_forms.written_count("land", fold("the park will cover 350 hectares"), True)
    assert count_forms.written_count("electricity", fold("it delivers 2.4 billion kWh a year"), True)
    assert count_forms.written_count("days", fold("held in Kazan from May 3 to 6"), False)
    assert count_forms.written_count("years", fold("The academy turns 60 in 2025."), False)
    assert count_forms.written_count("years", "Police named him as Ivan Orlov, 41, a driver.", False)
    assert count_forms.written_count("people", fold("a petition signed by several thousand residents"), False)
    assert count_forms.written_count("29s", fold("the crews shot down 12 B-29 bombers"), False)
    assert count_forms.written_count("usd", fold("a prize of 2,000 US dollars"), True)


def test_a_figure_of_something_else_is_no_count():
    assert not count_forms.written_count("days", fold("the festival drew 9,000 people on July 8"), False)
    assert not count_forms.written_count("years", "On June 5, 2024, he left.", False)
    assert not count_forms.written_count("land", fold("the park cost 40 million roubles"), True)
    assert not count_forms.written_count("29s", fold("the crews shot down 129 planes"), False)


def test_the_people_counted_behind_the_focus():
    assert count_forms.head_noun("how many young people came".split(), "young") == "people"
    assert count_forms.head_noun("how many of the injured were women".split(), "injured") == "women"
    assert count_forms.head_noun("how many vietnamese in poland came to the fair".split(), "came") == "vietnamese"
    assert count_forms.head_noun("how many thai stall holders came".split(), "holders") is None


def test_the_article_answers_in_its_own_words(engine):
    a = engine.ask("How much land will the lakeside park cover?")
    assert a.answered and "350 hectares" in quoted(a), a.text
    a = engine.ask("How many young people came to the summer festival's youth section?")
    assert a.answered and "9,000" in quoted(a), a.text


def test_a_count_the_article_does_not_give_is_declined(engine):
    a = engine.ask("How many trees were planted in the lakeside park?")
    assert not a.answered and not a.citations, a.text
