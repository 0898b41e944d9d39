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
from knowledge.extract_actors import PERSON_PRONOUNS, ROLE_HEADS
from knowledge.facts import Event, Participant

_NOUNS = {"talks": "talks", "talk": "talks", "meeting": "meeting", "visit": "visit", "trip": "visit",
          "consultations": "talks", "consultation": "talks", "reception": "reception",
          "call": "phone call", "conversation": "phone call", "declaration": "joint declaration",
          "statement": "joint declaration"}
_VERBS = {"meet": "meeting", "visit": "visit", "receive": "reception", "talk": "talks",
          "phone": "phone call", "telephone": "phone call"}
_CLAUSE_EDGES = {"advcl", "relcl", "ccomp", "xcomp", "conj", "parataxis", "csubj"}
_VISITS = ("state visit", "official visit", "working visit", "visit")
_FUTURE_GOV = {"invite", "plan", "propose", "expect", "prepare", "hope", "wish", "agree", "discuss",
               "arrange", "schedule", "consider"}


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


def _hypothetical(t) -> bool:
    """'invited him to visit Russia', 'will visit', 'plans a visit': not (yet) an event."""
    if t.pos_ == "VERB":
        if any(c.dep_ == "aux" and c.text.lower() in ("to", "will", "would", "could", "may", "might", "shall")
               for c in t.children):
            return True
        if t.dep_ in ("xcomp", "acl") and not t.tag_ in ("VBG", "VBN"):
            return True
    h = t.head
    for _ in range(3):
        if h.lemma_.lower() in _FUTURE_GOV and h != t:
            return True
        if h.head == h:
            break
        h = h.head
    return False


def _gov(t):
    """The verb a trigger noun hangs from ('held talks', 'paid a visit', 'The visit ... takes place')."""
    if t.pos_ == "VERB":
        return t
    if t.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "conj") and t.head.pos_ in ("VERB", "AUX"):
        return t.head
    return None


def _expand(tok) -> list:
    """A token and its coordinated/appositive siblings ('Vietnam and Russia', 'the counterpart X')."""
    out = [tok]
    for c in tok.children:
        if c.dep_ in ("conj", "appos"):
            out.extend(_expand(c))
    return out


def _named_in(ctx, tok) -> list:
    """Persons named (not pronouns) in tok's phrase, outside clauses and prepositional tails of
    other nouns: 'X and Russian Deputy Foreign Minister Y', 'Chairman of ... Phan Văn Mãi'."""
    out = []
    stack = [tok]
    sc = ctx.sents[ctx.cur]
    while stack:
        t = stack.pop()
        a = ctx.table.at(sc.doc_id, t.i)
        if a is not None and a.kind == "person" and ctx.table.how.get((sc.doc_id, t.i)) in ("name", "title", "role"):
            if a not in out:
                out.append(a)
        for c in t.children:
            if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "punct", "cc") or c.text.lower() in PERSON_PRONOUNS:
                continue
            stack.append(c)
    return out


def _actors_of(ctx, toks) -> list:
    out = []
    for t in toks:
        for a in _named_in(ctx, t):
            if a not in out:
                out.append(a)
        a = ctx.resolve(t)
        if a is None:
            # pobj headed by a title ('Minister ... of ... Sergey Lavrov')
            for d in t.subtree:
                a = ctx.resolve(d) if d != t else None
                if a is not None and a.kind == "person":
                    break
                a = None
        if a is None and t.right_edge.i + 1 < len(t.doc) and t.lower_ in ROLE_HEADS:
            # "with Secretary of the provincial Party Committee X": the parser may hang the name
            # X elsewhere; a person right after the title phrase is its holder
            nxt = ctx.table.at(ctx.sents[ctx.cur].doc_id, t.right_edge.i + 1)
            if nxt is not None and nxt.kind == "person" and t.doc[t.right_edge.i + 1].head != t.doc[t.right_edge.i + 1]:
                a = nxt
        if a is not None and a not in out:
            out.append(a)
    return out


