"""Which role a question asks the holder of: "Which Vietnamese ambassador spoke at X?", "Who was the
Belarusian ambassador who spoke …", "Chủ tịch hội X là ai?" (read "chairman … who is").

The matcher ties a role the question writes ("Vietnamese ambassador") to the people the store gives
that title, as it ties any entity asked; but when the question word asks for the role itself, its
holders are the answer, not someone the answer must differ from. A sentence naming one of them is
then of the type asked (rank.Ranker._typed), as "Ambassador X said …" answers who spoke.
"""

from __future__ import annotations


REACH = 10  # how far down a sentence of the best one's article naming a holder may come
_WH = {"which", "what"}
_BE = {"is", "was", "are", "were", "s"}
# words that may follow the role in "who is the <role> who spoke / of X / at the talks" (not a verb:
# "who is the president meeting" asks whom the president meets)
_AFTER = {"who", "that", "which", "whom", "of", "in", "at", "to", "for", "on", "from", "during", "with", "and"}


def answer_roles(plan, tokens: list[str], holder: tuple[str, ...] = ()) -> tuple[int, ...]:
    """The slots named by a role (not by a name) that the question word asks for: the role right after
    "which"/"what", after "who is (the)", or opening a question that ends "who is" (Vietnamese "… là ai").
    `holder`: the title a "who is the <title>" question asks (holders.asked_holder); its role may run on
    ("the director of the museum hosting X")."""
    if plan.answer_type != "person" or not tokens:
        return ()
    starts = _role_starts(tokens)
    out = []
    for k, (words, hard) in enumerate(zip(plan.slot_words, plan.hard)):
        role = words.split()
        if hard or not role:
            continue
        for i in starts:
            end = i + len(role)
            if tokens[i:end] == role and (tokens[0] != "who" or end == len(tokens) or tokens[end] in _AFTER
                                          or not set(holder).isdisjoint(role)):
                out.append(k)
                break
    return tuple(out)


def _role_starts(tokens: list[str]) -> list[int]:
    """Where the role asked may begin: after "which", "who is the", or at the start of "… who is"."""
    if tokens[0] in _WH:
        return [1]
    if tokens[0] == "who":
        i = 1
        if i < len(tokens) and tokens[i] in _BE:
            i += 1
        if i < len(tokens) and tokens[i] in ("the", "a", "an"):
            i += 1
        return [i] if i > 1 else []
    if tokens[-2:] in (["who", "is"], ["who", "was"]):
        return [0, 1] if tokens[0] in ("the", "a") else [0]
    return []


def prefer(ranked: list, plan) -> list:
    """The ranking with a sentence of the best one's article that names a holder of the role asked put
    first, when the best names none: the best finds the event ("the workshop in Moscow"), and the
    article names who of its people held the role ("Ambassador X said …")."""
    if not plan.answer_roles or not ranked:
        return ranked
    best = ranked[0]
    if _names_holder(best, plan):
        return ranked
    for k, r in enumerate(ranked[1:REACH], start=1):  # the same article: it may score well behind
        if _names_holder(r, plan) and r.cand.source_id == best.cand.source_id \
                and not any(got == 0 and hard for got, hard in zip(r.slots, plan.hard)):
            r.score = max(r.score, best.score)  # first, it weighs as the first
            return [r, *ranked[:k], *ranked[k + 1:]]
    return ranked


def said(choice) -> bool:
    """The best sentence names a holder of the role the question word asks for, in the article of every
    entity asked by name: it says who held the role ("Which ambassador spoke" - "Ambassador X said")."""
    best = choice.ranked[0] if choice.ranked else None
    return best is not None and _names_holder(best, choice.plan) and all(
        got >= 0.35 for got, hard in zip(best.slots, choice.plan.hard) if hard)


def _names_holder(r, plan) -> bool:
    return any(r.slots[k] == 1.0 for k in plan.answer_roles if k < len(r.slots))
