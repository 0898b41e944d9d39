"""Whether a trigger tells of something that did not (yet) happen: planned, invited, expected,
'ahead of' or 'when he travels to', said inside a quotation, or only hoped for. Such a trigger
makes no event; the extractors ask `hypothetical` before storing one."""

from __future__ import annotations

from knowledge import lazy_re
from knowledge.extract_kinds import kind_of
from knowledge.extract_tree import gov

_ACTS = {"sit", "gather", "meet", "come", "get"}  # '<act> to talk': the talking happened
_SETTINGS = {"at", "during", "after", "following", "before"}  # prepositions of an event that took place
_FUTURE_GOV = {"invite", "plan", "propose", "expect", "prepare", "hope", "wish", "agree", "discuss",
               "arrange", "schedule", "consider", "invitation", "intend", "want", "seek",
               # 'both sides backed / supported signing a plan': a step proposed, not taken
               "back", "support", "endorse", "favour", "favor", "advocate", "recommend", "suggest"}
# 'is due to / likely to / poised to <do>': what the subject has still to do
_DUE = {"due", "likely", "poised", "slated"}
_SET_TO = {"set", "slate", "poise"}  # 'is set to hold talks'
_MODALS = {"will", "would", "shall", "could", "may", "might"}  # (not "to": "landed to begin a visit")
# 'his programme includes talks with X': what a visit's plan holds, not what was done
_PLANS = {"programme", "program", "agenda", "schedule", "itinerary", "plan", "plans"}
_HOLDS = {"include", "feature", "comprise", "envisage", "foresee"}
# 'asked X to come on a visit', 'urged X to pay a visit': a visit bid for, not (yet) paid
_BID = {"ask", "urge", "request", "encourage", "invite"}
# 'a visit planned / scheduled for May' (one 'arranged by the embassy' took place)
_SET_FOR = {"plan", "schedule", "slate", "expect", "propose"}
# an event noun these words modify has not happened yet: 'the upcoming visit', 'his next trip'
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


_QUOTE_RX = lazy_re.compile(r"[\"“]([^\"“”]{8,})[\"”]")


def in_quotation(span, t) -> bool:
    """Is t inside a direct quotation of its sentence ('"The meeting between X and Y matters
    greatly to us," the minister said')? What a speaker says of a meeting is his view of it,
    not the article reporting that it took place, nor with whom."""
    if '"' not in span.text and "“" not in span.text:
        return False
    off = t.idx - span.start_char
    return any(m.start(1) <= off < m.end(1) for m in _QUOTE_RX.finditer(span.text))


_RANKS = {"first", "last", "only", "second", "third", "latest"}
# 'the aim was to hold talks': a purpose, not an arrangement
_AIMS = {"aim", "goal", "purpose", "objective", "task", "plan", "idea", "intention", "mission", "priority"}


# how one felt at a meeting as it took place: 'X said he was glad to meet Y again'
_GLAD = {"glad", "pleased", "happy", "delighted", "honoured", "honored"}


def glad_to(t) -> bool:
    """'X was glad / pleased to meet (again) with Y': a feeling about a meeting under way — done,
    not planned ('would be glad to meet', with its modal, still lies ahead)."""
    a = t.head
    if t.dep_ != "xcomp" or a.dep_ != "acomp" or a.lemma_.lower() not in _GLAD:
        return False
    be = a.head
    return be.lemma_.lower() == "be" and be.tag_ in ("VBD", "VBZ", "VBP") and not any(
        c.dep_ == "aux" for c in be.children)


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


def be_to(v) -> bool:
    """'were to watch the parade', 'is to visit Hanoi', 'the talks were to be held': 'be' with a
    to-infinitive tells what was arranged or due, not what was done (not 'the aim was to ...', 'was
    the first to ...', where 'be' has a complement or an aim as its subject). A reader may still
    ask about the plan: extract_evidence keeps such events, below the stating threshold."""
    if v is None:
        return False
    if v.lemma_.lower() == "be" and not any(c.dep_ in ("attr", "acomp") for c in v.children):
        v = next((c for c in v.children if c.dep_ == "xcomp"), None)
        if v is None:
            return False
    h = v.head
    return v.dep_ == "xcomp" and h.lemma_.lower() == "be" and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) \
        and not any(c.dep_ in ("attr", "acomp") for c in h.children) \
        and not any(c.dep_ == "nsubj" and c.lemma_.lower() in _AIMS for c in h.children)


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
    if t.pos_ == "VERB" and (_first_to(t) or glad_to(t)):
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
    if t.dep_ == "pobj" and t.head.lower_ in _SETTINGS or _setting_of_done_act(t):
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
        if h.dep_ == "xcomp" and (h.head.lemma_.lower() in _SET_TO or any(
                c.dep_ == "acomp" and c.lower_ in _DUE for c in h.head.children)
                                   or h.head.dep_ == "acomp" and h.head.lower_ in _DUE):
            return True  # 'is also due to hold separate talks', 'is due to pay a visit' ('due' heading
            # 'pay'), not 'the visit is due to end'
        if h.dep_ == "xcomp" and h.head.lemma_.lower() in _BID and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in h.children):
            return True  # 'asked X to come to Vietnam on an official visit'
        if h.head == h or h.dep_ == "pobj" and h.head.lower_ in _SETTINGS:
            break
        h = h.head
    return False


def _setting_of_done_act(t) -> bool:
    """'A and B discussed X in a telephone conversation', 'agreed over the phone': the event noun
    is where a finished act of its verb was done (past tense, no 'to'/'will'), though the verb
    ('discuss', 'agree') elsewhere governs what is still to come."""
    v = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("in", "over") else None
    if v is None or v.pos_ != "VERB":
        return False
    have = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in v.children)
    return (v.tag_ == "VBD" or v.tag_ == "VBN" and have) and v.dep_ not in ("xcomp", "acl")


_SCHEDULED = {"schedule", "plan", "set", "slate", "expect", "due"}


def told_as_ahead(ctx, sc) -> None:
    """'He spoke ahead of the trip, which was scheduled to start on October 9': the visit told
    before (undated) has not begun — the article speaks of it in advance; it is not stored.
    (A trip 'scheduled to start' is one the article reports before it starts.)"""
    for t in sc.span:
        if t.pos_ != "NOUN" or "visit" not in (kind_of(t) or "") and t.lower_ not in ("trip", "visit", "tour") \
                or not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "his", "her", "their")
                           for c in t.children):
            continue
        scheduled = any(c.dep_ in ("relcl", "acl") and c.lemma_.lower() in _SCHEDULED and any(
            x.dep_ == "xcomp" and x.lemma_.lower() in ("start", "begin", "open", "take") for x in c.children)
                        for c in t.children)
        if not scheduled:
            continue
        prev = next((e for e in reversed(ctx.events) if "visit" in e.kind and e.date is None), None)
        if prev is not None:
            ctx.planned.add(id(prev))