def _subject(ctx, v):
    """Subject tokens of v, inherited when v is a participle/conjunct ('while meeting X')."""
    for _ in range(4):
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.text.lower() not in ("it", "there")]
        if subs:
            return subs, any(c.dep_ == "nsubjpass" for c in subs)
        if v.dep_ in ("advcl", "conj", "xcomp", "acl") and v.head != v:
            v = v.head
            continue
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":  # "laid a wreath before meeting X"
            v = v.head.head
            continue
        break
    return [], False


def _note_delegation_leader(ctx, span) -> None:
    """'a delegation ... led/headed by X': later 'the delegation' stands for X (less sure)."""
    if "delegation" not in span.text.lower():
        return  # no token can be 'delegation(s)'
    for t in span:
        if t.lower_ not in ("delegation", "delegations"):
            continue
        for c in t.subtree:
            if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head"):
                for o in _preps(c, ("by",)):
                    a = ctx.resolve(o)
                    if a is None:
                        a = next((x for x in _named_in(ctx, o)), None)
                    if a is not None and a.kind == "person":
                        ctx.delegation_leader = a
                        return


def _flat_subtree(tok):
    """tok's subtree without relative/adverbial clauses (another clause's place is not its own)."""
    stack, out = [tok], []
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "parataxis"))
    return out


def _preps(tok, words: tuple[str, ...]):
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.text.lower() in words:
            for g in c.children:
                if g.dep_ == "pobj":
                    yield g


def _anchors(t):
    """Tokens whose preposition children describe the trigger t."""
    out = [t]
    g = _gov(t)
    if g is not None and g != t:
        out.append(g)
    out.extend(c for c in t.children if c.dep_ == "acl")
    return out


def _places_under(ctx, toks) -> list:
    """Places named by these prepositional objects, following nested locatives:
    'at the Kremlin in Moscow', 'to Kazan, Russia', 'in Hà Nội and Hải Phòng'."""
    out = []
    stack = list(toks)
    seen = set()
    while stack:
        t = stack.pop(0)
        if t.i in seen:
            continue
        seen.add(t.i)
        a = ctx.resolve(t)
        if a is not None and a.kind in ("place", "country") and a not in out:
            out.append(a)
        for c in t.children:
            if c.dep_ in ("appos", "conj", "npadvmod"):
                stack.append(c)
            elif c.dep_ == "prep" and c.text.lower() in ("in", "at", "of"):
                stack.extend(g for g in c.children if g.dep_ == "pobj")
            elif c.dep_ == "compound":
                stack.append(c)
    return out


_PLACE_REFS = {"province": True, "region": True, "territory": True, "krai": True, "city": False}


def _place_reference(ctx, tok, visitors=()):
    """'a working visit to the (northern) province': the province the article named last
    (a city for 'the city'), in this sentence before tok or in an earlier one."""
    want = _PLACE_REFS.get(tok.lower_)
    if want is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return None
    # never the visitor's own region ('Governor of Russia's Primorsky Krai' visits 'the province')
    own = " ".join(names.fold(x) for v in visitors for x in v.aliases)
    places = [a for a in ctx.table.actors.values() if a.kind == "place" and (a.name in names.PROVINCES) == want
              and a.name not in names.VENUES and not any(names.fold(x) in own for x in a.aliases | {a.name})]
    if not places:
        return None
    for pos in range(ctx.cur, -1, -1):
        text = names.fold(ctx.sents[pos].sent.text if pos < ctx.cur else tok.doc[ctx.sents[pos].span.start:tok.i].text)
        best = None
        for a in places:
            for al in a.aliases | {a.name}:
                k = text.rfind(names.fold(al))
                if k >= 0 and (best is None or k > best[0]):
                    best = (k, a)
        if best is not None:
            return best[1]
    return None


