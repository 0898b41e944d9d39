"""Who holds an event and with whom, and where its own words place it: the sides and place of one
event trigger (a noun such as 'talks', 'phone call', or a verb such as 'met', 'received') read from
the dependency tree — its subject, objects, 'with'/'between' phrases, 'co-chaired by' participles,
the verb of telling an event is the setting of — for extract_events to turn into an Event."""

from __future__ import annotations

from knowledge.extract_kinds import ATTENDED, CEREMONIES, TELL_VERBS
from knowledge.extract_places import best_place, places_under
from knowledge.extract_tree import actors_of, anchors, carrier, expand, flat_subtree, gov, preps, subject_of
from knowledge.extract_visits import TRIP_VERBS, reception_objects, told_at_reception


# verbs of a programme begun or ended 'with talks with X'
_OPEN_WITH = {"open", "begin", "start", "kick", "end", "close", "conclude", "wrap", "round", "follow"}


def opened_with(t, k):
    """The verb of 'opened / began / ended [a programme] with talks with X' for the talks noun t."""
    if k in ("talks", "meeting") and t.dep_ == "pobj" and t.head.lower_ == "with" and t.head.head.pos_ == "VERB" \
            and t.head.head.lemma_.lower() in _OPEN_WITH:
        return t.head.head
    return None


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


_MET_FOR = {"sit", "meet", "gather"}


def _pair_acting_in(ctx, t, k) -> list:
    """'A and his counterpart B reviewed ... in a phone conversation', 'A and B discussed ... at a
    meeting on Wednesday': two or more named people who act together in a call or meeting are its
    sides (subject tokens), else []."""
    if k not in ("phone call", "meeting", "talks", "working session") or t.dep_ != "pobj" or t.head.lower_ not in (
            "in", "at", "during", "over", "for") or t.tag_ == "NNS" and k != "talks":
        return []
    v = t.head.head
    if t.head.lower_ == "for" and v.lemma_.lower() not in _MET_FOR:
        return []  # 'A and B sat down / met for talks': theirs (not 'thanked A and B for the talks')  # the parser may hang the phrase on the verb's object ('reviewed cooperation in a call')
    if v.pos_ != "VERB" and v.dep_ == "dobj":
        v = v.head
    if v.pos_ != "VERB":
        return []
    subs, passive = subject_of(ctx, v)
    if passive and v.dep_ == "ccomp" and v.head.pos_ == "VERB":
        # 'A and B reviewed how the deal is being implemented at a working session': the parser
        # hangs the setting on the passive clause reviewed; the ones reviewing met there
        subs, passive = subject_of(ctx, v.head)
    toks = [x for s_ in subs for x in expand(s_)]
    people = [a for a in actors_of(ctx, toks) if a.kind == "person"]
    return toks if not passive and len(people) >= 2 else []


def event_sides(ctx, sc, t, k):
    """(agent tokens, object tokens, passive) of trigger t: who holds the event and with whom."""
    g = gov(t)
    if t.pos_ == "VERB":
        agents, objects, passive = _verb_sides(ctx, sc, t, k)
    else:
        agents, objects = _noun_sides(ctx, sc, t, k, g)
        passive = False
    _kind_objects(ctx, t, k, g, objects)
    return agents, objects, passive


def _verb_sides(ctx, sc, t, k):
    """A verb's sides: its subject and chairs, and its object (the one received, a person the
    parser hangs as an adverbial noun after 'meeting'); passive, the 'by' agent (also on the
    setting: 'were greeted in a welcome ceremony by X, together with Y') and the subject met."""
    agents, objects = [], []
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
        objects += _named_after_place(ctx, sc, t, objects)
        if not objects and k == "meeting":
            # "before meeting National Assembly Chairman X": the parser may hang the
            # person as an adverbial noun; a named person there is the one met
            objects = [x for c in t.children if c.dep_ in ("npadvmod", "attr", "oprd") and c.i > t.i
                       and ctx.resolve(c) is not None and ctx.resolve(c).kind == "person"
                       for x in expand(c)]
    return agents, objects, passive


