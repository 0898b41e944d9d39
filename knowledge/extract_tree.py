"""Dependency-tree helpers the event extractors share: who a phrase names, a verb's subject,
the prepositional objects that place or date a trigger, and which trigger a date phrase
belongs to (never crossing into another clause)."""

from __future__ import annotations

from knowledge.extract_actors import PERSON_PRONOUNS, RELATIONAL, ROLE_HEADS
from knowledge.extract_places import best_place, places_under

CLAUSE_EDGES = {"advcl", "relcl", "ccomp", "xcomp", "conj", "parataxis", "csubj"}
# 'praised / thanked X for making the trip': X did what the 'for' clause tells
_CREDIT = {"praise", "thank", "commend", "congratulate", "applaud", "hail", "laud", "credit"}


_ROUNDS = {"round", "rounds", "series", "string", "number"}


def carrier(t):
    """The noun that stands for trigger t in its clause: 'a round of consultations' -> 'round'."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _ROUNDS:
        return t.head.head
    if t.dep_ == "appos" and t.head.ent_type_ in ("GPE", "NORP") and t.head.i < t.i and not any(
            x.text in (",", "(", ";", ":") for x in t.doc[t.head.i + 1:t.i]):
        # 'chaired the 12th Việt Nam–Russia strategic dialogue': the parser makes the country the
        # object and the dialogue its appositive — with no comma between, it is one phrase
        return t.head
    return t


def gov(t):
    """The verb a trigger noun hangs from ('held talks', 'paid a visit', 'The visit ... takes place',
    'co-chaired a round of consultations')."""
    if t.pos_ == "VERB":
        return t
    c = carrier(t)
    if c.dep_ in ("dobj", "attr", "nsubj", "nsubjpass", "conj") and c.head.pos_ in ("VERB", "AUX"):
        return c.head
    if c.dep_ == "pobj" and c.head.lower_ == "over" and c.head.head.lemma_.lower() == "preside":
        return c.head.head  # 'presided over a ceremony on May 5'
    return None


def expand(tok) -> list:
    """A token and its coordinated/appositive siblings ('Vietnam and Russia', 'the counterpart X').
    An appositive in brackets only spells its head out ('Chairman of the Communist Party of the
    Russian Federation (CPRF)'): no sibling."""
    out = [tok]
    for c in tok.children:
        # (an appositive verb phrase, 'X, acting as envoy of Y,', names no sibling)
        if c.dep_ == "conj" or c.dep_ == "appos" and c.pos_ != "VERB" and not (c.i > 0 and c.doc[c.i - 1].text == "("):
            out.extend(expand(c))
    return out


def named_in(ctx, tok) -> list:
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
            if c.dep_ in ("relcl", "acl", "advcl", "ccomp", "punct", "cc") or c.text.lower() in PERSON_PRONOUNS \
                    or c.dep_ == "appos" and c.pos_ == "VERB" or _owner_of_other(ctx, t, c):
                continue
            stack.append(c)
    return out


_AIDES = {"adviser", "advisor", "aide", "assistant", "representative", "spokeswoman", "spokesperson", "secretary"}


def _owner_of_other(ctx, t, c) -> bool:
    """c names whose another person is: 'met President X's special envoy Y', 'received X's adviser'
    — X owns the post, Y (or no one named) holds it; X is no party to the meeting."""
    if c.dep_ != "poss" or t.lower_ not in ROLE_HEADS | _AIDES:
        return False  # 'Luan's delegation held talks': the owner of a group leads it
    sc = ctx.sents[ctx.cur]
    owner, held = ctx.table.at(sc.doc_id, c.i), ctx.table.at(sc.doc_id, t.i)
    return owner is not None and owner.kind == "person" and held is not owner


_DASHES = {"-", "–", "—", "--"}
_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
                "sept", "oct", "nov", "dec"}


def in_dateline(t) -> bool:
    """'BURABAY, Kazakhstan, May 29, 2015 – A and B signed ...': the place and date before a
    sentence's opening dash say where the story was filed; the parser may hang them on the
    subject, but they are no party to what the sentence tells."""
    sent = t.sent
    for x in sent[:30]:
        if x.text in _DASHES:
            head = sent.doc[sent.start:x.i]
            dated = any(w.lower_.rstrip(".") in _MONTH_WORDS or w.like_num for w in head)
            proper = all(w.pos_ in ("PROPN", "NUM", "PUNCT") or w.is_upper or w.lower_.rstrip(".") in _MONTH_WORDS
                         for w in head)
            return t.i < x.i and dated and proper and any(w.text == "," for w in head)
    return False


# what a relative clause on a party says of who leads or makes it up: 'a delegation that was led by X'
_PARTY_VERBS = {"lead", "head", "include", "comprise", "consist", "chair", "accompany"}