def _place_rank(a) -> int:
    """Most specific first: a city, another named place, a venue ('the Kremlin'), a country."""
    if a.kind == "country":
        return 3
    if a.name in names.VENUES:
        return 2
    if a.name in names.PLACE_COUNTRY:
        return 0
    return 1


def _best_place(places: list):
    return min(places, key=_place_rank) if places else None


def _owner_trigger(tok, triggers: dict[int, object]):
    """Nearest trigger above tok in the tree, not crossing into another clause."""
    t = tok
    for _ in range(12):
        if t.i in triggers:
            return triggers[t.i]
        for c in t.children:
            if c.i in triggers and c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr"):
                return triggers[c.i]
        if t.dep_ == "acl" and t.head.i in triggers:
            return triggers[t.head.i]
        # "On Wednesday, X laid a wreath ... before meeting Y": the day of the clause is the
        # day of the meeting it runs into
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("before", "after"):
                for g in c.children:
                    if g.dep_ == "pcomp" and g.i in triggers:
                        return triggers[g.i]
        if t.head == t or (t.dep_ in _CLAUSE_EDGES and not _purpose_clause(t)):
            return None
        t = t.head
    return None


def _purpose_clause(tok) -> bool:
    """'met X on Monday to review …': spaCy hangs the date on the infinitive; it is the same act."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _date_ref(ctx) -> str | None:
    for ev in reversed(ctx.events):
        if ev.date and ev.date_how not in ("anniversary arithmetic",) and len(ev.date) == 10:
            return ev.date
    return None


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
        if not k or _hypothetical(t):
            continue
        found.append((t, k))
    occasion = _occasion(ctx, sc)
    _note_delegation_leader(ctx, span)
    for t, k in found:
        parts: list[tuple[object, str]] = []
        g = _gov(t)
        agents, objects = [], []
        passive = False
        if t.pos_ == "VERB":
            subs, passive = _subject(ctx, t)
            if passive:
                objects = [x for s in subs for x in _expand(s)]
                agents = [x for a in _preps(t, ("by",)) for x in _expand(a)]
            else:
                agents = [x for s in subs for x in _expand(s)]
                objects = [x for c in t.children if c.dep_ == "dobj" for x in _expand(c)]
                if not objects and k == "meeting":
                    # "before meeting National Assembly Chairman X": the parser may hang the
                    # person as an adverbial noun; a named person there is the one met
                    objects = [x for c in t.children if c.dep_ in ("npadvmod", "attr", "oprd") and c.i > t.i
                               and ctx.resolve(c) is not None and ctx.resolve(c).kind == "person"
                               for x in _expand(c)]
        else:
            if g is not None and t.dep_ in ("dobj", "attr"):
                subs, _ = _subject(ctx, g)
                agents = [x for s in subs for x in _expand(s)]
            agents += [c for c in t.children if c.dep_ == "poss"]
            agents += [x for a in _preps(t, ("by",) if k in ("session", "working session") or t.lower_ in _CEREMONIES
                                         else ("of", "by")) for x in _expand(a)]
            if not agents and t.dep_ == "pobj" and t.head.lower_ in ("during", "in", "at", "on", "after", "before") \
                    and t.head.head.pos_ in ("VERB", "AUX") and k in ("talks", "meeting", "phone call", "reception") \
                    and any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children):
                # "..., A said during a phone call with B": the speaker/subject of the verb the
                # event phrase hangs on is the other side
                subs, _ = _subject(ctx, t.head.head)
                agents = [x for s in subs for x in _expand(s)]
            if not agents and t.dep_ == "pobj" and k in ("talks", "meeting") and any(
                    c.dep_ == "acl" for c in t.children):
                # "the results of talks held ... with X": held by the main-clause subject
                root = span.root
                agents = [c for c in root.children if c.dep_ == "nsubj"]
        for a in _anchors(t):
            objects += [x for o in _preps(a, ("with",)) for x in _expand(o)]
            objects += [x for o in _preps(a, ("between",)) for x in _expand(o)]
        ag = _actors_of(ctx, agents)
        if not ag:
            # "the two officials held a working session": the pair of the latest meeting
            ag = [a for x in agents for a in _pair(ctx, x)]
        ob = [a for a in _actors_of(ctx, objects) if a not in ag]
        place = None
        host = None
        if k in _VISITS or k == "visit":
            dest = list(_preps(t, ("to",))) + ([c for c in t.children if c.dep_ == "dobj"] if t.pos_ == "VERB" else [])
            a = _best_place(_places_under(ctx, dest))
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
                a = next((r for r in (_place_reference(ctx, d, people) for d in dest) if r is not None), None)
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
            locs = [o for a in _anchors(t) for o in _preps(a, ("in", "at"))]
            # a fronted adjunct: "Earlier on Sunday in Đà Nẵng, he met ..." (the place hangs on 'on')
            locs += [o for a in _anchors(t) for c in a.children if c.i < a.i and c.dep_ in ("prep", "advmod", "npadvmod")
                     for o in _preps(c, ("in", "at"))]
            locs += [o for x in objects for o in _preps(x, ("in", "at"))]
            if t.lower_ in _CEREMONIES:
                # "the opening ceremony of the forum in Hanoi": the place hangs on what was opened
                locs += [o for x in _preps(t, ("of",)) for o in _preps(x, ("in", "at"))]
            # "with Chairman of the State Duma X in Moscow": the place hangs on the name inside the title
            locs += [o for x in objects for d in x.subtree if d != x and d.dep_ == "pobj"
                     and getattr(ctx.table.at(sc.doc_id, d.i), "kind", None) == "person" for o in _preps(d, ("in", "at"))]
            # "received a delegation ... led by X in PLACE": the place hangs on 'led'
            locs += [o for x in objects for c in x.subtree if c.dep_ == "acl" and c.lemma_.lower() in ("lead", "head")
                     for o in _preps(c, ("in", "at"))]
            pa = _best_place(_places_under(ctx, locs))
            if pa is None and k == "session":
                # "the 12th session of the ... Commission for ... cooperation in Khabarovsk": the
                # parser hangs the place deep in the session's name
                pa = _best_place(_places_under(ctx, [o for d in _flat_subtree(t) if d.dep_ == "prep"
                                                     and d.lower_ in ("in", "at") for o in _preps(d.head, (d.lower_,))]))
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
    est, est_dates, est_rel = _established(ctx, sc)
    # dates: nearest trigger above each date phrase
    for s, e, phrase in sc.dates:
        if occasion and occasion[0] <= s < occasion[1] or (s, e) in est_dates:
            continue
        ev = _owner_trigger(doc[s:e].root, triggers)
        if ev is None or ev.date_phrase:
            continue
        ref = _date_ref(ctx)
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
        new.extend(_agreements(ctx, sc, triggers))
    finally:
        ctx.pending = []
    if occasion:
        for ev in new + old:
            ev.occasion = ev.occasion or occasion[2]
        derived = _derived(ctx, sc, occasion)
        if derived and not any(derived.occasion and fold_rel(derived.occasion).endswith(r) for r in est_rel):
            new.append(derived)
    new.extend(est)
    ctx.events.extend(new)


_RELATION_NOUNS = {"relations", "ties", "partnership", "relationship"}


def fold_rel(phrase: str) -> str:
    """A relationship's name compared without determiners, case or punctuation."""
    words = re.findall(r"[\w-]+", names.fold(phrase))
    while words and words[0] in ("the", "their", "its", "our", "bilateral", "two"):
        words = words[1:]
    return " ".join(words)


