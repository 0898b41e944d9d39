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
from knowledge.extract_background import aside, deed_setting, is_background
from knowledge.extract_actors import HEAD_NOUNS
from knowledge.extract_kinds import ATTENDED, CEREMONIES, PHONE_TALK_VERBS, TELL_VERBS, chaired, kind_of
from knowledge.extract_occasions import arrival_day, date_events, same_occasion, share_in_sentence
from knowledge.extract_pairs import split_pairs
from knowledge.extract_relations import agreements, derived, established, fold_rel, occasion_of, pair_of
from knowledge.extract_tree import (
    actors_of, anchors, best_place, carrier, expand, flat_subtree, gov, host_of, hypothetical, named_in,
    places_under, preps, subject_of,
)
from knowledge.extract_visits import (TRIP_VERBS, fix_sentence_roles, reception_objects, surface_receptions,
                                      told_at_reception, visit_parts)
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


def _setting_verb(t, k):
    """The verb of telling an event noun is the setting of ('A told B during a telephone
    conversation'), or None."""
    if t.pos_ != "NOUN" or t.dep_ != "pobj" or t.head.lower_ not in ("during", "in", "at", "over") \
            or k not in ("talks", "meeting", "phone call", "reception", "working session", "session"):
        return None
    v = t.head.head
    return v if v.pos_ == "VERB" and v.lemma_.lower() in TELL_VERBS else None


def _told_during(ctx, sc, v):
    """(speaker tokens, addressee tokens) of a verb of telling: its subject — or, where the
    parser lost it ('..., Minister X told Y'), the speaker the statement extractor found — and
    its object."""
    objects = [x for c in v.children if c.dep_ == "dobj" for x in expand(c)]
    subs, passive = subject_of(ctx, v)
    if passive or not objects:
        return [], []
    agents = [x for s_ in subs for x in expand(s_)]
    if not agents:
        who = {st.speaker for st in ctx.statements if st.sentence == sc.sent.position and st.verb == v.lemma_.lower()}
        agents = [x for x in sc.span if x.i < v.i and getattr(ctx.table.at(sc.doc_id, x.i), "name", None) in who
                  and ctx.table.how.get((sc.doc_id, x.i)) == "name"][:1]
    before = v.doc[v.i - 1] if v.i > sc.span.start else None
    if not agents and before is not None and ctx.table.how.get((sc.doc_id, before.i)) == "name" \
            and getattr(ctx.table.at(sc.doc_id, before.i), "kind", None) == "person":
        agents = [before]  # '..., Minister of Foreign Affairs X told Y': the name right before the verb
    return agents, objects


def _chairs(g) -> list:
    """'co-chaired by ...' participles of g's clause (the parser may hang one on the date before it)."""
    out = []
    for v in g.subtree:
        if v.dep_ not in ("advcl", "acl") or v.tag_ != "VBN" or not (
                v.lemma_.lower() in ("chair", "co-chair", "preside", "co-host") or v.lower_.startswith(("co-chair", "cochair"))):
            continue
        up = v.head
        while up != g and up.pos_ not in ("VERB", "AUX") and up.head != up:
            up = up.head
        if up == g:
            out.append(v)
    return out


def _pair_acting_in(ctx, t, k) -> list:
    """'A and his counterpart B reviewed ... in a phone conversation', 'A and B discussed ... at a
    meeting on Wednesday': two or more named people who act together in a call or meeting are its
    sides (subject tokens), else []."""
    if k not in ("phone call", "meeting", "talks") or t.dep_ != "pobj" or t.head.lower_ not in (
            "in", "at", "during", "over") or t.tag_ == "NNS" and k != "talks":
        return []
    v = t.head.head  # the parser may hang the phrase on the verb's object ('reviewed cooperation in a call')
    if v.pos_ != "VERB" and v.dep_ == "dobj":
        v = v.head
    if v.pos_ != "VERB":
        return []
    subs, passive = subject_of(ctx, v)
    toks = [x for s_ in subs for x in expand(s_)]
    people = [a for a in actors_of(ctx, toks) if a.kind == "person"]
    return toks if not passive and len(people) >= 2 else []


