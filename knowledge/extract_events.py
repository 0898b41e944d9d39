"""Events: who met whom, where, when, on what occasion (CAMEO's consult family).

A trigger (talks, meeting, visit, phone call, reception, joint declaration; or the verbs meet,
visit, receive, talk) collects participants from the dependency tree: the subject of the
governing verb, `with`/`between` objects, possessors and `of`/`by` agents. Dates and places
attach to the nearest trigger above them in the tree without crossing into another clause,
so background clauses ("as the two countries marked the 10th anniversary ... in 2022") never
date the event. A visit and its hosting are one event with roles visitor and host.
"""

from __future__ import annotations

import re

from knowledge import names
from knowledge.dates import resolve_date
from knowledge.extract_relations import agreements, derived, established, fold_rel, occasion_of, pair_of
from knowledge.extract_tree import (
    actors_of, anchors, arrival_visit, best_place, date_ref, expand, flat_subtree, gov, hypothetical, named_in,
    owner_trigger, place_reference, places_under, preps, subject_of,
)
from knowledge.extract_background import is_background, never_dates
from knowledge.extract_visits import fix_sentence_roles, reception_objects, surface_receptions, visit_visitors
from knowledge.facts import Event, Participant

_NOUNS = {"talks": "talks", "talk": "talks", "meeting": "meeting", "visit": "visit", "trip": "visit",
          "consultations": "talks", "consultation": "talks", "reception": "reception",
          "call": "phone call", "conversation": "phone call", "declaration": "joint declaration",
          "statement": "joint declaration"}
_VERBS = {"meet": "meeting", "visit": "visit", "receive": "reception", "talk": "talks",
          "phone": "phone call", "telephone": "phone call", "welcome": "reception", "host": "reception",
          "greet": "reception"}


# sessions and forums are events of the people who chair, attend or hold them
_SESSIONS = {"session": "session", "sessions": "session", "forum": "meeting", "dialogue": "meeting"}
# ceremonies are events of the people who attend them: 'attended the opening ceremony of the fair'
_CEREMONIES = {"ceremony", "opening", "inauguration", "launch", "launching"}
_CEREMONY_VERBS = {"attend", "witness", "join", "grace"}
_SESSION_VERBS = {"chair", "co-chair", "co-chaired", "attend", "hold", "co-host", "host", "preside", "open",
                  "co-organise", "co-organize", "convene"}


def _kind(t) -> str | None:
    if t.pos_ not in ("NOUN", "PROPN", "VERB"):
        return None  # every kind below needs one of these (cheap test before the lemma)
    low = t.text.lower()
    lem = t.lemma_.lower()
    if t.pos_ in ("NOUN", "PROPN") and low in _SESSIONS:
        if t.dep_ in ("dobj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") and (
                t.head.lemma_.lower() in _SESSION_VERBS or t.head.lower_ in _SESSION_VERBS):
            if t.tag_ == "NNS":
                return None
            return "working session" if low == "session" and any(c.lower_ == "working" for c in t.children) else _SESSIONS[low]
        if t.dep_ == "pobj" and t.head.lower_ in ("at", "during") and any(c.dep_ == "det" and c.lower_ in ("the", "this")
                                                                         for c in t.children):
            return _SESSIONS[low]  # "At the session, ...": the one reported before
        return None
    if t.pos_ in ("NOUN", "PROPN") and low in _CEREMONIES:
        if t.dep_ == "dobj" and t.head.pos_ == "VERB" and t.head.lemma_.lower() in _CEREMONY_VERBS:
            mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound", "nmod")}
            if low == "ceremony":
                return "opening ceremony" if "opening" in mods else "ceremony"
            return "opening" if low in ("opening", "inauguration") else "launch"
        return None
    if t.pos_ in ("NOUN", "PROPN"):
        k = _NOUNS.get(low) or _NOUNS.get(lem)
        if k is None:
            return None
        mods = {c.text.lower() for c in t.children if c.dep_ in ("amod", "compound", "nmod")}
        if k == "phone call" and not mods & {"phone", "telephone", "video"}:
            if low == "call" and t.head.lemma_ in ("hold", "have", "make"):
                return "phone call" if mods & {"phone", "telephone"} else None
            return None
        if k == "talks" and mods & {"phone", "telephone"}:
            return "phone call"
        if k == "joint declaration" and "joint" not in mods:
            return None
        if k == "visit":
            for m in ("state", "official", "working"):
                if m in mods:
                    return f"{m} visit"
            if low == "visits" or t.tag_ == "NNS":
                return None
        if k == "meeting" and t.tag_ == "NNS":
            return None
        return k
    if t.pos_ == "VERB":
        k = _VERBS.get(lem)
        if k == "reception" and not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children):
            return None
        if k == "reception" and lem in ("welcome", "greet") and t.tag_ == "VBG":
            return None  # 'Welcoming her, X said ...': how X spoke at the meeting reported
        if k == "talks" and not any(c.dep_ == "prep" and c.text.lower() == "with" for c in t.children):
            return None
        return k
    return None


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