def _relation_phrase(tok) -> tuple[int, int] | None:
    """'diplomatic relations', 'Comprehensive Strategic Partnership': the relationship noun
    with its adjective/compound modifiers (no determiner or possessive)."""
    if tok.lower_ not in _RELATION_NOUNS:
        return None
    mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nmod")]
    s = min([m.left_edge.i for m in mods] + [tok.i])
    while s < tok.i and tok.doc[s].dep_ in ("det", "poss", "nummod", "punct"):
        s += 1
    return s, tok.i + 1


def _established(ctx, sc):
    """When a relationship began: 'diplomatic relations, established on January 30, 1950',
    'since the establishment of diplomatic relations in 1950', 'X and Y established their
    partnership in 2012'. -> (established events, date phrases they used, folded relation names).
    The occasion is the relationship's name, verbatim; these dates never date another event."""
    span = sc.span
    doc = span.doc
    out, used, rels = [], set(), set()
    for t in span:
        lem = t.lemma_.lower()
        rel = None
        scope = None
        if lem == "establish" and t.pos_ == "VERB":
            obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in _RELATION_NOUNS), None)
            if obj is not None:
                rel, scope = obj, t
            elif t.tag_ == "VBN" and t.i > span.start:
                # "their diplomatic relations, established on ...": the parser may hang the
                # participle elsewhere; it describes the relationship noun right before it
                j = t.i - 1
                if doc[j].text == ",":
                    j -= 1
                if j >= span.start and doc[j].lower_ in _RELATION_NOUNS:
                    rel, scope = doc[j], t
        elif t.lower_ == "establishment" and t.pos_ == "NOUN":
            of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            obj = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
            if obj is not None and obj.lower_ in _RELATION_NOUNS:
                rel, scope = obj, t
        if rel is None or any(x.lemma_.lower() == "anniversary" for x in scope.ancestors):
            continue  # "the 10th anniversary of establishing X in 2022": that year is the anniversary's
        rng = _relation_phrase(rel)
        if rng is None:
            continue
        # the date: a date phrase under the establishing word (not crossing into another clause),
        # or right after the relationship's name ("establishment of relations in 1950")
        date = None
        for ds, de, phrase in sc.dates:
            root = doc[ds:de].root
            under = False
            x = root
            for _ in range(8):
                if x == scope:
                    under = True
                    break
                if x.head == x or x.dep_ in _CLAUSE_EDGES and x.head != scope:
                    break
                x = x.head
            if under or ds in (rng[1], rng[1] + 1) or ds == rel.i + 1:
                date = (ds, de, phrase)
                break
        if date is None:
            continue
        d, d2, how = resolve_date(date[2], ctx.pub, None)
        if d is None or "weekday" in how:
            continue
        used.add(date[:2])
        name = doc[rng[0]:rng[1]].text
        rels.add(fold_rel(name))
        subs = [x for c in (scope.children if scope.pos_ == "VERB" else []) if c.dep_ == "nsubj" for x in _expand(c)]
        parts = [a for a in _actors_of(ctx, subs) if a.kind == "country"]
        if len(parts) < 2:
            countries = sorted(ctx.table.countries(), key=lambda a: (-a.mentions, a.first))[:2]
            parts = countries if len(countries) == 2 and re.search(
                r"\b(?:two|both|their|bilateral)\b", sc.sent.text, re.I) else []
        out.append(Event(kind="established", participants=[Participant(a.name, "participant") for a in parts],
                         sentence=sc.sent.position, date=d, date_end=d2, date_phrase=date[2], date_how=how,
                         occasion=name, confidence=0.85))
    return out, used, rels


