"""A question asking an award, a score or a rating is declined when no quote of the reply shows one
(knowledge/answer/kind_shown.py), and answered when a quote names the award. Article written for this test."""

from __future__ import annotations

from knowledge.answer.kind_shown import _shown_award, asked
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine

RESCUE = """---
title: Tver volunteers pull divers from lake
outlet: Test Wire
date: 2019-07-02
---
Tver volunteers pull divers from lake

Five volunteers from the town of Ostashkov pulled two Polish divers out of Lake Seliger on Sunday after their boat capsized in a storm.

The divers were taken to the district hospital in Ostashkov, where doctors said they were out of danger.

Separately, Tver region governor Igor Rudenya handed the Medal for Courage to the rescue team of the local sailing club at a ceremony on Monday.
"""

engine = module_engine("award_shown", {"rescue.txt": RESCUE})


def _kind(text: str) -> str | None:
    return asked(parse(text, detect_language(text)).tokens, text)[0]


def test_an_award_score_or_rating_is_read_from_the_wh_phrase():
    assert _kind("Which award did the Ostashkov volunteers receive?") == "award"
    assert _kind("What prize did the sailing club win?") == "award"
    assert _kind("What score did the jury give the dancers?") == "rank"
    assert _kind("What did the volunteers receive?") is None


def test_an_award_is_shown_by_its_name_its_grade_a_conferring_verb_or_cash():
    assert _shown_award("Governor Rudenya handed the Medal for Courage to the team.")
    assert _shown_award("The pair took a silver medal in Kazan.")
    assert _shown_award("The volunteers were awarded for their bravery.")
    assert _shown_award("The city gave each volunteer 5,000 roubles.")
    assert not _shown_award("Five volunteers pulled two divers out of Lake Seliger on Sunday.")
    assert not _shown_award("Medals were on display in the hall.")  # sentence-initial: no award named in it


def test_a_reply_showing_no_award_is_declined(engine):
    """The rescue is told, but no award to the five volunteers: a reply quoting the rescue is no answer."""
    a = engine.ask("What reward did the Ostashkov volunteers get for saving the Polish divers?")
    assert (a.answered, len(a.citations)) == (False, 0), a.text
