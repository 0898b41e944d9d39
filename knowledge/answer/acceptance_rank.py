"""The sentence that writes the acceptance first, for "did X accept the invitation / take up the
offer / agree to come" (knowledge/question/acceptance.py): the question's other words ("come to
Vietnam", "the offer") are as often in a sentence about the visit itself ("thanked Lâm for coming"),
which says nothing of whether the invitation was taken up."""

from __future__ import annotations

from knowledge.answer.promote import REACH, promote


def prefer_acceptance(ranked: list, plan) -> list:
    """The ranking with the first of the next few sentences that writes an acceptance put first,
    when the best one writes none and it names every entity asked by name; or, however far behind
    it scores, one of the two sentences after the best one when it writes it: news reports the
    invitation, then "The minister accepted the invitation" (the guest by his title only)."""
    if plan.implied != "acceptance" or not ranked or ranked[0].typed:
        return ranked
    best = ranked[0].cand
    for k, r in enumerate(ranked[1:REACH], start=1):
        if r.typed and r.cand.source_id == best.source_id and 0 < r.cand.position - best.position <= 2:
            return [r, *ranked[:k], *ranked[k + 1:]]
    return promote(ranked, lambda r: r.typed and not any(
        got == 0 and hard for got, hard in zip(r.slots, plan.hard))) or ranked


def acceptance_said(choice, kinds: dict[int, str]) -> bool:
    """'Did X accept the invitation' and the best sentence writes an acceptance close enough to each
    entity asked (a person in its paragraph or among its article's people, a city in its paragraph, a
    country in its article): that answers it, whatever the calibrated decision makes of its few
    shared words ("agree to come" and "accepted the invitation" share none)."""
    best = choice.ranked[0] if choice.ranked else None
    if choice.plan.implied != "acceptance" or best is None or not best.typed:
        return False
    for slot, got in zip(choice.plan.slots, best.slots):
        k = {kinds.get(a) for a in slot}
        if got < (0.35 if k <= {"country"} else 0.6 if k <= {"place", "country"} else 0.5):
            return False
    return True
