"""An organisation asked about as the other side of a meeting ("the State Duma delegation") is
rarely a participant: the person's events whose own sentence names it answer the question."""

import pytest

from tests.helpers.engine_stores import engine_from_texts

ARTICLE = """---
title: Chairwoman of Can Tho People's Council receives State Duma delegation
outlet: Test Wire
date: 2022-04-22
---
Chairwoman of the Cần Thơ People's Council Phạm Thu Hà received a delegation of the State Duma of Russia led by Deputy Chairman Pavel Orlov in Cần Thơ on Wednesday.

The Russian guest said the State Duma supports stronger ties between Russian regions and Vietnamese provinces.
"""

OTHER = """---
title: ASEAN Secretariat official visits Hanoi
outlet: Test Wire
date: 2022-05-10
---
ASEAN Deputy Secretary-General Nguyen Hoang Long met Vietnamese officials in Hà Nội on Monday.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = engine_from_texts(tmp_path_factory.mktemp("orgs"), {"duma.txt": ARTICLE, "asean.txt": OTHER})
    yield eng
    eng.close()


def test_org_named_in_the_event_sentence_counts(engine):
    a = engine.ask("When did Pham Thu Ha receive the State Duma delegation?")
    assert a.answered
    assert "20 April 2022" in a.text
    assert [c.source for c in a.citations][:1] == ["duma.txt"]


def test_org_not_named_in_the_event_sentence_is_declined(engine):
    a = engine.ask("When did Pham Thu Ha receive the ASEAN delegation?")
    assert not a.answered
    assert a.citations == []
