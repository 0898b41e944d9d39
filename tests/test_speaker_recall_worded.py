"""Recall of a speaker's sentence the loader left untied or worded otherwise: a role written with a
capitalised qualifier points back ("The Tatar governor asked …", "According to the First Deputy
Governor, …"); a sentence of the speaker's reporting speech with a quarter of the question's words
stands when none has more; a body's two-word name written in another case ("Kazan port authority"
for the Kazan Port Authority) is the body named."""

from __future__ import annotations

import sqlite3

from knowledge.answer.attribution import refers_back
from knowledge.answer.intent import Plan
from knowledge.answer.rank import Ranked, Ranker
from knowledge.answer.retrieve import Candidate
from knowledge.answer.speaker_checks import speaker_kept
from knowledge.question import parse
from tests.helpers.ranker_store import RankerStore

PERSON, BODY = 11, 12


def test_a_role_with_a_capitalised_qualifier_points_back():
    assert refers_back("The Tatar governor asked Hue to open a trade office in Kazan.")
    assert refers_back("According to the First Deputy Governor, grain exports rose by a third.")
    assert not refers_back("The Kazan Kremlin hosted the fair in May.")
    assert not refers_back("According to Interfax, grain exports rose by a third.")


def _r(sid: int, text: str, slot: float, coverage: float) -> Ranked:
    cand = Candidate(sentence_id=sid, source_id=1, position=sid, paragraph=0, text=text, ties={})
    return Ranked(cand, 1.0, [slot], coverage, False, False)


def _store() -> sqlite3.Connection:
    """No sentence before and no statement stored: the paragraph alone ties the sentence to her."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentences (id INTEGER, source_id INTEGER, position INTEGER)")
    conn.execute("CREATE TABLE statements (sentence_id INTEGER, speaker_id INTEGER)")
    return conn


def test_a_sentence_pointing_back_with_a_quarter_of_the_words_stands_when_none_has_more():
    """"the thirty years" written "three decades": one word of three in the sentence."""
    q = parse("What did Sidorova say had grown over the thirty years?")
    plan = Plan(answer_type="statement", terms=["grown", "thirty", "years"], slots=[{PERSON}], hard=[True],
                speaker_asked=True)
    ranked = [_r(1, "Over the three decades since then, she said, grain trade had grown sixfold.", 0.6, 0.3),
              _r(2, "The fair opened in Kazan on Monday.", 0.6, 0.0)]
    kept = speaker_kept(_store(), q, plan, ranked, plan.terms, {PERSON: "person"})
    assert [r.cand.sentence_id for r in kept] == [1]


def test_a_sentence_with_too_few_of_the_words_is_still_no_answer():
    q = parse("What did Sidorova say about grain prices in Hue markets?")
    plan = Plan(answer_type="statement", terms=["grain", "prices", "hue", "markets", "traders"], slots=[{PERSON}],
                hard=[True], speaker_asked=True)
    ranked = [_r(1, "Over the three decades since then, she said, grain trade had grown sixfold.", 0.6, 0.2)]
    assert speaker_kept(_store(), q, plan, ranked, plan.terms, {PERSON: "person"}) == []


def _slot_of(text: str, names: tuple[str, ...], kind: str) -> float:
    plan = Plan(answer_type="statement", terms=["ships"], slots=[{BODY}], hard=[True])
    cand = Candidate(sentence_id=1, source_id=1, position=0, paragraph=0, text=text, ties={})
    out = Ranker(RankerStore(set(), {BODY: names}), plan, {BODY: kind}, total=100).rank([cand], plan.terms)
    return out[0].slots[0]


def test_a_bodys_name_written_in_lower_case_names_it():
    assert _slot_of("Ships of the Kazan port authority docked in Hue.", (" Kazan Port Authority ",), "org") == 1.0
    assert _slot_of("Ships of the Kazan river fleet docked in Hue.", (" Kazan Port Authority ",), "org") == 0.0


def test_a_persons_name_is_left_to_the_loader():
    assert _slot_of("Ships of Olga Sidorova docked in Hue.", (" Olga Sidorova ",), "person") == 0.0
