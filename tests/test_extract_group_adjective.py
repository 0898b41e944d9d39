"""A people's or region's adjective before a party noun ('a senior Buryat delegation') is never a
person, so never the guest of a reception; the delegation's named head is. Sentences of our own
(Thai, Kazakh, Buryat people and places), not from any evaluation set."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"


def _article(text: str):
    return extract_article(seed_from_text(text, date=PUB))


def test_region_adjective_before_delegation_is_no_visitor_and_the_head_is():
    art = _article("Thai Ambassador Somchai Wongsawat received a senior Buryat delegation headed by Yerlan Sairov, "
                   "head of the Republic of Buryatia, in Bangkok on May 4.\n")
    evs = [(e.kind, sorted((p.actor, p.role) for p in e.participants)) for e in art.events]
    assert ("reception", [("Somchai Wongsawat", "host"), ("Yerlan Sairov", "visitor")]) in evs, evs
    assert "Buryat" not in {a.name for a in art.actors}


def test_region_adjective_alone_makes_no_guest():
    art = _article("Thai Ambassador Somchai Wongsawat received a senior Buryat delegation in Bangkok on May 4.\n")
    assert not any(p.actor == "Buryat" for e in art.events for p in e.participants)

