"""A call at a foreign mission told by going there: 'The city's chairman went to the Russian
Consulate General on March 25 to offer condolences', 'General X led a ministry delegation to the
Russian Embassy in Hanoi to pay tribute'. That is the caller's visit to the mission — placed in the
city the sentence names (none when it is in the caller's own country, where the visit goes to no
other state), dated by its own day phrase. Only missions (embassy, consulate, mission,
representative office), the one kind of place a person goes to only as a guest; 'went to Moscow'
may be a journey home, and arrivals abroad are read elsewhere."""

from __future__ import annotations

from knowledge import names
from knowledge.extract_irrealis import hypothetical
from knowledge.extract_occasions import date_events
from knowledge.extract_places import best_place, places_under
from knowledge.extract_tree import actors_of, expand, preps, subject_of
from knowledge.extract_visits import nationality_of
from knowledge.facts import Event, Participant

_MOVES = {"go", "come", "travel", "head"}
_LEADS = {"lead"}  # ("head" moves: "headed to the embassy")
_GROUPS = {"delegation", "team", "group"}
_MISSIONS = {"embassy", "consulate", "consulate-general", "mission"}


def _mission(tok) -> bool:
    """'the Russian Embassy', 'the Russian Consulate General in the city', 'Russia's representative
    office': the noun (or the compound it heads) names a diplomatic mission."""
    words = set(tok.lower_.split()) | {w for c in tok.children if c.dep_ in ("compound", "amod")
                                       for w in c.lower_.split()}
    return bool(words & _MISSIONS) or "office" in words and "representative" in words


def _destinations(v) -> list:
    """The 'to' objects of a move verb, or of the group a lead verb leads ('led a delegation to X')."""
    if v.lemma_.lower() in _MOVES:
        return list(preps(v, ("to",)))
    out = []
    for c in v.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in _GROUPS:
            out += list(preps(c, ("to",))) + list(preps(v, ("to",)))
    return out


def mission_calls(ctx, sc, new: list[Event]) -> list[Event]:
    """Visits this sentence tells by a person's going to a foreign mission (see the module's doc);
    none where the sentence already tells that person's visit."""
    out = []
    for v in sc.span:
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma not in _MOVES | _LEADS or hypothetical(v) or v.dep_ in (
                "advcl", "pcomp", "acl", "relcl", "xcomp"):
            continue
        dest = [d for d in _destinations(v) if _mission(d)]
        subs, passive = subject_of(ctx, v)
        people = [a for a in actors_of(ctx, [x for s in subs for x in expand(s)]) if a.kind == "person"]
        if passive or not dest or len(people) != 1:
            continue
        who = people[0].name
        if any("visit" in e.kind and any(p.actor == who for p in e.participants) for e in new + out):
            continue
        under = [x for d in dest for x in preps(d, ("in", "at"))] + list(preps(v, ("in", "at")))
        place = best_place(places_under(ctx, under))
        if place is not None and nationality_of(ctx, who) in (place.name, names.PLACE_COUNTRY.get(place.name)):
            place = None  # a mission in the caller's own country: the visit goes to no state of its own
        ev = Event(kind="visit", participants=[Participant(who, "visitor")], sentence=sc.sent.position,
                   place=place.name if place is not None else None, confidence=0.7)
        date_events(ctx, sc, {v.i: ev}, set())
        out.append(ev)
    return out
