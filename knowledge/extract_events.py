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
    actors_of, anchors, best_place, date_ref, expand, flat_subtree, gov, hypothetical, named_in, owner_trigger,
    place_reference, places_under, preps, subject_of,
)
from knowledge.facts import Event, Participant

_NOUNS = {"talks": "talks", "talk": "talks", "meeting": "meeting", "visit": "visit", "trip": "visit",
          "consultations": "talks", "consultation": "talks", "reception": "reception",
          "call": "phone call", "conversation": "phone call", "declaration": "joint declaration",
          "statement": "joint declaration"}
_VERBS = {"meet": "meeting", "visit": "visit", "receive": "reception", "talk": "talks",
          "phone": "phone call", "telephone": "phone call"}
_VISITS = ("state visit", "official visit", "working visit", "visit")


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


def events_in_sentence(ctx, sc) -> None:
    span = sc.span
    doc = span.doc
    pos = sc.sent.position
    triggers: dict[int, Event] = {}
    refs: set[int] = set()  # events of earlier sentences referred back to here
    lone_visit: set[int] = set()  # visit triggers whose visitor was taken from the sentence
    found = []
    for t in span:
        k = _kind(t)
        if not k or hypothetical(t):
            continue
        found.append((t, k))
    occasion = occasion_of(ctx, sc)
    _note_delegation_leader(ctx, span)
    for t, k in found:
        parts: list[tuple[object, str]] = []
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
                objects = [x for c in t.children if c.dep_ == "dobj" for x in expand(c)]
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
                root = span.root
                agents = [c for c in root.children if c.dep_ == "nsubj"]
        for a in anchors(t):
            objects += [x for o in preps(a, ("with",)) for x in expand(o)]
            objects += [x for o in preps(a, ("between",)) for x in expand(o)]
        ag = actors_of(ctx, agents)
        if not ag:
            # "the two officials held a working session": the pair of the latest meeting
            ag = [a for x in agents for a in pair_of(ctx, x)]
        ob = [a for a in actors_of(ctx, objects) if a not in ag]
        place = None
        host = None
        if k in _VISITS or k == "visit":
            dest = list(preps(t, ("to",))) + ([c for c in t.children if c.dep_ == "dobj"] if t.pos_ == "VERB" else [])
            a = best_place(places_under(ctx, dest))
            if a is not None:
                place = a.name
                host = a if a.kind == "country" else ctx.table.actors.get(
                    names.fold(names.PLACE_COUNTRY.get(a.name, ""))) or None
            people = [a for a in ag if a.kind in ("person", "country")]
            if not people and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
                # "..., the first day of an official visit to X": a visit named without its
                # visitor is the visit of the sentence's subject (else the last subject); less sure
                subj = next((c for c in span.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                a = ctx.resolve(subj) if subj is not None else ctx.last_subject
                if a is None and subj is not None and subj.lower_ in ("delegation", "delegations"):
                    a = getattr(ctx, "delegation_leader", None)  # "The delegation is paying a visit ..."
                if a is not None and a.kind == "person":
                    people = [a]
                    lone_visit.add(t.i)
            if place is None and people:
                a = next((r for r in (place_reference(ctx, d, people) for d in dest) if r is not None), None)
                if a is not None:
                    place = a.name
                    host = ctx.table.actors.get(names.fold(names.PLACE_COUNTRY.get(a.name, ""))) or None
            for a in people:
                parts.append((a, "visitor"))
            if host is not None and host not in people:
                parts.append((host, "host"))
            for a in ob:
                if a.kind == "person":
                    parts.append((a, "host"))
        elif k == "reception":
            if passive:
                parts = [(a, "visitor") for a in ob] + [(a, "host") for a in ag]
            else:
                parts = [(a, "host") for a in ag] + [(a, "visitor") for a in ob]
        elif k == "phone call":
            if len(ag) == 1 and ob:
                parts = [(ag[0], "caller")] + [(a, "callee") for a in ob]
            else:
                parts = [(a, "participant") for a in ag + ob]
        else:
            parts = [(a, "participant") for a in ag + ob]
        # people meet, visit and call (or countries, for country-level events); an organisation
        # named beside them ('received X ... at the Tourism Forum') is no participant
        allowed = ("person", "country", "org") if k == "joint declaration" else ("person", "country")
        parts = [(a, r) for a, r in parts if a.kind in allowed]
        if not parts and t.pos_ == "NOUN" and any(c.dep_ == "det" and c.text.lower() in ("the", "this", "these")
                                                  for c in t.children):
            # "The consultations took place as ...": the event already reported
            fam = "visit" if "visit" in k else k
            prev = next((e for e in reversed(ctx.events) if ("visit" if "visit" in e.kind else e.kind) == fam), None)
            if prev is not None:
                triggers[t.i] = prev
                refs.add(id(prev))
                continue
        if k == "joint declaration":
            if len(parts) < 1:
                continue
        elif len([p for p in parts if p[0].kind in ("person", "country", "org")]) < (1 if "visit" in k else 2):
            continue
        if place is None:
            # "talks with his counterpart X in Hanoi": the parser may hang the place on X
            locs = [o for a in anchors(t) for o in preps(a, ("in", "at"))]
            # a fronted adjunct: "Earlier on Sunday in Đà Nẵng, he met ..." (the place hangs on 'on')
            locs += [o for a in anchors(t) for c in a.children if c.i < a.i and c.dep_ in ("prep", "advmod", "npadvmod")
                     for o in preps(c, ("in", "at"))]
            locs += [o for x in objects for o in preps(x, ("in", "at"))]
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
            if pa is not None:
                place = pa.name
        conf = 0.9 if all(ctx.table.how.get((sc.doc_id, x.i)) == "name" for x in agents[:1]) else 0.8
        if t.i in lone_visit:
            conf = 0.6
        ev = Event(kind=k, participants=[Participant(a.name, r) for a, r in parts], sentence=pos, place=place,
                   confidence=conf)
        triggers[t.i] = ev
        if g is not None:
            triggers.setdefault(g.i, ev)
    est, est_dates, est_rel = established(ctx, sc)
    # dates: nearest trigger above each date phrase
    for s, e, phrase in sc.dates:
        if occasion and occasion[0] <= s < occasion[1] or (s, e) in est_dates:
            continue
        ev = owner_trigger(doc[s:e].root, triggers)
        if ev is None or ev.date_phrase:
            continue
        ref = date_ref(ctx)
        d, d2, how = resolve_date(phrase, ctx.pub, ref)
        ev.date, ev.date_end, ev.date_phrase, ev.date_how = d, d2, phrase, how
    new = [ev for ev in {id(ev): ev for ev in triggers.values()}.values() if id(ev) not in refs]
    old = [ev for ev in {id(ev): ev for ev in triggers.values()}.values() if id(ev) in refs]
    # "On this occasion, ... issued a Joint Declaration": the occasion of the previous event
    if re.match(r"^(?:On|At|During)\s+(?:this|that|the same)\s+occasion\b", span.text) and ctx.events:
        prev = next((e for e in reversed(ctx.events) if e.date and not e.date_end and len(e.date) == 10),
                    ctx.events[-1])
        for ev in new:
            if ev.date is None and prev.date:
                ev.date, ev.date_end = prev.date, prev.date_end
                ev.date_phrase = span.text.split(",")[0]
                ev.date_how = "same occasion"
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


def _inherit_places(events: list[Event]) -> None:
    """An event whose own words name no place happened where a related event did: one reported
    in the same sentence ('a visit to Kazan, where she was received by ...') or one the text
    ties it to by 'the same day', when the two share a participant. Lower confidence."""
    for i, ev in enumerate(events):
        if ev.place is not None or ev.kind == "established":
            continue
        people = {p.actor for p in ev.participants}
        for o in reversed(events[:i] + events[i + 1:]):
            if o.place is None or o.kind == "established" or not people & {p.actor for p in o.participants}:
                continue
            same_sentence = o.sentence == ev.sentence
            same_day = ev.date_how == "same day" and o.sentence < ev.sentence and o.date == ev.date
            # the same people on the same day ('on the sidelines of the fair', 'the working
            # session'): where they met before; a day within a visit: the visit's destination
            same_pair = len(people) >= 2 and ev.date and ev.date == o.date and not o.date_end \
                and not {ev.kind, o.kind} & {"agreement", "signing", "joint declaration"} \
                and people == {p.actor for p in o.participants}
            in_visit = "visit" in o.kind and ev.date and o.date and o.date_end and o.date <= ev.date <= o.date_end \
                and people & {p.actor for p in o.participants if p.role == "visitor"}
            if same_sentence or same_day or same_pair or in_visit:
                ev.place = o.place
                ev.confidence = min(ev.confidence, 0.7)
                break


def finish_events(ctx) -> list[Event]:
    """Merge mentions of the same event (same kind family and participants) into one row."""
    out: list[Event] = []
    _inherit_places(ctx.events)
    for ev in ctx.events:
        if ev.kind in ("agreement", "signing"):
            out.append(ev)  # each says what was agreed or signed: never merged
            continue
        fam = "visit" if "visit" in ev.kind else ev.kind
        key_people = {p.actor for p in ev.participants if p.role in ("visitor",)} if fam == "visit" else \
            {p.actor for p in ev.participants}
        match = None
        for o in out:
            ofam = "visit" if "visit" in o.kind else o.kind
            if ofam != fam:
                continue
            okey = {p.actor for p in o.participants if p.role in ("visitor",)} if fam == "visit" else \
                {p.actor for p in o.participants}
            if okey == key_people or (fam == "visit" and okey & key_people):
                if o.date and ev.date and (o.date, o.date_end) != (ev.date, ev.date_end):
                    continue
                match = o
                break
        if match is None:
            out.append(ev)
            continue
        if fam == "visit" and _VISITS.index(ev.kind) < _VISITS.index(match.kind) if ev.kind in _VISITS and match.kind in _VISITS else False:
            match.kind = ev.kind
        have = {(p.actor, p.role) for p in match.participants}
        had_host = any(p.role == "host" for p in match.participants)
        for p in ev.participants:
            if (p.actor, p.role) not in have and not (p.role == "host" and had_host):
                match.participants.append(p)
                if p.role == "host":
                    match.sentence = min(match.sentence, ev.sentence) if False else match.sentence
        for f in ("place", "date", "date_end", "date_phrase", "date_how", "occasion"):
            if getattr(match, f) is None and getattr(ev, f) is not None:
                setattr(match, f, getattr(ev, f))
    return out
