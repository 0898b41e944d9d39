"""Events: who met whom, where, when, on what occasion (CAMEO's consult family).

A trigger (talks, meeting, visit, phone call, reception, joint declaration; or the verbs meet,
visit, receive, talk) collects participants from the dependency tree: the subject of the
governing verb, `with`/`between` objects, possessors and `of`/`by` agents. Dates and places
attach to the nearest trigger above them in the tree without crossing into another clause,
so background clauses ("as the two countries marked the 10th anniversary ... in 2022") never
date the event. A visit and its hosting are one event with roles visitor and host.
"""

from __future__ import annotations

from knowledge import names
from knowledge.extract_attended import note_attended
from knowledge.extract_awards import award_ceremonies
from knowledge.extract_background import aside, came_after, deed_setting, framed, is_background
from knowledge.extract_group_stays import group_stays
from knowledge.extract_groups import group_guests, note_group_acts, note_group_receptions, note_group_visits
from knowledge.extract_mission_calls import mission_calls
from knowledge.extract_arrivals import arrival_visits, stay_of_visit, welcomed_arrivals
from knowledge.extract_fronted import fronted_meetings
from knowledge.extract_companions import guest_sides
from knowledge.extract_messages import messages
from knowledge.extract_kinds import ATTENDED, PHONE_TALK_VERBS, chaired, kind_of
from knowledge.extract_occasions import arrival_day, date_events, same_occasion, share_in_sentence
from knowledge.extract_pairs import split_pairs
from knowledge.extract_passing import note as note_passing
from knowledge.extract_media import media_interviews
from knowledge.extract_press import press_meeting
from knowledge.extract_sides import event_place, event_sides, opened_with
from knowledge.extract_talks_evidence import note_talks_evidence
from knowledge.extract_relations import agreements, derived, established, fold_rel, occasion_of, pair_of
from knowledge.extract_places import best_place, host_of, places_under
from knowledge.extract_tree import actors_of, done_when_met, expand, gov, named_in, preps, subject_of
from knowledge.extract_irrealis import glad_to, hypothetical, in_quotation, told_as_ahead
from knowledge.extract_unnamed import (
    PEOPLE_VISITED, called_on_unnamed, delegation_met_by_locals, met_unnamed, sat_at, sat_in,
)
from knowledge.extract_visits import fix_sentence_roles, surface_receptions, visit_parts
from knowledge.facts import Event, Participant


def _note_delegation_leader(ctx, span) -> None:
    """'a delegation ... led/headed by X': later 'the delegation' stands for X (less sure)."""
    if "delegation" not in span.text.lower():
        return  # no token can be 'delegation(s)'
    for t in span:
        if t.lower_ not in ("delegation", "delegations"):
            continue
        for c in t.subtree:
            if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head"):
                for o in preps(c, ("by",)):
                    a = ctx.resolve(o)
                    if a is None:
                        a = next((x for x in named_in(ctx, o)), None)
                    if a is not None and a.kind == "person":
                        ctx.delegation_leader = a
                        return


def _roles(k, ag, ob, passive):
    """Each side's role: visitor and host of a courtesy call, welcome or reception, caller and
    callee of a call one person made, else participant."""
    if k == "courtesy call":
        return [(a, "visitor") for a in ag] + [(a, "host") for a in ob]
    if k == "welcome ceremony":
        # 'X chaired the welcome ceremony for a delegation led by Y': X hosts it, Y is welcomed
        return [(a, "host") for a in ag if a not in ob] + [(a, "visitor") for a in ob]
    if k == "reception":
        return [(a, "visitor") for a in ob] + [(a, "host") for a in ag] if passive else \
            [(a, "host") for a in ag] + [(a, "visitor") for a in ob]
    if k == "phone call" and len(ag) == 1 and ob:
        return [(ag[0], "caller")] + [(a, "callee") for a in ob]
    return [(a, "participant") for a in ag + ob]


def _refers_back(ctx, t, k):
    """'The consultations took place as ...', 'At the talks, ...': the event already reported."""
    if t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in t.children):
        return None
    fam = "visit" if "visit" in k else k
    return next((e for e in reversed(ctx.events) if ("visit" if "visit" in e.kind else e.kind) == fam), None)