_PAIR = re.compile(r"^(?:the|both)\s+(?:two\s+)?(prime\s+|foreign\s+|vice\s+|deputy\s+)?(sides|countries|nations|leaders|parties|ministers|delegations|officials)$", re.I)
_FOLLOW_UP = re.compile(r"^(?:Accordingly|Under (?:the|this|that) (?:agreement|deal|plan|accord)|In particular|"
                        r"Specifically|To that end|To this end)\b", re.I)
_SIGNABLE = re.compile(r"\b(?:agreement|agreements|memorandum|memoranda|MoU|MoUs|MOU|document|documents|deal|deals|"
                       r"contract|contracts|treaty|accord|protocol|plan)\b", re.I)


def _pair(ctx, subj) -> list:
    """'the two sides/leaders' -> the participants of the latest meeting; 'the two countries'
    -> the two countries the article names most."""
    if subj.lower_ == "they" and getattr(ctx, "pending", None):
        # "held a working session, during which they agreed ...": the people of that event
        ev = ctx.pending[-1]
        people = [ctx.table.actors.get(names.fold(p.actor)) for p in ev.participants]
        people = [a for a in people if a is not None and a.kind == "person"]
        return people if len(people) >= 2 else []
    m = _PAIR.match(" ".join(t.text for t in subj.subtree))
    if not m:
        return []
    mod, noun = (m.group(1) or "").strip().lower(), m.group(2).lower()
    if noun in ("countries", "nations"):
        cs = sorted(ctx.table.countries(), key=lambda a: (-a.mentions, a.first))[:2]
        return cs if len(cs) == 2 else []
    want_people = noun in ("leaders", "ministers", "officials")
    # 'the two sides' are the people of the latest meeting, else the countries of a visit
    evs = list(reversed(ctx.events + getattr(ctx, "pending", [])))
    if not want_people:
        evs.sort(key=lambda e: sum(1 for p in e.participants
                                   if getattr(ctx.table.actors.get(names.fold(p.actor)), "kind", "") == "person") < 2)
    for ev in evs:
        if ev.kind in ("established", "agreement", "signing", "joint declaration"):
            continue
        people = [ctx.table.actors.get(names.fold(p.actor)) for p in ev.participants]
        people = [a for a in people if a is not None]
        # the sides are people or countries, never a country paired with a person
        persons = [a for a in people if a.kind == "person"]
        people = persons if len(persons) >= 2 or want_people else [a for a in people if a.kind == "country"]
        if mod:
            # 'the two prime ministers': both must fit the role, else this is not their meeting
            from knowledge.extract_actors import role_compatible

            fit = [role_compatible(f"{mod} {noun.rstrip('s')}", a) for a in people]
            # "his Vietnamese counterpart X" has the rank of the one whose counterpart he is
            fit = [f or (any(fit) and "counterpart" in {w for x in a.aliases for w in names.fold(x).split()})
                   for f, a in zip(fit, people)]
            if not all(fit):
                continue
        if len(people) >= 2:
            return people
    return []