def _sides(ctx, sc, t, k):
    """(agent tokens, object tokens, passive) of trigger t: who holds the event and with whom."""
    g = gov(t)
    agents, objects = [], []
    passive = False
    if t.pos_ == "VERB":
        subs, passive = subject_of(ctx, t)
        if passive:
            objects = [x for s in subs for x in expand(s)]
            # 'were greeted in a welcome ceremony by X, together with Y': the agent may hang on the setting
            agents = [x for a in [*preps(t, ("by",)), *(b for o in preps(t, ("in", "at")) for b in preps(o, ("by",)))]
                      for x in expand(a)]
            agents += [x for a in list(agents) for w in preps(a, ("with",)) if any(
                c.lower_ == "together" for c in w.head.children) for x in expand(w)]
        else:
            agents = [x for s in subs for x in expand(s)] + [x for v in _chairs(t) for o in preps(v, ("by",))
                                                             for x in expand(o)]
            objects = reception_objects(t) if k == "reception" else \
                [x for c in t.children if c.dep_ == "dobj" for x in expand(c)]
            if not objects and k == "meeting":
                # "before meeting National Assembly Chairman X": the parser may hang the
                # person as an adverbial noun; a named person there is the one met
                objects = [x for c in t.children if c.dep_ in ("npadvmod", "attr", "oprd") and c.i > t.i
                           and ctx.resolve(c) is not None and ctx.resolve(c).kind == "person"
                           for x in expand(c)]
    else:
        if g is not None and carrier(t).dep_ in ("dobj", "attr") and not (
                "visit" in k and g.lemma_.lower() not in TRIP_VERBS):
            # the subject of 'paid/began/made a visit' travels; of 'valued/praised their trip' not
            subs, _ = subject_of(ctx, g)
            agents = [x for s in subs for x in expand(s)]
        agents += [c for c in t.children if c.dep_ == "poss"]
        # 'held its 35th meeting in X on May 5, co-chaired by A and B': the chairs are its people
        agents += [x for v in _chairs(g if g is not None else t) for o in preps(v, ("by",)) for x in expand(o)]
        agents += [x for a in preps(t, ("by",) if k in ("session", "working session") or t.lower_ in CEREMONIES
                                     else ("of", "by")) for x in expand(a)]
        if not agents and t.dep_ == "pobj" and t.head.lower_ in ("during", "in", "at", "on", "after", "before", "for") \
                and t.head.head.pos_ in ("VERB", "AUX") and k in ("talks", "meeting", "phone call", "reception") \
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
            # "..., A said during a phone call with B": the speaker/subject of the verb the
            # event phrase hangs on is the other side
            subs, _ = subject_of(ctx, _credited_act_main(t.head.head))
            agents = [x for s in subs for x in expand(s)]
        if not agents:
            agents = _pair_acting_in(ctx, t, k)
        if not agents and not objects and _setting_verb(t, k) is not None:
            agents, objects = _told_during(ctx, sc, _setting_verb(t, k))
            if k == "reception":
                agents, objects = told_at_reception(ctx, t, _place_of(ctx, sc, t, k, objects), agents, objects)
        if not agents and t.dep_ == "pobj" and k in ("talks", "meeting") and any(
                c.dep_ == "acl" for c in t.children):
            # "the results of talks held ... with X": held by the main-clause subject
            agents = [c for c in sc.span.root.children if c.dep_ == "nsubj"]
    if k == "courtesy call":
        # 'paid a courtesy call on July 6 on X': the parser may hang the one called on on the verb
        objects += [x for o in preps(t, ("on",)) for x in expand(o)]
        objects += [x for o in (preps(g, ("on",)) if g is not None and g != t else []) if o not in objects
                    and getattr(ctx.resolve(o), "kind", None) == "person" for x in expand(o)]
    if k in ATTENDED and t.dep_ == "nsubjpass":  # 'a welcome ceremony was held for him'
        objects += [x for o in preps(t.head, ("for",)) for x in expand(o)]
    if k == "welcome ceremony":  # 'after a welcome ceremony for the Russian guest'
        objects += [x for o in preps(t, ("for",)) for x in expand(o) if x not in objects]
    for a in anchors(t):
        objects += [x for o in preps(a, ("with",)) for x in expand(o)]
        objects += [x for o in preps(a, ("between",)) for x in expand(o)]
        # "held talks via video conference with X": the parser may hang X on the medium
        objects += [x for m in preps(a, ("via", "through", "over", "by")) for o in preps(m, ("with",)) for x in expand(o)]
    return agents, objects, passive


