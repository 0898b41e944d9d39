"""'What did X and Y sign / commit to' is declined at once only when no sentence naming them both
says they agreed, signed or pledged: a sentence the loader stored no agreement for ("Lan and
Murashko pledged to train …") is searched and quoted. Two people
no sentence ties together are still declined. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

HEALTH = """---
title: Health ministers meet
outlet: Test Wire
date: 2025-06-04
---
Health ministers meet

Vietnamese Health Minister Đào Hồng Lan held talks with Russian Health Minister Mikhail Murashko in Moscow on Tuesday.

Lan and Murashko pledged to train 200 Vietnamese nurses in Russian hospitals every year.
"""

FORUM = """---
title: Hải Phòng joins Arctic logistics forum
outlet: Test Wire
date: 2025-03-28
---
Hải Phòng joins Arctic logistics forum

Hải Phòng Vice Chairman Lê Anh Quân addressed the Arctic logistics forum in Murmansk on Thursday.

Quân said the port city wanted to join the Northern Sea Route container trade.
"""

engine = module_engine("agreements_told", {"health.txt": HEALTH, "forum.txt": FORUM})


def test_what_two_people_pledged_is_found_where_no_agreement_was_stored(engine):
    a = engine.ask("What did Đào Hồng Lan and Mikhail Murashko pledge?")
    assert a.answered and "200 Vietnamese nurses" in quoted(a), a.text


def test_two_people_no_sentence_ties_together_are_still_declined(engine):
    a = engine.ask("What did Lê Anh Quân and Mikhail Murashko pledge?")
    assert not a.answered and not a.citations, a.text