def _noun_sides(ctx, sc, t, k, g):
    """An event noun's sides: who holds it by the words around it, else — in this order — the
    speaker beside 'during a phone call with B', whoever opened a programme with it, two people
    acting together in it, who was told of during it, the main clause's subject of 'talks held'."""
    agents, objects = _noun_holders(ctx, t, k, g), []
    if not agents:
        agents = _other_side(ctx, t, k)
    if not agents and opened_with(t, k) is not None:
        # 'opened a programme of meetings on Saturday with talks with X': whoever opened it
        subs, _ = subject_of(ctx, opened_with(t, k))
        agents = [x for s in subs for x in expand(s)]
    if not agents:
        agents = _pair_acting_in(ctx, t, k)
    if not agents and not objects and _setting_verb(t, k) is not None:
        agents, objects = _told_during(ctx, sc, _setting_verb(t, k))
        if k == "reception":
            agents, objects = told_at_reception(ctx, t, event_place(ctx, sc, t, k, objects), agents, objects)
    if not agents and t.dep_ == "nsubj" and k in ("talks", "meeting") and t.head.lemma_.lower() == "bring" and any(
            c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in t.head.children):
        # 'The talks brought together A and B': the people brought together held them
        # (the names may sit deep in long titles: 'Chief of the General Staff X, ..., and General Y')
        agents = [x for c in t.head.children if c.dep_ == "dobj" or c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")
                  for x in c.subtree
                  if getattr(ctx.resolve(x), "kind", None) == "person"]
    if not agents and t.dep_ == "pobj" and k in ("talks", "meeting") and any(
            c.dep_ == "acl" for c in t.children):
        # "the results of talks held ... with X": held by the main-clause subject
        agents = [c for c in sc.span.root.children if c.dep_ == "nsubj"]
    return agents, objects


def _noun_holders(ctx, t, k, g) -> list:
    """Who holds an event noun by the words around it: the subject of the verb that governs it
    ('paid a visit', 'presided over'), a possessive, its chairs, 'was chaired by', 'of'/'by'."""
    agents = []
    if g is not None and (carrier(t).dep_ in ("dobj", "attr") or g.lemma_.lower() == "preside") and not (
            "visit" in k and g.lemma_.lower() not in TRIP_VERBS):
        # the subject of 'paid/began/made a visit' travels; of 'valued/praised their trip' not
        subs, _ = subject_of(ctx, g)
        agents = [x for s in subs for x in expand(s)]
    agents += [c for c in t.children if c.dep_ == "poss"]
    # 'held its 35th meeting in X on May 5, co-chaired by A and B': the chairs are its people
    agents += [x for v in _chairs(g if g is not None else t) for o in preps(v, ("by",)) for x in expand(o)]
    if t.dep_ == "nsubjpass" and g is not None and g.lemma_.lower() in ("chair", "co-chair", "preside", "lead", "co-lead", "head"):
        agents += [x for o in preps(g, ("by",)) for x in expand(o)]  # 'The meeting was chaired by X
    agents += [x for a in preps(t, ("by",) if k in ("session", "working session") or t.lower_ in CEREMONIES
                                 else ("of", "by")) for x in expand(a)]
    return agents


def _other_side(ctx, t, k) -> list:
    """"..., A said during a phone call with B": the speaker/subject of the verb the event phrase
    hangs on is the other side (else the one whose proposal it was); [] when the phrase is not so."""
    if t.dep_ == "pobj" and t.head.lower_ in ("during", "in", "at", "on", "after", "before", "for") \
            and t.head.head.pos_ in ("VERB", "AUX") and k in ("talks", "meeting", "phone call", "reception", "working session") \
            and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
        subs, _ = subject_of(ctx, _sayer_of_participle(_credited_act_main(t.head.head)))
        agents = [x for s in subs for x in expand(s)]
        if not any(ctx.resolve(x) is not None for x in agents):
            agents = _proposer(ctx, t) or agents
        return agents
    return []


def _kind_objects(ctx, t, k, g, objects: list) -> None:
    """The ones met that the kind of event says where to find (added to `objects`): the one called
    on, the one a ceremony was held for, and the 'with'/'between' of the event or its medium."""
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
    if k in ("talks", "meeting", "working session") and not objects:
        # "held a meeting at the Interior Ministry with X": the parser may hang X on the venue
        objects += [x for a in anchors(t) for v in preps(a, ("at", "in"))
                    for o in preps(v, ("with",)) for x in expand(o)]
    if k == "talks" and not objects and t.pos_ == "VERB" and t.lemma_.lower() == "sit":
        # 'sat down on D for a working session with X': X hangs on the session
        objects += [x for v in preps(t, ("for",)) for o in preps(v, ("with",)) for x in expand(o)]