def _welcome_on_arrival(t) -> bool:
    """'was welcomed at the airport by X', 'on his arrival ... he was greeted by X', 'greeted in a
    welcome ceremony by X': a welcome ceremony, not a reception (a meeting)."""
    if t.lemma_.lower() not in ("welcome", "greet"):
        return False
    # ('came to the airport to welcome her': the place is on the verb the welcome is the purpose of)
    verbs = [t] + ([t.head] if t.dep_ in ("xcomp", "advcl") and t.head.pos_ == "VERB" else [])
    words = {x.lower_ for v in verbs for c in v.children if c.dep_ == "prep" for x in c.subtree}
    return bool(words & {"airport", "arrival", "ceremony"})


def _met_on_arrival(t) -> bool:
    """'At Vnukovo airport he was met by A and B': the hosts' welcome of the guest, not a meeting
    of three."""
    return t.lemma_.lower() == "meet" and any(c.dep_ == "auxpass" for c in t.children) and bool(
        {x.lower_ for c in t.children if c.dep_ == "prep" for x in c.subtree} & {"airport", "arrival"})


def _compatriots_greet(ctx, parts) -> bool:
    """A welcome whose every host is of the guest's own country ('the Russian ambassador greeted
    the Russian minister at the airport'): a compatriot's greeting, not the hosting side's
    welcome — stored with those roles it would say who hosted the guest, wrongly."""
    def nat(a):
        return a.nationality or ("Vietnam" if a.kind == "person" and names.is_vietnamese_name(a.name) else None)

    hosts = {nat(a) for a, r in parts if r == "host"}
    guests = {nat(a) for a, r in parts if r == "visitor"}
    return bool(hosts) and None not in hosts | guests and hosts == guests and len(hosts) == 1


def _they_of_main_clause(ctx, t, agents) -> list:
    """'A told B ... when they met in Moscow', 'A and B signed ... when they met': 'they' of a
    clause hung on the main verb are the people the main clause names as its subject and object
    — two at least, else no one."""
    # ('... when the two met in Moscow': 'the two' as 'they')
    def they(x):
        return x.lower_ == "they" or x.lower_ == "two" and any(c.dep_ == "det" and c.lower_ == "the" for c in x.children)

    if t.pos_ != "VERB" or t.dep_ != "advcl" or t.head.pos_ not in ("VERB", "AUX") \
            or not any(they(x) and x.dep_ == "nsubj" and x.head == t for x in agents):
        return []
    main = t.head
    subs, passive = subject_of(ctx, main)
    if passive:
        return []
    toks = [x for s_ in subs for x in expand(s_)] + [x for c in main.children if c.dep_ == "dobj" for x in expand(c)]
    people = [a for a in actors_of(ctx, toks) if a.kind == "person"]
    if not subs:
        # '"...", A told B when the two met': the parser may hang A on the quote; the statement's
        # speaker read from this sentence is the telling verb's subject
        said = [ctx.table.actors.get(names.fold(st.speaker)) for st in ctx.statements
                if st.sentence == ctx.cur and st.speaker]
        first = [a for a in said if a is not None and a.kind == "person"][:1]
        people = first + [a for a in people if a not in first]
    return people if len(people) >= 2 else []


def _event_at(ctx, sc, t, k, sides: dict):
    """The event trigger t reports (None when its participants are not all found), or an
    earlier event it refers back to (returned with refers=True). `sides` gets the event's
    (agents, objects) by id, for splitting one-to-many meetings."""
    agents, objects, passive = event_sides(ctx, sc, t, k)
    ag = actors_of(ctx, agents)
    if not ag:
        ag = _they_of_main_clause(ctx, t, agents)
    if any(ctx.people_object_owns(x) for x in agents):
        return None, False  # 'congratulated its leaders on their trip': the trip of people unnamed
    if not ag or len(ag) == 1 and any(x.lower_ == "their" and x.dep_ == "poss" for x in agents):
        # "the two officials held a working session": the pair of the latest meeting; 'their
        # talks' are a pair's, never the one person a singular pronoun would be
        ag = [a for x in agents for a in pair_of(ctx, x)] or ag
    if not ag:
        ag = delegation_met_by_locals(ctx, k, agents, objects)
    ag, ob = guest_sides(ctx, t, k, objects, ag, [a for a in actors_of(ctx, objects) if a not in ag])
    ev, back = _event_of(ctx, sc, t, k, agents, objects, passive, ag, ob)
    if ev is not None and not back:
        sides[id(ev)] = ([a.name for a in ag if a.kind == "person"], [a.name for a in ob if a.kind == "person"])
    return ev, back


