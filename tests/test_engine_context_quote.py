"""A quoted sentence that opens by pointing back ("He was speaking at …", "The guest said …")
is followed by the sentence before it in the article, which names who that is: a reader asking who spoke at the
reception must see the name, not only "He". Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

NAVY = """---
title: Embassy marks Navy Day in Da Lat
outlet: Test Wire
date: 2019-07-29
---
Embassy marks Navy Day in Da Lat

Vietnam and Russia will hold their first joint rescue drill next spring, Russian Consul General Pavel Ignatenko said on Sunday.

He was speaking at a reception hosted by the consulate in Đà Lạt for the Navy Day of Russia.

Some 200 guests attended, among them veterans who had studied at naval schools in Kaliningrad.
"""

FORESTS = """---
title: Forestry talks in Buon Ma Thuot
outlet: Test Wire
date: 2020-11-03
---
Forestry talks in Buon Ma Thuot

Deputy Minister of Agriculture Hà Công Tuấn received a delegation of the Russian forestry agency in Buôn Ma Thuột on Monday.

The two sides discussed seedlings, fire prevention and the training of rangers.
"""

TUNNEL = """---
title: Metro builders meet in Hanoi
outlet: Test Wire
date: 2021-03-19
---
Metro builders meet in Hanoi

HÀ NỘI — Russian Deputy Transport Minister Yuri Tsvetkov met Hanoi Vice Chairman Dương Đức Tuấn at the city's metro depot on Thursday to discuss tunnel boring for the second metro line.

He described the tunnel work as the hardest part of the line and offered Russian boring machines.

Hanoi plans to open the line's elevated section in 2027.
"""

engine = module_engine("context_quote", {"navy.txt": NAVY, "forests.txt": FORESTS, "tunnel.txt": TUNNEL})


def test_a_sentence_opening_with_he_is_quoted_after_the_one_naming_him(engine):
    a = engine.ask("Who spoke at the Navy Day reception in Da Lat?")
    quotes = [c.quote for c in a.citations]
    assert a.answered and any(q.startswith("He was speaking") for q in quotes), a.text
    assert quotes[0].startswith("He was speaking"), quotes  # the answer first, then who "he" is
    assert len(quotes) > 1 and "Pavel Ignatenko" in quotes[1], quotes


def test_the_two_sides_come_with_who_they_are(engine):
    a = engine.ask("What did the two sides discuss about forest fires?")
    quotes = [c.quote for c in a.citations]
    assert any(q.startswith("The two sides") for q in quotes), a.text
    assert any("Hà Công Tuấn" in q for q in quotes), quotes


def test_a_sentence_that_names_its_subject_comes_alone(engine):
    a = engine.ask("How many guests attended the Navy Day reception?")
    quotes = [c.quote for c in a.citations]
    assert quotes and quotes[0].startswith("Some 200 guests"), a.text
    assert not any(q.startswith("He was speaking") for q in quotes[:1])


def test_the_sentence_after_the_answer_that_goes_on_about_it_is_quoted_too(engine):
    a = engine.ask("Why did the Russian deputy transport minister come to the metro depot?")
    quotes = [c.quote for c in a.citations]
    assert a.answered and quotes[0].startswith("Russian Deputy Transport Minister Yuri Tsvetkov met"), a.text
    assert any(q.startswith("He described the tunnel work") for q in quotes[1:]), quotes
    assert not any(q.startswith("Hanoi plans") for q in quotes), quotes  # goes on about something else
