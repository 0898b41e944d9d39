"""Pairs of people: who 'their' and 'the two leaders' are when their own sentence names no pair
(the two people a subject coordinates, 'A and his Russian counterpart B agreed ...', in this
sentence or one just before it), and a one-to-one event with one side meeting several split into
its pairs."""

from __future__ import annotations

from knowledge.extract_tree import actors_of, expand
from knowledge.facts import Event, Participant


def person_pair(ctx, pos: int, subj) -> list:
    """The two people a subject of sentence pos coordinates ('A and his Russian counterpart B'),
    or []: exactly two persons and no other party, not both of one known nationality."""
    cur = ctx.cur
    ctx.cur = pos  # resolve in that sentence
    try:
        toks = expand(subj)
        people = actors_of(ctx, toks)
    finally:
        ctx.cur = cur
    # a dateline city the parser hangs the names on ('SOCHI, May 5 – A and B ...') is no party
    people = [a for a in people if a.kind != "place"]
    if len(toks) < 2 or len(people) != 2 or any(a.kind != "person" for a in people):
        return []
    nats = {a.nationality for a in people}
    return people if not (len(nats) == 1 and None not in nats) else []


def pair_named_before(ctx, back: int) -> list:
    """'their' / 'the two leaders' of a sentence with no pair of its own: the two people the
    subject of one of the `back` sentences before it coordinates, the nearest."""
    for pos in range(ctx.cur - 1, max(-1, ctx.cur - 1 - back), -1):
        root = ctx.sents[pos].span.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        pair = person_pair(ctx, pos, subj)
        if pair:
            return pair
    return []


def ministers_named_before(ctx, mod: str) -> list:
    """'A and Russia's Minister B agreed ... The two ministers held talks': the pair a sentence
    or two before made its subject, when both are ministers (of the rank said) — 'ministers'
    names a rank the pair must hold, unlike 'the two sides'."""
    from knowledge.extract_actors import role_compatible

    pair = pair_named_before(ctx, 2)
    return pair if pair and all(role_compatible(f"{mod}minister".strip(), a) for a in pair) else []


_ONE_TO_ONE = {"meeting", "talks", "reception", "courtesy call"}


def split_pairs(events: list[Event], sides: dict) -> list[Event]:
    """'X met A and B', 'held separate meetings with A and B': X met each of them — one event
    per pair (true whether they met together or apart; a three-way row would say more)."""
    out = []
    for ev in events:
        ag, ob = sides.get(id(ev), ([], []))
        if ev.kind not in _ONE_TO_ONE or len(ag) != 1 or len(ob) < 2:
            out.append(ev)
            continue
        role = {p.actor: p.role for p in ev.participants}
        for o in ob:
            out.append(Event(kind=ev.kind, participants=[Participant(ag[0], role.get(ag[0], "participant")),
                                                         Participant(o, role.get(o, "participant"))],
                             sentence=ev.sentence, place=ev.place, date=ev.date, date_end=ev.date_end,
                             date_phrase=ev.date_phrase, date_how=ev.date_how, occasion=ev.occasion,
                             confidence=min(ev.confidence, 0.8)))
    return out
