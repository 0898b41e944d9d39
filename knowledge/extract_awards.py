"""Awards presented: 'A presented the Friendship Order to B', 'A awarded B the Labour Medal',
'The order was presented to B by A', 'B was presented with the medal by A'. Handing an order,
medal or prize to someone is a ceremony of the two, told in the verb alone — no 'ceremony' word
needed. Both are participants (who presented and who received), at the place and on the day the
sentence gives. Gifts handed to a named person ('handed the masks to Ambassador B') are the same."""

from __future__ import annotations

from knowledge.extract_background import is_background
from knowledge.extract_occasions import date_events
from knowledge.extract_places import best_place, places_under
from knowledge.extract_tree import CLAUSE_EDGES, actors_of, expand, preps, subject_of
from knowledge.extract_irrealis import hypothetical
from knowledge.facts import Event, Participant

_GIVE = {"present", "award", "confer", "bestow", "hand", "donate", "submit"}
# what is presented: an order, a medal, a prize (not a report, a gift basket or a plan); an envoy's
# credentials, handed to the head of state in a ceremony ('presented his letters of credence to X')
_HONOURS = {"order", "medal", "award", "prize", "insignia", "decoration", "title", "badge", "honour", "honor",
            "certificate", "orders", "medals", "awards", "prizes", "credentials", "credential"}


# event nouns whose rows extract_attended makes, with everyone the next sentences put there
_TOLD_EVENTS = {"ceremony", "reception", "forum", "conference", "banquet", "gala", "event", "celebration"}


# gifts handed over to someone in person: a hand-over ceremony of the two ('he handed the gifts to
# Ambassador B', 'A donated the masks to B'); handed to a body or a people, no one is received
_GIFTS = {"gift", "gifts", "donation", "donations", "supplies", "mask", "masks", "aid", "equipment", "vaccine",
          "vaccines", "kit", "kits"}


def _honour(tok) -> bool:
    return tok is not None and (tok.lemma_.lower() in _HONOURS | _GIFTS or tok.lower_ in _HONOURS | _GIFTS
                                or tok.lemma_.lower() == "letter" and any(
                                    c.lower_ == "of" and any(g.lower_ == "credence" for g in c.children)
                                    for c in tok.children))


def _people(ctx, toks) -> list:
    return [a for a in actors_of(ctx, [x for t in toks for x in expand(t)]) if a.kind == "person"]


def _credentials(tok) -> bool:
    return tok is not None and (tok.lower_ in ("credentials", "credential") or tok.lemma_.lower() == "letter" and any(
        c.lower_ == "of" and any(g.lower_ == "credence" for g in c.children) for c in tok.children))


def _accepted(ctx, v, dobj) -> tuple[list, list] | None:
    """'X accepted / received the credentials of Y', '... the letters of credence from Y': the
    envoy Y presents them to X (whose, by 'of' anywhere in the object's phrase, or 'from')."""
    if v.lemma_.lower() not in ("accept", "receive") or not _credentials(dobj):
        return None
    owners = [o for x in dobj.subtree if x.dep_ == "pobj" and x.head.lower_ == "of" and x.lower_ != "credence"
              for o in [x]] + list(preps(v, ("from",)))
    subs, passive = subject_of(ctx, v)
    givers = _people(ctx, owners)
    return (givers, _people(ctx, subs)) if givers and not passive else None


