"""Recall of "what did X say" questions: a speaker's sentence worded otherwise than the question
still reaches the ranking, and an attribution by pronoun in mid-sentence or at its end ("Such
fairs, she said, would …", "…, he added.") is a sentence pointing back at its speaker."""

from __future__ import annotations

import sqlite3

from knowledge.answer.intent import Plan
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import PLURAL_BACK, Candidate, refers_back
from knowledge.answer.speaker_checks import reports_speech, speaker_kept
from knowledge.question import parse

PERSON = 11


def test_attribution_by_pronoun_after_a_comma_points_back():
    assert refers_back("Such fairs, she said, would bring Kazan exporters closer to buyers in Hue.")
    assert refers_back("The port of Hai Phong is ready for larger ships, he added.")
    assert refers_back("Grain exports will double by 2030, the governor stressed.")


def test_a_view_told_by_role_or_two_speakers_after_a_comma_points_back():
    assert refers_back("According to the Russian minister, grain exports to Vietnam rose by a third.")
    assert not refers_back("According to Interfax, grain exports to Vietnam rose by a third.")
    assert PLURAL_BACK.search("Such fairs, they said, would bring exporters closer to buyers.")
    assert not PLURAL_BACK.search("Exporters from Kazan and Hue said they would meet again.")


def test_a_named_subject_or_a_pronoun_object_does_not_point_back():
    assert not refers_back("Olga Sidorova said the fair would open in May.")
    assert not refers_back("Olga Sidorova, her deputy and he visited the fair.")
    assert not refers_back("The fair, held every May, drew buyers from Hue.")


def test_reports_speech_tells_what_someone_said_from_where_they_were():
    assert reports_speech("Sidorova spoke of the growing demand for fish sauce in Tatarstan.")
    assert reports_speech("According to the governor, grain exports rose by a third.")
    assert reports_speech("She replied that the fair would move to Hue.")
    assert not reports_speech("The opening was attended by Governor Olga Sidorova.")
    assert not reports_speech("Sidorova was received there by the mayor of Hue.")
    assert not reports_speech("Sidorova held talks with the mayor of Hue after the welcoming ceremony.")


def _r(sid: int, text: str, named: bool, coverage: float) -> Ranked:
    cand = Candidate(sentence_id=sid, source_id=1, position=sid, paragraph=sid, text=text,
                     ties={PERSON: "alias"} if named else {})
    return Ranked(cand, 1.0, [1.0 if named else 0.35], coverage, False, False)


def test_the_speakers_sentences_stand_when_none_carries_the_questions_words():
    """"What did Sidorova tell journalists about the harvest" where the article writes "spoke of the
    grain yield": none of her sentences carries 'journalists' or 'harvest' in full."""
    q = parse("What did Sidorova tell journalists about the harvest?")
    plan = Plan(answer_type="statement", terms=["journalists", "harvest"], slots=[{PERSON}], hard=[True],
                speaker_asked=True)
    ranked = [_r(1, "Sidorova spoke of a record grain yield in Tatarstan this autumn.", True, 0.1),
              _r(2, "The fair was attended by Sidorova and harvest experts.", True, 0.2),
              _r(3, "Journalists from Hue covered the fair.", False, 0.3)]
    kept = speaker_kept(None, q, plan, ranked, plan.terms, {PERSON: "person"})
    assert [r.cand.sentence_id for r in kept] == [1]


def test_a_sentence_carrying_the_words_is_still_preferred_to_the_fallback():
    q = parse("What did Sidorova tell journalists about the harvest?")
    plan = Plan(answer_type="statement", terms=["journalists", "harvest"], slots=[{PERSON}], hard=[True],
                speaker_asked=True)
    ranked = [_r(1, "Sidorova spoke of a record grain yield in Tatarstan this autumn.", True, 0.1),
              _r(2, "Sidorova told journalists the harvest was the best in a decade.", True, 1.0)]
    kept = speaker_kept(None, q, plan, ranked, plan.terms, {PERSON: "person"})
    assert [r.cand.sentence_id for r in kept] == [2]


PLACE = 12


def test_a_place_asked_beside_the_speaker_may_be_named_only_in_the_article():
    """"What did the envoy in Kazan say kept trade growing" where the answering sentence says "he said"
    and Kazan is named in the article's opening only: the place stays a constraint of the article."""
    q = parse("What did the envoy in Kazan say kept trade growing?")
    plan = Plan(answer_type="statement", terms=["kept", "trade", "growing"], slots=[{PERSON}, {PLACE}],
                hard=[True, True], speaker_asked=True)
    cand = Candidate(sentence_id=5, source_id=1, position=5, paragraph=5,
                     text="Trade kept growing thanks to steady dialogue, he said.", ties={})
    ranked = [Ranked(cand, 1.0, [0.8, 0.35], 1.0, False, False)]
    conn = sqlite3.connect(":memory:")
    conn.executescript("CREATE TABLE sentences (id, source_id, position); CREATE TABLE statements (sentence_id,"
                       " speaker_id); CREATE TABLE sentence_actors (sentence_id, actor_id);")
    kept = speaker_kept(conn, q, plan, ranked, plan.terms, {PERSON: "person", PLACE: "place"})
    assert [r.cand.sentence_id for r in kept] == [5]
