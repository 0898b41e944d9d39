"""Dependency-tree helpers the event extractors share: who a phrase names, a verb's subject,
the prepositional objects that place or date a trigger, and which trigger a date phrase
belongs to (never crossing into another clause)."""

from __future__ import annotations

import re

from knowledge.extract_actors import PERSON_PRONOUNS, ROLE_HEADS
from knowledge.extract_places import best_place, places_under

CLAUSE_EDGES = {"advcl", "relcl", "ccomp", "xcomp", "conj", "parataxis", "csubj"}
_ACTS = {"sit", "gather", "meet", "come", "get"}  # '<act> to talk': the talking happened
_SETTINGS = {"at", "during", "after", "following", "before"}  # prepositions of an event that took place
_FUTURE_GOV = {"invite", "plan", "propose", "expect", "prepare", "hope", "wish", "agree", "discuss",
               "arrange", "schedule", "consider", "invitation", "intend", "want", "seek",
               # 'both sides backed / supported signing a plan': a step proposed, not taken
               "back", "support", "endorse", "favour", "favor", "advocate", "recommend", "suggest"}
_MODALS = {"will", "would", "shall", "could", "may", "might"}  # (not "to": "landed to begin a visit")
# 'his programme includes talks with X': what a visit's plan holds, not what was done
_PLANS = {"programme", "program", "agenda", "schedule", "itinerary", "plan", "plans"}
_HOLDS = {"include", "feature", "comprise", "envisage", "foresee"}
# an event noun these words modify has not happened yet: 'the upcoming visit', 'his next trip'
# 'asked X to come on a visit', 'urged X to pay a visit': a visit bid for, not (yet) paid
_BID = {"ask", "urge", "request", "encourage", "invite"}
# 'praised / thanked X for making the trip': X did what the 'for' clause tells
_CREDIT = {"praise", "thank", "commend", "congratulate", "applaud", "hail", "laud", "credit"}
# 'a visit planned / scheduled for May' (one 'arranged by the embassy' took place)
_SET_FOR = {"plan", "schedule", "slate", "expect", "propose"}
_AHEAD = {"upcoming", "forthcoming", "coming", "planned", "proposed", "scheduled", "future", "next", "prospective",
          "expected", "impending", "intended"}


# 'in the run-up to', 'ahead of', 'on the eve of', 'in preparation for', 'in advance of' an event:
# what the sentence reports happened before it
_BEFORE_WORDS = {"ahead", "advance", "eve", "preparation", "prelude", "runup", "leadup"}
# a subordinate clause that tells when the main clause's act will be done ('when X travels to Y')
_TIME_MARKS = {"when", "once", "after", "before", "until", "till", "whenever"}


def lies_ahead_of(t) -> bool:
    """'The talks were held in the run-up to a visit by X', 'spoke ahead of X's trip': the event
    noun is still to come when the sentence's own act happens (told again when it happens)."""
    if t.dep_ != "pobj" or t.head.lower_ not in ("of", "to", "for"):
        return False
    p = t.head
    words = [x.lower_ for x in t.doc[max(p.i - 3, 0):p.i] if x.text not in ("-", "–")]
    two = "".join(words[-2:])
    return bool(words) and (words[-1] in _BEFORE_WORDS or two in ("runup", "leadup"))


def _when_it_will(t) -> bool:
    """'the firms will sign a contract when President X travels to Y in late October', 'when the
    premier visits, the leaders will look at ...': a present-tense time clause of a main clause
    in the future tells an event still to come."""
    v = t if t.dep_ == "advcl" else gov(t) if t.pos_ in ("NOUN", "PROPN") else None
    if v is None or v.dep_ != "advcl" or v.tag_ in ("VBD", "VBN") or not any(
            c.dep_ in ("advmod", "mark") and c.lower_ in _TIME_MARKS for c in v.children):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "did", "was", "were", "has", "have")
           for c in v.children):
        return False
    h = v.head
    for _ in range(5):  # up from 'to develop' in 'will sign a contract to develop ... when X travels'
        if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in h.children):
            return True
        if h.dep_ not in ("acl", "xcomp", "dobj", "pobj", "prep") or h.head == h:
            return False
        h = h.head
    return False


_QUOTE_RX = re.compile(r"[\"“]([^\"“”]{8,})[\"”]")


def in_quotation(span, t) -> bool:
    """Is t inside a direct quotation of its sentence ('"The meeting between X and Y matters
    greatly to us," the minister said')? What a speaker says of a meeting is his view of it,
    not the article reporting that it took place, nor with whom."""
    if '"' not in span.text and "“" not in span.text:
        return False
    off = t.idx - span.start_char
    return any(m.start(1) <= off < m.end(1) for m in _QUOTE_RX.finditer(span.text))


_RANKS = {"first", "last", "only", "second", "third", "latest"}


