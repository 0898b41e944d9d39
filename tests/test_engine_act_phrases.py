"""The act a question asks is also found written as a phrase: an invitation as "asked Y to come",
congratulations as "extended warm greetings", a nomination as "was put forward by", a signing as
"put their names to", an agreement as "saw eye to eye", a request as "told it to", a departure as
"flew out". A sentence of another act (talks, a discussion) is still no answer, and "signed up"
(registered) asks no signing. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.act_forms import phrasal
from knowledge.answer.rank import term_hits
from tests.helpers.engine_stores import module_engine, quoted

PERM = """---
title: Perm and Bình Định set out plans
outlet: Test Wire
date: 2025-11-12
---
Perm and Bình Định set out plans

Perm Governor Dmitry Makhonin held talks with Bình Định Chairman Phạm Anh Tuấn in Quy Nhơn on Monday.
Makhonin asked Tuấn to come to Perm next spring for the Kama river fair.
Makhonin and Tuấn saw eye to eye on opening a joint forestry college in An Nhơn.
The two governors also discussed a ferry link to Phú Quốc.
The two governors will put their names to a twinning charter at the fair.
Tuấn extended warm greetings to the Perm delegation on the city's 300th founding anniversary.
The Perm delegation had flown out of Quy Nhơn on November 14.
"""

engine = module_engine("act_phrases", {"perm.txt": PERM})


def writes_act(verb: str, text: str) -> bool:
    return term_hits([verb], text)[0] >= 0.9


def test_phrases_of_acts():
    assert writes_act("invited", "Irina asked the Tula mayor to come to Huế in May.")
    assert writes_act("congratulated", "The envoy extended warm greetings to the Cần Thơ leaders.")
    assert writes_act("nominated", "Sokolov was put forward for the post by the governor.")
    assert writes_act("sign", "The firm would put its name on Friday to a lease.")
    assert writes_act("signed", "The Kazan fund and a Huế brewer put pen to paper on a supply deal.")
    assert writes_act("agreed", "The sides saw eye to eye on training nurses.")
    assert writes_act("agreed", "Both provinces backed building a ferry link.")
    assert writes_act("requested", "He told the institute to prepare a report by June.")
    assert writes_act("leave", "The team had flown out of Hải Phòng on May 3.")
    assert not writes_act("agreed", "The sides discussed training nurses.")
    assert not writes_act("invited", "Irina asked the Tula mayor about the budget.")
    assert not writes_act("congratulated", "The envoy met the Cần Thơ leaders.")


def test_signed_up_is_no_signing():
    assert phrasal(["how", "many", "firms", "signed", "up"], "signed")
    assert not phrasal(["who", "signed", "the", "charter"], "signed")


@pytest.mark.parametrize("question, written", [
    ("Whom did Makhonin invite to Perm?", "asked Tuấn to come"),  # invite: asked … to come
    ("What did the sides agree to open in An Nhon?", "forestry college"),  # agree: saw eye to eye
    ("What will the two governors sign at the fair?", "twinning charter"),  # sign: put their names to
    ("Whom did Tuan congratulate?", "warm greetings"),  # congratulate: extended greetings
    ("When did the Perm delegation leave Quy Nhon?", "flown out"),  # leave: had flown out
])
def test_act_found_as_its_phrase(engine, question, written):
    ans = engine.ask(question)
    assert ans.answered and written in quoted(ans)


def test_talks_are_no_agreement(engine):
    ans = engine.ask("What did the sides agree about the ferry link to Phu Quoc?")
    assert not ans.answered and "ferry" not in quoted(ans)
