"""A sentence that opens by pointing back ("He proposed …", "The two sides agreed …") right
after one naming the person asked about is about that person: it ranks nearer to a sentence
naming them than any other sentence of their paragraph does."""

from __future__ import annotations

from knowledge.answer.intent import Plan
from knowledge.answer.rank import Ranker
from knowledge.answer.retrieve import Candidate
from tests.helpers.ranker_store import RankerStore

PERSON = 7


def _cand(sid: int, position: int, paragraph: int, text: str, named: bool = False) -> Candidate:
    return Candidate(sentence_id=sid, source_id=1, position=position, paragraph=paragraph, text=text,
                     ties={PERSON: "alias"} if named else {})


def _ranked(cands):
    plan = Plan(answer_type="statement", terms=["propose", "december"], slots=[{PERSON}], hard=[True])
    out = Ranker(RankerStore({PERSON}), plan, {PERSON: "person"}, total=100).rank(cands, plan.terms)
    return {r.cand.sentence_id: r for r in out}, [r.cand.sentence_id for r in out]


def test_he_after_the_person_is_scored_nearer_than_the_rest_of_the_paragraph():
    got, _order = _ranked([
        _cand(1, 0, 0, "Kazan deputy mayor Ilsur Metshin toured the port of Da Nang on Thursday.", named=True),
        _cand(2, 1, 0, "He proposed a seafood fair in Kazan for December."),
        _cand(3, 2, 0, "Local exporters proposed a seafood fair in Hue for December."),
    ])
    assert got[2].slots == [0.8] and got[3].slots == [0.6]


def test_the_sentence_pointing_back_outranks_a_longer_one_naming_the_person_elsewhere():
    """Both have the question's words; the one naming Metshin is long and less on point."""
    _got, order = _ranked([
        _cand(1, 0, 0, "Kazan deputy mayor Ilsur Metshin toured the port of Da Nang on Thursday.", named=True),
        _cand(2, 1, 0, "He proposed a seafood fair in Kazan for December."),
        _cand(3, 5, 2, "Metshin, who chairs the city's foreign trade committee and has visited Vietnam four times,"
                       " proposed that the two cities hold talks again in December.", named=True),
        _cand(4, 6, 3, "The forum will meet again in December."),
    ])
    assert order[0] == 2, order


def test_a_sentence_pointing_back_to_someone_else_is_not_raised():
    got, _order = _ranked([
        _cand(1, 0, 0, "Kazan deputy mayor Ilsur Metshin toured the port of Da Nang on Thursday.", named=True),
        _cand(2, 1, 0, "Da Nang Vice Chairman Ho Ky Minh received the guests at the port."),
        _cand(3, 2, 0, "He proposed a seafood fair in Hue for December."),
    ])
    assert got[3].slots == [0.6]


def test_an_article_s_first_sentence_points_back_to_nothing():
    # position 0 has no sentence before it; its paragraph naming the person is no "before"
    got, _order = _ranked([
        _cand(1, 0, 0, "He proposed a seafood fair in Kazan for December."),
        _cand(2, 1, 0, "Kazan deputy mayor Ilsur Metshin toured the port of Da Nang on Thursday.", named=True),
    ])
    assert got[1].slots == [0.6]
