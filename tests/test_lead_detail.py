"""lead_detail.py: a detail asked about, written after the article's opening sentence, comes first."""

from knowledge.answer.lead_detail import prefer
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate


def _r(sid: int, pos: int, text: str, score: float, source: int = 1, typed: bool = False) -> Ranked:
    return Ranked(Candidate(sid, source, pos, 0, text), score, [1.0], 0.5, typed, False)


LEAD = _r(1, 0, "The mayor of Lyon, Anne Dubois, opened a new concert hall on the riverbank on Tuesday.", 6.0)
DETAIL = _r(2, 3, "The hall seats 1,200 listeners and was designed by a Danish architect.", 4.5)
OTHER = _r(3, 5, "Anne Dubois said the city had waited for a hall for decades.", 5.5)


def test_detail_after_lead_put_first():
    terms = ["designed", "concert", "hall"]  # "Who designed the concert hall Anne Dubois opened in Lyon?"
    out = prefer([LEAD, OTHER, DETAIL], terms, "other")
    assert out[0] is DETAIL and out[1] is LEAD


def test_lead_kept_when_it_writes_the_words_asked():
    terms = ["opened", "riverbank"]  # the lead has both; no candidate adds one
    assert prefer([LEAD, OTHER, DETAIL], terms, "other")[0] is LEAD


def test_only_the_lead_is_displaced():
    terms = ["designed", "hall"]
    assert prefer([OTHER, LEAD, DETAIL], terms, "other")[0] is OTHER  # the best is no article's opening


def test_too_far_behind_or_another_article_kept_out():
    terms = ["designed", "concert", "hall"]
    far = _r(4, 2, DETAIL.cand.text, 3.0)
    elsewhere = _r(5, 2, DETAIL.cand.text, 5.0, source=2)
    assert prefer([LEAD, far, elsewhere], terms, "other")[0] is LEAD


def test_answer_type_must_stay_shown():
    terms = ["designed", "hall"]  # "When was the hall designed?": a sentence with no date does not answer
    dated_lead = _r(1, 0, LEAD.cand.text, 6.0, typed=True)
    assert prefer([dated_lead, DETAIL], terms, "date")[0] is dated_lead
    assert prefer([LEAD, DETAIL], terms, "person")[0] is LEAD
