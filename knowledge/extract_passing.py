"""Visits told in passing: the trip named only as the setting of something else.

'A met B in Moscow during his official visit to Russia', 'B, who was on a working visit to
Vietnam', 'The meeting was part of A's state visit', 'as she pressed ahead with her visit',
"A's visit was a chance to review ties": the sentence reports another act (a meeting, a
signing, a speech) or says what the trip was; the trip itself is only a backdrop, often one
the article reports elsewhere or not at all, with no day, host or place of its own. Read as an
event on its own it is mostly a row the article does not report as news. Such a visit is kept
below the stating threshold — stored and quoted, never stated — unless some other sentence of
the article tells the trip in its own right ('A paid an official visit to Russia from ...', 'A
arrived in Moscow on Monday for a visit'), which the merge of its mentions keeps. A leg or a call
made on the trip is no such telling: 'travelled to Saint Petersburg as part of his visit to
Russia', 'flew from Moscow to Kazan', 'He also visited the venture's staff'. Nor is a move that
takes an object of another act ('pressed the button, continuing his visit') or a group's
'paying a visit' inside another act's backdrop ('attended, as part of a delegation paying ...').
"""

from __future__ import annotations

import re

from knowledge import names
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
# moves that tell a trip only without an object of their own ('pressed ahead with', 'set off', 'headed
# for'): 'pressed the button, continuing his visit' is another act
_BARE_MOVES = {"press", "set", "head", "go", "come", "fly", "travel", "return", "jet"}
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
        and h is not g and h.pos_ in ("VERB", "AUX") and not _moves_the_trip(h, _TRIP_MOVES | TRIP_VERBS)


def _moves_the_trip(v, moves: set[str] = _TRIP_MOVES) -> bool:
    """Does verb v tell a move of the trip ('arrived', 'left for', 'pressed on')? Not with an
    object a bare move never takes ('pressed the button')."""
    lemma = v.lemma_.lower()
    if lemma in _BARE_MOVES and any(c.dep_ == "dobj" for c in v.children):
        return False
    return lemma in moves


def _elsewhere_bound(t, v, p) -> bool:
    """'travelled to Saint Petersburg on Tuesday as part of his official visit to Russia': the move
    has a destination of its own beside the visit's, which is only its backdrop — a leg of the
    trip ('came to Vietnam for a working visit' tells the trip itself)."""
    return p.lower_ not in ("for", "on") and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children) \
        and any(c is not p and c.dep_ == "prep" and c.lower_ == "to" for c in v.children)


def _in_backdrop_member(g) -> bool:
    """'attended ..., as part of a delegation paying an official visit to Russia': the trip's verb
    describes a group named in another act's backdrop phrase, not what the sentence reports."""
    if g.dep_ != "acl" or g.head.dep_ != "pobj":
        return False
    p = _backdrop_prep(g.head)
    v = p.head if p is not None and p.dep_ == "prep" else None
    return v is not None and v.pos_ in ("VERB", "AUX") and v.lemma_ != "be" and not _moves_the_trip(v)


def _told_by_its_verb(t) -> bool:
    """The visit noun is what its verb does: 'paid / began / continued an official visit',
    'arrived ... for a visit', 'received X on his visit', 'pressed on with his visit'."""
    g = gov(t)
    if g is not None and g.lemma_.lower() in TRIP_VERBS - {"be", "have", "take"}:
        return not _going_on_beside(g) and not _in_backdrop_member(g)
    p = _backdrop_prep(t)
    v = p.head if p is not None and p.dep_ == "prep" else None
    return v is not None and v.pos_ in ("VERB", "AUX") and _moves_the_trip(v) and not _elsewhere_bound(t, v, p)


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
    if id(ev) not in passing and not _leg(ctx, ev, into):
        passing.discard(id(into))


def _state_of(place: str | None) -> str | None:
    return (names.canonical_country(place) or names.PLACE_COUNTRY.get(place)) if place else None


def _own_place(ctx, ev) -> bool:
    """Does ev's own sentence name its place (not one inherited from a related event)?"""
    if not ev.place:
        return False
    text = names.fold(ctx.sents[ev.sentence].span.text)
    forms = [ev.place, *names.country_variants(names.canonical_country(ev.place) or ev.place)]
    return any(re.search(rf"(?<!\w){re.escape(names.fold(f))}(?!\w)", text) for f in forms if f)


def _call_on_the_way(ctx, ev) -> bool:
    """'He also visited and encouraged the venture's staff': the verb 'visit' on people or a site,
    with no place, day nor host of its own — a call made on the trip, not the trip."""
    told = _own_place(ctx, ev) or ev.date or any(p.role == "host" for p in ev.participants)
    return not told and any(t.lemma_.lower() == "visit" and t.pos_ == "VERB" for t in ctx.sents[ev.sentence].span)


def _leg(ctx, ev, into) -> bool:
    """Is mention ev a leg within the trip rather than the trip told in its own right: the move
    its own sentence hangs the trip on ('travelled to Saint Petersburg as part of his visit to
    Russia'), a flight on from a city of the state visited ('flew from Moscow to Kazan'), or a
    call told with no place, day nor host of its own ('He also visited the venture's staff')?"""
    if ev.sentence == into.sentence or _call_on_the_way(ctx, ev):
        return True
    state = _state_of(into.place)
    return state is not None and any(
        t.lower_ == "from" and t.dep_ == "prep" and _state_of(getattr(ctx.resolve(o), "name", None)) == state
        for t in ctx.sents[ev.sentence].span for o in t.children if o.dep_ == "pobj")


def only_in_passing(ctx, ev) -> bool:
    return id(ev) in ctx.passing
