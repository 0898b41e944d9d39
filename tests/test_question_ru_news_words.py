"""Russian news words read in their news sense: "акция" is a campaign or drive (not shares),
"гражданский" is civil (the adjective, not citizens), and "on behalf of" written as "speaking for"; on questions and
sentences written for this test (other people, places and figures than the bench sets)."""

from __future__ import annotations

import pytest

from knowledge.answer.paraphrases import paraphrases
from knowledge.question.language import tokenize
from tests.helpers.engine_stores import engine_from_texts


def _words(question: str) -> list[str]:
    return tokenize(question, "ru")[0]


def test_aktsiya_is_a_campaign_not_shares():
    words = _words("Где прошла акция по уборке пляжей?")
    assert "campaign" in words and "shares" not in words
    assert "drive" in paraphrases("campaign")


def test_grazhdanskiy_is_civil_and_grazhdane_stay_citizens():
    assert "civil" in _words("Сколько гражданских самолётов купила Бразилия?")
    assert "citizens" in _words("Сколько граждан Чили получили визы?")
    assert "civilian" in paraphrases("civil")


SHIPYARD = """---
title: Kaliningrad shipyard delivers ferries
outlet: Test Wire
date: 2019-04-02
---
KALININGRAD, April 2 – A Kaliningrad shipyard handed over two civilian ferries to a Chilean operator on Tuesday.

Speaking for the Chilean Embassy, Counsellor Ignacio Rojas said the ferries would link the southern islands.

The operator plans to order a third vessel next year.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("ru_news_words"), {"shipyard.txt": SHIPYARD})


def test_behalf_is_written_speaking_or_acting_for():
    assert {"speaking", "acting"} <= set(paraphrases("behalf"))


def test_on_behalf_of_finds_speaking_for(eng):
    a = eng.ask("Who spoke on behalf of the Chilean Embassy at the handover?")
    assert a.answered and "Ignacio Rojas" in a.text, a.text


def test_civil_ferries_asked_in_russian(eng):
    a = eng.ask("Сколько гражданских паромов передала верфь в Калининграде?")
    assert a.answered and "two" in a.text, a.text
