"""An ordinal asked must be written in the candidate's article for what it counts
(ordinal_checks.ordinals_ok). An article may write it standing for its noun ("The fourth opened on …",
"its 9th edition") or as a rank ("came second at …"): its sentences stay candidates. An ordinal the
article writes for nothing asked (a date's "July 4th") or not at all still rules them out. Texts
written for this test."""

from __future__ import annotations

from knowledge.answer.ordinal_checks import asked_ordinals, written
from knowledge.question import parse

FAIRS = ("the agencies have held four joint fairs since 2001. the fourth opened on may 2, 2019, "
         "in tartu. the regatta, now in its 9th edition, closed on july 4th, 2020.")


def _ok(question: str, text: str) -> bool:
    return all(written(text, forms, nouns) for forms, nouns in asked_ordinals(parse(question)))


def test_an_ordinal_standing_for_its_noun_is_the_one_asked():
    assert _ok("When did the fourth joint fair open?", FAIRS)
    assert _ok("What was special about the 9th regatta?", FAIRS)


def test_an_ordinal_that_ranks_needs_no_noun_after_it():
    assert [noun for _f, noun in asked_ordinals(parse("Who finished second at the Tartu cup?"))] == [()]
    assert _ok("Who finished second at the Tartu cup?", "the home side came second after a late goal.")


def test_an_ordinal_written_for_something_else_or_not_at_all_rules_it_out():
    assert not _ok("When did the 4th regatta close?", "the regatta closed on july 4th, 2020.")  # a date's ordinal
    assert not _ok("When did the fifth joint fair open?", FAIRS)
