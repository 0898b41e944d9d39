"""A check before every claim: an event row that the sentence it quotes does not bear out (a wrong
participant, place or date, or a low confidence) never becomes the answer line — the quote is
shown under a plain lead-in instead. Hand-built facts on an article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.compose import LEAD_IN
from tests.data.engine_articles import C, L, P, make
from tests.helpers.engine_stores import engine_from_articles

TEXT = """---
title: Deputy ministers meet in Irkutsk
outlet: Claim Wire
date: 2018-06-15
---
Deputy ministers meet in Irkutsk

Deputy Minister of Transport Lê Đình Thọ met Russian Deputy Minister of Transport Alexei Semyonov in Irkutsk on Thursday.

The two deputy ministers discussed a railway between the two countries' ports.

Semyonov received Vietnamese railway engineers in Irkutsk the same afternoon.
"""

THO = P("Lê Đình Thọ", {"Thọ"}, {"Deputy Minister of Transport"})
SEMYONOV = P("Alexei Semyonov", {"Semyonov"}, {"Russian Deputy Minister of Transport"})
WRONG = P("Igor Bakhtin", {"Bakhtin"}, {"Governor"})  # named nowhere in the article


def store_with(event: dict):
    return make("claim_irkutsk_2018.txt", TEXT, {"title": "Deputy ministers meet in Irkutsk", "outlet": "Claim Wire",
                                                  "date": "2018-06-15"},
                [THO, SEMYONOV, WRONG, C("Việt Nam"), C("Russia"), L("Irkutsk"), L("Kazan")], [event], [],
                body_start=TEXT.index("Deputy ministers meet in Irkutsk\n\n"))


RIGHT = dict(at="Lê Đình Thọ met", kind="meeting", parts=[("Lê Đình Thọ", "participant"),
                                                             ("Alexei Semyonov", "participant")],
             place="Irkutsk", date="2018-06-14", date_phrase="on Thursday", date_how="weekday<=pub")


@pytest.mark.parametrize("wrong, never_stated", [
    ({"parts": [("Lê Đình Thọ", "participant"), ("Igor Bakhtin", "participant")]}, "Bakhtin"),  # participant
    ({"place": "Kazan"}, "Kazan"),  # a place the sentence does not name
    ({"date": "2018-06-12", "date_phrase": "on Tuesday"}, "12 June"),  # a date phrase the sentence lacks
    ({"confidence": 0.3, "date": "2018-06-09", "date_phrase": "on Saturday"}, "9 June"),  # unsure extraction
])
def test_a_claim_the_sentence_does_not_bear_out_is_not_made(tmp_path, wrong, never_stated):
    eng = engine_from_articles(tmp_path, store_with({**RIGHT, **wrong}), texts={"claim_irkutsk_2018.txt": TEXT})
    try:
        a = eng.ask("When did Lê Đình Thọ meet his Russian counterpart?")
        assert never_stated not in a.headline
        if a.answered:  # the quote may stay, under a plain lead-in, never with the wrong fact
            assert a.headline == LEAD_IN or never_stated not in a.text.split("\n\n")[0]
            assert all(c.quote in TEXT for c in a.citations)
    finally:
        eng.close()


def test_a_claim_the_sentence_bears_out_is_stated(tmp_path):
    eng = engine_from_articles(tmp_path, store_with(RIGHT), texts={"claim_irkutsk_2018.txt": TEXT})
    try:
        a = eng.ask("When did Lê Đình Thọ meet Semyonov?")
        assert a.answered and "14 June 2018" in a.headline and "Irkutsk" in a.headline
    finally:
        eng.close()