def _sides(ctx, sc, t, k):
    """(agent tokens, object tokens, passive) of trigger t: who holds the event and with whom."""
    g = gov(t)
    agents, objects = [], []
    passive = False
    if t.pos_ == "VERB":
        subs, passive = subject_of(ctx, t)
        if passive:
            objects = [x for s in subs for x in expand(s)]
            agents = [x for a in preps(t, ("by",)) for x in expand(a)]
        else:
            agents = [x for s in subs for x in expand(s)]
            objects = reception_objects(t) if k == "reception" else \
                [x for c in t.children if c.dep_ == "dobj" for x in expand(c)]
            if not objects and k == "meeting":
                # "before meeting National Assembly Chairman X": the parser may hang the
                # person as an adverbial noun; a named person there is the one met
                objects = [x for c in t.children if c.dep_ in ("npadvmod", "attr", "oprd") and c.i > t.i
                           and ctx.resolve(c) is not None and ctx.resolve(c).kind == "person"
                           for x in expand(c)]
    else:
        if g is not None and t.dep_ in ("dobj", "attr"):
            subs, _ = subject_of(ctx, g)
            agents = [x for s in subs for x in expand(s)]
        agents += [c for c in t.children if c.dep_ == "poss"]
        agents += [x for a in preps(t, ("by",) if k in ("session", "working session") or t.lower_ in _CEREMONIES
                                     else ("of", "by")) for x in expand(a)]
        if not agents and t.dep_ == "pobj" and t.head.lower_ in ("during", "in", "at", "on", "after", "before") \
                and t.head.head.pos_ in ("VERB", "AUX") and k in ("talks", "meeting", "phone call", "reception") \
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
            # "..., A said during a phone call with B": the speaker/subject of the verb the
            # event phrase hangs on is the other side
            subs, _ = subject_of(ctx, t.head.head)
            agents = [x for s in subs for x in expand(s)]
        if not agents and t.dep_ == "pobj" and k in ("talks", "meeting") and any(
                c.dep_ == "acl" for c in t.children):
            # "the results of talks held ... with X": held by the main-clause subject
            agents = [c for c in sc.span.root.children if c.dep_ == "nsubj"]
    for a in anchors(t):
        objects += [x for o in preps(a, ("with",)) for x in expand(o)]
        objects += [x for o in preps(a, ("between",)) for x in expand(o)]
        # "held talks via video conference with X": the parser may hang X on the medium
        objects += [x for m in preps(a, ("via", "through", "over", "by")) for o in preps(m, ("with",)) for x in expand(o)]
    return agents, objects, passive


