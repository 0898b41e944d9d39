"""An irregular verb's forms find one another: the question's "send", "speak", "lead", "hold" find
the article's "sent", "spoke", "led", "held" (and back), which no suffix rule nor FTS5's Porter
stemmer joins, at a usual paraphrase's weight. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.irregular_verbs import other_forms
from knowledge.answer.rank import term_hits
from tests.helpers.engine_stores import engine_from_texts, quoted

ARKHANGELSK = """---
title: Arkhangelsk governor in Quảng Ngãi
outlet: Test Wire
date: 2025-04-17
---
Arkhangelsk governor in Quảng Ngãi

Arkhangelsk Governor Pavel Lomakin held talks with Quảng Ngãi Party Secretary Lê Văn Tâm on Wednesday.
Lomakin's shipyards build fishing vessels for Quảng Ngãi.
The two sides discussed a plan for a timber processing plant in the Dung Quất economic zone.
Last autumn, Lomakin sent a shipment of rescue boats and medical equipment to Quảng Ngãi after the floods.
Lomakin praised the work of the Vietnamese students in Arkhangelsk, and Tâm thanked the region for its support.
"""


# (a store writing the question's own form somewhere, as a real one does: a form no article has is no search word)
TVER = """---
title: Tver and Hải Phòng
outlet: Test Wire
date: 2025-05-02
---
Tver and Hải Phòng

Tver Governor Igor Rudenya said his region would send a trade delegation to Hải Phòng in June.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("verb_forms"), {"arkhangelsk.txt": ARKHANGELSK, "tver.txt": TVER})


def test_an_irregular_verbs_forms_find_one_another():
    assert set(other_forms("speak")) == {"spoke", "spoken"} and "begin" in other_forms("began")
    assert other_forms("found") == () and other_forms("signed") == ()  # 'found' a body; a regular verb
    assert term_hits(["send"], "Lomakin sent a shipment of rescue boats.") == [0.9]
    assert term_hits(["held"], "The two sides will hold talks.") == [0.9]
    assert term_hits(["led"], "Deputy Minister Hoa leads the group.") == [0.9]
    assert term_hits(["send"], "Lomakin signed a shipment contract.") == [0.0]
    # "died" is regular, but four letters are too few for the suffix rule: listed with the irregular ones
    assert term_hits(["die"], "The painter Ivan Lomakin died in Hải Phòng in 1998.") == [0.9]


def test_what_was_sent_finds_the_sentence_writing_sent(engine):
    ans = engine.ask("What did Lomakin send to Quang Ngai?")
    assert ans.answered and "rescue boats" in quoted(ans)
