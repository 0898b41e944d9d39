"""'Who spoke at X' finds the sentence where the speaker said something or gave an address: news
rarely writes "spoke" for a speech at a ceremony (on sentences written for this test)."""

from __future__ import annotations

import pytest

from knowledge.answer.paraphrases import paraphrases
from tests.helpers.engine_stores import engine_from_texts

LIBRARY = """---
title: Russian library corner opens in Da Lat
outlet: Test Wire
date: 2021-10-08
---
DA LAT, October 8 – A Russian library corner opened at Da Lat University on Friday with some 2,000 books donated by publishers in Kazan.

Opening the ceremony, Russian Consul Pavel Orlov said the books would help students of Russian read the classics in the original.

The university's rector, Le Minh Chau, thanked the donors and promised to add a reading club next year.
"""


@pytest.fixture(scope="module")
def eng(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("spoke"), {"da_lat_library.txt": LIBRARY})


def test_spoke_finds_said_and_address():
    found = paraphrases("spoke")
    assert "said" in found and "address" in found and "speech" in found


def test_who_spoke_at_a_ceremony_is_answered_from_what_he_said(eng):
    a = eng.ask("Which Russian diplomat spoke at the ceremony in Da Lat?")
    assert a.answered and "Pavel Orlov" in a.text, a.text
