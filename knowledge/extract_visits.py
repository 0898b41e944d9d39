"""Visits and hosts: who travels, who receives, and whether the roles fit the place.

The visitor is the one who travels to the place; the host is of the place's country. A visit
named without its visitor ('arrived ... for a state visit', 'who is on an official visit to X',
'welcoming his visit') takes the visitor from the phrase it hangs on; the reception verbs
('received', 'welcomed', 'hosted') name the guest. A visit whose visitor is of the country
visited contradicts itself: it is repaired from the sentence's guest or dropped (extract_visit_repair).
"""

from __future__ import annotations

from knowledge import names
from knowledge.extract_occasions import date_events
from knowledge.extract_places import best_place, host_of, place_reference, places_under
from knowledge.extract_tree import actors_of, expand, gov, guest_participle, person_after_place, preps, subject_of
from knowledge.facts import Event, Participant

RECEPTION_VERBS = {"receive", "welcome", "host", "greet"}
# what one hosts for a guest: 'hosted a banquet in honour of X'
_HOSTED_THINGS = {"banquet", "dinner", "luncheon", "lunch", "reception", "breakfast", "gala"}
# what one welcomes or receives that is no guest: 'welcomed the results of X's talks with Y'
_WELCOMED_THINGS = {"result", "outcome", "achievement", "progress", "decision", "proposal", "initiative", "effort",
                    "contribution", "message", "letter", "statement", "news", "idea", "suggestion", "development",
                    "step", "move", "conclusion", "signing", "growth", "success", "support", "report", "award"}
_MET = {"talks", "meeting", "reception", "working session"}
_SURFACE_HOSTS = {"hosts", "hosted", "welcomes", "welcomed", "receives", "received", "greets", "greeted"}


def _person(ctx, tok):
    a = ctx.resolve(tok)
    return a if a is not None and a.kind == "person" else None


def reception_objects(v) -> list:
    """The guest tokens of a reception verb: its object, or who a banquet was given for."""
    dobjs = [c for c in v.children if c.dep_ == "dobj"]
    if any(c.pos_ == "NOUN" and c.lemma_.lower() in _WELCOMED_THINGS for c in dobjs):
        return []  # the people inside 'the results of X's talks' were not received
    objs = [x for c in dobjs for x in expand(c)] or [
        x for c in person_after_place(v) if v.lemma_.lower() == "receive" for x in expand(c)]
    p = guest_participle(v)
    if not objs and p is not None:  # 'received visiting Minister X' parsed as a clause 'visiting X'
        objs = [x for c in p.children if c.dep_ == "dobj" for x in expand(c)]
    for c in list(objs):
        if c.lower_ in _HOSTED_THINGS:
            objs.remove(c)
            for holder in (c, v):  # 'a banquet for X', 'a banquet in honour of X' (on either)
                objs += [x for h in preps(holder, ("for",)) for x in expand(h)]
                objs += [x for h in preps(holder, ("in",)) if h.lower_ in ("honour", "honor")
                         for o in preps(h, ("of",)) for x in expand(o)]
    return objs


def _guests(ctx, sc) -> list:
    """Persons this sentence names as received, welcomed or hosted (the guests)."""
    out = []
    for t in sc.span:
        if t.pos_ == "VERB" and t.lemma_.lower() in RECEPTION_VERBS:
            subs, passive = subject_of(ctx, t)
            toks = [x for s in subs for x in expand(s)] if passive else reception_objects(t)
            out += [a for x in toks if (a := _person(ctx, x)) is not None and a not in out]
    return out