def _sides(ctx, v) -> tuple[list, list] | None:
    """(who presented, who received) for verb v, or None when v hands over no honour."""
    kids = list(v.children)
    dobj = next((c for c in kids if c.dep_ == "dobj"), None)
    if (got := _accepted(ctx, v, dobj)) is not None:
        return got
    subs, passive = subject_of(ctx, v)
    by = _people(ctx, preps(v, ("by",)))
    if passive:
        # 'The order was presented to B by A' | 'B was presented with / awarded the medal by A'
        if any(_honour(s) for s in subs):
            return by, _people(ctx, preps(v, ("to", "on", "upon")))
        if any(_honour(o) for o in preps(v, ("with",))) or _honour(dobj):
            return by, _people(ctx, subs)
        return None
    if _honour(dobj):
        # 'presented the order to B', 'conferred the title on B', 'handed over the medal to B'
        return _people(ctx, subs), _people(ctx, list(preps(v, ("to", "on", "upon"))) +
                                           # (a dative 'to' stands for its object: 'handed nine insignias to B')
                                           [g for c in kids if c.dep_ == "dative"
                                            for g in ([c] if c.pos_ != "ADP" else [x for x in c.children if x.dep_ == "pobj"])])
    if v.lemma_.lower() == "award" and dobj is not None and any(_honour(c) for c in kids if c.dep_ in ("dobj", "attr")
                                                                 and c is not dobj):
        return _people(ctx, subs), _people(ctx, [dobj])  # (a parse of 'awarded B the medal')
    if v.lemma_.lower() in ("present", "award") and dobj is not None and any(
            _honour(o) for o in preps(v, ("with",))):
        return _people(ctx, subs), _people(ctx, [dobj])  # 'presented B with the order'
    return None


def _place_inside(ctx, v) -> str | None:
    """'to his counterpart B in Moscow', 'the Order of the White Lion in Prague': the parser hangs
    the place on the one honoured or on the honour; any 'in/at' place of the verb's own phrase
    (not of a clause inside it) is where it was handed over."""
    locs, stack = [], [c for c in v.children if c.dep_ not in CLAUSE_EDGES and c.dep_ not in ("nsubj", "nsubjpass")]
    while stack:
        x = stack.pop()
        if x.dep_ == "pobj" and x.head.lower_ in ("in", "at"):
            locs.append(x)
        stack.extend(c for c in x.children if c.dep_ not in CLAUSE_EDGES and c.dep_ not in ("acl",))
    pa = best_place(places_under(ctx, locs))
    return pa.name if pa is not None else None


# the meeting an honour was handed at, referred back to: 'On this occasion', 'At the meeting'
_MET_AT = {"occasion", "meeting", "talks", "reception", "session", "visit", "event"}
_MEETS = {"talks", "meeting", "reception", "working session", "session", "courtesy call", "summit"}


def _at_meeting_told(ctx, v, people) -> bool:
    """'On this occasion, A handed B an insignia' after A and B's meeting is told: the honour is
    part of that meeting, no ceremony of its own (stored as one, it would be an event the article
    never reports)."""
    back = [o for o in preps(v, ("on", "at", "during")) if o.lemma_.lower() in _MET_AT
            and any(c.dep_ == "det" and c.lower_ in ("this", "that", "the") for c in o.children)]
    who = {a.name for a in people}
    return bool(back) and any(e.kind in _MEETS and who <= {p.actor for p in e.participants} for e in ctx.events)


def award_ceremonies(ctx, sc, place_of) -> list[Event]:
    """The ceremonies of honours handed over in this sentence (`place_of(ctx, sc, t, kind, objects)`
    gives a trigger's place)."""
    out = []
    for v in sc.span:
        if v.pos_ != "VERB" or v.lemma_.lower() not in _GIVE | {"accept", "receive"} or hypothetical(v) \
                or is_background(v):
            continue
        sides = _sides(ctx, v)
        if sides is not None and any(o.lower_ in _TOLD_EVENTS for o in preps(v, ("at", "during"))) and not (
                v.lemma_.lower() in ("accept", "receive") and sides[0]):
            continue  # 'was awarded the order at a ceremony': the ceremony's own row (extract_attended)
        if sides is None:
            continue
        givers, takers = sides
        takers = [a for a in takers if a not in givers]
        if not takers or _at_meeting_told(ctx, v, givers + takers):
            continue
        place = place_of(ctx, sc, v, "ceremony", []) or _place_inside(ctx, v)
        ev = Event(kind="ceremony", participants=[Participant(a.name, "participant") for a in givers + takers],
                   sentence=sc.sent.position, place=place, confidence=0.8)
        date_events(ctx, sc, {v.i: ev}, set())
        out.append(ev)
    return out