def _host_of(ctx, a):
    """The country actor hosting a visit to place a (the place itself when it is a country)."""
    if a.kind == "country":
        return a
    return ctx.table.actors.get(names.fold(names.PLACE_COUNTRY.get(a.name, ""))) or None


def _visit_parts(ctx, sc, t, ag, ob):
    """(participants with roles, place, how sure) of a visit trigger."""
    dest = list(preps(t, ("to",))) + ([c for c in t.children if c.dep_ == "dobj"] if t.pos_ == "VERB" else [])
    a = best_place(places_under(ctx, dest))
    place, host = (a.name, _host_of(ctx, a)) if a is not None else (None, None)
    people = [a for a in ag if a.kind in ("person", "country")]
    conf = None
    if not people and t.pos_ == "NOUN":
        people = visit_visitors(ctx, sc, t)
        if not people and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            # "..., the first day of an official visit to X": a visit named without its
            # visitor is the visit of the sentence's subject (else the last subject); less sure
            subj = next((c for c in sc.span.root.children if c.dep_ in ("nsubj", "nsubjpass")
                         and getattr(ctx.resolve(c), "kind", "person") == "person"), None)
            a = ctx.resolve(subj) if subj is not None else ctx.last_subject
            if a is None and subj is not None and subj.lower_ in ("delegation", "delegations"):
                a = getattr(ctx, "delegation_leader", None)  # "The delegation is paying a visit ..."
            if a is not None and a.kind == "person":
                people = [a]
                conf = 0.6
    if place is None and people:
        a = next((r for r in (place_reference(ctx, d, people) for d in dest) if r is not None), None)
        if a is not None:
            place, host = a.name, _host_of(ctx, a)
    parts = [(a, "visitor") for a in people]
    if host is not None and host not in people:
        parts.append((host, "host"))
    parts += [(a, "host") for a in ob if a.kind == "person"]
    return parts, place, conf


def _roles(k, ag, ob, passive):
    if k == "reception":
        return [(a, "visitor") for a in ob] + [(a, "host") for a in ag] if passive else \
            [(a, "host") for a in ag] + [(a, "visitor") for a in ob]
    if k == "phone call" and len(ag) == 1 and ob:
        return [(ag[0], "caller")] + [(a, "callee") for a in ob]
    return [(a, "participant") for a in ag + ob]


def _place_of(ctx, sc, t, k, objects):
    """The place the trigger's own words give: 'in/at X' on the trigger, on the verb it hangs
    on, fronted, on the person met, on the act of leading a delegation."""
    # "talks with his counterpart X in Hanoi": the parser may hang the place on X
    locs = [o for a in anchors(t) for o in preps(a, ("in", "at"))]
    # a fronted adjunct: "Earlier on Sunday in Đà Nẵng, he met ..." (the place hangs on 'on')
    locs += [o for a in anchors(t) for c in a.children if c.i < a.i and c.dep_ in ("prep", "advmod", "npadvmod")
             for o in preps(c, ("in", "at"))]
    locs += [o for x in objects for o in preps(x, ("in", "at"))]
    if t.dep_ == "pobj" and t.head.dep_ == "prep" and t.head.head.pos_ in ("VERB", "AUX"):
        # "He was speaking in Pyongyang at a meeting with X": the place of the act the event is part of
        locs += [o for o in preps(t.head.head, ("in", "at")) if o != t]
    if t.lower_ in _CEREMONIES:
        # "the opening ceremony of the forum in Hanoi": the place hangs on what was opened
        locs += [o for x in preps(t, ("of",)) for o in preps(x, ("in", "at"))]
    # "with Chairman of the State Duma X in Moscow": the place hangs on the name inside the title
    locs += [o for x in objects for d in x.subtree if d != x and d.dep_ == "pobj"
             and getattr(ctx.table.at(sc.doc_id, d.i), "kind", None) == "person" for o in preps(d, ("in", "at"))]
    # "received a delegation ... led by X in PLACE": the place hangs on 'led'
    locs += [o for x in objects for c in x.subtree if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
             for o in preps(c, ("in", "at"))]
    pa = best_place(places_under(ctx, locs))
    if pa is None and k == "session":
        # "the 12th session of the ... Commission for ... cooperation in Khabarovsk": the
        # parser hangs the place deep in the session's name
        pa = best_place(places_under(ctx, [o for d in flat_subtree(t) if d.dep_ == "prep"
                                             and d.lower_ in ("in", "at") for o in preps(d.head, (d.lower_,))]))
    return pa.name if pa is not None else None


