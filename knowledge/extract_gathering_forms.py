"""More ways a gathering is first told with no person as its holder, for extract_attended: a
meeting a body hosts ('The committee hosted a virtual meeting on D'), a meeting someone took part
in, a round of consultations two sides held, an event told as the subject of the sentence ('A round
table on X formed part of the mission'), one 'was held' with no one named — and 'Speaking there,
X said' of the event told just before."""

from __future__ import annotations

from knowledge.extract_heads import people_in, subject_people
from knowledge.extract_irrealis import hypothetical
from knowledge.extract_tree import subject_of

# a round of these is a meeting of the two sides: 'held their 12th round of consultations'
_ROUND_OF = {"consultations", "talks", "negotiations"}
# a body's own gatherings by the word that names them
_MEETINGS = {"meeting": "meeting", "session": "session"}


def by_agent(v) -> bool:
    """'was inaugurated by X': the sentence names who did it (the usual rules see it)."""
    return any(c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for c in v.children)


def held_passive(ctx, b, hold: set, pos: int) -> bool:
    """'A workshop on X was held on D at Y': held by no one named, as a body's event — unless the
    sentence tells another event too ('..., immediately followed by talks co-chaired by A and B')."""
    return b.dep_ == "nsubjpass" and b.head.lemma_.lower() in hold and not by_agent(b.head) \
        and not any(e.sentence == pos and "visit" not in e.kind for e in ctx.events)


def body_meeting(ctx, t, b, hold: set) -> str | None:
    """'The committee hosted a virtual meeting on D', 'X and Y held their 12th round of
    consultations': a meeting of the people the next sentences put there — when the holder is a
    body or state, not a person (whose 'held a meeting with B' is the usual rules' meeting)."""
    h = b.head
    sides = [c for x in (b, h) for c in x.children if c.dep_ == "prep" and c.lower_ in ("with", "between")]
    if b.dep_ != "dobj" or h.pos_ != "VERB" or h.lemma_.lower() not in hold or hypothetical(h):
        return None
    subs, _ = subject_of(ctx, h)
    if not subs or subject_people(ctx, h):
        return None
    if t is b and t.lower_ in _MEETINGS:
        # ('organised its annual meeting with former experts'; 'held an online meeting with the X
        # Academy': a meeting with a side, of those the next sentences tie to it: held_with_side)
        return _MEETINGS[t.lower_]
    if sides:
        return None
    if t.lower_ == "round" and any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lower_ in _ROUND_OF for o in c.children) for c in t.children):
        return "meeting"
    return None


def held_with_side(ctx, b) -> bool:
    """'convened a meeting with the Kazan city government': a meeting held with a side the sentence
    names — the first one quoted after it is not known to be there ('with former experts', people
    named by no one in the plural, is no such side)."""
    objs = [o for x in (b, b.head) for c in x.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
            for o in c.children if o.dep_ == "pobj"]
    return any(o.tag_ != "NNS" and _named(o) or people_in(ctx, [o]) for o in objs)


# what belongs to a noun phrase's own words (not a phrase hung on it: 'backing from the city government')
_OWN = {"compound", "amod", "nmod", "poss", "det", "appos", "conj", "cc", "nummod", "flat"}


def _named(o) -> bool:
    """A side the phrase names: a name among its own words ('the Kazan city government', 'the X
    Academy'), not a thing done with ('with business matching', 'with backing from the city')."""
    return o.pos_ == "PROPN" or any(w.pos_ == "PROPN" for c in o.children if c.dep_ in _OWN for w in c.subtree)


def took_part_meeting(t) -> str | None:
    """'X took part in a meeting of security officials': the meeting is X's (the usual kinds do not
    name a bare meeting)."""
    return _MEETINGS.get(t.lower_)


def subject_event(t, kind: str | None) -> str | None:
    """'A round table on X formed part of the mission': an event noun told first as the subject of
    the sentence's own verb, of whoever the next sentences put there."""
    h = t.head
    if kind is None or t.dep_ != "nsubj" or h.dep_ != "ROOT" or h.pos_ not in ("VERB", "AUX") or hypothetical(h) \
            or h.tag_ in ("VBP", "VBZ", "MD") or any(c.dep_ == "aux" and c.lower_ in ("will", "would", "is", "are")
                                                       for c in h.children):
        return None
    return kind


def spoke_there(ctx, sc) -> list:
    """'Speaking there, X said': who spoke at the place or event told just before."""
    return [a for v in sc.span if v.lemma_.lower() == "speak" and v.tag_ == "VBG" and v.dep_ == "advcl"
            and any(c.dep_ == "advmod" and c.lower_ == "there" for c in v.children)
            for a in subject_people(ctx, v.head)]


# words spoken to a gathering: 'delivered a speech to the plenary session of the forum'
_SPEECHES = {"speech", "address", "remarks", "presentation", "report", "keynote"}
# a part of a gathering that stands for the whole: 'the plenary session of the forum'
_PARTS = {"session", "sessions", "meeting", "part"}


def addressed_by(t):
    """The verb whose subject spoke to the gathering t names: 'X told a seminar on D', 'X addressed a
    conference', 'X delivered a speech to the forum' (also 'to the plenary session of the 7th Xyz
    Forum', where the forum is the event). None otherwise (not 'X told the press', a press
    meeting's words, nor anything said by one still to come)."""
    if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in _PARTS:
        t = t.head.head  # 'the plenary session of the forum': spoken to the forum
    h = t.head
    if t.dep_ == "dobj" and h.pos_ == "VERB" and h.lemma_.lower() in ("tell", "address"):
        v = h
    elif t.dep_ == "pobj" and h.lower_ == "to" and h.head.lower_ in _SPEECHES and h.head.dep_ == "dobj" \
            and h.head.head.pos_ == "VERB":
        v = h.head.head
    elif t.dep_ == "pobj" and h.lower_ == "to" and h.head.pos_ == "VERB" and (h.head.lemma_.lower() == "speak" or any(
            c.dep_ == "dobj" and c.lower_ in _SPEECHES for c in h.head.children)):
        v = h.head  # 'delivered a speech on D to the forum', 'spoke to the conference'
    else:
        return None
    return None if hypothetical(v) or v.dep_ == "relcl" else v
