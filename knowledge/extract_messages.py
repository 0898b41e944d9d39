"""Messages sent from afar: 'A has sent a telegram congratulating B on ...', 'A sent a
congratulatory message to B', 'A has sent his congratulations to B', 'A congratulated B in a
letter', 'B received a letter of thanks from A'. A head of state's or government's message is news in itself (a new leader's election,
a national day), and the reader asks 'when did A congratulate B?'. It is no meeting: the two were
not together, so the event has no place and its kind 'message' is of the engine's 'other' family
(never an answer to 'did A meet B?'). Roles: sender and recipient. Only named people on both sides,
and never in a hypothetical or background clause."""

from __future__ import annotations

from knowledge.extract_background import is_background
from knowledge.extract_irrealis import hypothetical
from knowledge.extract_occasions import date_events
from knowledge.extract_tree import actors_of, expand, preps, subject_of
from knowledge.facts import Event, Participant

# what is sent: a message, a telegram, a letter, congratulations, greetings, condolences
_SENT = {"message", "telegram", "letter", "congratulation", "congratulations", "greeting", "greetings",
         "condolence", "condolences", "cable", "note"}
# ("cabled a message of condolence to B", "wired his congratulations to B")
_SEND = {"send", "address", "dispatch", "convey", "extend", "cable", "wire"}
# verbs that send only condolences or congratulations: 'A offered his condolences to B', 'A expressed
# congratulations to B' (not 'offered a message of support', 'expressed his thanks')
_OFFER = {"offer", "express"}
_OFFERED = {"condolence", "condolences", "congratulation", "congratulations", "sympathy", "sympathies"}
# a note is a message only when it is one of congratulations or condolences ('a diplomatic note' is too)
_ONLY_WITH_MOD = {"note", "greeting", "greetings"}
_MODS = {"congratulatory", "condolence", "congratulation", "diplomatic", "official", "new", "year", "greeting"}


def _sent_thing(t) -> bool:
    low, lem = t.lower_, t.lemma_.lower()
    if low not in _SENT and lem not in _SENT:
        return False
    if low in _ONLY_WITH_MOD or lem in _ONLY_WITH_MOD:
        return any(c.lower_ in _MODS for c in t.children)
    return True


def _people(ctx, toks) -> list:
    """Persons the tokens name; a role noun spelt out by a name after it stands for that name only
    ('to his Vietnamese counterpart, X': X, whoever else 'counterpart' alone would stand for)."""
    toks = [x for t in toks for x in expand(t)]
    toks = [x for x in toks if not (x.pos_ == "NOUN" and any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c in toks for c in x.children))]
    return [a for a in actors_of(ctx, toks) if a.kind == "person"]


def _to(tok) -> list:
    """'to B' on tok, as a preposition or as the parser's dative ('sent his congratulations to B')."""
    return [g for c in tok.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"
            for g in c.children if g.dep_ == "pobj"]


def _of_what(obj) -> list:
    """'a message of congratulations to B': the parser hangs 'to B' on what the message is of."""
    return [g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
            if g.dep_ == "pobj" and _sent_thing(g)] if obj is not None else []


def _recipients(ctx, v, obj) -> list:
    """Who the message went to: 'to B' on the verb or the noun (or on what it is of), 'congratulating
    B' / 'inviting B' hung on either, or the object of a congratulating verb."""
    toks = _to(v) + (_to(obj) if obj is not None else []) + [x for o in _of_what(obj) for x in _to(o)]
    for h in [v] + ([obj] if obj is not None else []):
        for c in h.children:
            if c.dep_ in ("acl", "advcl", "xcomp") and c.tag_ == "VBG" and c.lemma_.lower() in (
                    "congratulate", "greet", "thank", "wish", "invite", "express"):
                toks += [x for x in c.children if x.dep_ in ("dobj", "dative")]
                toks += _to(c)
    return _people(ctx, toks)


