"""A post asked with a clause that sets its time ("what post did X hold when he spoke in Y") asks X's
post all the same: the sentence writing the title beside X's name answers (holders.asked_post), not
the one about the speech. On an article written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import first_quote, module_engine

OSH = """ date 2021-04-12
Kyrgyz trade official visits Da Lat

DA LAT — Aibek Tursunov, who heads the Foreign Trade Department of Kyrgyzstan's Economy Ministry, arrived in Da Lat on Monday for a three-day stay.

He spoke warmly of the ties between Kyrgyzstan and Vietnam at a meeting with provincial leaders.

Tursunov said the two sides would study new flights between Bishkek and Da Lat.
"""

engine = module_engine("post_when", {"osh.txt": OSH})


def test_the_post_asked_with_a_time_clause(engine):
    a = engine.ask("What post did Aibek Tursunov hold when he spoke in Da Lat?")
    assert a.answered and "Foreign Trade Department" in a.text, a.text
    assert "heads" in first_quote(a), a.text


def test_the_clause_that_sets_the_time_is_cut_off():
    from knowledge.answer.holders import _post_clause
    from knowledge.question import parse as parse_question

    assert _post_clause(parse_question("What was Tursunov's position when he met Li Wei?")) == {
        "what", "was", "tursunov", "s", "position"}
    assert _post_clause(parse_question("What post did Tursunov hold at the time of the fair?")) is not None
    assert _post_clause(parse_question("What did Tursunov say when he met Li Wei?")) is None