def actors_of(ctx, toks) -> list:
    out = []
    for t in toks:
        if in_dateline(t):
            continue
        for a in named_in(ctx, t):
            if a not in out:
                out.append(a)
        a = ctx.resolve(t)
        if a is None:
            # pobj headed by a title ('Minister ... of ... Sergey Lavrov'), not the owner of the
            # post ('Putin's special envoy')
            owners = {d.i for c in t.children if _owner_of_other(ctx, t, c) for d in c.subtree}
            # 'his guest', 'her counterpart': the one named by the relation, never its owner
            owners |= {c.i for c in t.children if c.dep_ == "poss" and t.lower_ in RELATIONAL}
            # 'received X, the cosmonaut who flew with Y', 'a delegation that came to present the
            # prize to Y': a clause describing the party names someone else — unless it says who
            # leads or makes up the party ('a delegation that was led by Y')
            owners |= {d.i for c in t.subtree if c.dep_ == "relcl" and c.lemma_.lower() not in _PARTY_VERBS
                       for d in c.subtree}
            for d in t.subtree:
                a = ctx.resolve(d) if d != t and d.i not in owners else None
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


def subject_of(ctx, v):
    """Subject tokens of v, inherited when v is a participle/conjunct ('while meeting X')."""
    for _ in range(4):
        subs = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.text.lower() not in ("it", "there")]
        # 'X had earlier, on May 17, talked ...': the parser may hang the subject on the auxiliary
        subs = subs or [g for c in v.children if c.dep_ in ("aux", "auxpass") for g in c.children
                        if g.dep_ in ("nsubj", "nsubjpass")]
        if subs:
            return subs, any(c.dep_ == "nsubjpass" for c in subs)
        if v.dep_ in ("advcl", "conj", "xcomp", "acl") and v.head != v:
            v = v.head
            continue
        if v.dep_ == "acomp" and v.pos_ == "ADJ":  # 'he was glad to meet X': the subject of 'was'
            v = v.head
            continue
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":  # "laid a wreath before meeting X"
            objs = [c for c in v.head.head.children if c.dep_ == "dobj"]
            if v.head.lower_ == "for" and v.head.head.lemma_.lower() in _CREDIT and objs:
                return objs, False  # 'praised the guest for making the trip': the guest made it
            v = v.head.head
            continue
        break
    lost = _fronted_subject(ctx, v)
    return ([lost] if lost is not None else []), False


def _fronted_subject(ctx, v):
    """'On May 12 at the Palace, A, who chairs X, held talks with B': the parser may hang the
    subject A on the fronted place as an apposition; a finite verb with no subject then has the
    person named there, right before it, as its subject."""
    if v.tag_ not in ("VBD", "VBZ", "VBP") or ctx is None:
        return None
    for a in v.lefts:
        if a.dep_ != "prep":
            continue
        for x in a.subtree:
            if x.dep_ == "appos" and x.pos_ == "PROPN" and x.head.dep_ == "pobj" \
                    and getattr(ctx.resolve(x), "kind", None) == "person":
                return x
    return None


def flat_subtree(tok):
    """tok's subtree without relative/adverbial clauses (another clause's place is not its own)."""
    stack, out = [tok], []
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ not in ("relcl", "acl", "advcl", "ccomp", "parataxis"))
    return out


def preps(tok, words: tuple[str, ...]):
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.text.lower() in words and not _titles_place(c):
            for g in c.children:
                if g.dep_ == "pobj":
                    yield g


def _titles_place(prep) -> bool:
    """'met Vietnam's Consul General in Vladivostok, Nguyen Van A': a place between a title and the
    name that spells it out is the title's own (the parser may hang it on the verb)."""
    doc = prep.doc
    k = prep.i
    return k > 0 and doc[k - 1].is_title and doc[k - 1].lower_ in ROLE_HEADS and any(
        doc[x].text == "," and x + 1 < len(doc) and doc[x + 1].ent_type_ == "PERSON" for x in range(k + 2, min(k + 5, len(doc))))


def guest_participle(v):
    """'received visiting Minister X in Hanoi': the parser may make 'visiting' a clause of its
    own holding the guest and the place and day of the reception; that 'visiting' token."""
    if v.pos_ != "VERB":
        return None
    return next((c for c in v.children if c.lower_ == "visiting" and c.i == v.i + 1 and c.dep_ in CLAUSE_EDGES
                 and any(o.dep_ == "dobj" for o in c.children)), None)


def person_after_place(v) -> list:
    """'received in Dubna Le Hong Khiem': with no object, the parser hangs the person on the place
    preposition — a person named as its object is who was received. [] otherwise."""
    if v.pos_ != "VERB" or any(c.dep_ in ("dobj", "nsubjpass") for c in v.children):
        return []
    return [o for p in v.children if p.dep_ == "prep" and p.lower_ in ("in", "at") and p.i == v.i + 1
            for o in p.children if o.dep_ == "pobj" and o.ent_type_ == "PERSON"][:1]