def _message_at(ctx, t):
    """(senders, recipients) of the message verb t reports, or None."""
    lem = t.lemma_.lower()
    if t.pos_ != "VERB" or hypothetical(t) or is_background(t):
        return None
    subs, passive = subject_of(ctx, t)
    if passive:
        return None
    if lem in _OFFER and _in_person(t):
        return None  # 'At the talks, A expressed condolences to B': said face to face, no message
    if lem in _SEND or lem in _OFFER:
        obj = next((c for c in t.children if c.dep_ == "dobj" and (
            _sent_thing(c) if lem in _SEND else c.lemma_.lower() in _OFFERED or c.lower_ in _OFFERED)), None)
        if obj is None:
            return None
        return _people(ctx, subs), _recipients(ctx, t, obj)
    if lem == "receive":
        # 'B received a letter of thanks from A': A sent it (a letter is no reception of A)
        obj = next((c for c in t.children if c.dep_ == "dobj" and _sent_thing(c)), None)
        if obj is None:
            return None
        froms = [g for c in [*t.children, *obj.subtree] if c.dep_ == "prep" and c.lower_ == "from"
                 for g in c.children if g.dep_ == "pobj"]
        return _people(ctx, froms), _people(ctx, subs)
    if lem == "congratulate" and any(_sent_thing(o) for o in preps(t, ("in", "by", "through", "via"))):
        # 'A congratulated B in a letter / by telegram'
        return _people(ctx, subs), _people(ctx, [c for c in t.children if c.dep_ == "dobj"])
    return None


_MEET = {"meet", "receive", "talk", "visit", "host", "welcome", "call"}
_FACE = {"talk", "talks", "meeting", "reception", "ceremony", "visit", "call", "conversation", "session"}


def _in_person(v) -> bool:
    """Verb v is told of a meeting: 'at/during the talks', 'while meeting B', 'when he received B'."""
    head = v
    while head.dep_ not in ("ROOT",) and head.head != head:
        head = head.head
    clause = [v, head]
    return any(c.dep_ == "prep" and c.lower_ in ("at", "during", "in", "on") and any(
        o.dep_ == "pobj" and (o.lemma_.lower() in _FACE or o.lower_ in _FACE) for o in c.children) for h in clause for c in h.children) or any(
        c.dep_ == "advcl" and c.lemma_.lower() in _MEET for h in clause for c in h.children)


def _met_before(ctx, sender, recipients) -> bool:
    """An event told before has the sender and a recipient together: what one offered the other
    was said there, not sent. So does a meeting told before with the sender and someone else:
    'A met B in Kazan. ... A offered his congratulations to C' (B's president) was said to B."""
    return any({sender.name, r.name} <= {p.actor for p in e.participants} for e in ctx.events for r in recipients) \
        or any(e.kind in _MET_KINDS and sender.name in {p.actor for p in e.participants} and len(e.participants) >= 2
               for e in ctx.events)


# kinds of events where the two sides were together
_MET_KINDS = {"meeting", "talks", "reception", "courtesy call", "working session", "summit"}


def messages(ctx, sc) -> list[Event]:
    """The messages sentence sc reports (see the module doc), dated by the sentence's own words."""
    out = []
    for t in sc.span:
        if t.pos_ != "VERB" or t.lemma_.lower() not in _SEND | _OFFER | {"congratulate", "receive"}:
            continue
        sides = _message_at(ctx, t)
        if sides is None:
            continue
        senders, recipients = sides
        recipients = [a for a in recipients if a not in senders]
        if len(senders) != 1 or not recipients:
            continue
        if t.lemma_.lower() in _OFFER and _met_before(ctx, senders[0], recipients):
            continue  # 'The guest offered his congratulations to B' at the reception told before
        parts = [Participant(senders[0].name, "sender")] + [Participant(a.name, "recipient") for a in recipients]
        ev = Event(kind="message", participants=parts, sentence=sc.sent.position, place=None, confidence=0.8)
        date_events(ctx, sc, {t.i: ev}, set())
        out.append(ev)
    return out