# verbs whose subject makes the trip named by their object: 'paid the visit', 'began the trip'
def _roles(k, ag, ob, passive):
    if k == "courtesy call":
        return [(a, "visitor") for a in ag] + [(a, "host") for a in ob]
    if k == "welcome ceremony" and not ag:
        return [(a, "visitor") for a in ob]
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
    if t.pos_ == "VERB":
        # "sat down for talks in Moscow with X": the place hangs on what the verb was for
        locs += [o for c in preps(t, ("for",)) if c.lower_ in ("talks", "meeting", "consultations")
                 for o in preps(c, ("in", "at"))]
    if t.lower_ in CEREMONIES:
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


def _welcome_on_arrival(t) -> bool:
    """'was welcomed at the airport by X', 'on his arrival ... he was greeted by X', 'greeted in a
    welcome ceremony by X': a welcome ceremony, not a reception (a meeting)."""
    if t.lemma_.lower() not in ("welcome", "greet"):
        return False
    words = {x.lower_ for c in t.children if c.dep_ == "prep" for x in c.subtree}
    return bool(words & {"airport", "arrival", "ceremony"})


def _they_of_main_clause(ctx, t, agents) -> list:
    """'A told B ... when they met in Moscow', 'A and B signed ... when they met': 'they' of a
    clause hung on the main verb are the people the main clause names as its subject and object
    — two at least, else no one."""
    if t.pos_ != "VERB" or t.dep_ != "advcl" or t.head.pos_ not in ("VERB", "AUX") \
            or not any(x.lower_ == "they" and x.dep_ == "nsubj" and x.head == t for x in agents):
        return []
    main = t.head
    subs, passive = subject_of(ctx, main)
    if passive:
        return []
    toks = [x for s_ in subs for x in expand(s_)] + [x for c in main.children if c.dep_ == "dobj" for x in expand(c)]
    people = [a for a in actors_of(ctx, toks) if a.kind == "person"]
    return people if len(people) >= 2 else []


def _event_at(ctx, sc, t, k, sides: dict):
    """The event trigger t reports (None when its participants are not all found), or an
    earlier event it refers back to (returned with refers=True). `sides` gets the event's
    (agents, objects) by id, for splitting one-to-many meetings."""
    agents, objects, passive = _sides(ctx, sc, t, k)
    ag = actors_of(ctx, agents)
    if not ag:
        ag = _they_of_main_clause(ctx, t, agents)
    if not ag or len(ag) == 1 and any(x.lower_ == "their" and x.dep_ == "poss" for x in agents):
        # "the two officials held a working session": the pair of the latest meeting; 'their
        # talks' are a pair's, never the one person a singular pronoun would be
        ag = [a for x in agents for a in pair_of(ctx, x)] or ag
    ob = [a for a in actors_of(ctx, objects) if a not in ag]
    ev, back = _event_of(ctx, sc, t, k, agents, objects, passive, ag, ob)
    if ev is not None and not back:
        sides[id(ev)] = ([a.name for a in ag if a.kind == "person"], [a.name for a in ob if a.kind == "person"])
    return ev, back


# people met without a name: 'met with Russian veterans', 'with the director general and other
# senior leaders of X', 'with representatives of Y'
_PEOPLE_MET = HEAD_NOUNS | {"veteran", "representative", "leader", "official", "member", "executive", "expert",
                            "scientist", "scholar", "lawmaker", "legislator", "journalist", "entrepreneur",
                            "businessman", "businesswoman", "delegation", "leadership", "management"}


def _met_unnamed(k, t, parts, ag, objects) -> bool:
    """A meeting, talks or working session of one named person (its subject) with people the
    sentence describes but does not name: an event of that person. Never a reception (its guest
    must be named) and never one whose named side is the one met."""
    if k not in ("meeting", "talks", "working session", "session") or len(parts) != 1 or parts[0][0] not in ag \
            or parts[0][0].kind != "person" or not objects:
        return False
    # met 'with' them ('met students', 'he met Vietnamese students' is a visit's side show)
    heads = [o for o in objects if o.pos_ in ("NOUN", "PROPN") and (o.dep_ == "pobj" and o.head.lower_ == "with" or (
        o.dep_ == "conj" and o.head.dep_ == "pobj" and o.head.head.lower_ == "with"))]
    return any(o.lemma_.lower() in _PEOPLE_MET or (o.lower_ == "general" and any(
        c.dep_ == "compound" and c.lower_ == "director" for c in o.children)) for o in heads)


