"""canonical_country / canonical_place / canonical_org are cached (a question's every span and a
candidate's every place are looked up, the same ones again and again): the cache must give what
the lookup itself gives, first time or again, for any spelling, and hold nothing of a store."""

from __future__ import annotations

import inspect

import pytest

from knowledge import names

LOOKUPS = [names.canonical_country, names.canonical_place, names.canonical_org]
SPELLINGS = ["the Philippines", "Philippines", "PHILIPPINES", "Manila", "the manila", "Kraków", "Krakow",
             "the United Nations", "Atlantis", "", "  Chile  ", "Chile's", "The Netherlands", "netherlands"]


@pytest.mark.parametrize("lookup", LOOKUPS)
def test_cached_lookup_gives_what_the_lookup_gives(lookup):
    lookup.cache_clear()
    first = [lookup(s) for s in SPELLINGS]
    again = [lookup(s) for s in SPELLINGS]
    assert first == again == [lookup.__wrapped__(s) for s in SPELLINGS]
    assert lookup.cache_info().hits >= len(set(SPELLINGS))


@pytest.mark.parametrize("lookup", LOOKUPS)
def test_cached_lookup_reads_no_store(lookup):
    """Only a string goes in: nothing that a store holds (and may change) can be kept stale."""
    assert list(inspect.signature(lookup.__wrapped__).parameters) == ["s"]


def test_a_country_and_a_place_are_told_apart():
    assert names.canonical_country("the Philippines") == names.canonical_country("Philippines") is not None
    assert names.canonical_place("Atlantis") is None and names.canonical_country("Atlantis") is None
