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



@pytest.mark.parametrize("text", [
    "Lao Prime Minister Sonexay Siphandone told Thai Ambassador Songphol Sukchan at a reception in Vientiane on "
    "Tuesday that Laos valued the new rail link.\n",
    # the guest speaks: the place, not the verb, says who received whom
    "Thai Ambassador Songphol Sukchan told Lao Prime Minister Sonexay Siphandone at a reception in Vientiane on "
    "Tuesday that Thailand would send more students.\n",
])
def test_telling_at_a_reception_is_a_reception_hosted_by_the_side_of_the_place(text):
    recs = [e for e in _events(text) if e[0] == "reception"]
    assert recs == [("reception", frozenset({("Sonexay Siphandone", "host"), ("Songphol Sukchan", "visitor")}),
                     "2023-05-16")]


@pytest.mark.parametrize("text", [
    # a reception given for an occasion: both may be guests there
    "Lao Prime Minister Sonexay Siphandone told Thai Ambassador Songphol Sukchan at a reception marking Thailand's "
    "National Day in Vientiane on Tuesday that the two countries were close.\n",
    # no place: nothing says who received whom
    "Lao Prime Minister Sonexay Siphandone told Thai Ambassador Songphol Sukchan at a reception on Tuesday that "
    "the two countries were close.\n",
])
def test_telling_at_a_reception_the_place_does_not_settle_makes_no_reception(text):
    assert not [e for e in _events(text) if e[0] == "reception"]


def test_telling_someone_at_a_working_session_is_a_working_session_of_the_two():
    text = ("Laos seeks stronger rail links with Japan\n\n"
            "Minister of Public Works Viengsavath Siphandone told Japanese Ambassador Kenji Kobayashi at a working "
            "session in Vientiane on Tuesday that Laos wanted to strengthen rail cooperation with Japan.\n")
    evs = [e for e in _events(text) if e[0] == "working session"]
    assert [(sorted(a for a, _ in e[1]), e[2]) for e in evs] == [(["Kenji Kobayashi", "Viengsavath Siphandone"],
                                                                  "2023-05-16")]