def _event_of(ctx, sc, t, k, agents, objects, passive, ag, ob):
    place, conf = None, None
    if "visit" in k and t.pos_ == "VERB" and any(getattr(ctx.resolve(c), "kind", "") == "person"
                                                 or c.lemma_.lower() in PEOPLE_VISITED
                                                 for c in t.children if c.dep_ == "dobj"):
        # 'hosts visiting Prime Minister X': X is the visitor, no visit of a person; 'while visiting
        # Vietnamese traders at the centre': a call on people, no trip to a place
        return None, False
    site = False
    if k == "meeting" and _met_on_arrival(t):
        k = "welcome ceremony"
    if "visit" in k:
        parts, place, conf, site = visit_parts(ctx, sc, t, ag, ob)
    elif k == "phone call" and (t.lemma_.lower() in PHONE_TALK_VERBS or t.dep_ == "pobj"):
        # 'spoke by phone with', 'said during a phone call with': who called is not said
        parts = [(a, "participant") for a in ag + ob]
    else:
        parts = _roles(k, ag, ob, passive)
    # people meet, visit and call (or countries, for country-level events); an organisation
    # named beside them ('received X ... at the Tourism Forum') is no participant
    allowed = ("person", "country", "org") if k == "joint declaration" else ("person", "country")
    # a region hosts a visit to it (host_of): the one place that is a participant
    # (and a unit of a fleet that pays a port call is its visitor, by its fleet's name: unit_visitors)
    parts = [(a, r) for a, r in parts if a.kind in allowed or "visit" in k and (
        r == "host" and a.kind == "place" or r == "visitor" and a.kind == "org")]
    if not parts:
        prev = _refers_back(ctx, t, k)
        if prev is not None:
            return prev, True
    if k in ("reception", "welcome ceremony") and not any(r == "visitor" for _, r in parts):
        prev = _hosted_told(ctx, sc, t, parts)
        if prev is not None:
            return prev, True
    if k == "joint declaration" and not parts:
        return None, False
    if "visit" not in k and k != "joint declaration" and all(a.kind == "country" for a, _ in parts):
        return None, False  # 'Vietnam and Russia held their fifth dialogue': who met is not said
    if ("visit" in k or k in ("reception", "welcome ceremony", "courtesy call")) and not any(
            r == "visitor" for _, r in parts):
        return None, False  # a visit needs the one who travels, a reception its guest ('welcomed the growth')
    if k != "joint declaration" and "visit" not in k and len(parts) < (
            1 if k in ATTENDED or chaired(t) or sat_at(t, k) or met_unnamed(k, t, parts, ag, objects, not ctx.events and sc.sent.position <= 1)
            or k == "courtesy call" and called_on_unnamed(t) else 2):
        return None, False
    if k == "reception" and _welcome_on_arrival(t):
        k = "welcome ceremony"
    if k == "welcome ceremony" and _compatriots_greet(ctx, parts):
        return None, False
    if place is None:
        place = event_place(ctx, sc, t, k, objects)
        if "visit" in k and not site and place is not None:
            parts += _host_where_visitors_are(ctx, place, parts)
    if conf is None:
        conf = 0.9 if all(ctx.table.how.get((sc.doc_id, x.i)) == "name" for x in agents[:1]) else 0.8
    parts = list(dict.fromkeys((a.name, r) for a, r in parts))
    ev = Event(kind=k, participants=[Participant(a, r) for a, r in parts], sentence=sc.sent.position,
               place=place, confidence=conf)
    if site:
        ctx.site_events.add(id(ev))
    return ev, False


