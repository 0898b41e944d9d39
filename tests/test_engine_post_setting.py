"""A post asked with the place or occasion written right after the post noun ("what was X's role at
the round table", "X's job in Osh") asks X's post all the same (holders.asked_post), and when the best
sentence does not even name X, the one writing the title beside X's name goes first though it scores
farther behind (holders.UNNAMED_MARGIN). On an article written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import first_quote, module_engine

OSH = """---
title: Kyrgyz and Vietnamese firms meet at a round table in Osh
outlet: Test Wire
date: 2021-09-16
---
Kyrgyz and Vietnamese firms meet at a round table in Osh

A round table of Kyrgyz and Vietnamese textile firms was held in Osh on Thursday, the third round table of its kind in the city, with the support of the Vietnamese Embassy in Bishkek.

Firms at the round table discussed cotton supplies, dyeing and joint sewing workshops.

Oleg Voronin, who chairs the Osh Chamber of Commerce, opened the discussion.

Voronin said local workshops could sew for Vietnamese brands.

Organisers said the next round table would be held in Hai Duong.
"""

engine = module_engine("post_setting", {"osh.txt": OSH})


def test_the_post_asked_at_an_occasion(engine):
    a = engine.ask("What was Oleg Voronin's role at the round table in Osh?")
    assert a.answered and "chairs" in first_quote(a), a.text


def test_the_place_or_occasion_after_the_post_noun_is_cut_off():
    from knowledge.answer.holders import _post_clause
    from knowledge.question import parse as parse_question

    assert _post_clause(parse_question("What was Voronin's role at the round table?")) == {
        "what", "was", "voronin", "s", "role"}
    assert _post_clause(parse_question("What is Voronin's job in Osh?")) == {"what", "is", "voronin", "s", "job"}
    assert _post_clause(parse_question("What did Voronin say in Osh?")) is None



def _ranked(text: str, score: float, slot: float, bears: bool):
    from knowledge.answer.rank import Ranked
    from knowledge.answer.retrieve import Candidate

    return Ranked(Candidate(0, 1, 0, 0, text), score, [slot], 1.0, False, False, bears=bears)


def test_a_best_sentence_not_naming_the_person_gives_way_from_farther_behind():
    from knowledge.answer import holders
    from knowledge.answer.intent import Plan

    plan = Plan("other", ["role"], slots=[{7}], slot_words=["voronin"], hard=[True], post_of={7})
    lead = _ranked("A round table of textile firms was held in Osh on Thursday.", 6.0, 0.35, False)
    def title():
        return _ranked("Oleg Voronin, who chairs the Osh Chamber of Commerce, opened the discussion.", 3.5, 1.0, True)

    assert holders.prefer([lead, title()], plan, {7: "person"})[0].bears
    named = _ranked("Oleg Voronin opened the round table in Osh on Thursday.", 6.0, 1.0, False)
    assert holders.prefer([named, title()], plan, {7: "person"})[0] is named  # he is named: the usual margin