def _agreements(ctx, sc, triggers) -> list[Event]:
    """What the sides agreed or signed: 'X agreed on/to ...', 'the two sides agreed that ...',
    'Accordingly, the two countries will ...' after an agreement, 'X and Y signed a memorandum',
    'witnessed the signing of ... documents'. Kind 'agreement' or 'signing'; the participants
    are the agreeing sides. Not meetings: the engine counts them as 'other'."""
    span = sc.span
    out = []
    for t in span:
        lem = t.lemma_.lower()
        kind = None
        if lem == "agree" and t.pos_ == "VERB" and not _hypothetical(t) and any(
                c.dep_ in ("prep", "xcomp", "ccomp") for c in t.children):
            kind = "agreement"
        elif lem == "sign" and t.pos_ == "VERB" and not _hypothetical(t) and any(
                c.dep_ == "dobj" and _SIGNABLE.search(" ".join(x.text for x in c.subtree)) for c in t.children):
            kind = "signing"
        elif lem == "signing" and t.pos_ == "NOUN" and t.head.lemma_.lower() in ("witness", "attend", "oversee") and any(
                c.text.lower() == "of" and _SIGNABLE.search(" ".join(x.text for x in c.subtree)) for c in t.children):
            kind = "signing"
            t = t.head
        elif (t.dep_ == "ROOT" and t.pos_ == "VERB" and _FOLLOW_UP.match(span.text) and any(
                c.dep_ == "aux" and c.text.lower() in ("will", "shall") for c in t.children)
              and any(e.kind == "agreement" and e.sentence == sc.sent.position - 1 for e in ctx.events)):
            kind = "agreement"
        if kind is None:
            continue
        subs, _ = _subject(ctx, t)
        parts = []
        for sb in subs:
            parts += _pair(ctx, sb)
        parts += [a for a in _actors_of(ctx, [x for sb in subs for x in _expand(sb)]) if a not in parts]
        parts += [a for a in _actors_of(ctx, [x for o in _preps(t, ("with",)) for x in _expand(o)]) if a not in parts]
        # "as proposed by X": the side whose proposal was agreed to
        for c in t.children:
            if c.dep_ == "advcl" and c.lemma_.lower() in ("propose", "suggest"):
                parts += [a for a in _actors_of(ctx, [x for o in _preps(c, ("by",)) for x in _expand(o)]) if a not in parts]
        parts = [a for a in parts if a.kind in ("person", "country", "org")]
        if not parts:
            continue
        ev = Event(kind=kind, participants=[Participant(a.name, "participant") for a in parts],
                   sentence=sc.sent.position, confidence=0.7)
        for s_, e_, phrase in sc.dates:
            if _owner_trigger(span.doc[s_:e_].root, {t.i: ev}) is ev:
                ev.date, ev.date_end, ev.date_how = resolve_date(phrase, ctx.pub, _date_ref(ctx))
                ev.date_phrase = phrase
                break
        if ev.date is None:
            # agreed during the talks/meeting of the same people reported before
            names_ = {p.actor for p in ev.participants}
            prior = ctx.events + getattr(ctx, "pending", [])
            # the day of the talks it follows, not the first day of the visit around them
            prior = [o for o in prior if o.date_end] + [o for o in prior if not o.date_end]
            for o in reversed(prior):
                if o.kind in ("established",) or not o.date or len(o.date) != 10:
                    continue
                if names_ <= {p.actor for p in o.participants} or o.kind == "agreement" and o.sentence == ev.sentence - 1:
                    ev.date, ev.date_end, ev.date_phrase, ev.date_how = o.date, None, o.date_phrase, "same occasion"
                    ev.place = o.place
                    break
        out.append(ev)
    return out


