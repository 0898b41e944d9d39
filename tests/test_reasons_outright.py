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


def test_purpose_of_being_somewhere_and_occasions():
    assert all(gives_reason(text) for text in REASONS)
    assert not any(gives_reason(text) for text in NO_REASONS)


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