def _event_of(ctx, sc, t, k, agents, objects, passive, ag, ob):
    place, conf = None, None
    if "visit" in k and t.pos_ == "VERB" and any(getattr(ctx.resolve(c), "kind", "") == "person"
                                                 for c in t.children if c.dep_ == "dobj"):
        return None, False  # 'hosts visiting Prime Minister X': X is the visitor, no visit of a person
    site = False
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
    parts = [(a, r) for a, r in parts if a.kind in allowed]
    if not parts:
        prev = _refers_back(ctx, t, k)
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
            1 if k in ATTENDED or chaired(t) or _met_unnamed(k, t, parts, ag, objects) else 2):
        return None, False
    if k == "reception" and _welcome_on_arrival(t):
        k = "welcome ceremony"
    if place is None:
        place = _place_of(ctx, sc, t, k, objects)
        if "visit" in k and not site and place is not None:
            parts += _host_where_visitors_are(ctx, place, parts)
    if conf is None:
        conf = 0.9 if all(ctx.table.how.get((sc.doc_id, x.i)) == "name" for x in agents[:1]) else 0.8
    parts = list(dict.fromkeys((a.name, r) for a, r in parts))
    ev = Event(kind=k, participants=[Participant(a, r) for a, r in parts], sentence=sc.sent.position,
               place=place, confidence=conf)
    if site:
        ctx.site_events = getattr(ctx, "site_events", set()) | {id(ev)}
    return ev, False


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


def _credited_act_main(v):
    """'A thanked B for helping C combat X during a call with D': the parser may hang the call
    on the act A thanked B for; the call is the setting of the thanks, so A is its side."""
    x = v
    while x.dep_ in ("ccomp", "xcomp") and x.head != x:
        x = x.head
    if x.dep_ == "pcomp" and x.head.lower_ == "for" and x.head.head.pos_ == "VERB" and x != v:
        return x.head.head
    return v


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
    date_events(ctx, sc, {t.i: ev}, set())
    if not hasattr(ctx, "talk_evidence"):
        ctx.talk_evidence = []
    ctx.talk_evidence.append((sc.sent.position, people, ev))


_SIT_IN = {"attend", "join"}


def _sat_in(t, k) -> bool:
    """'A and B also attended the meeting with Y': people sitting in on talks the article has
    told of already ('the'), not a meeting of their own."""
    return k in ("meeting", "talks", "working session") and t.pos_ == "NOUN" and t.dep_ == "dobj" \
        and t.head.lemma_.lower() in _SIT_IN and any(c.dep_ == "det" and c.lower_ in ("the", "these", "those")
                                                     for c in t.children)


def events_in_sentence(ctx, sc) -> None:
    span = sc.span
    triggers: dict[int, Event] = {}
    refs: set[int] = set()  # events of earlier sentences referred back to here
    found = [(t, k) for t in span if (k := kind_of(t)) and not hypothetical(t) and not is_background(t)
             and not _sat_in(t, k)]
    occasion = occasion_of(ctx, sc)
    _note_delegation_leader(ctx, span)
    sides: dict = {}
    for t, k in found:
        ev, back = _event_at(ctx, sc, t, k, sides)
        if ev is None:
            _note_talks_evidence(ctx, sc, t, k)
            continue
        if back:
            refs.add(id(ev))
        elif aside(t):
            ctx.aside_events = getattr(ctx, "aside_events", set()) | {id(ev)}
            if deed_setting(t):  # undated, it cannot be told from background: not stored
                ctx.deed_settings = getattr(ctx, "deed_settings", set()) | {id(ev)}
        triggers[t.i] = ev
        g = gov(t)
        if g is not None:
            triggers.setdefault(g.i, ev)
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
    note_attended(ctx, sc, _place_of)