def _hosted_told(ctx, sc, t, parts):
    """'Vice Chairman X hosted the reception' after 'a delegation led by Y paid a courtesy call on
    leaders of Z': the reception is the call (or visit) told just before, its visitor known and
    its host not — X is its host. None when no such event."""
    hosts = [a for a, r in parts if r == "host" and a.kind == "person"]
    if not hosts or t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children):
        return None
    pos = sc.sent.position
    prev = next((e for e in reversed(ctx.events) if pos - 2 <= e.sentence < pos), None)
    if prev is None or not (prev.kind in ("courtesy call", "reception") or "visit" in prev.kind) \
            or not any(p.role == "visitor" for p in prev.participants) or any(
            p.role == "host" and getattr(ctx.table.actors.get(names.fold(p.actor)), "kind", "") == "person"
            for p in prev.participants):
        return None
    prev.participants += [Participant(a.name, "host") for a in hosts]
    return prev


def _host_where_visitors_are(ctx, place: str, parts) -> list:
    """'X is in Russia on a working trip': the place the words around the trip give hosts it —
    when every visitor is known to come from elsewhere — unless a host is named already."""
    a = ctx.table.actors.get(names.fold(place))
    host = host_of(ctx, a) if a is not None else None
    visitors = [v for v, r in parts if r == "visitor"]
    if host is None or not visitors or any(r == "host" for _, r in parts) or any(
            (v.name if v.kind == "country" else v.nationality) in (None, host.name) for v in visitors):
        return []
    return [(host, "host")]


_MEET_KINDS = {"talks", "meeting", "working session", "session", "reception", "summit"}


def _agreed_together(ctx, sc, evs) -> list[Event]:
    """'A and his counterpart B agreed in Moscow on D to extend ...': two named people who agree in
    a place the verb itself names were there together — their talks (unless a meeting of theirs
    is told already)."""
    out = []
    for t in sc.span:
        if t.lemma_.lower() != "agree" or t.pos_ != "VERB" or hypothetical(t) or is_background(t):
            continue
        subs, passive = subject_of(ctx, t)
        people = [a for a in actors_of(ctx, [x for s_ in subs for x in expand(s_)]) if a.kind == "person"]
        place = best_place(places_under(ctx, list(preps(t, ("in", "at")))))
        if passive or len(people) < 2 or place is None:
            continue
        who = {a.name for a in people}
        if any(e.kind in _MEET_KINDS and who <= {p.actor for p in e.participants} for e in ctx.events + evs + out):
            continue
        ev = Event(kind="talks", participants=[Participant(a.name, "participant") for a in people],
                   sentence=sc.sent.position, place=place.name, confidence=0.7)
        date_events(ctx, sc, {t.i: ev}, set())
        out.append(ev)
    return out


def events_in_sentence(ctx, sc) -> None:
    """The events this sentence tells, appended to ctx.events: each event word's event (or the one
    told before it refers back to) with its sides, date and place, the events other modules read,
    the occasion they mark and the relationships established."""
    span = sc.span
    told_as_ahead(ctx, sc)
    found = [(t, k) for t in span if (k := kind_of(t)) and not hypothetical(t) and not is_background(t)
             and not sat_in(t, k) and not in_quotation(span, t)]
    occasion = occasion_of(ctx, sc)
    _note_delegation_leader(ctx, span)
    sides: dict = {}
    triggers, refs = _trigger_events(ctx, sc, found, sides)
    est, est_dates, est_rel = established(ctx, sc)
    skip = set(est_dates) | ({(s, e) for s, e, _ in sc.dates if occasion[0] <= s < occasion[1]} if occasion else set())
    date_events(ctx, sc, triggers, skip)
    share_in_sentence(ctx, triggers)
    uniq = list({id(ev): ev for ev in triggers.values()}.values())
    new = [ev for ev in uniq if id(ev) not in refs]
    old = [ev for ev in uniq if id(ev) in refs]
    covered = {i for i, ev in triggers.items() if ev.kind == "reception"} | {t.i for t, _ in found}
    new += [ev for ev in surface_receptions(ctx, sc, covered)
            if not any(o.kind == "reception" and {p.actor for p in o.participants} == {p.actor for p in ev.participants}
                       for o in new)]
    fix_sentence_roles(ctx, sc, new)
    same_occasion(ctx, span, new)
    arrival_day(ctx, span, new)
    new = split_pairs(new, sides)
    _add_other_events(ctx, sc, new, triggers)
    if occasion:
        _mark_occasion(ctx, sc, occasion, new, old, est_rel)
    new.extend(est)
    ctx.events.extend(new)
    note_attended(ctx, sc, event_place)


