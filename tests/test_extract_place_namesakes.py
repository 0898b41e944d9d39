"""Where an event was, not a place its venue is named after or the region an appositive puts the
city in: 'in Ninh Binh Park in the capital' is no event in Ninh Binh, 'in Almetyevsk, an oil town
of Russia's Tatarstan' is one in Almetyevsk. Sentences of our own."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _places(text: str) -> list[tuple[str, str | None]]:
    art = extract_article(seed_from_text(text, date="2018-09-21"))
    return [(e.kind, e.place) for e in art.events]


@pytest.mark.parametrize("venue", ["Ninh Binh Park", "Ninh Binh Street", "Ninh Binh Hotel"])
def test_a_venue_named_after_a_province_does_not_place_the_event_there(venue):
    text = (f"A photo exhibition opened in {venue} in the capital on Wednesday, "
            "attended by Ambassador Pavel Orlov.\n")
    places = _places(text)
    assert places and all(p != "Ninh Binh" for _, p in places), places


def test_the_province_itself_still_places_the_event():
    places = _places("A photo exhibition opened in Ninh Binh on Wednesday, attended by Ambassador Pavel Orlov.\n")
    assert places and any(p == "Ninh Binh" for _, p in places), places


def test_the_region_an_appositive_names_is_not_the_event_place():
    text = ("A photo exhibition opened in Almetyevsk, an oil town of Russia's Tatarstan, on Friday, "
            "attended by Ambassador Pavel Orlov.\n")
    places = _places(text)
    assert places and all(p == "Almetyevsk" for _, p in places), places
