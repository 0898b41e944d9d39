"""A later sentence telling a detail of the article's event by pointing back at it ("The festival
took place at …") inherits part of the lead's question words, so it competes on the detail it adds;
it never gains words the lead lacks, and a sentence pointing at nothing keeps its own."""

from __future__ import annotations

from knowledge.answer.event_back import INHERIT, back_noun, inherited
from knowledge.answer.intent import Plan
from knowledge.answer.rank import Ranker, term_hits
from knowledge.answer.retrieve import Candidate
from tests.helpers.ranker_store import RankerStore

CITY = 5

LEAD = "The city of Tampere opened its first Finnish-Chilean wine festival on Saturday."
HALL = "The festival was held at the Tullintori market hall."


def _cand(sid: int, position: int, text: str, source: int = 1, named: bool = False) -> Candidate:
    return Candidate(sentence_id=sid, source_id=source, position=position, paragraph=position, text=text,
                     ties={CITY: "alias"} if named else {})


def test_back_references_are_told_from_other_openings():
    assert back_noun(HALL) == "festival"
    assert back_noun("During the two-day summit, the ministers met twice.") == "summit"
    assert back_noun("It was signed by the mayors of both cities.") == ""
    assert back_noun("The two leaders reviewed their plans.") == ""
    assert back_noun("The winery said prices would rise.") is None
    assert back_noun("Its harbour is the largest in the region.") is None


def test_the_sentence_inherits_a_share_of_the_lead_s_hits_only():
    terms = ["wine", "festival", "tampere", "hall"]
    cands = [_cand(1, 0, LEAD), _cand(2, 3, HALL)]
    hits = [term_hits(terms, c.text) for c in cands]
    got, _src = inherited(cands, hits)
    assert got[0] == hits[0]  # the lead points back to nothing
    assert got[1] == [INHERIT, 1.0, INHERIT, 1.0]  # "wine", "Tampere" from the lead; its own "festival", "hall"


def test_a_back_reference_in_another_article_inherits_nothing():
    terms = ["wine", "festival", "tampere", "hall"]
    cands = [_cand(1, 0, LEAD), _cand(2, 3, HALL, source=2)]
    hits = [term_hits(terms, c.text) for c in cands]
    assert inherited(cands, hits)[0][1] == hits[1]


def test_the_nearest_sentence_naming_the_event_is_the_one_inherited_from():
    terms = ["concert", "orchestra", "helsinki"]
    cands = [_cand(1, 0, "Mayor Liisa Kallio visited Helsinki on Monday."),
             _cand(2, 2, "She attended a concert of the city orchestra."),
             _cand(3, 4, "The concert was staged in the Helsinki music centre.")]
    hits = [term_hits(terms, c.text) for c in cands]
    assert inherited(cands, hits)[0][2] == [1.0, INHERIT, 1.0]  # the concert's sentence's orchestra, not the lead


def test_the_asked_entities_of_the_sentence_pointed_back_to_are_near():
    plan = Plan(answer_type="place", terms=["tampere", "wine", "festival", "held"], slots=[{CITY}], hard=[False])
    cands = [_cand(1, 0, LEAD, named=True), _cand(2, 3, HALL),
             _cand(3, 5, "Growers from Chile brought more than forty wines.")]
    ranker = Ranker(RankerStore({CITY}), plan, {CITY: "place"}, total=100)
    out = {r.cand.sentence_id: r for r in ranker.rank(cands, plan.terms)}
    assert out[2].slots == [0.8] and out[3].slots == [0.35]


def test_a_pronoun_points_back_only_as_the_subject_of_a_passive_act():
    assert back_noun("They were joined by students of the conservatory.") == ""
    assert back_noun("It is the oldest bridge in the province.") is None
    assert back_noun("It also met the rector of the university.") is None


def test_the_sentence_with_the_asked_place_outranks_the_lead():
    """Where was the Tampere wine festival held: the lead has the question's words, the hall sentence the place."""
    plan = Plan(answer_type="place", terms=["tampere", "wine", "festival", "held"], slots=[{CITY}], hard=[False])
    cands = [_cand(1, 0, LEAD, named=True),
             _cand(2, 3, HALL),
             _cand(3, 5, "Local growers sold wine from stalls outside the town hall.")]
    out = Ranker(RankerStore({CITY}), plan, {CITY: "place"}, total=100).rank(cands, plan.terms)
    assert out[0].cand.sentence_id == 2, [(r.cand.sentence_id, round(r.score, 2)) for r in out]