# acts done at a meeting: 'the accord was signed when A met B'
_DONE_AT = {"sign", "ink", "seal", "conclude", "adopt", "announce", "strike", "finalise", "finalize"}


def done_when_met(t):
    """The main verb of 'X was signed in Hanoi on Monday when A met B' for the verb t of the
    'when' clause (the act was done at that meeting, on its day and in its place), else None."""
    if t.pos_ != "VERB" or t.dep_ != "advcl" or not any(c.lower_ == "when" and c.dep_ in ("advmod", "mark")
                                                         for c in t.children):
        return None
    m = t.head
    return m if m.pos_ == "VERB" and m.lemma_.lower() in _DONE_AT else None


def anchors(t):
    """Tokens whose preposition children describe the trigger t."""
    out = [t]
    g = gov(t)
    if g is not None and g != t:
        out.append(g)
    # ('a forum held in X'; not 'a conference promoting investment in X': what it is about)
    out.extend(c for c in t.children if c.dep_ == "acl" and c.tag_ != "VBG")
    p = guest_participle(t)
    if p is not None:
        out.append(p)
    return out


# verbs of a relative clause that say when its event noun took place (from its first day)
_SPAN_VERBS = {"run", "last", "take", "begin", "start", "span", "open"}  # not "end": its day ends the span


def owner_trigger(tok, triggers: dict[int, object]):
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
        if t.dep_ == "relcl" and t.head.i in triggers and t.lemma_.lower() in _SPAN_VERBS:
            return triggers[t.head.i]  # 'a working trip that runs from April 15 to 20': the trip's days
        # "On Wednesday, X laid a wreath ... before meeting Y": the day of the clause is the
        # day of the meeting it runs into; "was speaking on Tuesday at a meeting with Y" too
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("before", "after"):
                for g in c.children:
                    if g.dep_ == "pcomp" and g.i in triggers:
                        return triggers[g.i]
            if c.dep_ == "prep" and c.lower_ in ("at", "during", "for") and t.pos_ in ("VERB", "AUX"):
                for g in c.children:
                    if g.dep_ == "pobj" and g.i in triggers:
                        return triggers[g.i]
            if c.dep_ == "advcl" and c.i in triggers and c.tag_ == "VBG" and t.pos_ in ("VERB", "AUX") and any(
                    m.dep_ == "mark" and m.lower_ in ("while", "when") for m in c.children):
                # 'X made the remarks on Tuesday while receiving Y': what was done while doing
                # it was done on its day
                return triggers[c.i]
        if t.head == t or (t.dep_ in CLAUSE_EDGES and not purpose_clause(t) and guest_participle(t.head) != t) \
                or attribution(t) or _remembered(t):
            return None
        t = t.head
    return None


def _remembered(t) -> bool:
    """'to mark the 50th anniversary of the victory of December 1972': a date inside what an
    anniversary remembers dates that, not the event held for it."""
    return t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in ("anniversary", "jubilee")


def attribution(tok) -> bool:
    """'signed an accord ..., according to a statement issued on Friday': a date inside the phrase
    naming the source dates the source's report, not the act reported."""
    return tok.dep_ == "prep" and tok.lower_ == "according"


def purpose_clause(tok) -> bool:
    """'met X on Monday to review …': spaCy hangs the date on the infinitive; it is the same act."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


ARRIVE = {"arrive", "land", "reach", "touch"}
_BEGIN = {"start", "begin", "kick", "commence", "launch"}


def _begun_visits(v):
    """Visit trigger tokens an arrival verb v begins: '... for a state visit', '..., starting an
    official visit', '... to begin an official visit'."""
    out = []
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ in ("for", "on"):
            out += [g for g in c.children if g.dep_ == "pobj"]
        if c.dep_ in ("advcl", "conj", "xcomp") and c.lemma_.lower() in _BEGIN:
            out += [g for g in c.children if g.dep_ == "dobj"]
    return out


def arrival_visit(tok, triggers: dict[int, object]):
    """'X arrived in Hanoi on Sunday afternoon, starting an official visit' / '... for a state
    visit': the arrival's day is the first day of the visit it begins (the trigger's event)."""
    t = tok
    for _ in range(6):
        if t.pos_ == "VERB" and t.lemma_.lower() in ARRIVE:
            break
        if t.head == t:
            return None
        t = t.head
    else:
        return None
    return next((triggers[g.i] for g in _begun_visits(t) if g.i in triggers
                 and "visit" in getattr(triggers[g.i], "kind", "")), None)


def arrival_place(ctx, t):
    """Where the arrival that begins visit trigger t took place ('touched down in Moscow's
    Vnukovo airport ... to begin an official visit' -> Moscow), or None."""
    for v in t.sent:
        if v.pos_ == "VERB" and v.lemma_.lower() in ARRIVE and t in _begun_visits(v):
            return best_place(places_under(ctx, list(preps(v, ("in", "at")))))
    return None
