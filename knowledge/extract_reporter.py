"""Who a reported 'he' or 'she' is: 'The Party leader said he was glad to be in Kaluga' — the
reporting verb's own subject. Where that subject is a noun the loader ties to no one ('the Party
leader' with no known holder of the office), the pronoun stands for that unknown person: guessing
the last person named instead makes a wrong participant of someone else (a host made the guest)."""

from __future__ import annotations

from knowledge.extract_actors import HEAD_NOUNS
from knowledge.extract_statements import REPORT_VERBS


def unknown_reporter(ctx, tok) -> bool:
    """tok is the subject of a clause reported by a verb whose subject is a person's role ctx cannot
    resolve ('the Party leader'; not 'the office of the president', which no 'he' stands for)."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ccomp":
        return False
    rep = tok.head.head
    if rep.lemma_.lower() not in REPORT_VERBS:
        return False
    subs = [c for c in rep.children if c.dep_ == "nsubj"]
    return len(subs) == 1 and subs[0].pos_ == "NOUN" and subs[0].lemma_.lower() in HEAD_NOUNS \
        and ctx.resolve(subs[0]) is None
