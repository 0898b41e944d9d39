"""Heads of the sides of a meeting told with no person in it: 'Vietnam and Russia held their fifth
dialogue in X' ... 'A led the Vietnamese side, while B headed Russia's delegation'; 'The Russian
side was led by A. His Vietnamese counterpart was B.'; and a body receiving a group whose one
side's head the next sentence names. The people-finding helpers extract_attended shares."""

from __future__ import annotations

from knowledge import names
from knowledge.extract_background import is_background
from knowledge.extract_kinds import kind_of
from knowledge.extract_occasions import date_events
from knowledge.extract_tree import actors_of, expand, gov, preps, subject_of
from knowledge.extract_irrealis import hypothetical
from knowledge.facts import Event


def people_in(ctx, toks) -> list:
    return [a for a in actors_of(ctx, [x for t in toks for x in expand(t)]) if a.kind == "person"]


def subject_people(ctx, v) -> list:
    subs, _ = subject_of(ctx, v)
    return people_in(ctx, subs)


def inside_objects(sc, v, noun) -> set:
    """Date phrases inside what the verb v acts on or who does it ('marked the anniversary of its
    day (March 7) at a ceremony on Saturday'): they date that, not the event."""
    if v is None:
        return set()
    inside = {x.i for c in v.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and c != noun
              for x in c.subtree}
    return {(s, e) for s, e, _ in sc.dates if sc.span.doc[s:e].root.i in inside}


_SIDES = {"side", "delegation", "team", "group"}
_MEETS = {"meeting", "talks", "session", "working session", "summit"}


def _side_country(side) -> str | None:
    """'the Vietnamese side', "Russia's delegation": the country a side is of."""
    for c in side.children:
        if c.dep_ in ("amod", "poss", "compound", "nmod"):
            k = names.country_of_demonym(c.text) or names.canonical_country(c.text)
            if k:
                return k
    return None


def heads_of_sides(ctx, sc) -> list[tuple]:
    """(person, country) for each side this sentence says a person led: 'A led the Vietnamese side,
    while B headed Russia's delegation', 'The Vietnamese side was led by A' (passive)."""
    out = []
    for v in sc.span:
        if v.lemma_.lower() == "be" and v.dep_ == "ROOT":
            # 'His Vietnamese counterpart was B' (after 'The Russian side was led by A')
            side = next((c for c in v.children if c.dep_ == "nsubj" and c.lower_ == "counterpart"), None)
            people = people_in(ctx, [c for c in v.children if c.dep_ == "attr"]) if side is not None else []
            out += [(a, _side_country(side)) for a in people if a not in [p for p, _ in out]]
            continue
        if v.pos_ != "VERB" or v.lemma_.lower() not in ("lead", "head"):
            continue
        if v.tag_ != "VBN":
            side = next((c for c in v.children if c.dep_ == "dobj" and c.lemma_.lower() in _SIDES), None)
            people = subject_people(ctx, v) if side is not None else []
        else:
            side = next((c for c in v.children if c.dep_ == "nsubjpass" and c.lemma_.lower() in _SIDES), None)
            people = people_in(ctx, preps(v, ("by",))) if side is not None else []
        out += [(a, _side_country(side)) for a in people if a not in [p for p, _ in out]]
    return out


def _side_heads(ctx, sc) -> tuple[list, int]:
    """(the people heading the sides of two different countries, the position of the first
    sentence naming one): this sentence's, or with the sentence before it ('The Vietnamese
    delegation was led by A.' 'The Russian side was headed by B.'); ([], 0) if not two."""
    here = heads_of_sides(ctx, sc)
    if not here:
        return [], 0
    first = sc.sent.position
    if len({c for _, c in here} - {None}) < 2 and first > 0:
        cur, ctx.cur = ctx.cur, first - 1
        try:
            before = heads_of_sides(ctx, ctx.sents[first - 1])
        finally:
            ctx.cur = cur
        if before:
            here, first = before + [h for h in here if h[0] not in [p for p, _ in before]], first - 1
    people = [a for a, _ in here]
    return (people, first) if len(people) >= 2 and len({c for _, c in here} - {None}) >= 2 else ([], 0)


# the nouns for a round of talks however the sentence frames them ('met for its 19th session')
_MEET_NOUNS = {"session": "session", "talks": "talks", "meeting": "meeting", "consultations": "talks"}


def sides_of_states(ctx, sc, place_of) -> None:
    """A meeting told with no person in it ('Vietnam and Russia held their fifth dialogue in X',
    'The committee met for its 19th session in Y') whose heads of delegation the next sentence or
    two name: theirs."""
    heads, first = _side_heads(ctx, sc) if sc.sent.position > 0 else ([], 0)
    if not heads or first == 0:
        return
    prev = ctx.sents[first - 1]
    cur = ctx.cur
    ctx.cur = prev.sent.position
    try:
        for t in prev.span:
            k = kind_of(t)
            if k is None and t.pos_ == "NOUN" and t.lower_ in _MEET_NOUNS and not any(
                    c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in t.children):
                k = _MEET_NOUNS[t.lower_]
            if k not in _MEETS or hypothetical(t) or is_background(t) or t.pos_ == "VERB":
                continue
            ev = Event(kind=k, participants=[], sentence=prev.sent.position, place=place_of(ctx, prev, t, k, []),
                       confidence=0.7)
            g = gov(t) if t.dep_ != "pobj" else t.head.head
            date_events(ctx, prev, {t.i: ev, **({g.i: ev} if g is not None else {})}, inside_objects(prev, g, t))
            ctx.attended.append({"ev": ev, "noun": t.lower_, "named": {sc.sent.position: heads}})
            return
    finally:
        ctx.cur = cur


_RECEIVE = {"receive", "welcome", "host"}
_GROUPS = {"delegation", "delegate", "group", "guest", "visitor"}


def body_received_group(ctx, sc, place_of) -> None:
    """'The University of Science in Hanoi received delegates from several Russian universities.'
    ... 'The Vietnamese side was led by Rector X': a body receiving a group, told with no person,
    whose one side's head a sentence or two later names — a meeting of that head (the others are
    not named)."""
    heads = heads_of_sides(ctx, sc)
    pos = sc.sent.position
    if len(heads) != 1 or pos == 0:
        return
    for back in (1, 2):
        prev = ctx.sents[pos - back] if pos - back >= 0 else None
        if prev is None:
            return
        cur, ctx.cur = ctx.cur, prev.sent.position
        try:
            v = next((v for v in prev.span if v.pos_ == "VERB" and v.lemma_.lower() in _RECEIVE
                      and not hypothetical(v) and not is_background(v)
                      and any(c.dep_ == "dobj" and c.lemma_.lower() in _GROUPS for c in v.children)
                      and subject_of(ctx, v)[0] and not subject_people(ctx, v)), None)
            if v is None:
                continue
            ev = Event(kind="meeting", participants=[], sentence=prev.sent.position,
                       place=place_of(ctx, prev, v, "meeting", []), confidence=0.6)
            date_events(ctx, prev, {v.i: ev}, inside_objects(prev, v, None))
        finally:
            ctx.cur = cur
        ctx.attended.append({"ev": ev, "noun": "meeting", "named": {pos: [heads[0][0]]}})
        return
