"""Who is on which side of a reception when the tree blurs it: 'X welcomed the participants,
alongside Y' makes Y a second host, not a guest (the parser hangs 'alongside Y' on the guests'
noun); and 'Receiving A, title, B, title, said ...' has no subject of its own — the parser may
read the whole comma chain as A's appositions, so the tree would make B a guest too. That
opening is left to extract_fronted, which reads it from the surface."""

from __future__ import annotations

from knowledge.extract_tree import actors_of, preps

_BESIDE = ("alongside",)
_GUEST_KINDS = ("reception", "welcome ceremony")


def fronted_participle(t) -> bool:
    """'Receiving A, B said': the trigger opens its sentence as a bare participle."""
    return t.tag_ == "VBG" and t.i == t.sent.start and t.dep_ in ("csubj", "advcl", "ROOT", "nsubj")


def guest_sides(ctx, t, k: str, objects: list, ag: list, ob: list) -> tuple[list, list]:
    """(hosts, guests) of trigger t with companions moved to the hosts' side; no guests for a
    fronted 'Receiving A, B ...' with no subject (extract_fronted tells that one)."""
    if k not in _GUEST_KINDS:
        return ag, ob
    if not ag and fronted_participle(t):
        return ag, []
    beside = actors_of(ctx, [p for x in objects for p in preps(x, _BESIDE)])
    if not beside:
        return ag, ob
    return ag + [a for a in beside if a not in ag], [a for a in ob if a not in beside]