def _first_to(t) -> bool:
    """'became the first ambassador to hand his credentials', 'was the last to leave': an
    infinitive ranking someone in a series of acts done (not 'will be the first to ...')."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False
    h = t.head
    ranked = lambda x: x.lower_ in _RANKS or any(g.dep_ == "amod" and g.lower_ in _RANKS for g in x.children)
    if t.dep_ == "xcomp" and h.lemma_.lower() in ("become", "be"):
        ok = any(c.dep_ in ("attr", "acomp") and ranked(c) for c in h.children)
    else:
        ok = t.dep_ in ("acl", "relcl") and ranked(h)
        h = h.head if ok and h.dep_ in ("attr", "acomp") else h
    return ok and h.tag_ in ("VBD", "VBN") and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in h.children)


def hypothetical(t) -> bool:
    """'invited him to visit Russia', 'will visit', 'plans a visit', 'the upcoming visit': not
    (yet) an event."""
    if lies_ahead_of(t) or _when_it_will(t):
        return True
    if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ in ("amod", "compound") and c.lower_ in _AHEAD for c in t.children):
        return True
    if t.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "acl" and c.tag_ == "VBN" and (c.lemma_.lower() in _SET_FOR or (
            c.lemma_.lower() == "set" and any(p.dep_ == "prep" and p.lower_ == "for" for p in c.children)))
                                           for c in t.children):
        return True  # 'X's visit to Y, planned for late October', 'the summit, set for May': still to come
    g = gov(t) if t.pos_ in ("NOUN", "PROPN") else None
    if g is not None and any(c.dep_ == "aux" and c.lower_ in _MODALS for c in g.children):
        return True  # 'X would pay a visit to Y in the coming time', 'the talks will focus on ...'
    if g is not None and g.lemma_.lower() in _HOLDS and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _PLANS for c in g.children):
        return True
    if t.pos_ == "VERB" and _first_to(t):
        return False  # 'became the first of the new envoys to hand his credentials to X': done
    if t.pos_ == "VERB":
        if t.dep_ in ("xcomp", "advcl") and t.tag_ == "VB" and t.head.lemma_.lower() in _ACTS and not any(
                c.dep_ == "aux" and c.lower_ in ("will", "would", "could", "may", "might", "shall") for c in t.head.children):
            return False  # 'sat down to talk', 'gathered to meet': done, not planned
        if any(c.dep_ == "aux" and c.text.lower() in ("to", "will", "would", "could", "may", "might", "shall")
               for c in t.children):
            return True
        if t.dep_ in ("xcomp", "acl") and not t.tag_ in ("VBG", "VBN"):
            return True
    if t.dep_ == "pobj" and t.head.lower_ in ("after", "following") and any(
            c.dep_ == "aux" and c.lower_ in ("will", "would", "shall") for c in t.head.head.children):
        return True  # 'ties would deepen after X's visit': the visit lies ahead
    if t.dep_ == "pobj" and t.head.lower_ in _SETTINGS:
        return False  # 'At the talks, they agreed to ...': the talks took place
    h = t.head
    for _ in range(5):
        if h != t and (h.lemma_.lower() in _FUTURE_GOV or h.lemma_.lower() == "look" and any(
                c.lower_ == "forward" for c in h.children)):
            return True  # 'invited him to', 'an invitation for X to', 'looked forward to welcoming X on a visit'
        if h.pos_ == "VERB" and {("mark", "for"), ("aux", "to")} <= {(c.dep_, c.lower_) for c in h.children}:
            return True  # '... for Putin to pay an official visit and attend the summit'
        if h.pos_ in ("VERB", "AUX") and any(c.dep_ == "acomp" and c.lower_ == "ready" for c in h.children):
            return True  # 'was getting ready for a meeting with X': the meeting lies ahead
        if h.dep_ == "xcomp" and h.head.lemma_.lower() in _BID and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
            return True  # 'asked X to come to Vietnam on an official visit'
        if h.head == h or h.dep_ == "pobj" and h.head.lower_ in _SETTINGS:
            break
        h = h.head
    return False


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
                    or c.dep_ == "appos" and c.pos_ == "VERB":
                continue
            stack.append(c)
    return out


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
        if v.dep_ == "pcomp" and v.head.dep_ == "prep":  # "laid a wreath before meeting X"
            objs = [c for c in v.head.head.children if c.dep_ == "dobj"]
            if v.head.lower_ == "for" and v.head.head.lemma_.lower() in _CREDIT and objs:
                return objs, False  # 'praised the guest for making the trip': the guest made it
            v = v.head.head
            continue
        break
    return [], False


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
        if c.dep_ in ("prep", "agent") and c.text.lower() in words:
            for g in c.children:
                if g.dep_ == "pobj":
                    yield g


def guest_participle(v):
    """'received visiting Minister X in Hanoi': the parser may make 'visiting' a clause of its
    own holding the guest and the place and day of the reception; that 'visiting' token."""
    if v.pos_ != "VERB":
        return None
    return next((c for c in v.children if c.lower_ == "visiting" and c.i == v.i + 1 and c.dep_ in CLAUSE_EDGES
                 and any(o.dep_ == "dobj" for o in c.children)), None)


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
    out.extend(c for c in t.children if c.dep_ == "acl")
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
        if t.head == t or (t.dep_ in CLAUSE_EDGES and not purpose_clause(t) and guest_participle(t.head) != t):
            return None
        t = t.head
    return None


def purpose_clause(tok) -> bool:
    """'met X on Monday to review …': spaCy hangs the date on the infinitive; it is the same act."""
    return tok.dep_ == "advcl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def date_ref(ctx) -> str | None:
    for ev in reversed(ctx.events):
        if ev.date and ev.date_how not in ("anniversary arithmetic",) and len(ev.date) == 10:
            return ev.date
    return None


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