def _refers_back(ctx, t, k):
    """'The consultations took place as ...', 'At the talks, ...': the event already reported."""
    if t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") for c in t.children):
        return None
    fam = "visit" if "visit" in k else k
    return next((e for e in reversed(ctx.events) if ("visit" if "visit" in e.kind else e.kind) == fam), None)


def _event_at(ctx, sc, t, k):
    """The event trigger t reports (None when its participants are not all found), or an
    earlier event it refers back to (returned with refers=True)."""
    agents, objects, passive = _sides(ctx, sc, t, k)
    ag = actors_of(ctx, agents)
    if not ag:
        # "the two officials held a working session": the pair of the latest meeting
        ag = [a for x in agents for a in pair_of(ctx, x)]
    ob = [a for a in actors_of(ctx, objects) if a not in ag]
    place, conf = None, None
    if "visit" in k and t.pos_ == "VERB" and any(getattr(ctx.resolve(c), "kind", "") == "person"
                                                 for c in t.children if c.dep_ == "dobj"):
        return None, False  # 'hosts visiting Prime Minister X': X is the visitor, no visit of a person
    if "visit" in k:
        parts, place, conf = _visit_parts(ctx, sc, t, ag, ob)
    else:
        parts = _roles(k, ag, ob, passive)
    # people meet, visit and call (or countries, for country-level events); an organisation
    # named beside them ('received X ... at the Tourism Forum') is no participant
    allowed = ("person", "country", "org") if k == "joint declaration" else ("person", "country")
    parts = [(a, r) for a, r in parts if a.kind in allowed]
    if not parts:
        prev = _refers_back(ctx, t, k)
        if prev is not None:
            return prev, True
    if k == "joint declaration" and not parts:
        return None, False
    if "visit" in k and not any(r == "visitor" for _, r in parts):
        return None, False  # a visit needs the one who travels
    if k != "joint declaration" and "visit" not in k and len(parts) < 2:
        return None, False
    if place is None:
        place = _place_of(ctx, sc, t, k, objects)
    if conf is None:
        conf = 0.9 if all(ctx.table.how.get((sc.doc_id, x.i)) == "name" for x in agents[:1]) else 0.8
    parts = list(dict.fromkeys((a.name, r) for a, r in parts))
    return Event(kind=k, participants=[Participant(a, r) for a, r in parts], sentence=sc.sent.position,
                 place=place, confidence=conf), False


def _date_events(ctx, sc, triggers, skip) -> None:
    """Each date phrase dates the nearest trigger above it (first phrase wins); 'since 2001'
    and 'by 2030' date nothing; an arrival's day is the day the visit it begins starts."""
    doc = sc.span.doc
    late = []
    for s, e, phrase in sc.dates:
        if (s, e) in skip or never_dates(phrase):
            continue
        root = doc[s:e].root
        ev = owner_trigger(root, triggers)
        if ev is None:
            ev = arrival_visit(root, triggers)
            if ev is not None:
                late.append((ev, phrase))
            continue
        if ev.date_phrase:
            continue
        ev.date, ev.date_end, ev.date_how = resolve_date(phrase, ctx.pub, date_ref(ctx))
        ev.date_phrase = phrase
    for ev, phrase in late:
        if not ev.date_phrase:
            ev.date, ev.date_end, ev.date_how = resolve_date(phrase, ctx.pub, date_ref(ctx))
            ev.date_phrase, ev.date_end = phrase, None
            ev.date_how = f"arrival, {ev.date_how}"


