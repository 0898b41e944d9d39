"""A session's format as news may write it: who chaired it ("X and Y jointly chaired a panel").
"In what format did X take part in Y" is answered by the sentence that writes it, not declined for
want of "online" or "by phone". A visit's level ("an official visit") is no such format: measured,
it answered meeting-format questions with the trip. Article written for this test."""

from __future__ import annotations

from knowledge.answer.rank import ANSWER_RX
from tests.helpers.engine_stores import module_engine

BISHKEK = """---
title: Kyrgyz speaker to visit Vietnam
outlet: Test Wire
date: 2021-09-20
---
Kyrgyz speaker to visit Vietnam

Talant Mamytov, Speaker of the Kyrgyz Supreme Council, will pay an official visit to Vietnam on September 24-26.
At the 2020 Issyk-Kul water forum, Mamytov and Vietnamese Vice Chairwoman Nguyễn Thị Thanh jointly chaired a panel called "Rivers without borders".
The Kyrgyz delegation will include six deputies, the council said.
"""

engine = module_engine("formats_written", {"bishkek.txt": BISHKEK})


def test_a_joint_chair_answers_in_what_format(engine):
    a = engine.ask("In what format did Mamytov take part in the Issyk-Kul water forum?")
    assert a.answered and "jointly chaired" in a.text, a.text


def test_joint_chairs_are_written_formats():
    rx = ANSWER_RX["format"]
    for s in ("The two ministers jointly chaired the panel.", "He co-chaired the session.", "She cochairs the board."):
        assert rx.search(s), s
    for s in ("The visit was long and the chair was empty.", "He will pay an official visit to Laos."):
        assert not rx.search(s), s
