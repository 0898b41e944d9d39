"""'What gift did X give Y?' is answered by "X … gave it to Y": the question's noun ("gift") may be
in no article, and the decline for a thing no article mentions must not fire when the quote reports
the act asked in another form of its verb ("gave" for "give", "sent" for "send"; whole words only,
"sent" is no "sentence"). A gift whose giving no quote reports still declines. Article written for
this test."""

from __future__ import annotations

from knowledge.answer.irregular_verbs import forms_written
from tests.helpers.engine_stores import module_engine

OMSK = """---
title: Omsk governor in Hải Phòng
outlet: Test Wire
date: 2024-09-12
---
Omsk governor in Hải Phòng

Omsk Governor Vitaly Khotsenko held talks with Hải Phòng Party Secretary Lê Tiến Châu on Wednesday.

Châu autographed a lacquer painting of Hạ Long Bay and gave it to Khotsenko as a keepsake of the visit.

Khotsenko said Omsk was ready to ship Siberian grain through the port of Hải Phòng.
"""

engine = module_engine("gift_verbs", {"omsk.txt": OMSK})


def test_the_forms_of_a_verb_are_found_as_whole_words():
    assert forms_written(["give"], "He gave it to her.") and forms_written(["send"], "She sent a letter.")
    assert not forms_written(["send"], "They discussed a sentence.") and not forms_written(["give"], "He said so.")


def test_a_gift_asked_with_give_is_answered_by_gave(engine):
    ans = engine.ask("What gift did Châu give Khotsenko?")
    assert ans.answered and "lacquer painting" in ans.text


def test_a_gift_no_quote_reports_the_giving_of_still_declines(engine):
    ans = engine.ask("What gift did Khotsenko send home to Omsk?")  # he was given one; he sent none
    assert not ans.answered