def _note_talks_evidence(ctx, sc, t, k) -> None:
    """'At the talks, A and B agreed ...', 'During the talks, A said ...' with no talks reported
    before: who acted or spoke there (the talks event is made once the article is read)."""
    if k != "talks" or t.dep_ != "pobj" or t.head.lower_ not in ("at", "during", "in", "after") or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these") for c in t.children):
        return
    subs, _ = subject_of(ctx, t.head.head)
    people = [a for a in actors_of(ctx, [x for s_ in subs for x in expand(s_)]) if a.kind == "person"]
    people += [ctx.table.actors.get(names.fold(st.speaker)) for st in ctx.statements
               if st.sentence == sc.sent.position and st.speaker]
    ev = Event(kind="talks", participants=[], sentence=sc.sent.position, place=_place_of(ctx, sc, t, k, []),
               confidence=0.7)
    _date_events(ctx, sc, {t.i: ev}, set())
    if not hasattr(ctx, "talk_evidence"):
        ctx.talk_evidence = []
    ctx.talk_evidence.append((sc.sent.position, people, ev))


def events_in_sentence(ctx, sc) -> None:
    span = sc.span
    triggers: dict[int, Event] = {}
    refs: set[int] = set()  # events of earlier sentences referred back to here
    found = [(t, k) for t in span if (k := _kind(t)) and not hypothetical(t) and not is_background(t)]
    occasion = occasion_of(ctx, sc)
    _note_delegation_leader(ctx, span)
    for t, k in found:
        ev, back = _event_at(ctx, sc, t, k)
        if ev is None:
            _note_talks_evidence(ctx, sc, t, k)
            continue
        if back:
            refs.add(id(ev))
        triggers[t.i] = ev
        g = gov(t)
        if g is not None:
            triggers.setdefault(g.i, ev)
    est, est_dates, est_rel = established(ctx, sc)
    skip = set(est_dates) | ({(s, e) for s, e, _ in sc.dates if occasion[0] <= s < occasion[1]} if occasion else set())
    _date_events(ctx, sc, triggers, skip)
    uniq = list({id(ev): ev for ev in triggers.values()}.values())
    new = [ev for ev in uniq if id(ev) not in refs]
    old = [ev for ev in uniq if id(ev) in refs]
    covered = {i for i, ev in triggers.items() if ev.kind == "reception"} | {t.i for t, _ in found}
    new += [ev for ev in surface_receptions(ctx, sc, covered)
            if not any(o.kind == "reception" and {p.actor for p in o.participants} == {p.actor for p in ev.participants}
                       for o in new)]
    fix_sentence_roles(ctx, sc, new)
    _same_occasion(ctx, span, new)
    ctx.pending = new
    try:
        new.extend(agreements(ctx, sc, triggers))
    finally:
        ctx.pending = []
    if occasion:
        for ev in new + old:
            ev.occasion = ev.occasion or occasion[2]
        der = derived(ctx, sc, occasion)
        if der and not any(der.occasion and fold_rel(der.occasion).endswith(r) for r in est_rel):
            new.append(der)
    new.extend(est)
    ctx.events.extend(new)


def _same_occasion(ctx, span, new) -> None:
    """'On this occasion, ... issued a Joint Declaration': the date of the previous event."""
    if not re.match(r"^(?:On|At|During)\s+(?:this|that|the same)\s+occasion\b", span.text) or not ctx.events:
        return
    prev = next((e for e in reversed(ctx.events) if e.date and not e.date_end and len(e.date) == 10), ctx.events[-1])
    for ev in new:
        if ev.date is None and prev.date:
            ev.date, ev.date_end = prev.date, prev.date_end
            ev.date_phrase = span.text.split(",")[0]
            ev.date_how = "same occasion"
