"""The calibrated decision (knowledge/answer/decision.py): a fact answer that is only a profile of
someone ("Irina Sokolova: in 1 of my articles") answers no question but who that person is, so it
must not make the engine decline a sentence it would otherwise quote."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer import decision


def _x(profile: bool) -> list[float]:
    # a middling sentence: it names the person asked, carries a third of the question's words
    cand = SimpleNamespace(bm25=1.0)
    best = SimpleNamespace(slots=[1.0], score=2.2, coverage=0.35, typed=False, fits=False, cand=cand)
    second = SimpleNamespace(score=1.6)
    plan = SimpleNamespace(speaker_asked=False, slots=[{1}], answer_type="other")
    return decision.vector(best, second, plan, 0, False, profile, False, True, False, "en", False, False,
                           (0.0, 1.5), False)


def test_a_profile_for_a_fact_answer_does_not_count_against_the_sentence():
    assert decision.probability(_x(profile=True)) >= decision.probability(_x(profile=False))

