"""Gatherings no one is named holding, for extract_attended: a crowd that gathered to mark a day
(a ceremony of whoever the next sentences put there), who handed over or received an award at
a ceremony told just before, and who cut the ribbon at an opening or ceremony told before."""

from __future__ import annotations

from knowledge.extract_background import recalled_setting
from knowledge.extract_heads import people_in as _people, subject_people as _subject_people
from knowledge.extract_occasions import date_events
from knowledge.extract_tree import preps, subject_of
from knowledge.facts import Event


_HAND = {"hand", "present", "award", "confer", "bestow", "receive", "deliver", "donate"}


def handed_over(ctx, sc) -> list:
    """'X handed over the award', 'X received the gift from Y': the people of a hand-over."""
    root = next((v for v in sc.span if v.pos_ == "VERB" and v.lemma_.lower() in _HAND and (
        v.dep_ == "ROOT" or v.dep_ == "acl" and v.head.dep_ == "ROOT")), None)
    if root is None or root.lemma_.lower() == "hand" and not any(c.dep_ == "prt" and c.lower_ == "over"
                                                                 for c in root.children):
        return []
    # 'X, Vice Chairman of Y, handed over the award': the parser may hang the act on the name
    people = _subject_people(ctx, root) if root.dep_ == "ROOT" else _people(ctx, [root.head])
    people += [a for a in _people(ctx, [*preps(root, ("from", "to")), *(c for c in root.children
                                                                        if c.dep_ in ("dobj", "dative"))])
               if a not in people]
    return people


# what a crowd gathers for: 'gathered in the capital on Friday to mark 50 years since ...'
_MARK = {"mark", "celebrate", "commemorate", "honour", "honor", "welcome", "observe"}


def gathered(ctx, sc, place_of) -> list[dict]:
    """'Hundreds of alumni gathered in X on D to mark ...': a ceremony held by no one named, of
    whoever the next sentences put there (the first person quoted, as for a body's event)."""
    out = []
    for v in sc.span:
        if v.pos_ != "VERB" or v.lemma_.lower() not in ("gather", "assemble") or recalled_setting(v) or not any(
                c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _MARK for c in v.children):
            continue
        subs, passive = subject_of(ctx, v)
        if passive or not subs or _subject_people(ctx, v):
            continue
        ev = Event(kind="ceremony", participants=[], sentence=sc.sent.position, place=place_of(ctx, sc, v, "ceremony", []),
                   confidence=0.7)
        date_events(ctx, sc, {v.i: ev}, set())
        out.append({"ev": ev, "noun": "ceremony", "named": {}, "held": True})
    return out


def cut_ribbon(ctx, sc) -> list:
    """'X cut the ribbon together with Y', 'X and Y cut the ceremonial ribbon': those who cut it were
    at the ceremony or opening it opened (no ribbon is cut from afar)."""
    out = []
    for v in sc.span:
        if v.pos_ != "VERB" or v.lemma_.lower() != "cut" or recalled_setting(v) or not any(
                c.dep_ == "dobj" and c.lemma_.lower() == "ribbon" for c in v.children):
            continue
        out += [a for a in _subject_people(ctx, v) + _people(ctx, list(preps(v, ("with", "alongside"))))
                if a.kind == "person" and a not in out]
    return out
