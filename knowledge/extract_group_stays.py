"""A group's visit told as its stay in a place: 'A delegation from X has been working in Hanoi since
Monday', 'A group of Russian firms is in Vietnam from April 12 to 19', 'A delegation of X, led by
Y, was in Novosibirsk from October 2 to 6'. No visit word is written, yet the group's being, working or
spending days in a place abroad is the visit an article of this kind leads with. Its leader named
in the sentence ('led by Y') is the visitor; otherwise the visit is noted with the group's other
acts and made once a next sentence names who led it (extract_groups.group_guests).
"""

from __future__ import annotations

from knowledge.extract_background import is_background
from knowledge.extract_irrealis import hypothetical
from knowledge.extract_occasions import date_events
from knowledge.extract_places import best_place, host_of, places_under
from knowledge.extract_tree import actors_of, expand, preps, subject_of
from knowledge.facts import Event, Participant

# being somewhere: 'is in Vietnam', 'has been working in Hanoi', 'spent five days at X', 'stayed in Y'
_STAY_VERBS = {"be", "work", "spend", "stay"}
# a visiting party that names nobody
_PARTIES = {"delegation", "group", "team", "mission"}
_LEAD = {"lead", "head"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _since_this_week(v) -> bool:
    """'has been working in Hanoi since Monday': a stay begun this week, not one of long ago."""
    return any(o.lower_ in _WEEKDAYS for o in preps(v, ("since",)))


def _party(ctx, s, led: list) -> bool:
    """s is a visiting party the sentence names no one of but its leaders (`led`): 'a delegation from
    X', 'a group of Russian companies' (not a company called 'X Group')."""
    return s.pos_ == "NOUN" and s.lemma_.lower() in _PARTIES and not any(
        a.kind == "person" and a not in led for a in actors_of(ctx, list(expand(s))))


def _leaders_named(ctx, s) -> list:
    """'A delegation of X led by its vice-president, Professor Y': the persons the group's own
    'led/headed by' names."""
    return [a for c in s.children if c.dep_ == "acl" and c.lemma_.lower() in _LEAD
            for a in actors_of(ctx, [x for o in preps(c, ("by",)) for x in expand(o)]) if a.kind == "person"]


def _stay_place(ctx, v):
    """The place the stay is in: 'in Hanoi', 'at the institute in Dubna' (the most specific)."""
    return best_place(places_under(ctx, list(preps(v, ("in", "at")))))


def group_stays(ctx, sc, new: list) -> list[Event]:
    """Visits of this sentence told as a party's stay in a place (see the module doc): the ones
    whose leader it names; the others are noted for the next sentences. Only as an article's news:
    not once a visit is told (`new`: this sentence's events so far), nor when the party is at home."""
    if any("visit" in e.kind for e in ctx.events + new):
        return []
    out = []
    for v in sc.span:
        if v.lemma_.lower() not in _STAY_VERBS or v.pos_ not in ("VERB", "AUX") or v.dep_ not in ("ROOT", "conj") \
                or hypothetical(v) or is_background(v) and not _since_this_week(v):
            continue
        subs, passive = subject_of(ctx, v)
        place = _stay_place(ctx, v)
        led = _leaders_named(ctx, subs[0]) if len(subs) == 1 else []
        if passive or len(subs) != 1 or not _party(ctx, subs[0], led) or place is None:
            continue
        host = host_of(ctx, place)  # (none where the article never names the place's country)
        if host is not None and any(a is host for a in actors_of(ctx, list(subs[0].subtree))):
            continue  # 'a delegation of Vietnam's firms is in Vietnam': no visit
        ev = Event(kind="visit", participants=[Participant(a.name, "visitor") for a in led]
                   + [Participant(h.name, "host") for h in [host] if h is not None],
                   sentence=sc.sent.position, place=place.name, confidence=0.6)
        date_events(ctx, sc, {v.i: ev}, set())
        if led:
            out.append(ev)
        else:
            ctx.group_receptions.append(ev)
    return out
