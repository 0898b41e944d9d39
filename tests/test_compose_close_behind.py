"""compose.close_behind: the reply quotes, beside the best sentence, one the ranker or the re-ranking puts just behind it."""

from knowledge.answer.compose import RERANK_CLOSE, close_behind, retrieval_answer
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.facts import Citation


def _r(sid: int, text: str, score: float, coverage: float, rerank_score: float | None = None) -> Ranked:
    r = Ranked(Candidate(sid, 1, sid * 4, 0, text), score, [1.0], coverage, False, False)
    r.rerank_score = rerank_score
    return r


LEAD = _r(1, "The Chilean trade minister opened a wine fair in Lyon on Tuesday with his French counterpart.", 6.0, 0.8, 3.0)
DETAIL = _r(2, "Some 140 vineyards from the Maule and Colchagua valleys are showing their wines.", 4.5, 0.4,
            3.0 - RERANK_CLOSE / 2)
FAR = _r(3, "Chile sold wine worth 1.9 billion dollars abroad last year.", 4.0, 0.4, 3.0 - 2 * RERANK_CLOSE)


def _cite(source_id: int, sentence_id: int, text: str) -> Citation:
    return Citation(f"a{source_id}.txt", None, None, None, text, sentence_id)


def test_a_sentence_the_re_ranking_barely_put_behind_is_quoted_too():
    assert close_behind(LEAD, DETAIL)
    ans = retrieval_answer([LEAD, DETAIL, FAR], ["vineyards", "wine", "fair"], "other", _cite)
    assert [c.sentence_id for c in ans.citations] == [1, 2]


def test_one_far_behind_on_both_models_is_not():
    assert not close_behind(LEAD, FAR)


def test_the_rankers_own_closeness_still_counts():
    close = _r(4, "The fair runs until Sunday.", 5.8, 0.7)  # no re-ranking score at all
    assert close_behind(LEAD, close)


def test_one_a_later_stage_put_behind_on_purpose_is_not():
    # a preference put the best first though the re-ranking scored the other higher: the stage decided
    promoted = _r(5, "Exhibitors sold 3,000 bottles on the first day.", 5.0, 0.3, 1.0)
    ahead = _r(6, "The fair is the largest of its kind in the region.", 4.0, 0.3, 2.0)
    assert not close_behind(promoted, ahead)


def test_a_runner_up_two_thirds_of_a_point_behind_is_quoted():
    # the re-ranking's margins: within 0.5-0.75 of a wrong best the answering sentence was as often found
    # second as within 0.25-0.5, so it is quoted too; a full point behind is not
    best = _r(7, "The Peruvian delegation toured the port of Callao with the Danish shipping minister.", 5.0, 0.6, 4.0)
    assert close_behind(best, _r(8, "Two container cranes made in Aarhus were handed over.", 3.5, 0.3, 3.33))
    assert not close_behind(best, _r(9, "Callao handles most of the country's cargo.", 3.5, 0.3, 3.0))
