"""People at a gathering through the delegation they headed (knowledge/extract_held_by.py).
Articles of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2022-04-08"  # a Friday


def _events(text: str):
    art = extract_article(seed_from_text(text, date=PUB))
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.place, e.date) for e in art.events]


def test_who_headed_a_delegation_at_a_forum_was_there():
    text = ("Laos at Tokyo forum\n\n"
            "Deputy Minister Somsak Inthavong headed the Lao delegation at a forum on energy security in Tokyo "
            "on Wednesday.\n"
            "The forum drew officials from 20 countries.\n")
    assert _events(text) == [("forum", [("Somsak Inthavong", "participant")], "Tokyo", "2022-04-06")]


def test_a_delegation_headed_by_someone_attending_a_named_conference():
    text = ("Lao army at Tokyo conference\n\n"
            "A Lao army delegation headed by Major General Khamla Sengdara is attending the 5th Tokyo Conference "
            "on Maritime Security, which opened in Japan on Wednesday.\n"
            "The conference drew officials from 30 countries.\n")
    assert [e[:2] for e in _events(text) if e[0] == "forum"] == [("forum", [("Khamla Sengdara", "participant")])]
