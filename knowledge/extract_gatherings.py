"""Gatherings no one is named holding, for extract_attended: a crowd that gathered to mark a day
(a ceremony of whoever the next sentences put there), bodies or a group that met with no one
named (a meeting of the same), who handed over or received an award at a ceremony told just
before, and who cut the ribbon at an opening or ceremony told before."""

from __future__ import annotations

from knowledge.extract_background import recalled_setting
from knowledge.extract_event_nouns import NOUN_KIND, noun
from knowledge.extract_irrealis import hypothetical
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


def _met_together(v) -> bool:
    """'met', 'got together', 'reunited': people meeting one another, no one met as the object."""
    low = v.lemma_.lower()
    return v.pos_ == "VERB" and (low in ("meet", "reunite") or low == "get" and any(
        c.dep_ == "prt" and c.lower_ == "together" or c.dep_ == "advmod" and c.lower_ == "together" for c in v.children))


def _when(v) -> bool:
    """'met on D, when A and B signed ...': a clause under the verb tells what was done there (that
    act's event)."""
    return any(m.dep_ in ("advmod", "mark") and m.lower_ in ("when", "where") and m.head != v and m.head.pos_ == "VERB"
               for m in v.subtree)


def _at_event(v) -> bool:
    """'met at a virtual conference', 'met for a roundtable': the event named there is the one told."""
    return any(c.dep_ == "prep" and c.lower_ in ("at", "for") and any(
        o.dep_ == "pobj" and (noun(o) in NOUN_KIND or o.lower_ in ("table", "round-table")) for o in c.children)
        for c in v.children)


def bodies_met(ctx, sc, place_of) -> list[dict]:
    """'Officials from A and B have met to discuss ...', 'More than forty veterans met outside
    Moscow on D to mark ...': a meeting of people the sentence does not name (bodies, a group),
    of whoever the next sentences put there ('X told the gathering', the first person quoted) —
    when the sentence stores no meeting of its own and names no one met ('met with X')."""
    out = []
    pos = sc.sent.position
    if any(e.sentence == pos and "visit" not in e.kind for e in ctx.events):
        return out
    for v in sc.span:
        if not _met_together(v) or v.dep_ not in ("ROOT", "conj") or recalled_setting(v) or hypothetical(v) \
                or any(c.dep_ in ("dobj", "dative") for c in v.children) or _when(v) or _at_event(v):
            continue
        subs, passive = subject_of(ctx, v)
        if passive or not subs or any(s.pos_ not in ("NOUN", "PROPN") for s in subs) or _subject_people(ctx, v) \
                or _people(ctx, list(preps(v, ("with", "between")))):
            continue
        ev = Event(kind="meeting", participants=[], sentence=pos, place=place_of(ctx, sc, v, "meeting", []),
                   confidence=0.7)
        date_events(ctx, sc, {v.i: ev}, set())
        out.append({"ev": ev, "noun": "meeting", "named": {}, "held": True})
        break
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