def visit_visitors(ctx, sc, t) -> list:
    """Visitors of a visit noun that names none itself: 'X arrived ... for a state visit',
    'Y, who is on an official visit to Z', 'received Y on his visit', 'starting a visit'."""
    h = t.head if t.dep_ == "pobj" else None
    v = h.head if h is not None and h.dep_ == "prep" else None
    if v is None:
        return []
    if v.pos_ in ("NOUN", "PROPN"):  # 'Y, on an official visit to Z, said ...'
        a = _person(ctx, v)
        return [a] if a else []
    if v.pos_ in ("VERB", "AUX") and v.lemma_.lower() in RECEPTION_VERBS:
        guests = [a for x in reception_objects(v) if (a := _person(ctx, x)) is not None]
        if guests:
            return guests
    if v.dep_ == "relcl" and v.head.pos_ in ("NOUN", "PROPN"):  # 'Y, who is on a visit to Z'
        a = _person(ctx, v.head)
        return [a] if a else []
    subs, passive = subject_of(ctx, v)
    if passive and v.lemma_.lower() in RECEPTION_VERBS:
        return [a for s in subs for x in expand(s) if (a := _person(ctx, x)) is not None]
    people = [a for s in subs for x in expand(s) if (a := _person(ctx, x)) is not None]
    return people if v.lemma_.lower() not in RECEPTION_VERBS else []


def _before_aside(sc, i: int) -> int:
    """The token before position i, over a relative clause set off by commas: 'X, who heads the
    party, hosted Y' -> X."""
    doc = sc.span.doc
    if doc[i - 1].text != ",":
        return i - 1
    for k in range(i - 2, sc.span.start + 1, -1):
        if doc[k].lower_ in ("who", "which") and doc[k - 1].text == ",":
            return k - 2
    return i - 1


def surface_receptions(ctx, sc, covered: set[int]) -> list[Event]:
    """'X hosts visiting Lao Prime Minister Y', 'X welcomed Y': the parser may not make the verb
    a verb (headline-like sentences); read it off the words: a person right before the verb,
    the next person after it with only titles, 'visiting' or nationality words between."""
    out = []
    doc = sc.span.doc
    for t in sc.span:
        if t.lower_ not in _SURFACE_HOSTS or t.i in covered:
            continue
        left = ctx.table.at(sc.doc_id, _before_aside(sc, t.i)) if t.i > sc.span.start else None
        if left is None or left.kind != "person":
            continue
        right = None
        for j in range(t.i + 1, min(sc.span.end, t.i + 12)):
            a = ctx.table.at(sc.doc_id, j)
            if a is not None and a.kind == "person" and ctx.table.how.get((sc.doc_id, j)) == "name":
                right = a
                break
            w = doc[j]
            if not (w.is_title or w.lower_ in ("visiting", "the", "his", "her", "its", "their", "-")
                    or names.country_of_demonym(w.text)):
                break
        if right is None or right is left:
            continue
        # 'hosted Y, leader of Z, in Moscow on September 7': the parser hangs the place and day on Y
        place = best_place(places_under(ctx, list(preps(doc[j], ("in", "at")))))
        ev = Event(kind="reception", participants=[Participant(left.name, "host"), Participant(right.name, "visitor")],
                   sentence=sc.sent.position, place=place.name if place is not None else None, confidence=0.8)
        date_events(ctx, sc, {j: ev}, set())
        out.append(ev)
    return out


def fix_sentence_roles(ctx, sc, events: list[Event]) -> None:
    """In one sentence, whoever received/welcomed/hosted is no visitor: 'X received Y,
    welcoming his visit' is Y's visit. A visit whose visitor is a host here takes the guest."""
    hosts = {p.actor for e in events if e.kind == "reception" for p in e.participants if p.role == "host"}
    if not hosts:
        return
    guests = [a.name for a in _guests(ctx, sc) if a.name not in hosts]
    for e in events:
        if "visit" not in e.kind or not any(p.role == "visitor" and p.actor in hosts for p in e.participants):
            continue
        if _abroad(ctx, e, hosts):
            continue  # 'X hosted Y in Moscow while on an official visit to Russia': X's own trip
        keep = [p for p in e.participants if not (p.role == "visitor" and p.actor in hosts)]
        if not guests:
            e.participants = keep  # no visitor left: dropped by check_events
            continue
        e.participants = [Participant(g, "visitor") for g in guests] + \
            [p for p in keep if p.actor not in guests]
        e.confidence = min(e.confidence, 0.7)


