"""Working sessions told as the setting of what was done there (knowledge/extract_kinds.worked_with):
'He gave the assurance during a working session with B', 'A and B reviewed how the deal is being
implemented at a working session in P'. Sentences of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

def _rows(text: str, kind: str = "working session", pub: str = "2022-04-08"):
    """(people, place) of the rows of one kind the extractor stores for text."""
    return [(sorted(p.actor for p in e.participants), e.place)
            for e in extract_article(seed_from_text(text, date=pub)).events if e.kind == kind]


def test_two_who_reviewed_something_at_a_working_session_held_it():
    text = ("Thailand's Minister of Commerce Jurin Laksanawisit and Laos's Minister of Industry Khampheng "
            "Saysompheng reviewed how their border trade deal is being implemented at a working session in "
            "Vientiane on April 6.\n")
    assert _rows(text) == [(["Jurin Laksanawisit", "Khampheng Saysompheng"], "Vientiane")], _rows(text)


def test_what_one_said_during_a_working_session_with_another_tells_the_session():
    text = ("Thai tourism chief Yuthasak Supasorn promised Lao visitors the best services.\n"
            "He gave the assurance during a working session with Lao Deputy Minister Somphong Mongkhonvilay "
            "in Vientiane.\n")
    assert _rows(text) == [(["Somphong Mongkhonvilay", "Yuthasak Supasorn"], "Vientiane")], _rows(text)


def test_one_speaking_at_a_working_session_alone_holds_none():
    text = "Thai tourism chief Yuthasak Supasorn spoke about visas at a working session in Vientiane.\n"
    assert _rows(text) == [], _rows(text)

