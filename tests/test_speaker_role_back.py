"""A speaker told again by a role with what he heads after it ("The chairwoman of the Perm regional
assembly said …") points back at the person named before; a sentence whose pronoun or role subject
speaks stays a candidate for "what did X say" when another person is only written in it by name
('"…," the conductor told the audience' of a composer's songs). Articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.attribution import refers_back
from tests.helpers.engine_stores import engine_from_texts, quoted

CONCERT = """---
title: Russian choir sings in Da Nang
outlet: Test Wire
date: 2021-04-12
---
Russian choir sings in Da Nang

DA NANG, April 12 — The Ural Cossack Choir, led by conductor Igor Belyaev, gave a concert at the Trung Vuong theatre on Sunday.

"Our singers learned the songs of the composer Pham Tuyen by heart over the winter," the conductor told the audience.
"""


def test_a_role_with_what_it_heads_points_back():
    assert refers_back("The chairwoman of the Perm regional assembly said the fair would open in May.")
    assert refers_back("The head of the Russian delegation noted that freight rates had fallen.")
    assert not refers_back("The ministry of trade of Perm said the fair would open in May.")


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("speaker_role_back"), {"concert.txt": CONCERT})


def test_a_person_written_by_name_does_not_take_the_speakers_sentence(engine):
    ans = engine.ask("What did Igor Belyaev say about his singers?")
    assert ans.answered and "learned the songs" in quoted(ans), ans.text
