"""A "which <title>" question is answered by the sentence naming whom the question's title was read as.

"Which Russian deputy prime minister opened World Atomic Week?", "Who is the general director of Hải
Đăng?", "Đại sứ Nga … là ai?" ask for the holder of a title, and the question's matcher reads that title
as the people the articles give it (a soft slot of the plan: asked by role, not by name). The article's
lead often tells the occasion in the question's words without that holder ("A Vietnamese delegation
attended the opening of World Atomic Week"), and outranks the sentence that names him ("Opening the
event, Russian Deputy Prime Minister Aleksandr Novak said …"). When the best sentence names none of
the people the title was read as and one of the next few, not far behind and in the article of every
entity asked by name, does, that one goes first.

Only a title the wh-word asks ("which <qualifiers> <title>", "who is / was the <title>", "<title> … is
who" as Vietnamese glosses): "Who accompanied the General Secretary?" names a title that is not the one
asked for.
"""

from __future__ import annotations

from knowledge.answer.holders import TITLE_NOUNS
from knowledge.answer.promote import promote
from knowledge.names import fold

_LEAD = 5  # how many words the wh-phrase may run before its title
_TAIL = ["who", "is"]  # "<title> … là ai": the glossed question ends in "who is"


def asked_slots(plan, tokens: list[str]) -> list[int]:
    """The soft slots whose words hold a title the question's wh-phrase asks for."""
    if plan.answer_type != "person":
        return []
    if tokens[:1] == ["which"] or tokens[:2] in (["who", "is"], ["who", "was"]):
        head = set(tokens[1:_LEAD + 1])
    elif tokens[-2:] == _TAIL or tokens[-1:] == ["who"]:
        head = set(tokens[:3])
    else:
        return []
    out = []
    for k, (hard, words) in enumerate(zip(plan.hard, plan.slot_words)):
        titles = set(fold(words or "").lower().split()) & TITLE_NOUNS
        if not hard and titles & head:
            out.append(k)
    return out


def prefer(plan, ranked: list, tokens: list[str]) -> list:
    """The ranking with the first close sentence naming someone the asked title was read as put first,
    when the best one names none of them."""
    slots = asked_slots(plan, tokens)
    if not slots or len(ranked) < 2 or any(ranked[0].slots[k] == 1.0 for k in slots):
        return ranked
    moved = promote(ranked, lambda r: any(r.slots[k] == 1.0 for k in slots)
                    and all(got >= 0.35 for got, hard in zip(r.slots, plan.hard) if hard))
    if moved is None:
        return ranked
    moved[0].score = max(moved[0].score, ranked[0].score)  # first, it weighs as the first
    return moved