def _abroad(ctx, e: Event, hosts: set) -> bool:
    """Every visitor of e who hosts in this sentence is known to be of another country than the
    one e's place is in: a guest abroad may host someone too."""
    where = e.place and (names.canonical_country(e.place) or names.PLACE_COUNTRY.get(e.place))
    vs = [p.actor for p in e.participants if p.role == "visitor" and p.actor in hosts]
    return bool(where) and all(nationality_of(ctx, v) not in (None, where) for v in vs)


def nationality_of(ctx, name: str) -> str | None:
    a = ctx.table.actors.get(names.fold(name))
    if a is None:
        return None
    return a.name if a.kind == "country" else a.nationality


def _kind_of(ctx, name: str) -> str | None:
    a = ctx.table.actors.get(names.fold(name))
    return a.kind if a is not None else None


# below the engine's threshold for stating a fact (knowledge.answer.compose.LOW_CONFIDENCE = 0.5):
# stored, shown by `facts`, quoted — never stated as the answer line
UNSURE = 0.4

# words that name a place as a kind, not a trip's destination by name ('the province', 'the city')
_PLACE_NOUNS = {"province", "city", "capital", "region", "country", "town", "krai", "oblast", "territory", "state",
                "republic", "island", "islands", "district", "locality", "localities"}
TRIP_VERBS = {"pay", "make", "begin", "start", "undertake", "conduct", "continue", "embark", "be", "end", "conclude",
              "wrap", "complete", "cut", "extend", "finish", "kick", "have", "take"}
# verbs that credit their object with something done: 'thanked the ministry for the visit'
_CREDITING = {"thank", "congratulate", "praise", "commend", "applaud"}
_SETTING_PREPS = {"during", "throughout", "after", "before", "following", "at", "in", "since", "within", "from"}


def _visit_referred_to(t) -> bool:
    """'the visit' / 'this trip' without its own visitor ('X's', 'of X', 'by X'), as the setting
    of another act ('During the trip, ...') or the object of a verb that does not make a trip
    ('X called the visit a milestone', 'The meeting closed the trip'): the visit the article
    already reports, whoever the clause's subject is."""
    if t.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
        return False
    if any(c.dep_ == "poss" for c in t.children) or any(True for _ in preps(t, ("of", "by"))):
        return False
    if t.dep_ == "pobj":
        v = t.head.head
        if t.head.lower_ in ("for", "on") and v.lemma_.lower() in _CREDITING and any(c.dep_ == "dobj" for c in v.children):
            return True  # 'A thanked B for the visit': B's trip, told before, never A's
        return t.head.lower_ in _SETTING_PREPS
    g = gov(t)
    return g is not None and g.lemma_.lower() not in TRIP_VERBS


def _guest_visit_valued(ctx, t, people) -> bool:
    """'[the hostess] said Vietnam held his visit in the highest regard': 'his visit' as the object
    of a verb that makes no trip, with no destination of its own, in an article that has already
    told a guest — the trip told before, not a new visit row (nor the host's, should
    the pronoun fall on him)."""
    poss = [c for c in t.children if c.dep_ == "poss"]
    if t.pos_ != "NOUN" or not people or any(True for _ in preps(t, ("to",))) or not poss:
        return False
    g = gov(t)
    guests = {p.actor for e in ctx.events for p in e.participants if p.role == "visitor"}
    # ('The minister welcomed the ambassador's visit': the guest received before, by his title)
    return g is not None and t.dep_ == "dobj" and g.lemma_.lower() not in TRIP_VERBS and bool(guests) \
        and (poss[0].pos_ == "PRON" or all(a.name in guests for a in people))


