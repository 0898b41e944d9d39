"""A body named only as a signatory's employer is no side of its own: in 'signed by A, chief
executive of X, and B, chief executive of Y' the sides are A and B — X and Y are where they work,
told in their title phrases. Counting Y as a third signatory states a signing it did not do."""

from __future__ import annotations

# how far up from a body's name its title phrase's person may be ('of' -> title -> person)
_MAX_UP = 6


def _person_title_of(ctx, tok, actor) -> bool:
    """tok sits in the title phrase of another named person: under 'of' (or a possessive) of a
    noun in apposition to, or compounded with, a token that refers to a person — or is that
    title noun itself where the name model took 'director of X' for X."""
    t, seen_of = tok, False
    for _ in range(_MAX_UP):
        if t.head is t:
            return False
        if t.dep_ == "pobj" and t.head.lower_ == "of" or t.dep_ == "poss":
            seen_of = True
        titled = seen_of or t.dep_ == "appos" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children)
        if titled and t.dep_ in ("appos", "compound", "amod") and t.head.pos_ == "PROPN":
            head = ctx.resolve(t.head)
            if getattr(head, "kind", None) == "person" and head is not actor:
                return True
        if t.dep_ not in ("pobj", "prep", "poss", "compound", "appos", "amod", "case", "det"):
            return False
        t = t.head
    return False


def without_employers(ctx, t, parts: list) -> list:
    """parts less the bodies whose every mention in t's sentence is a person participant's
    employer, when a person signs: the people are the sides. (A company the name model reads
    as a person — 'An Xuan Energy' — is dropped the same way: a title's 'of' names no signatory.)"""
    if not any(a.kind == "person" for a in parts):
        return parts
    mentions: dict[int, tuple] = {}
    for x in t.sent:
        a = ctx.resolve(x)
        if a is not None and a.kind in ("org", "person") and a in parts:
            mentions.setdefault(id(a), (a, []))[1].append(x)
    drop = {k for k, (a, toks) in mentions.items() if all(_person_title_of(ctx, x, a) for x in toks)}
    return [a for a in parts if id(a) not in drop]
