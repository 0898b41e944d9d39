"""Receptions and visits of a group whose leader the next sentences name.

'X hosted a delegation from the Russian Embassy on May 4. The Russian group was headed by
Deputy Ambassador Y.': the reception verb names no guest, so no event is made from its own
sentence (a reception needs its guest); the leader named right after it is the guest. 'Three
ships of the Pacific Fleet arrived in Z on Saturday for a four-day visit. ... The naval
delegation is headed by Colonel W.' (or '... under the command of W'): W is the visitor. The row
stays with the first sentence, its place and its day; less sure than one sentence's.
"""

from __future__ import annotations

from knowledge import names
from knowledge.extract_background import is_background
from knowledge.extract_kinds import kind_of
from knowledge.extract_occasions import date_events
from knowledge.extract_places import best_place, host_of, places_under
from knowledge.extract_tree import actors_of, expand, preps, subject_of
from knowledge.extract_irrealis import hypothetical
from knowledge.extract_visits import RECEPTION_VERBS, nationality_of
from knowledge.facts import Event, Participant

# the nouns for a visiting party that names nobody
GROUPS = {"delegation", "group", "team", "side", "mission"}
# ... and the ones that travel: ships, a squadron, a crew
TRAVELLERS = GROUPS | {"ship", "vessel", "warship", "fleet", "squadron", "flotilla", "detachment", "crew", "frigate",
                       "destroyer", "cruiser", "corvette", "submarine"}
_LEAD = {"lead", "head", "command"}
# who may be said to have been led, referring back to a group: 'The visitors ... were led by Y'
_LED = TRAVELLERS | {"guest", "visitor"}
# a group's own act, its leader named in the next sentence: 'A delegation from X visited Y' / 'met
# the leaders of Z. Its head, W, said ...'
_GROUP_ACTS = {"visit": "visit", "meet": "meeting", "travel": "visit"}
# sentences after the event within which its leader may be named: right after a reception (two on
# when it names the guests as such: 'The talks were devoted to ... Heading the visiting group was
# W'); a few sentences on for a visit (the ships are described first)
_REACH = {"reception": 1, "visit": 3}


def _led_by_named(ctx, noun) -> bool:
    """'a delegation led by X': the sentence names the leader itself (the usual rules see it)."""
    return any(c.dep_ == "acl" and c.lemma_.lower() in _LEAD and any(True for _ in preps(c, ("by",)))
               for c in noun.subtree)


def note_group_receptions(ctx, sc, place_of) -> None:
    """Remember each 'PERSON received/hosted/welcomed a delegation' of this sentence whose
    leader it does not name (`place_of(ctx, sc, t, kind, objects)` gives the place)."""
    notes = ctx.group_receptions
    for v in sc.span:
        if v.pos_ != "VERB" or v.lemma_.lower() not in RECEPTION_VERBS:
            continue
        subs, passive = subject_of(ctx, v)
        group = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in GROUPS), None)
        if passive or group is None or _led_by_named(ctx, group):
            continue
        hosts = [a for a in actors_of(ctx, [x for s in subs for x in expand(s)]) if a.kind == "person"]
        if not hosts or any(a.kind == "person" for a in actors_of(ctx, list(expand(group)))):
            continue
        ev = Event(kind="reception", participants=[Participant(a.name, "host") for a in hosts],
                   sentence=sc.sent.position, place=place_of(ctx, sc, v, "reception", [group]), confidence=0.7)
        date_events(ctx, sc, {v.i: ev}, set())
        notes.append(ev)


def note_group_visits(ctx, sc, place_of) -> None:
    """Remember each visit of this sentence made by ships or a group that names nobody: 'Three
    ships ... arrived in Z for a four-day visit', 'A group of vessels docked at Z, beginning a
    visit' (`place_of` as for receptions)."""
    notes = ctx.group_receptions
    for t in sc.span:
        k = kind_of(t)
        if not k or "visit" not in k or t.pos_ != "NOUN" or hypothetical(t) or is_background(t):
            continue
        v = t.head.head if t.dep_ == "pobj" else t.head if t.dep_ == "dobj" else None
        while v is not None and v.dep_ in ("advcl", "xcomp", "conj") and v.tag_ == "VBG":
            v = v.head  # 'docked at Z, beginning a visit'
        subs, passive = subject_of(ctx, v) if v is not None and v.pos_ in ("VERB", "AUX") else ([], True)
        if passive or not subs or any(s.lemma_.lower() not in TRAVELLERS for s in subs) or any(
                a.kind == "person" for a in actors_of(ctx, subs)):
            continue
        place = place_of(ctx, sc, v, k, []) or place_of(ctx, sc, t, k, [])
        a = ctx.table.actors.get(names.fold(place)) if place else None
        host = host_of(ctx, a) if a is not None else None
        ev = Event(kind=k, participants=[Participant(host.name, "host")] if host is not None else [],
                   sentence=sc.sent.position, place=place, confidence=0.7)
        date_events(ctx, sc, {v.i: ev, t.i: ev}, set())
        notes.append(ev)
        return