def _trigger_events(ctx, sc, found, sides: dict) -> tuple[dict[int, Event], set[int]]:
    """(token index -> event, ids of events told before that this sentence refers back to): each
    event word's event, also under the word that governs it ('held talks'), the meeting it was done
    at ('signed ... when A met B') and the stay of a visit; asides and settings of deeds noted."""
    triggers: dict[int, Event] = {}
    refs: set[int] = set()  # events of earlier sentences referred back to here
    for t, k in found:
        ev, back = _event_at(ctx, sc, t, k, sides)
        if ev is None:
            note_talks_evidence(ctx, sc, t, k)
            continue
        if not back and glad_to(t):  # 'X said he was glad to meet Y again' after their talks: those talks
            who = {p.actor for p in ev.participants}
            ev, back = next(((e, True) for e in reversed(ctx.events) if e.kind in _MEET_KINDS
                             and who <= {p.actor for p in e.participants}), (ev, back))
        if not back:
            note_passing(ctx, t, ev)
        if back:
            refs.add(id(ev))
        elif aside(t) or "visit" in ev.kind and framed(t):
            ctx.aside_events.add(id(ev))
            if deed_setting(t) or "visit" in ev.kind and came_after(t):  # undated, it cannot be told from background: not stored
                ctx.deed_settings.add(id(ev))
        triggers[t.i] = ev
        g = gov(t) or opened_with(t, k)  # 'opened the programme on Saturday with talks': that day's
        if g is not None:
            triggers.setdefault(g.i, ev)
        m = done_when_met(t)
        if m is not None and not back:
            # 'The accord was signed in Hanoi on Monday when A met B': the meeting's day and place
            triggers.setdefault(m.i, ev)
            ev.place = ev.place or getattr(best_place(places_under(ctx, list(preps(m, ("in", "at"))))), "name", None)
    for i, ev in stay_of_visit(ctx, sc).items():
        triggers.setdefault(i, ev)  # 'The vessel is staying at the port from May 2 to 9': the visit's days
        refs.add(id(ev))
    return triggers, refs


def _add_other_events(ctx, sc, new: list, triggers: dict) -> None:
    """The events other modules read from the sentence, appended to `new` (each sees those told so
    far; agreements see this sentence's events as pending); group receptions and visits noted."""
    ctx.pending = new
    try:
        new.extend(agreements(ctx, sc, triggers))
    finally:
        ctx.pending = []
    new.extend(_agreed_together(ctx, sc, new))
    new.extend(group_guests(ctx, sc))
    new.extend(a for a in award_ceremonies(ctx, sc, event_place) if not any(
        "ceremony" in e.kind and {p.actor for p in a.participants} <= {p.actor for p in e.participants} for e in new))
    new.extend(arrival_visits(ctx, sc, new))
    new.extend(mission_calls(ctx, sc, new))
    new.extend(welcomed_arrivals(ctx, sc))
    new.extend(messages(ctx, sc))
    new.extend(fronted_meetings(ctx, sc, new))
    new.extend(press_meeting(ctx, sc, event_place, {p.actor for e in new for p in e.participants}))
    new.extend(media_interviews(ctx, sc, new))
    new.extend(group_stays(ctx, sc, new))
    note_group_receptions(ctx, sc, event_place)
    note_group_visits(ctx, sc, event_place)
    note_group_acts(ctx, sc, event_place)


def _mark_occasion(ctx, sc, occasion, new: list, old: list, est_rel: set) -> None:
    """The occasion phrase ('on the occasion of the 75th anniversary of ...') is the occasion of
    every event of the sentence without one; an anniversary of a relationship not stated as
    established here dates its establishment by arithmetic (appended to `new`)."""
    for ev in new + old:
        ev.occasion = ev.occasion or occasion[2]
    der = derived(ctx, sc, occasion)
    if der and not any(der.occasion and fold_rel(der.occasion).endswith(r) for r in est_rel):
        new.append(der)
