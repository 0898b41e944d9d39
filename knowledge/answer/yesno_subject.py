"""A yes/no question about a named person is settled by a sentence that names that person.

"Was Ana Ruiz at the charity concert?", "Was Ana Ruiz among the guests honoured?": the article's
lead tells the concert in the question's words and wins the ranking, while the sentence that
answers ("Ambassador Ana Ruiz attended together with embassy staff") names her and says little
else the question says. When the engine answers from a best sentence that does not name every
person asked, a close sentence of the same article that does is quoted after it: the reader sees
the event and what the article says of the person. Whether to answer at all stays with the
decision, which weighs the best sentence as before, so a question it declines stays declined. A "why"
question's best sentence that writes no reason gets the close one that does the same way (reasons.py).
"""

from __future__ import annotations

import copy

from knowledge import reply
from knowledge.answer import reasons, yesno_detail
from knowledge.answer.promote import REACH
from knowledge.answer.rank import Ranked
from knowledge.facts import Answer

MARGIN = 3.5  # how far behind the best it may score (a lead repeats the question's event words)
MAX_QUOTES = 3  # as many as an answer quotes at most (compose.retrieval_answer)


def _names_all(r: Ranked, people: list[int]) -> bool:
    """Does the sentence itself name every asked person (slot 1.0, not only its paragraph)?"""
    return all(i < len(r.slots) and r.slots[i] >= 1.0 for i in people)


def asked_people(plan, kinds: dict[int, str]) -> list[int]:
    """The indexes of the question's slots that stand for a person."""
    return [i for i, slot in enumerate(plan.slots) if any(kinds.get(a) == "person" for a in slot)]


def subject_sentence(ranked: list[Ranked], plan, kinds: dict[int, str]) -> Ranked | None:
    """For a yes/no question naming someone whose best sentence does not name them, the first of the
    next few candidates of the best one's article, within MARGIN of its score, that names them all."""
    if len(ranked) < 2 or not getattr(plan, "yesno", False):
        return None
    people = asked_people(plan, kinds)
    best = ranked[0]
    if not people or _names_all(best, people):
        return None
    return next((r for r in ranked[1:REACH] if r.cand.source_id == best.cand.source_id
                 and r.score >= best.score - MARGIN and _names_all(r, people)), None)


def with_subject(ans: Answer, ranked: list[Ranked], plan, kinds: dict[int, str], cite) -> Answer:
    """The answer with the sentence naming the asked person (or else writing the detail asked) quoted
    after its own, when there is one and it is not quoted yet; otherwise the answer as it was."""
    if not ans.answered or not ans.citations:
        return ans
    r = subject_sentence(ranked, plan, kinds) or yesno_detail.detail_sentence(
        ranked, getattr(plan, "terms", []), getattr(plan, "yesno", False)) or reasons.reason_sentence(ranked, plan) \
        or yesno_detail.settling_sentence(ranked, getattr(plan, "yesno", False))
    if r is None or r.cand.sentence_id in {c.sentence_id for c in ans.citations}:
        return ans
    cites = [*ans.citations[:MAX_QUOTES - 1], cite(r.cand.source_id, r.cand.sentence_id, r.cand.text)]
    out = copy.copy(ans)  # keeps what the composer set on it beside the fields
    out.citations = cites
    out.text = reply.compose(ans.headline, cites, ans.lines or None)
    return out