_ANNIV = re.compile(r"\b(\d+)(?:st|nd|rd|th)\s+anniversary\s+of\s+(.+)", re.I)
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "tenth": 10, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "seventy-fifth": 75, "twenty-fifth": 25, "hundredth": 100}


def _occasion(ctx, sc):
    """(token start, token end, verbatim phrase) of an anniversary / 'occasion of' phrase."""
    span = sc.span
    low = span.text.lower()
    if "anniversary" not in low and "occasion" not in low and "framework" not in low:
        return None  # cheap test before the token loop
    for t in span:
        lem = t.lower_
        if lem in ("anniversary", "occasion", "framework"):
            # "on the occasion of X", "within the framework of X": X is the occasion
            if lem != "anniversary" and not any(c.text.lower() == "of" for c in t.children):
                continue
            target = t
            if lem != "anniversary":
                of = next(c for c in t.children if c.text.lower() == "of")
                objs = [g for g in of.children if g.dep_ == "pobj"]
                if not objs:
                    continue
                target = objs[0]
            toks = sorted(x.i for x in target.subtree)
            s, e = toks[0], toks[-1] + 1
            while e > s and span.doc[e - 1].is_punct:
                e -= 1
            return s, e, span.doc[s:e].text
    return None


_RELATION_WORDS = re.compile(r"\b(?:relations|ties|partnership|relationship|cooperation|co-operation|"
                             r"friendship|alliance)\b", re.I)
