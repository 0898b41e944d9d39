"""A sentence whose subject points back at the two people of a meeting told just before ("the two
men reviewed …") is about them: it is tied to both, so a question naming them finds it over the
meeting's own sentence that names them but not what they did. Articles written for this test.
(The engine question passes without the tie too, on this short article the paragraph rules suffice;
the tie test is the one that fails without it.)"""

from __future__ import annotations

from knowledge.passages import sentence_ties
from tests.helpers.articles import seed_from_text
from tests.helpers.engine_stores import module_engine

NICKEL = """---
title: Nickel miner meets Lao envoy
outlet: Test Wire
date: 2016-02-11
---
Nickel miner meets Lao envoy

The statement was issued after a meeting between Vladimir Potanin, the mining group's chief executive, and Laos's Ambassador to Russia, Thongsavanh Phomvihane.

According to the company, the two men reviewed plans for a cobalt refinery near Vientiane.

The group has worked in Asia since 2009.
"""

engine = module_engine("pair_back", {"nickel.txt": NICKEL})


def test_what_the_two_men_did_is_found_for_a_question_naming_both(engine):
    a = engine.ask("What did Potanin and Phomvihane review at their meeting?")
    quotes = [c.quote for c in a.citations]
    assert a.answered and quotes[0].startswith("According to the company, the two men reviewed"), a.text


def test_the_two_men_are_tied_to_the_meetings_pair_only_after_it():
    from knowledge.extract import extract_article

    art = extract_article(seed_from_text(NICKEL.split("---\n", 2)[2], date="2016-02-11"))
    ties = sentence_ties(art)
    two = next(s.position for s in art.sentences if "the two men" in s.text)
    assert {"Vladimir Potanin", "Thongsavanh Phomvihane"} <= set(ties[two])
    assert {ties[two][n] for n in ("Vladimir Potanin", "Thongsavanh Phomvihane")} == {"pair"}
    assert not any(how == "pair" for p, t in ties.items() if p != two for how in t.values())
