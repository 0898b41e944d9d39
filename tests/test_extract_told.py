"""An event known only as the setting of what one side told the other: 'A told B during a
telephone conversation', where the parser may lose A as the subject of 'told'. Who called is not
said. Sentences of our own (Lao, Thai, Kazakh people), not from any evaluation set."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _events(text: str):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.date)
            for e in extract_article(seed_from_text(text, date=PUB)).events]


@pytest.mark.parametrize("text", [
    "Laos values its partnership with Thailand, Minister of Foreign Affairs Saleumxay Kommasith told Thai Foreign "
    "Minister Don Pramudwinai during a telephone conversation on Tuesday.\n",
    "Lao Foreign Minister Saleumxay Kommasith told Thai Foreign Minister Don Pramudwinai during a phone call on "
    "Tuesday that Laos would host the meeting.\n",
])
def test_telling_during_a_call_is_a_call_of_both_with_no_caller(text):
    evs = _events(text)
    calls = [e for e in evs if e[0] == "phone call"]
    assert len(calls) == 1, evs
    assert calls[0][1] == {("Saleumxay Kommasith", "participant"), ("Don Pramudwinai", "participant")}
    assert calls[0][2] == "2023-05-16"


def test_telling_reporters_during_a_call_makes_no_event():
    evs = _events("Lao Foreign Minister Saleumxay Kommasith told reporters during a phone call on Tuesday that "
                  "Laos would host the meeting.\n")
    assert not [e for e in evs if e[0] == "phone call"], evs

