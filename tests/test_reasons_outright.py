"""reasons.py: the wordings that give a reason or an occasion outright, and the reason's sentence quoted
beside a best one that writes none; checks.py: "was it the first …?" settled by which one it was."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer.checks import _FIRST_RX
from knowledge.answer.rank import Ranked
from knowledge.answer.reasons import gives_reason, reason_sentence
from knowledge.answer.retrieve import Candidate


REASONS = (
    "Ms Okafor had arrived in Lisbon on Monday to sign the fisheries accord.",
    "The Chilean visitors were in Uppsala to attend the botany congress.",
    "Brandt was in Oslo for the union's 12th congress, which opened on May 3.",
    "The bridge was reopened in 1998 for the 50th anniversary of the city charter.",
    "The names were withheld so as not to hamper the inquiry.",
    "She attributed the rise mainly to cheaper flights.",
    "The festival, named after the white nights of the north, drew 3,000 people.",
    "The plant was built at a time when the region lacked power.",
)
NO_REASONS = ("They were in Lisbon on Monday.", "Ms Okafor arrived in Lisbon after a long flight.", "He is in Oslo for talks.")
# a ground written beside the act: citing, explaining by, recognising a part, under pressure, part of an effort
GROUNDS = (
    "The Lima council closed the fish market on May 2, citing breaches of hygiene rules.",
    "Officials explained the delay by the heavy snow in the passes.",
    "The medal recognised Mendes's part in reopening the Porto shipyard.",
    "The prize honours the institute's long contribution to marine biology.",
    "The levy is being scrapped under pressure from small farmers.",
    "The new ferry is part of Galicia's wider effort to draw more visitors.",
    "Chile joined the pact out of its determination to diversify trade.",
    "In the end the choice came down to cost.",
    "Ms Okafor said she wanted to learn how Norway trains its pilots.",
    "The frigates are tasked with guarding the northern fishing grounds.",
    "The departing envoy called on Prime Minister Alvarez on Friday to bid him farewell.",
)
NOT_GROUNDS = ("The Lima council closed the fish market on May 2.", "The medal was presented to Mendes in Porto.",
               "The prize is part of the festival's programme.", "The ferry left at noon with 300 passengers.",
               "Viewers have long wanted to know more about Peru.", "Both sides seek to deepen ties.",
               "They hoped to meet again in Lima.",
               "She cited the Lima ferry as a model for the region.", "The envoy called on Prime Minister Alvarez on Friday.")


def test_purpose_of_being_somewhere_and_occasions():
    assert all(gives_reason(text) for text in REASONS)
    assert not any(gives_reason(text) for text in NO_REASONS)


def test_grounds_written_beside_the_act():
    assert all(gives_reason(text) for text in GROUNDS)
    assert not any(gives_reason(text) for text in NOT_GROUNDS)


def _r(sid: int, text: str, score: float, source: int = 1) -> Ranked:
    return Ranked(Candidate(sid, source, sid, 0, text), score, [1.0], 0.5, False, False)


WHY = SimpleNamespace(answer_type="reason", implied=None)
BEST = _r(1, "The Chilean delegation met the rector of Uppsala University on Tuesday.", 6.0)
REASON = _r(3, "The Chilean visitors were in Uppsala to attend the botany congress.", 4.5)


def test_reason_sentence_of_the_best_ones_article_is_found():
    other = _r(2, "The rector showed the delegation the old library.", 5.5)
    assert reason_sentence([BEST, other, REASON], WHY) is REASON


def test_no_reason_sentence_when_not_asked_or_already_given_or_too_far():
    assert reason_sentence([BEST, REASON], SimpleNamespace(answer_type="yesno", implied=None)) is None
    given = _r(1, "The delegation came to Uppsala to see the herbarium.", 6.0)
    assert reason_sentence([given, REASON], WHY) is None
    assert reason_sentence([BEST, _r(3, REASON.cand.text, 2.5)], WHY) is None  # scored too far behind
    assert reason_sentence([BEST, _r(3, REASON.cand.text, 5.0, source=2)], WHY) is None  # another article


def test_which_occurrence_it_was_answers_was_it_the_first():
    assert _FIRST_RX.search("It was the second time the club had played in Porto.")
    assert _FIRST_RX.search("Porto is only the third city to host the cup.")
    assert _FIRST_RX.search("She had been to Porto twice before.")
    assert not _FIRST_RX.search("The club took third place in the cup.")


def test_an_earlier_occurrence_or_none_answers_had_it_happened_before():
    # "had the choir sung in Porto before?", "was it the band's first appearance there?": a sentence saying it
    # had happened already, how often, since when, or which one it was settles it either way
    assert _FIRST_RX.search("The choir had already sung at the Porto festival in 2019.")
    assert _FIRST_RX.search("Recalling that she had met the mayor many times, the minister praised him.")
    assert _FIRST_RX.search("Chile has been a member of the observatory since 1962.")
    assert _FIRST_RX.search("The band gave a second performance at the same hall on Sunday.")
    assert _FIRST_RX.search("It was the second straight year that Chile finished as runners-up.")
    assert _FIRST_RX.search("The hall has now hosted the fair twice in two years.")
    assert _FIRST_RX.search("It was among the biggest grants ever awarded in Chile.")
    # a rank, an edition or a phrase of time is no earlier occurrence
    assert not _FIRST_RX.search("The choir won a prize at the 10th Porto Music Festival.")
    assert not _FIRST_RX.search("Chile ranked 30th worldwide in the survey.")
    assert not _FIRST_RX.search("She praised his role in developing relations in recent times.")
