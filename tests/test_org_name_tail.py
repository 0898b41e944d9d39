"""Organisation names cut short where a country inside them was tagged on its own ('Reserve Bank
of the' | 'Republic of Korea') are completed from their sentence — on sentences of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _article(text: str):
    return extract_article(seed_from_text("Title\n\n" + text + "\n", date="2023-05-19"))


def _participants(art) -> set[str]:
    return {p.actor for e in art.events for p in e.participants}


def test_banks_named_after_their_countries_keep_their_whole_names():
    art = _article("The Central Bank of the Russian Federation and the National Bank of Chile signed a "
                   "memorandum of understanding in Santiago on Tuesday.")
    parts = _participants(art)
    assert {"Central Bank of the Russian Federation", "National Bank of Chile"} <= parts
    assert not [n for n in parts if n.split()[-1] in ("of", "the")]


def test_a_title_and_person_after_the_country_are_not_swallowed():
    art = _article("State Bank of Peru Governor Julio Velarde met Finance Minister Anton Siluanov in "
                   "Moscow on Monday.")
    orgs = {a.name for a in art.actors if a.kind == "org"}
    assert "State Bank of Peru" in orgs
    assert not [n for n in orgs if "Velarde" in n or "Governor" in n]


def test_a_whole_name_is_left_as_it_is():
    art = _article("The Bank of England and the Reserve Bank of Australia signed an agreement in "
                   "London on Friday.")
    orgs = {a.name for a in art.actors if a.kind == "org"}
    assert not [n for n in orgs if n.split()[-1] in ("of", "the")]
