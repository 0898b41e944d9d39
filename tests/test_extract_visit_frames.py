"""Stored-event precision: a visit that only frames or is recalled by the sentence's news — named,
learnt about or praised, 'during X's visit in 2019' years before the article, 'The news follows a
visit by X', 'after travelling to Y for the session' — is no visit row; a visit told as news
('during his visit to Peru this week', 'X visited Peru on Monday') still is. Sentences of our
own: other people, places, dates."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2024-03-15"


def _visits(text: str):
    evs = extract_article(seed_from_text(text + "\n", date=PUB)).events
    return [e for e in evs if "visit" in e.kind]


@pytest.mark.parametrize("text", [
    "He named the visit to Peru by Chilean President Gabriel Boric in May 2023 as the event of the year.",
    "The students learnt about Chilean President Gabriel Boric's visit to Lima in 2022.",
    "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima during Boric's official "
    "visit to Peru in 2019.",
    "The agreement follows a working visit to Peru by a Chilean delegation headed by Gabriel Boric.",
    "Chilean Trade Minister Alberto van Klaveren spoke to reporters after travelling to Peru for the "
    "fifth session of the joint commission.",
])
def test_framing_or_recalled_visit_is_no_row(text):
    assert not _visits(text)


@pytest.mark.parametrize("text", [
    "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on Wednesday during "
    "his official visit to Peru from March 12 to 14.",
    "Chilean President Gabriel Boric visited Peru on Monday.",
    # an old date in a clause hung on the visit dates the clause, not the trip
    "The talks took place during Gabriel Boric's state visit to Peru, where he joined celebrations marking "
    "200 years since the battle fought on December 9, 1824.",
])
def test_visit_told_as_news_is_kept(text):
    assert any(p.actor == "Gabriel Boric" and p.role == "visitor" for e in _visits(text) for p in e.participants)


def test_ceremony_as_setting_of_praise_is_kept():
    evs = extract_article(seed_from_text(
        "At the ceremony held to welcome the ship, Chilean Navy chief Juan Andrés De La Maza praised the "
        "cooperation between the two navies.\n", date=PUB)).events
    assert any("ceremony" in e.kind for e in evs)
