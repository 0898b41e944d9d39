"""Pairs of people: who 'the two sides', 'the two countries', 'they' and 'the two leaders' are
(pair_of: the sides of the latest meeting, the countries named most), who 'their' and 'the two
leaders' are when their own sentence names no pair (the two people a subject coordinates, 'A and
his Russian counterpart B agreed ...', in this sentence or one just before it), and a one-to-one
event with one side meeting several split into its pairs."""

from __future__ import annotations

import re

from knowledge import lazy_re, names
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


_PAIR = lazy_re.compile(r"^(?:the|both)\s+(?:two\s+)?(prime\s+|foreign\s+|vice\s+|deputy\s+)?(sides|countries|nations|leaders|parties|ministers|delegations|officials|presidents|premiers|heads\s+of\s+(?:state|government))$", re.I)
# nouns of a pair of people of rank: 'the two leaders met' with no meeting told yet are the pair
# the sentence or two before made their subject
_RANK_PAIRS = {"leaders", "presidents", "premiers", "heads of state", "heads of government"}


def pair_of(ctx, subj, own_event: bool = False) -> list:
    """'the two sides/leaders' -> the participants of the latest meeting; 'the two countries'
    -> the two countries the article names most. `own_event`: a relative clause ('held a working
    session with the authorities of X province, where the two sides signed ...') speaks of the
    sides of its own sentence's meeting, or of no one known — never of the article's latest pair."""
    by_rank = subj.lower_ == "their" and subj.dep_ == "poss"
    if by_rank:
        # 'Following their talks in Sochi, the two presidents issued ...': 'their' are the
        # clause's subject, when that names a pair
        root = subj.sent.root
        subj = next((c for c in root.children if c.dep_ == "nsubj" and c.lower_ != "they"), None)
        if subj is not None and (pair := person_pair(ctx, ctx.cur, subj)):
            return pair  # 'A and B, at their talks in Moscow, agreed ...'
        if subj is None or not _PAIR.match(" ".join(t.text for t in subj.subtree)):
            return pair_named_before(ctx, 1)  # 'A and B agreed ... The consensus came out of their talks'
    if subj.lower_ == "they" and ctx.pending:
        return _people_of_pending(ctx)
    m = _PAIR.match(" ".join(t.text for t in subj.subtree))
    if not m and subj.lower_ != "they":
        return []
    if not m and any(t.dep_ in ("nsubj", "nsubjpass") and t.i < subj.i and t.head != subj.head
                     and t.head.dep_ in ("ROOT", "conj") for t in subj.sent):
        # "The province signed a deal with Rostov …, but … they agreed": the parties of the main
        # clause before ('since the deal took effect, they agreed' has none: they are the sides)
        return []
    # 'At the end of the talks, they witnessed ...': 'they' are the sides of the latest talks
    mod, noun = ((m.group(1) or "").strip().lower(), " ".join(m.group(2).lower().split())) if m else ("", "sides")
    if noun in ("countries", "nations"):
        cs = sorted(ctx.table.countries(), key=lambda a: (-a.mentions, a.first))[:2]
        return cs if len(cs) == 2 else []
    want_people = noun in ("leaders", "ministers", "officials") or noun in _RANK_PAIRS
    for ev in _events_of_sides(ctx, own_event, want_people):
        people = _sides_of(ctx, ev, mod, noun, want_people)
        if people:
            return people
    if by_rank and noun in ("presidents", "ministers"):
        return _two_of_rank(ctx, mod, noun)
    # 'In their talks, the two leaders ...': the pair a sentence just before made its subject
    # (and 'the two heads of state met ...' after 'A and B issued a joint statement')
    if noun == "ministers":
        return ministers_named_before(ctx, mod)
    return pair_named_before(ctx, 2) if by_rank and noun in ("leaders", "sides") or noun in _RANK_PAIRS else []


def _people_of_pending(ctx) -> list:
    """"held a working session, during which they agreed ...": 'they' are the people of the
    event this sentence reports, when two or more."""
    ev = ctx.pending[-1]
    people = [ctx.table.actors.get(names.fold(p.actor)) for p in ev.participants]
    people = [a for a in people if a is not None and a.kind == "person"]
    return people if len(people) >= 2 else []


def _events_of_sides(ctx, own_event: bool, want_people: bool) -> list:
    """The events whose sides 'the two sides' may be, most likely first: an event of this sentence,
    else the latest talks (the meetings around them are the visit's), then other events, latest
    first; those of two people first unless people are asked ('the two leaders')."""
    # 'the two sides' are the people of the latest meeting, else the countries of a visit
    evs = list(reversed(ctx.events + ctx.pending))
    pending = [id(e) for e in ctx.pending]
    evs.sort(key=lambda e: (id(e) not in pending, e.kind != "talks"))  # this sentence's event first
    if own_event:
        evs = [e for e in evs if id(e) in pending]
    if not want_people:
        evs.sort(key=lambda e: sum(1 for p in e.participants
                                   if getattr(ctx.table.actors.get(names.fold(p.actor)), "kind", "") == "person") < 2)
    return evs


def _sides_of(ctx, ev, mod: str, noun: str, want_people: bool) -> list:
    """The sides of one event, people or countries (never a country paired with a person), each
    fitting the rank asked ('the two prime ministers'); [] when fewer than two fit."""
    if ev.kind in ("established", "agreement", "signing", "joint declaration"):
        return []
    if ev.kind == "ceremony" and noun in ("sides", "parties"):
        # 'A attended the ceremony with B and C. ... the two sides signed documents': who attended
        # a ceremony are its guests, not the sides of the deal a later sentence reports
        return []
    people = [ctx.table.actors.get(names.fold(p.actor)) for p in ev.participants]
    people = [a for a in people if a is not None]
    # the sides are people or countries, never a country paired with a person
    persons = [a for a in people if a.kind == "person"]
    people = persons if len(persons) >= 2 or want_people else [a for a in people if a.kind == "country"]
    if mod:
        # 'the two prime ministers': both must fit the role, else this is not their meeting
        from knowledge.extract_actors import role_compatible

        fit = [role_compatible(f"{mod} {noun.rstrip('s')}", a) for a in people]
        # "his Vietnamese counterpart X" has the rank of the one whose counterpart he is
        fit = [f or (any(fit) and "counterpart" in {w for x in a.aliases for w in names.fold(x).split()})
               for f, a in zip(fit, people)]
        if not all(fit):
            return []
    return people if len(people) >= 2 else []


def _two_of_rank(ctx, mod: str, noun: str) -> list:
    """'their talks' of 'the two presidents' with no meeting of theirs told yet: the two people of
    that rank the article has named so far — only when exactly two, of two different known
    countries. (Only for 'their <event>': the pair's own event is what the sentence reports.)"""
    from knowledge.extract_actors import role_compatible

    fit = [a for a in ctx.table.persons() if a.first <= ctx.cur and role_compatible(f"{mod} {noun[:-1]}".strip(), a)]
    nats = {a.nationality for a in fit}
    return fit if len(fit) == 2 and len(nats) == 2 and None not in nats else []
