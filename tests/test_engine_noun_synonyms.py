"""A question may name a thing by another noun than the article: "how many cars" is answered by
"12 vehicles", "which movies" by "films", "how many firms" by "companies". Article written for
this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

HANDOVER = """---
title: Kirov plant hands over buses to Huế
outlet: Test Wire
date: 2025-04-17
---
Kirov plant hands over buses to Huế

Huế Vice Chairman Phan Quý Phương on Wednesday received a delegation from Russia's Kirov region led by deputy governor Andrei Plotnikov.

At the ceremony the Kirov side handed over 12 electric vehicles built at a plant in Kirov to the city's transport company.

Plotnikov said 30 companies from his region were ready to open offices in central Vietnam.

A week of Russian films will open at the Huế cinema centre in May.
"""

engine = module_engine("noun_synonyms", {"handover.txt": HANDOVER})


def test_how_many_cars_is_answered_by_the_vehicles_handed_over(engine):
    a = engine.ask("How many cars did the Kirov side hand over?")
    assert a.answered and "12 electric vehicles" in quoted(a), a.text


def test_how_many_firms_is_answered_by_the_companies_counted(engine):
    a = engine.ask("How many Kirov firms are ready to open offices?")
    assert a.answered and "30 companies" in quoted(a), a.text


def test_a_count_of_something_no_sentence_counts_is_still_declined(engine):
    a = engine.ask("How many tractors did the Kirov side hand over?")
    assert not a.answered, a.text


PHOTO = """---
title: Leaders line up in Vientiane
outlet: Test Wire
date: 2024-10-11
---
Leaders line up in Vientiane

VIENTIANE, October 10, 2024 — Thai Prime Minister Paetongtarn Shinawatra found herself between Russian Deputy Prime Minister Alexei Overchuk and New Zealand Prime Minister Christopher Luxon in the group photograph taken before the gala dinner for leaders attending the summit in the Lao capital on Thursday.

Overchuk and Luxon were also photographed shaking hands.

The dinner was held at the National Convention Centre.
"""

photo_engine = module_engine("noun_synonyms_photo", {"photo.txt": PHOTO})


def test_the_photo_asked_is_the_photograph_the_article_writes(photo_engine):
    a = photo_engine.ask("Who stood between Overchuk and Luxon in the photo?")
    assert a.answered and "group photograph" in quoted(a), a.text


def test_a_picture_asked_finds_who_was_photographed(photo_engine):
    a = photo_engine.ask("Who was in the picture with Overchuk?")
    assert a.answered and "photographed shaking hands" in quoted(a), a.text



CREDENCE = """---
title: New Vietnamese envoy starts work in Minsk
outlet: Test Wire
date: 2019-02-15
---
New Vietnamese envoy starts work in Minsk

MINSK — Vietnam's new ambassador to Belarus, Trần Văn Phúc, gave an interview to the Belarusian news agency BelTA.

On Tuesday, the diplomat handed his letter of credence to President Alexander Lukashenko.

Phúc said his priority would be a joint tractor plant in Hưng Yên.

Phúc also met 40 Vietnamese children at the embassy's Sunday school.

The BelTA interview was handed over to the embassy for translation.
"""

credence_engine = module_engine("noun_synonyms_credence", {"credence.txt": CREDENCE, "handover.txt": HANDOVER})


def test_credentials_asked_are_the_letter_of_credence_the_article_writes(credence_engine):
    a = credence_engine.ask("On what day did Trần Văn Phúc present his credentials to Lukashenko?")
    assert a.answered and "letter of credence" in quoted(a), a.text


def test_kids_asked_are_the_children_the_article_writes(credence_engine):
    a = credence_engine.ask("How many Vietnamese kids did Phúc meet at the embassy's Sunday school?")
    assert a.answered and "40 Vietnamese children" in quoted(a), a.text
