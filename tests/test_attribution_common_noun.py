"""A quote or a view attributed to someone named before by whatever common noun the article calls
him ('"…," the curator told reporters', "According to the rector, …"), or by "he" between commas
("In that event, she warned, …"), points back at that person; a body ("the ministry") does not."""

from __future__ import annotations

from knowledge.answer.attribution import refers_back
from knowledge.answer.intent import Plan
from knowledge.answer.rank import Ranker
from knowledge.answer.retrieve import Candidate
from tests.helpers.ranker_store import RankerStore

PERSON = 11


def test_a_quote_attributed_by_any_singular_common_noun_points_back():
    assert refers_back('"We have waited forty years for this hall," the curator told reporters.')
    assert refers_back('"The boats will sail in May," the senior harbour pilot explained.')


def test_a_view_opened_by_according_to_a_common_noun_points_back():
    assert refers_back("According to the rector, the exchange of lecturers will double by 2030.")


def test_a_pronoun_between_commas_with_a_reporting_verb_points_back():
    assert refers_back("In that event, she warned, freight rates on the Baltic route would climb.")


def test_bodies_texts_and_plurals_point_back_at_no_one():
    assert not refers_back('"Talks will resume in Minsk," the ministry said.')
    assert not refers_back("According to the decree, fees will fall in June.")
    assert not refers_back("The fishermen said the catch was poor.")
    assert not refers_back("Freight rates climbed, the report noted.")


def test_according_to_the_rector_after_his_sentence_is_about_him_across_paragraphs():
    cands = [Candidate(1, 1, 0, 0, "Rector Pavel Orlov welcomed the lecturers from Hue.", ties={PERSON: "alias"}),
             Candidate(2, 1, 1, 1, "According to the rector, the exchange of lecturers will double by 2030.")]
    plan = Plan(answer_type="statement", terms=["exchange"], slots=[{PERSON}], hard=[True])
    ranker = Ranker(RankerStore({PERSON}), plan, {PERSON: "person"}, total=100)
    got = {r.cand.sentence_id: r for r in ranker.rank(cands, plan.terms)}
    assert got[2].slots == [0.8]