def _commanders(ctx, sc) -> list:
    """'... under the command of Y': Y leads the group."""
    return [a for t in sc.span if t.lower_ == "command" and t.dep_ == "pobj" and t.head.lower_ == "under"
            for a in actors_of(ctx, [x for o in preps(t, ("of",)) for x in expand(o)]) if a.kind == "person"]


def _leaders(ctx, sc) -> list:
    """Who this sentence says led a group: 'The Russian group was headed by Y', 'Y led the
    delegation', 'the ships, commanded by Y'."""
    out = _commanders(ctx, sc)
    for v in sc.span:
        if v.pos_ != "VERB" or v.lemma_.lower() not in _LEAD:
            continue
        subs, passive = subject_of(ctx, v)
        # 'The visitors came from X and were led by Y': the conjunct's own 'were' makes it passive
        passive = passive or any(c.dep_ == "auxpass" for c in v.children)
        if passive and any(s.lemma_.lower() in _LED for s in subs):
            out += [a for a in actors_of(ctx, [x for o in preps(v, ("by",)) for x in expand(o)]) if a.kind == "person"]
        elif not passive and any(c.dep_ == "dobj" and c.lemma_.lower() in TRAVELLERS for c in v.children):
            out += [a for a in actors_of(ctx, [x for s in subs for x in expand(s)]) if a.kind == "person"]
    out += _heads_named(ctx, sc) + _fronted_leaders(ctx, sc)
    return [a for i, a in enumerate(out) if a not in out[:i]]


def _fronted_leaders(ctx, sc) -> list:
    """'Leading the delegation was W', 'Heading the Russian group is W': the inverted form names
    the leader after the copula (the parser hangs W on 'was' as its attribute)."""
    out = []
    for v in sc.span:
        if v.tag_ != "VBG" or v.lemma_.lower() not in _LEAD or v.i != sc.span.start or not any(
                c.dep_ == "dobj" and c.lemma_.lower() in _LED for c in v.children):
            continue
        cops = [v] + [c for c in v.children if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() == "be"]
        attrs = [a for c in cops for a in c.children if a.dep_ == "attr"]
        out += [a for a in actors_of(ctx, [x for t in attrs for x in expand(t)]) if a.kind == "person"]
    return out


def _heads_named(ctx, sc) -> list:
    """'W, deputy chairman of the committee and head of the delegation, said', 'The head of the
    delegation, W, said': the person a 'head/leader of the <group>' phrase stands beside."""
    out = []
    for t in sc.span:
        if t.lemma_.lower() not in ("head", "leader") or not any(
                o.lemma_.lower() in GROUPS and _the_group(o) for o in preps(t, ("of",))):
            continue
        x = t
        while x.dep_ == "conj":
            x = x.head  # 'deputy chairman of the committee and head of the delegation'
        beside = [x.head] if x.dep_ == "appos" else [c for c in x.children if c.dep_ == "appos"]
        out += [a for b in beside for a in actors_of(ctx, list(expand(b))) if a.kind == "person"]
    return out


def _the_group(o) -> bool:
    """'the delegation', 'the Vietnamese delegation', 'the visiting team': the group told before, by
    its side at most ('head of the Vietnamese national group' may be another group's)."""
    words = [d for d in o.children]
    return [d.lower_ for d in words[:1]] == ["the"] and len(words) <= 2 and all(
        d.lower_ == "visiting" or names.country_of_demonym(d.text) for d in words[1:])