def _named_after_place(ctx, sc, v, objects) -> list:
    """'met Vietnam's Consul General in Vladivostok, Nguyen Dang Hien, ...': the parser joins the
    name to the place; a person so joined, after a title met that names no one, is the one met."""
    def person(x):
        return getattr(ctx.table.at(sc.doc_id, x.i), "kind", None) == "person"

    if not objects or any(person(x) for x in objects):
        return []
    return [c for o in [*preps(v, ("in", "at")), *(q for x in objects for q in preps(x, ("in", "at")))]
            if getattr(ctx.table.at(sc.doc_id, o.i), "kind", None) in ("place", "country")
            for c in o.children if c.dep_ in ("conj", "appos") and person(c)
            and c.i > 0 and sc.span.doc[c.i - 1].text == ","][:1]


def _title_place(ctx, sc, o) -> bool:
    """'met the Consul General in X, NAME': a place the parser joins a name to after a comma is part
    of the title the name holds."""
    def kind(x):
        return getattr(ctx.table.at(sc.doc_id, x.i), "kind", None)

    def name_after(x, dep):
        return any(c.dep_ in dep and c.i > o.i and c.doc[c.i - 1].text == "," and kind(c) == "person"
                   and ctx.table.how.get((sc.doc_id, c.i)) == "name" for c in x.children)

    # (the name joined to the place, or in apposition to the title the place hangs on)
    title = o.head.head
    return kind(o) in ("place", "country") and (name_after(o, ("conj", "appos")) or title.pos_ in ("NOUN", "PROPN")
                                                and kind(title) != "place" and name_after(title, ("appos",)))


def _origin_country(ctx, sc, o) -> bool:
    """'hosted a delegation from the Republic of Sakha (Yakutia) in Russia': a country right after
    a 'from' phrase says where the guests come from, not where they were received."""
    a = ctx.table.at(sc.doc_id, o.i)
    if a is None or a.kind != "country" or o.head.i == 0:
        return False
    prev = o.doc[o.head.i - 1]
    while prev.is_punct and prev.i > 0:
        prev = prev.doc[prev.i - 1]
    return any(x.dep_ == "prep" and x.lower_ == "from" for x in [prev, *prev.ancestors])


def event_place(ctx, sc, t, k, objects):
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
    # "Hà Nội hosted the award ceremony": a city or country as the host of the event is its place
    locs += [c for c in t.head.children if t.dep_ == "dobj" and t.head.lemma_.lower() == "host"
             and c.dep_ == "nsubj" and getattr(ctx.resolve(c), "kind", None) in ("place", "country")]
    # ('met the Consul General in X, NAME': 'in X' is part of the title the name is joined to)
    locs = [o for o in locs if not _origin_country(ctx, sc, o) and not _title_place(ctx, sc, o)]
    pa = best_place(places_under(ctx, locs))
    if pa is None and k == "session":
        # "the 12th session of the ... Commission for ... cooperation in Khabarovsk": the
        # parser hangs the place deep in the session's name
        pa = best_place(places_under(ctx, [o for d in flat_subtree(t) if d.dep_ == "prep"
                                             and d.lower_ in ("in", "at") for o in preps(d.head, (d.lower_,))]))
    if pa is None:
        # "met in the Russian capital": the capital of the country its adjective names
        from knowledge.extract_setting import capital

        return next((cap for o in locs if (cap := capital(o))), None)
    return pa.name


def _proposer(ctx, t) -> list:
    """'X proposed that businesses step up exchanges, during talks with B': an event phrase set off
    by a comma at the end of a reported clause whose subject is no actor (businesses cannot hold
    talks) is the setting of the reporting verb — its subject is the side. Else []."""
    v = t.head.head
    if v.dep_ != "ccomp" or v.head.pos_ != "VERB" or t.head.i == 0 or t.doc[t.head.i - 1].text != ",":
        return []
    subs, passive = subject_of(ctx, v.head)
    return [] if passive else [x for s_ in subs for x in expand(s_)]


def _sayer_of_participle(v):
    """'X said on Monday, speaking in Hanoi at a meeting with B, that ...': the parser may hang the
    participle on the 'that' clause after it, whose subject is no speaker — the sayer is."""
    h = v.head
    if v.tag_ == "VBG" and v.dep_ == "advcl" and h.dep_ == "ccomp" and h.head.pos_ == "VERB" and all(
            v.i < c.i for c in h.children if c.dep_ in ("mark", "nsubj", "nsubjpass")):
        return h.head
    return v


def _credited_act_main(v):
    """'A thanked B for helping C combat X during a call with D': the parser may hang the call
    on the act A thanked B for; the call is the setting of the thanks, so A is its side."""
    x = v
    while x.dep_ in ("ccomp", "xcomp") and x.head != x:
        x = x.head
    if x.dep_ == "pcomp" and x.head.lower_ == "for" and x.head.head.pos_ == "VERB" and x != v:
        return x.head.head
    return v