_START_YEAR = re.compile(r"\b(?:began|begun|started|starting|beginning|since|established|founded|launched|"
                         r"set\s+up|signed|dating\s+back\s+to)\s+(?:in\s+|on\s+)?(?:[A-Z][a-z]+\s+(?:\d{1,2},\s+)?)?"
                         r"((?:1[89]|20)\d\d)\b")


def _pair_countries(ctx, sc) -> list[Participant]:
    countries = sorted(ctx.table.countries(), key=lambda a: -a.mentions)[:2]
    if len(countries) < 2 or not re.search(r"\b(?:two|both|their|bilateral)\b", sc.sent.text, re.I):
        return []
    return [Participant(c.name, "participant") for c in countries]


def _derived(ctx, sc, occasion):
    """'the 10th anniversary of establishing X in 2022' -> X established in 2012."""
    s, e, phrase = occasion
    m = _ANNIV.search(phrase)
    n = None
    if m:
        n, what = int(m.group(1)), m.group(2)
    else:
        m2 = re.search(r"\b([a-z-]+)\s+anniversary\s+of\s+(.+)", phrase, re.I)
        if m2 and m2.group(1).lower() in _ORD:
            n, what = _ORD[m2.group(1).lower()], m2.group(2)
    if n is None:
        return None
    # only a relationship has an establishment date ("their cooperation in education", "diplomatic
    # relations"); its name is the phrase up to a relative clause, verbatim
    what = re.split(r"\s*,|\s+(?:which|that|when|since|as)\b", what, maxsplit=1)[0]
    what = re.sub(r"\s+in\s+\d{4}\s*$", "", what).strip()
    what = re.sub(r"^(?:establishing|the establishment of|the signing of|signing)\s+", "", what, flags=re.I)
    if not _RELATION_WORDS.search(what):
        return None
    # "..., which began in 1955": the text gives the start itself, no arithmetic
    start = _START_YEAR.search(phrase)
    if start:
        y = start.group(1)
        return Event(kind="established", participants=_pair_countries(ctx, sc), sentence=sc.sent.position,
                     date=y, date_phrase=start.group(0), date_how="start year stated", occasion=what,
                     confidence=0.85)
    year = None
    ys = [(ds, de, p) for ds, de, p in sc.dates if re.fullmatch(r"(?:in\s+)?\d{4}", p, re.I)]
    anniv_tok = next((t for t in sc.span.doc[s:e] if t.lemma_.lower() == "anniversary"), None)
    for ds, de, p in ys:
        tok = sc.span.doc[ds:de].root
        # the year must belong to the anniversary phrase or to the verb that marks it
        inside = s <= ds < e
        marks = anniv_tok is not None and tok.head in (anniv_tok.head, *anniv_tok.head.subtree) and \
            anniv_tok.head.lemma_.lower() in ("mark", "celebrate", "commemorate", "observe", "be")
        if inside or marks:
            year = int(re.sub(r"\D", "", p))
            y_phrase = p
            break
    if year is None and anniv_tok is not None and ctx.pub:
        # "celebrate next year the 75th anniversary of ...": a year relative to publication
        for t in sc.span:
            mod = next((c.lower_ for c in t.children if c.dep_ == "amod" and c.lower_ in ("next", "this", "last")), None)
            if t.lower_ == "year" and mod and (t.head in (anniv_tok, anniv_tok.head) or s <= t.i < e):
                year = int(ctx.pub[:4]) + {"next": 1, "this": 0, "last": -1}[mod]
                y_phrase = f"{mod} year = {year}"
                break
    if year is None:
        return None
    return Event(kind="established", participants=_pair_countries(ctx, sc), sentence=sc.sent.position, date=str(year - n),
                 date_phrase=phrase, date_how=f"anniversary arithmetic ({y_phrase.split()[-1]} - {n})",
                 occasion=what, confidence=0.8)


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
