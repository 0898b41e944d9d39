"""A statement the loader stored as the speaker's own stands, as the last resort of the speaker filter,
though it has none of the question's words, when some word of the question is in no article ("prospects"
asked, "saw great scope" written): the articles word it otherwise, and the decision weighs the empty
coverage. Not when every word is in the articles (the statement is about something else), nor for a
sentence that only names the speaker. Sentences written for this test."""

from __future__ import annotations

import sqlite3

from knowledge.answer.intent import Plan
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.answer.speaker_checks import speaker_kept
from knowledge.question import parse

PERSON = 21
SCOPE = "Kovalenko saw great scope for barges on the Mekong and the Volga."
TRIP = "Kovalenko arrived in Can Tho on Friday."


def _r(sid: int, text: str, fits: bool, known: float) -> Ranked:
    cand = Candidate(sentence_id=sid, source_id=1, position=sid, paragraph=0, text=text, ties={})
    return Ranked(cand, 1.0, [1.0], 0.0, False, fits, known)


def _store() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentences (id INTEGER, source_id INTEGER, position INTEGER)")
    conn.execute("CREATE TABLE statements (sentence_id INTEGER, speaker_id INTEGER)")
    return conn


def _kept(ranked: list[Ranked]) -> list[int]:
    q = parse("What prospects did Kovalenko see for river shipping?")
    plan = Plan(answer_type="statement", terms=["prospects", "river", "shipping"], slots=[{PERSON}], hard=[True],
                speaker_asked=True)
    return [r.cand.sentence_id for r in speaker_kept(_store(), q, plan, ranked, plan.terms, {PERSON: "person"})]


def test_the_speakers_own_statement_worded_otherwise_stands():
    assert _kept([_r(1, SCOPE, True, 0.6), _r(2, TRIP, False, 0.6)]) == [1]


def test_not_when_the_articles_have_every_word():
    assert _kept([_r(1, SCOPE, True, 1.0)]) == []


def test_a_sentence_only_naming_the_speaker_does_not():
    assert _kept([_r(2, TRIP, False, 0.6)]) == []


def test_a_courtesy_stored_as_theirs_is_no_statement_worded_otherwise():
    greeting = "Kovalenko welcomed the delegation from Can Tho at the port."
    assert _kept([_r(3, greeting, True, 0.6)]) == []
