"""Who 'their' and 'the two leaders' are when their own sentence names no pair: the two people
a subject coordinates ('A and his Russian counterpart B agreed ...'), in this sentence or one
just before it."""

from __future__ import annotations

from knowledge.extract_tree import actors_of, expand


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
