"""Talks reported only through what was done or said at them ('At the talks, A and B agreed',
'A and B discussed X during talks in Hanoi'): noted per sentence, made into one event by
extract_finish once the whole article is read."""

from __future__ import annotations

from knowledge import names
from knowledge.extract_kinds import TELL_VERBS
from knowledge.extract_occasions import date_events
from knowledge.extract_sides import event_place
from knowledge.extract_tree import actors_of, expand, subject_of
from knowledge.facts import Event


def note_talks_evidence(ctx, sc, t, k) -> None:
    """'At the talks, A and B agreed ...', 'During the talks, A said ...' with no talks reported
    before: who acted or spoke there (the talks event is made once the article is read)."""
    if k != "talks" or t.dep_ != "pobj" or t.head.lower_ not in ("at", "during", "in", "after"):
        return
    v, subs = _acting_clause(ctx, t.head.head)
    det = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "these", "their") for c in t.children)
    pair = len(subs) > 1 or any(c.dep_ == "conj" for s_ in subs for c in s_.children)
    if not det and (t.head.lower_ == "in" or not pair):
        return  # bare 'during talks' only after a pair who were there ('A and B discussed ... during talks')
    # 'A told his guest during their talks': who was told was there too
    told = [c for c in v.children if c.dep_ in ("dobj", "dative")] if v.lemma_.lower() in TELL_VERBS else []
    people = [a for a in actors_of(ctx, [x for s_ in subs + told for x in expand(s_)]) if a.kind == "person"]
    people += [ctx.table.actors.get(names.fold(st.speaker)) for st in ctx.statements
               if st.sentence == sc.sent.position and st.speaker]
    ev = Event(kind="talks", participants=[], sentence=sc.sent.position, place=event_place(ctx, sc, t, k, []),
               confidence=0.7)
    date_events(ctx, sc, {t.i: ev}, set())
    ctx.talk_evidence.append((sc.sent.position, people, ev))


def _acting_clause(ctx, v) -> tuple:
    """(verb, its subjects) of who acted at the talks: 'A and B discussed ways to broaden ties
    during talks' hangs the talks on 'broaden', whose subject is the clause's above it."""
    subs, _ = subject_of(ctx, v)
    for _ in range(3):
        if subs or v.dep_ not in ("xcomp", "acl", "relcl", "dobj", "pobj", "prep") or v.head is v:
            break
        v = v.head
        subs, _ = subject_of(ctx, v) if v.pos_ in ("VERB", "AUX") else ([], False)
    return v, subs
