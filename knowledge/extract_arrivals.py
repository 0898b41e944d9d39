"""A trip told only by its arrival: 'Russian Defence Minister X flew into Hanoi on Monday to meet
Vietnam's leaders' is X's visit to Vietnam, when no visit of X is told before or in the sentence.
Only a person known to come from another country than the place's: an official 'arriving' in
his own capital comes home, and one of unknown origin may be coming home too."""

from __future__ import annotations

from knowledge import names
from knowledge.extract_occasions import date_events, event_date
from knowledge.extract_places import best_place, host_of, places_under
from knowledge.extract_tree import actors_of, expand, preps, subject_of
from knowledge.extract_irrealis import hypothetical
from knowledge.extract_visits import nationality_of
from knowledge.facts import Event, Participant

# arrival verbs and the prepositions that name where they end
_ARRIVE = {"arrive": ("in", "at"), "fly": ("into", "to", "in"), "land": ("in", "at"), "jet": ("into", "to")}


def _country(a) -> str | None:
    return a.name if a.kind == "country" else names.PLACE_COUNTRY.get(a.name)


def arrival_visits(ctx, sc, new: list[Event]) -> list[Event]:
    """Visits this sentence tells only by an arrival (see the module's doc); `new` holds the
    sentence's events found so far."""
    out = []
    for v in sc.span:
        dest = _ARRIVE.get(v.lemma_.lower())
        if v.pos_ != "VERB" or dest is None or hypothetical(v) or v.dep_ in ("advcl", "pcomp", "acl", "relcl"):
            continue
        subs, passive = subject_of(ctx, v)
        people = [a for a in actors_of(ctx, [x for s in subs for x in expand(s)]) if a.kind == "person"]
        place = best_place(places_under(ctx, list(preps(v, dest))))
        country = _country(place) if place is not None else None
        if passive or len(people) != 1 or country is None:
            continue
        who = people[0]
        if nationality_of(ctx, who.name) in (None, country) or any(
                "visit" in e.kind and any(p.actor == who.name and p.role == "visitor" for p in e.participants)
                for e in ctx.events + new + out):
            continue
        host = host_of(ctx, place)
        parts = [Participant(who.name, "visitor")] + ([Participant(host.name, "host")] if host is not None else [])
        ev = Event(kind="visit", participants=parts, sentence=sc.sent.position, place=place.name, confidence=0.7)
        date_events(ctx, sc, {v.i: ev}, set())
        ctx.arrivals_only.add(id(ev))
        out.append(ev)
    return out


# who stays: the unit or group a visit of the sentences before was paid by, referred back to
_STAYERS = {"vessel", "vessels", "ship", "ships", "group", "squadron", "detachment", "delegation", "task", "force",
            "flotilla", "guests", "it", "they"}


def stay_of_visit(ctx, sc) -> dict:
    """'The vessel is staying at the port from December 2 to 9.' right after a port call of it:
    the days of the visit told in the two sentences before, undated — {verb index: that visit}."""
    out = {}
    for v in sc.span:
        if v.pos_ != "VERB" or v.lemma_.lower() != "stay" or hypothetical(v) or not any(
                c.dep_ == "nsubj" and c.lower_ in _STAYERS for c in v.children):
            continue
        prev = next((e for e in reversed(ctx.events) if "visit" in e.kind and 0 < sc.sent.position - e.sentence <= 2), None)
        if prev is not None and prev.date is None:
            out[v.i] = prev
    return out


# an arriving party that names nobody: those a host greets off a flight or a ship
_ARRIVERS = {"tourist", "passenger", "visitor", "holidaymaker", "traveller", "traveler", "vacationer", "guest",
             "flight"}
_WELCOME = {"welcome", "greet"}
_LANDED = {"arrive", "land", "touch", "dock"}


def _arrival_before(ctx, sc):
    """The latest arrival of no named person ('The plane landed at X airport early on Sunday') in
    this sentence or the two before: (its sentence, its verb), or None."""
    for p in range(sc.sent.position, max(-1, sc.sent.position - 3), -1):
        psc = ctx.sents[p]
        for v in psc.span:
            if v.pos_ == "VERB" and v.lemma_.lower() in _LANDED and not hypothetical(v) and not any(
                    getattr(ctx.table.at(psc.doc_id, x.i), "kind", None) == "person"
                    for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for x in expand(c)):
                return psc, v
    return None


def _date_of_arrival(ctx, psc, v, ev: Event) -> None:
    """The day phrase hung on arrival verb v ('landed ... early on Sunday') dates ev — or, where the
    parser hangs it on no verb, the one day its sentence names."""
    doc = psc.span.doc
    for s, e, phrase in psc.dates:
        x = doc[s:e].root.head
        while x.pos_ not in ("VERB", "AUX") and x.head != x:
            x = x.head  # the parser may hang the day on the airport's name
        # (or the verb it is joined to: 'took off ... and landed ... on Sunday'; or the sentence's one day)
        if x == v or v.dep_ == "conj" and x == v.head or len(psc.dates) == 1 and x.pos_ not in ("VERB", "AUX"):
            ev.date, ev.date_end, ev.date_how = event_date(phrase, ctx)
            ev.date_phrase = phrase
            return


def welcomed_arrivals(ctx, sc) -> list[Event]:
    """'A plane with 300 tourists landed at X airport on Sunday. Y greeted the visitors at the foot
    of the steps': Y's welcome ceremony for an arriving party that names nobody — placed and dated
    where and when it landed, unless its own sentence says. Only right after such an arrival."""
    out = []
    for v in sc.span:
        if v.pos_ != "VERB" or v.lemma_.lower() not in _WELCOME or hypothetical(v):
            continue
        subs, passive = subject_of(ctx, v)
        objs = [x for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in _ARRIVERS for x in expand(c)]
        hosts = [a for a in actors_of(ctx, [x for s in subs for x in expand(s)]) if a.kind == "person"]
        arrival = _arrival_before(ctx, sc)
        if passive or not objs or not hosts or arrival is None or any(a.kind == "person" for a in actors_of(ctx, objs)):
            continue
        ev = Event(kind="welcome ceremony", participants=[Participant(a.name, "host") for a in hosts],
                   sentence=sc.sent.position, confidence=0.7)
        place = best_place(places_under(ctx, list(preps(v, ("at", "in")))))
        date_events(ctx, sc, {v.i: ev}, set())
        psc, a = arrival
        saved, ctx.cur = ctx.cur, psc.sent.position
        try:
            place = place or best_place(places_under(ctx, list(preps(a, ("at", "in", "into")))))
            if ev.date is None:
                _date_of_arrival(ctx, psc, a, ev)
        finally:
            ctx.cur = saved
        ev.place = place.name if place is not None else None
        out.append(ev)
    return out
