"""The speaker filter's rules that need no store: a body guessed from a common noun is not required
(another board than the article's may have been guessed), and a sentence naming every one asked needs
fewer of the question's other words. Sentences written for this test."""

from __future__ import annotations

from knowledge.answer.intent import Plan
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.answer.speaker_checks import _by_role, _wanted

BOARD, CITY = 7, 8


def _ranked(slots: list[float]) -> Ranked:
    return Ranked(Candidate(1, 1, 3, 2, "The Da Nang side floated the idea of a film week in Kazan."), 0.0,
                  slots, 0.35, False, False)


def test_a_board_guessed_from_a_common_noun_is_not_required():
    kinds = {BOARD: "org"}
    guessed = Plan(answer_type="statement", terms=["pledge"], slots=[{BOARD}], hard=[False])
    named = Plan(answer_type="statement", terms=["pledge"], slots=[{BOARD}], hard=[True])
    assert _by_role(guessed, 0, kinds) and not _by_role(named, 0, kinds)


def test_a_place_guessed_is_still_required():
    plan = Plan(answer_type="statement", terms=["propose"], slots=[{CITY}], hard=[False])
    assert not _by_role(plan, 0, {CITY: "place"})


def test_a_sentence_naming_all_asked_needs_a_third_of_the_words_else_more():
    assert _wanted(_ranked([1.0, 1.0])) < 0.35 <= _wanted(_ranked([1.0, 0.35]))