def _other_doer(t, root) -> bool:
    """The clause t is told in is about other people, by 'who': 'received journalists who were
    touring the region on a study trip' is their trip, never the receiver's."""
    v = t.head
    while v.pos_ not in ("VERB", "AUX") and v.head != v:
        v = v.head
    return v != root and v.dep_ == "relcl" and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"
                                                   for c in v.children)


def _indefinite_own(t, root) -> bool:
    """'an official visit' told of no one else ('the first day of an official visit to X'): the
    visit of the sentence's subject, unless its clause is other people's ('who were on a trip')."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children) and not _other_doer(t, root)


def visit_parts(ctx, sc, t, ag, ob):
    """(participants with roles, place, how sure, a site rather than a trip) of a visit trigger."""
    dest = list(preps(t, ("to",))) + ([c for c in t.children if c.dep_ == "dobj"] if t.pos_ == "VERB" else [])
    a = best_place(places_under(ctx, dest))
    place, host = (a.name, host_of(ctx, a, dest)) if a is not None else (None, None)
    site = False
    if t.lemma_.lower() == "travel" and a is None:
        return [], None, None, False  # 'travelled' is a visit only to a place the text names
    # ('paid a visit to the Gazprom group': the body named before the noun)
    dest_words = [x for d in dest for x in [d, *(c for c in d.children if c.dep_ == "compound")]]
    if a is None and any(d.ent_type_ in ("ORG", "FAC") or d.pos_ == "PROPN" and ctx.resolve(d) is None
                         or getattr(ctx.resolve(d), "kind", "") == "org" for d in dest_words):
        site = True  # 'visited the Vietnam-Russia Tropical Centre in Hanoi': a body, wherever it is
    if a is not None and not any(getattr(ctx.resolve(d), "kind", "") in ("place", "country")
                                 or d.lower_ in _PLACE_NOUNS for d in dest):
        # 'visited the Vietnamese Embassy in Moscow': a site in a city, not a trip to a state —
        # no host state, and never one row with the trip around it
        host, site = None, True
        # '... the Embassy in Moscow, where Ambassador Y briefed him': Y received him there
        ob = ob + [a for d in dest for x in d.subtree if x.dep_ == "relcl" and any(
            w.lower_ == "where" for w in x.children) for sb in x.children if sb.dep_ == "nsubj"
            for a in actors_of(ctx, [sb]) if a.kind == "person" and a not in ob]
    people = unit_visitors(ctx, t) or [a for a in ag if a.kind in ("person", "country")]
    # 'spoke about this year's visit to Vietnam by Duma lawmakers': the visit names its own
    # visitors, never the speaker (an unnamed group: no visitor)
    # (the parser may hang 'by' on the destination: 'visit to Việt Nam by Duma lawmakers')
    by = [x for h in [t, *preps(t, ("to",))] for o in preps(h, ("by",)) for x in expand(o)] if t.pos_ == "NOUN" else []
    if by:
        people = [a for a in actors_of(ctx, by) if a.kind in ("person", "country")]
    g = gov(t) or t
    # ('The delegation is paying an official visit': its leader's visit, less sure)
    conf = 0.6 if any(ctx.delegation_said(x) for x in subject_of(ctx, g)[0]) else None
    if _visit_referred_to(t) or _guest_visit_valued(ctx, t, people):
        people = []  # 'During the trip, A and B signed', 'X called the visit a milestone': no new visitor
    elif not people and t.pos_ == "NOUN" and not by:
        people = visit_visitors(ctx, sc, t)
        if not people and _indefinite_own(t, sc.span.root):
            # "..., the first day of an official visit to X": a visit named without its
            # visitor is the visit of the sentence's subject (else the last subject); less sure
            subj = next((c for c in sc.span.root.children if c.dep_ in ("nsubj", "nsubjpass")
                         and getattr(ctx.resolve(c), "kind", "person") == "person"), None)
            a = ctx.resolve(subj) if subj is not None else None
            conf = 0.6
            if a is None and subj is not None and subj.lower_ in ("delegation", "delegations"):
                a = ctx.delegation_leader  # "The delegation is paying a visit ..."
            if a is None and subj is None:
                a, conf = ctx.last_subject, UNSURE  # a subject of an earlier sentence: a guess
            if a is not None and a.kind == "person":
                people = [a]
            else:
                conf = None
    if place is None and people:
        a = next((r for r in (place_reference(ctx, d, people) for d in dest) if r is not None), None)
        if a is not None:
            place, host = a.name, host_of(ctx, a)
    parts = [(a, "visitor") for a in people]
    if host is not None and host not in people:
        parts.append((host, "host"))
    parts += [(a, "host") for a in ob if a.kind == "person"]
    return parts, place, conf, site


# a unit that travels as one: a naval task force or squadron, its ships
_UNITS = {"force", "squadron", "fleet", "flotilla", "detachment", "ship", "ships", "warship", "warships", "vessel",
          "vessels", "frigate", "destroyer", "cruiser", "corvette", "flagship"}


def unit_visitors(ctx, t) -> list:
    """'A task force of Russia's Pacific Fleet wrapped up its call at the port of X', 'A Russian
    Pacific Fleet squadron led by the ship Admiral Tributs completed its visit': the visitor is the
    unit, by the body it names (the fleet), never the state it belongs to nor the ship leading it."""
    v = t if t.pos_ == "VERB" else gov(t)
    subs = subject_of(ctx, v)[0] if v is not None else []
    out = []
    # 'The Admiral Vinogradov, a Russian Navy ship that ..., is making a port call': the unit the
    # named ship is said to be
    subs = [*subs, *(c for sb in subs for c in sb.children if c.dep_ == "appos")]
    for sb in subs:
        if sb.lemma_.lower() not in _UNITS and sb.lower_ not in _UNITS:
            continue
        stack = [c for c in sb.children if c.dep_ in ("compound", "prep", "nmod")]
        while stack:
            x = stack.pop(0)
            a = ctx.table.at(ctx.sents[ctx.cur].doc_id, x.i)
            if a is not None and a.kind == "org" and a not in out:
                out.append(a)
            stack.extend(c for c in x.children if c.dep_ in ("compound", "pobj", "poss", "nmod"))
    return out


def told_at_reception(ctx, t, place: str | None, agents: list, objects: list) -> tuple[list, list]:
    """(hosts, guests) of 'A told B at a reception in P': the verb says who spoke, not who
    received whom — the host is the side from P's country, the guest the side from elsewhere.
    Where the place does not settle it, or the reception was given for something ('marking the
    National Day', 'for the delegation'), both sides may be guests: no reception of theirs."""
    if any(c.dep_ == "acl" or c.dep_ == "relcl" and not _said_clause(c) or c.dep_ == "prep" and (
            c.lower_ not in ("in", "at", "on") or any(o.lower_ == "occasion" for o in c.children)) for c in t.children):
        return [], []
    where = ctx.table.actors.get(names.fold(place)) if place else None
    country = where.name if where is not None and where.kind == "country" else \
        names.PLACE_COUNTRY.get(where.name) if where is not None else None
    if country is None:
        return [], []

    def side(toks):
        return {nationality_of(ctx, a.name) for x in toks if (a := ctx.resolve(x)) is not None}

    a_side, o_side = side(agents), side(objects)
    if a_side == {country} and o_side and country not in o_side and None not in o_side:
        return agents, objects
    if o_side == {country} and a_side and country not in a_side and None not in a_side:
        return objects, agents
    return [], []


def _said_clause(c) -> bool:
    """'told B at a reception that Laos valued …': the parser may hang what was told on the
    reception as a relative clause; it has a subject of its own."""
    return any(d.dep_ in ("nsubj", "nsubjpass") and d.lower_ not in ("that", "which", "who") for d in c.children)
