"""Visits told in passing: the trip named only as the setting of something else.

'A met B in Moscow during his official visit to Russia', 'B, who was on a working visit to
Vietnam', 'The meeting was part of A's state visit', 'as she pressed ahead with her visit',
"A's visit was a chance to review ties": the sentence reports another act (a meeting, a
signing, a speech) or says what the trip was; the trip itself is only a backdrop, often one
the article reports elsewhere or not at all, with no day, host or place of its own. Read as an
event on its own it is mostly a row the article does not report as news. Such a visit is kept
below the stating threshold — stored and quoted, never stated — unless some other sentence of
the article tells the trip in its own right ('A paid an official visit to Russia from ...', 'A
arrived in Moscow on Monday for a visit'), which the merge of its mentions keeps.
"""

from __future__ import annotations

from knowledge.extract_background import aside
from knowledge.extract_tree import ARRIVE, gov
from knowledge.extract_visits import TRIP_VERBS

# verbs whose 'for/on a visit' phrase tells the trip itself: 'arrived ... for a visit', 'left for'
_TRIP_MOVES = ARRIVE | {"leave", "depart", "come", "go", "travel", "fly", "head", "set", "return", "jet", "lead",
                        "accompany", "invite", "visit", "press", "receive", "welcome"}
# the nouns a visit hangs on as a backdrop: 'as part of', 'on the occasion of', 'on the sidelines of'
_BACKDROPS = {"part", "occasion", "sidelines", "framework", "course", "margins", "side", "context", "start", "beginning",
              "outset", "end", "close", "conclusion"}
_SETTING_PREPS = {"during", "in", "on", "as", "amid", "throughout", "within", "while", "at", "with", "under"}
# verbs that only value or name a trip told elsewhere: 'called his trip a milestone'
_VALUING = {"call", "describe", "term", "consider", "view", "regard", "value", "see", "dub", "hail", "appreciate",
            "highlight", "praise", "stress", "emphasise", "emphasize", "note"}


def _backdrop_prep(t):
    """The preposition the visit noun t is the backdrop of, over 'part of' / 'the occasion of'
    ('as part of his visit' -> 'as'), or None."""
    if t.dep_ != "pobj":
        return None
    p = t.head
    if p.lower_ == "of" and p.head.lower_ in _BACKDROPS and p.head.dep_ in ("pobj", "attr", "npadvmod"):
        n = p.head
        return n if n.dep_ == "attr" else n.head
    return p


def _own_days(t) -> bool:
    """'an official visit to Russia lasting from May 8 to 11': the trip told with days of its own."""
    return any(x.ent_type_ == "DATE" and x.like_num and len(x.text) <= 2 for x in t.subtree)


def _going_on_beside(g) -> bool:
    """'X pressed the button ..., continuing his official visit to Russia': a participle of going
    on hung on another act that is no move of the trip — the trip is that act's backdrop."""
    h = g.head
    return g.lemma_.lower() == "continue" and g.tag_ == "VBG" and g.dep_ in ("advcl", "xcomp", "conj") \
        and h is not g and h.pos_ in ("VERB", "AUX") and h.lemma_.lower() not in _TRIP_MOVES | TRIP_VERBS


def _told_by_its_verb(t) -> bool:
    """The visit noun is what its verb does: 'paid / began / continued an official visit',
    'arrived ... for a visit', 'received X on his visit', 'pressed on with his visit'."""
    g = gov(t)
    if g is not None and g.lemma_.lower() in TRIP_VERBS - {"be", "have", "take"}:
        return not _going_on_beside(g)
    p = _backdrop_prep(t)
    v = p.head if p is not None and p.dep_ == "prep" else None
    return v is not None and v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in _TRIP_MOVES


def in_passing(t) -> bool:
    """Is the visit noun t told only as the setting of another act, or in a clause aside?"""
    if t.pos_ not in ("NOUN", "PROPN") or _own_days(t) or _told_by_its_verb(t):
        return False
    if aside(t):
        return True  # 'B, who was on a visit to X'
    p = _backdrop_prep(t)
    if p is not None and p.dep_ == "attr" and p.head.lemma_ == "be":
        return True  # 'The meeting was part of X's visit'
    if p is not None and p.dep_ == "prep" and p.lower_ in _SETTING_PREPS:
        v = p.head
        if v.pos_ in ("VERB", "AUX") and v.lemma_ != "be":
            return True  # 'met B during his official visit to Russia', 'signed ... on the occasion of ...'
    if t.dep_ == "dobj" and t.head.lemma_.lower() in _VALUING:
        return True  # 'called his trip to Russia "the continuity of ..."'
    return False


def note(ctx, t, ev) -> None:
    """Mark visit event ev (of trigger t) as told in passing."""
    if "visit" in ev.kind and id(ev) not in ctx.site_events and in_passing(t):
        ctx.passing.add(id(ev))


def merged(ctx, ev, into) -> None:
    """ev is one more mention of `into`: a mention in its own right makes the trip a reported one."""
    passing = ctx.passing
    if id(ev) not in passing:
        passing.discard(id(into))


def only_in_passing(ctx, ev) -> bool:
    return id(ev) in ctx.passing
