"""More trips told only as the backdrop of another act, kept below the stating threshold: a bare
move with an object of its own ('pressed the button, continuing her visit'), a delegation 'paying
a visit' named inside another act's 'as part of', a leg with a destination of its own ('travelled
to X as part of her visit to Y'), and later mentions that are legs or calls of the trip rather
than the trip told in its own right. And a body named by its name and its initials is one party.
Sentences of our own, with other people, places and dates than any evaluation's."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from knowledge.extract_evidence import acronym_of
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _events(text: str):
    return [(e.kind, {(p.actor, p.role) for p in e.participants}, e.confidence)
            for e in extract_article(seed_from_text(text, date=PUB)).events]


def _visits(text: str, who: str):
    return [c for k, p, c in _events(text) if "visit" in k and (who, "visitor") in p]


@pytest.mark.parametrize("text", [
    "President Ana Ruiz on May 16 pressed the button that started the new Arequipa copper smelter, continuing her "
    "official visit to Peru.\n",
    "President Ana Ruiz and her husband attended the naval review in Callao on May 16 at the invitation of "
    "President Luis Alva, as part of a high-level Chilean delegation paying an official visit to Peru.\n",
    "President Ana Ruiz held a working session on May 16 with officials of the Peruvian Mining Institute as part "
    "of a working visit to Peru.\n\nShe also visited and encouraged the institute's young researchers.\n",
    "President Ana Ruiz met Peruvian miners in Arequipa on May 16 during her official visit to Peru.\n\n"
    "Earlier that day she flew from Lima to Arequipa.\n",
])
def test_a_trip_only_the_backdrop_is_not_stated(text):
    visits = _visits(text, "Ana Ruiz")
    assert visits and all(c < 0.5 for c in visits), _events(text)


@pytest.mark.parametrize("text", [
    # the trip's own move, with the trip's own destination
    "President Ana Ruiz pressed ahead with her official visit to Peru on May 16, meeting miners in Arequipa.\n",
    # the trip told in its own right in a later sentence, with a day of its own
    "President Ana Ruiz met Peruvian miners in Arequipa on May 16 during her official visit to Peru.\n\n"
    "Ruiz arrived in Lima on May 14 for the visit.\n",
])
def test_a_trip_told_by_its_own_move_is_still_stated(text):
    visits = _visits(text, "Ana Ruiz")
    assert visits and any(c >= 0.5 for c in visits), _events(text)


def test_a_body_named_with_its_initials_is_one_party():
    evs = _events("Chile's National Copper Research Office (NCRO) signed a memorandum of understanding with the "
                  "Peruvian firm Minas Andinas on May 16.\n")
    parties = {a for k, p, _c in evs if k == "signing" for a, _r in p}
    assert "National Copper Research Office" in parties and "NCRO" not in parties, evs


@pytest.mark.parametrize("short, full, same", [
    ("NCRO", "National Copper Research Office", True),
    ("WHO", "World Health Organization", True),
    ("NATO", "National Copper Research Office", False),
    ("Ncro", "National Copper Research Office", False),
])
def test_initials_of_a_name(short, full, same):
    assert acronym_of(short, full) is same
