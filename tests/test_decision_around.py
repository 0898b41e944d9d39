"""A sentence whose article names every entity asked, one only away from its paragraph ("the
governor" after "Governor Ivan Petrov" in the opening), is answered from at a lower threshold; one
whose paragraph names them all yet scores as low is still declined, and so is one whose article
never names an entity asked."""

from __future__ import annotations

from knowledge.answer import decision


class _Cand:
    bm25 = 1.0


class _Best:
    def __init__(self, score: float, coverage: float, slots: list[float]):
        self.score, self.coverage, self.slots, self.typed, self.fits, self.cand = score, coverage, slots, False, False, _Cand()


class _Plan:
    speaker_asked, slots, answer_type = False, [[1], [2]], "other"


def _x(best: _Best, off: float, fact: bool = False) -> list[float]:
    """`fact`: the fact answerers answered; the question states a year the passage never writes, `off` of the sentence elsewhere."""
    return decision.vector(best, None, _Plan(), 0, fact, False, False, True, True, "en", False, False,
                           (0.0, 1.5), False, key_missing=True, fit=(True, off))


def _in_band(slots: list[float], fact: bool = False, covered: bool = True) -> list[float]:
    """A vector for these slots whose probability lies between the lower and the usual threshold, the
    question's words covered (at least AROUND_COVERAGE) or not."""
    for cov in [i / 20 for i in range(21)]:
        if (cov >= decision.AROUND_COVERAGE) != covered:
            continue
        for off in [i / 40 for i in range(41)]:
            x = _x(_Best(2.0, cov, slots), off, fact)
            if decision.AROUND_THRESHOLD <= decision.probability(x) < decision._model()[1]:
                return x
    raise AssertionError("no vector in the band")


def test_an_entity_written_around_in_the_article_answers_in_the_band():
    assert decision.answer_from_sentence(_in_band([1.0, 0.35]))  # the other named only in the article
    assert decision.answer_from_sentence(_in_band([0.5, 1.0]))  # among its article's events


def test_every_entity_in_the_paragraph_still_needs_the_usual_threshold():
    assert not decision.answer_from_sentence(_in_band([1.0, 0.6]))
    assert not decision.answer_from_sentence(_in_band([1.0, 1.0]))


def test_an_entity_the_article_never_names_still_needs_the_usual_threshold():
    assert not decision.answer_from_sentence(_in_band([1.0, 0.0]))


def test_below_the_lower_threshold_it_declines():
    x = _x(_Best(2.0, 0.0, [0.35, 0.35]), 1.0)
    assert decision.probability(x) < decision.AROUND_THRESHOLD
    assert not decision.answer_from_sentence(x)


def test_a_fact_answer_keeps_the_usual_threshold():
    """The facts found the event: the sentence they quote decides, not a lower bar for another."""
    assert not decision.answer_from_sentence(_in_band([1.0, 0.35], fact=True))
    assert not decision.answer_from_sentence(_in_band([0.5, 1.0], fact=True))


def test_a_sentence_without_the_words_asked_keeps_the_usual_threshold():
    """The right article, but the sentence writes little of what the question asks."""
    assert not decision.answer_from_sentence(_in_band([1.0, 0.35], covered=False))