def note_group_acts(ctx, sc, place_of) -> None:
    """Remember each 'A delegation from X visited Y / met Z' of this sentence that names no person of
    the group (`place_of` as for receptions): the leader the next sentence names is its visitor."""
    notes = ctx.group_receptions
    for v in sc.span:
        k = _GROUP_ACTS.get(v.lemma_.lower())
        if v.pos_ != "VERB" or k is None or hypothetical(v) or is_background(v):
            continue
        subs, passive = subject_of(ctx, v)
        if passive or not subs or any(s.lemma_.lower() not in GROUPS or _led_by_named(ctx, s) for s in subs) or any(
                a.kind == "person" for s in subs for a in actors_of(ctx, list(expand(s)))):
            continue
        objs = [c for c in v.children if c.dep_ == "dobj"]
        met = [a for a in actors_of(ctx, [x for o in objs for x in expand(o)]) if a.kind == "person"]
        travel = v.lemma_.lower() == "travel"  # 'travelled (on) to Y'
        where = best_place(places_under(ctx, list(preps(v, ("to",))) if travel else objs)) if k == "visit" else None
        place = where.name if where is not None else None if travel else place_of(ctx, sc, v, k, objs)
        a = ctx.table.actors.get(names.fold(place)) if place and k == "visit" else None
        host = host_of(ctx, a) if a is not None else None
        parts = [Participant(p.name, "host") for p in met] or ([Participant(host.name, "host")] if host else [])
        ev = Event(kind=k, participants=parts, sentence=sc.sent.position, place=place, confidence=0.7)
        date_events(ctx, sc, {v.i: ev}, _clause_dates(sc, v) if travel else set())
        notes.append(ev)


# a clause of its own under the trip's verb: 'After attending X', 'before returning home'
_CLAUSES = {"advcl", "ccomp", "xcomp", "acl", "relcl", "csubj", "pcomp"}


def _clause_dates(sc, v) -> set:
    """The date spans of a clause hung on v ('After attending X from May 2 to 5, the group
    travelled on to Y'): they date that other act, not the trip."""
    doc = sc.span.doc
    out = set()
    for s, e, _ in sc.dates:
        t, clause = doc[s:e].root, False
        while t.head != t and t != v:
            clause = clause or t.dep_ in _CLAUSES
            t = t.head
        if t == v and clause:
            out.add((s, e))
    return out


def _briefed_host(ctx, sc) -> list:
    """'X received a delegation from Y. Y's director Z briefed the host on ...': right after a
    group's reception, who addresses 'the host' as the sentence's subject speaks for the group."""
    out = []
    for v in sc.span:
        if v.pos_ != "VERB" or v.dep_ != "ROOT" or not any(
                c.dep_ in ("dobj", "dative") and c.lower_ in ("host", "hosts")
                and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children) for c in v.children):
            continue
        subs, passive = subject_of(ctx, v)
        if not passive:
            out += [a for a in actors_of(ctx, [x for s in subs for x in expand(s)]) if a.kind == "person"]
    return out


def _guests_named(sc) -> bool:
    """'the visiting delegation', 'the guests': the sentence speaks of the group as the visitors."""
    return any(t.lemma_.lower() in _LED and (t.lemma_.lower() in ("guest", "visitor") or any(
        c.dep_ == "amod" and c.lower_ == "visiting" for c in t.children)) for t in sc.span)


def group_guests(ctx, sc) -> list[Event]:
    """The noted receptions of the last sentences whose group this sentence says a person led:
    with that person as the guest."""
    out = []
    notes = ctx.group_receptions
    pos = sc.sent.position
    reach = {**_REACH, "reception": 2} if _guests_named(sc) else _REACH
    for ev in [e for e in notes if 0 < pos - e.sentence <= reach["visit" if "visit" in e.kind else "reception"]]:
        hosts = {p.actor for p in ev.participants}
        sides = {nationality_of(ctx, h) for h in hosts} - {None}
        guests = [a for a in _leaders(ctx, sc) or _briefed_host(ctx, sc) if a.name not in hosts
                  and a.nationality not in sides]
        who = hosts | {a.name for a in guests}
        if not guests or any(e.kind == ev.kind and who <= {p.actor for p in e.participants} for e in ctx.events):
            continue
        ev.participants += [Participant(a.name, "visitor") for a in guests]
        notes.remove(ev)
        out.append(ev)
    return out
