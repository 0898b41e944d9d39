"""'Did X accept the invitation / take up the offer / agree to come?' asks what X did with what was put
to him, which news writes "X accepted", "the minister gladly agreed" — often in the sentence after the
invitation, naming X by his title only. Neither a visit nor an agreement of two sides is asked, and an
article that reports only the invitation does not say it was accepted: that question declines.
Articles written for this test."""

from __future__ import annotations

from knowledge.question.acceptance import ACCEPTANCE, asks_acceptance
from tests.helpers.engine_stores import module_engine

PERM = """---
title: Perm governor in Cần Thơ
outlet: Test Wire
date: 2023-03-14
---
Perm governor in Cần Thơ

Perm Governor Dmitry Makhonin held talks with Cần Thơ Party Secretary Đỗ Thanh Bình in Cần Thơ on Monday.

Bình passed on an invitation from the Mekong Delta provinces for Makhonin to attend a rice festival in October.

The Russian governor accepted the invitation and said he would bring a business delegation.

Makhonin thanked the city for its warm welcome and for its help to Perm students.
"""

SARATOV = """---
title: Saratov mayor meets Huế leaders
outlet: Test Wire
date: 2023-05-20
---
Saratov mayor meets Huế leaders

Saratov Mayor Lada Mokrousova met Huế Party Secretary Lê Trường Lưu in Huế on Friday.

Lưu invited Mokrousova to visit the Imperial City festival next spring.

The two sides discussed links between their universities and hospitals.
"""

engine = module_engine("acceptance", {"perm.txt": PERM, "saratov.txt": SARATOV})


def test_which_questions_ask_for_an_acceptance():
    assert asks_acceptance("did the governor agree to come to vietnam".split())
    assert asks_acceptance("did he take up the offer".split())
    assert not asks_acceptance("what did the two sides agree to".split())
    assert not asks_acceptance("did they agree on trade".split())


def test_agreed_alone_is_an_acceptance_but_an_agreement_to_act_is_not():
    assert ACCEPTANCE.search("Lavrov asked him to come, and the minister gladly agreed.")
    assert not ACCEPTANCE.search("They agreed to speed up oil and gas projects.")


def test_agree_to_come_is_answered_by_the_acceptance_after_the_invitation(engine):
    ans = engine.ask("Did Makhonin agree to come to the festival?")
    assert ans.answered and "accepted the invitation" in ans.text


def test_take_up_the_offer_is_answered_by_the_acceptance(engine):
    ans = engine.ask("Did the Perm governor take up the offer to attend the rice festival?")
    assert ans.answered and "accepted the invitation" in ans.citations[0].quote


def test_an_invitation_no_article_reports_accepted_declines(engine):
    ans = engine.ask("Did Mokrousova accept the invitation to visit Huế?")
    assert not ans.answered
