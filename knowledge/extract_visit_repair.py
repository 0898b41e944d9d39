"""Repairing visits whose roles contradict the place: a visitor of the country visited takes the
guest the sentence names instead ('received', 'welcomed', 'hosted', "X's visit", 'the visit by X'),
and visitors of two states keep only the one a cue names — or the visit is dropped. Runs once over
all of an article's events, after extraction (extract_finish)."""

from __future__ import annotations

from knowledge import names
from knowledge.extract_tree import expand, preps
from knowledge.extract_visits import _MET, _guests, _kind_of, _person, nationality_of, visit_visitors
from knowledge.facts import Event, Participant


def visit_country(ev: Event) -> str | None:
    """The state a visit goes to: its host country, else the country of its place."""
    host = next((p.actor for p in ev.participants if p.role == "host" and p.actor in names.COUNTRIES), None)
    return host or names.PLACE_COUNTRY.get(ev.place or "") or (ev.place if ev.place in names.COUNTRIES else None)


def sentence_guests(ctx, pos: int) -> list:
    """Who sentence `pos` names as the guest: received/welcomed/hosted X, X's visit, the visit by X,
    X on a visit."""
    saved, ctx.cur = ctx.cur, pos
    try:
        sc = ctx.sents[pos]
        out = _guests(ctx, sc)
        for t in sc.span:
            if t.lemma_.lower() not in ("visit", "trip") or t.pos_ != "NOUN":
                continue
            cands = [a for c in t.children if c.dep_ == "poss" and (a := _person(ctx, c)) is not None]
            cands += [a for c in preps(t, ("by",)) for x in expand(c) if (a := _person(ctx, x)) is not None]
            cands += visit_visitors(ctx, sc, t)
            out += [a for a in cands if a not in out]
        return out
    finally:
        ctx.cur = saved


def repair_visits(ctx, events: list[Event]) -> list[Event]:
    """A visitor of the country visited contradicts the visit: take the guest the sentence names
    ('received', 'welcomed', 'hosted', "X's visit", 'on a visit to') as the visitor and the
    compatriot as a host — or drop the visit. Hosts of a third country are no hosts; a visit
    left without a visitor is no event."""
    out = []
    for ev in events:
        if "visit" not in ev.kind:
            out.append(ev)
            continue
        country = visit_country(ev)
        if id(ev) in ctx.site_events:
            country = None  # a body visited in one's own country: no trip abroad to contradict
        bad = {p.actor for p in ev.participants if p.role == "visitor" and country
               and nationality_of(ctx, p.actor) == country}
        if bad:
            guests = [g.name for g in sentence_guests(ctx, ev.sentence)
                      if g.name not in bad and nationality_of(ctx, g.name) != country]
            sure = 0.7 if guests else 0.45  # a reception cue names the guest; else only the other side
            if not guests:  # 'X held talks with Y ..., the first day of an official visit to X's country'
                guests = list(dict.fromkeys(
                    p.actor for o in events if o.sentence == ev.sentence and o.kind in _MET for p in o.participants
                    if _kind_of(ctx, p.actor) == "person" and nationality_of(ctx, p.actor) not in (None, country)))
            if not guests:
                continue
            rest = [p for p in ev.participants if p.role != "visitor" and p.actor not in guests]
            rest += [Participant(b, "host") for b in sorted(bad) if _kind_of(ctx, b) == "person"
                     and Participant(b, "host") not in rest]
            ev.participants = [Participant(g, "visitor") for g in guests] + rest
            ev.confidence = min(ev.confidence, sure)
        if not _one_side_visiting(ctx, ev):
            continue
        ev.participants = [p for p in ev.participants if not (
            p.role == "host" and _kind_of(ctx, p.actor) == "person" and country
            and nationality_of(ctx, p.actor) not in (None, country))]
        if any(p.role == "visitor" for p in ev.participants):
            out.append(ev)
    return out


def _one_side_visiting(ctx, ev: Event) -> bool:
    """Visitors of two states ('[the host] said the ministry valued the working visit by Y' read
    with the host as a visitor too) contradict one trip: keep the guest the sentence names by a
    cue ('by Y', "Y's visit", 'received Y') when those are of one state, else drop the visit
    (False). A delegation travels from one country."""
    nats = {nationality_of(ctx, p.actor) for p in ev.participants if p.role == "visitor"
            and _kind_of(ctx, p.actor) == "person"} - {None}
    if len(nats) < 2:
        return True
    visitors = {p.actor for p in ev.participants if p.role == "visitor"}
    guests = [g.name for g in sentence_guests(ctx, ev.sentence) if g.name in visitors]
    if len({nationality_of(ctx, g) for g in guests}) != 1:
        return False
    ev.participants = [p for p in ev.participants if p.role != "visitor" or p.actor in guests]
    ev.confidence = min(ev.confidence, 0.7)
    return True
