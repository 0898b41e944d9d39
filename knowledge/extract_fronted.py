"""Meetings told in a fronted participle: 'Meeting Deputy Minister X, Y said ...', 'Receiving X,
Y affirmed ...'. The news is what Y said; the meeting is told only in the opening words, and the
parser often reads 'Meeting Deputy Minister X' as one long name, so the tree has no verb to hang
it on. Read from the surface: the participle opens the sentence, the person it names comes
before the first comma, and the one who met them is the main clause's subject (or the speaker
of the sentence's statement). Less sure than a plain 'Y met X' (confidence 0.7), no place or day
of its own, and not stored when the two people's meeting is told already."""

from __future__ import annotations

from knowledge import names
from knowledge.facts import Event, Participant

_FRONTED = {"meeting": "meeting", "receiving": "reception", "hosting": "reception"}
_MEETS = {"talks", "meeting", "reception", "working session", "session", "courtesy call"}
_REACH = 25  # tokens to the comma that closes the participle phrase


def _subject(ctx, sc, start: int):
    """The person the main clause (after the comma at token start) makes its subject."""
    for t in sc.span:
        if t.i > start and t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
            a = ctx.resolve(t)
            if a is not None and a.kind == "person":
                return a
    for st in ctx.statements:
        if st.sentence == sc.sent.position and st.speaker:
            a = ctx.table.actors.get(names.fold(st.speaker))
            if a is not None and a.kind == "person":
                return a
    return _last_before_verb(ctx, sc, start)


def _last_before_verb(ctx, sc, start: int):
    """'Receiving A, title, B, title, spoke ...': with no subject in the tree (the parser reads
    the chain as A's appositions), the last person named before the main verb is its subject."""
    root = sc.span.root
    found = [a for t in sc.span if start < t.i < root.i
             if (a := ctx.table.at(sc.doc_id, t.i)) is not None and a.kind == "person"]
    return found[-1] if found and root.pos_ in ("VERB", "AUX") else None


def fronted_meetings(ctx, sc, new: list[Event]) -> list[Event]:
    span = sc.span
    k = _FRONTED.get(span[0].lower_) if len(span) > 3 and span[0].is_title else None
    if k is None:
        return []
    comma = next((t.i for t in span[1:_REACH] if t.text == ","), None)
    if comma is None:
        return []
    met = next((a for t in span.doc[span.start + 1:comma]
                if (a := ctx.table.at(sc.doc_id, t.i)) is not None and a.kind == "person"), None)
    host = _subject(ctx, sc, comma)
    if met is None or host is None or host is met:
        return []
    pair = {met.name, host.name}
    if any(e.kind in _MEETS and pair <= {p.actor for p in e.participants} for e in ctx.events + new):
        return []
    roles = [(host.name, "participant"), (met.name, "participant")] if k == "meeting" else \
        [(host.name, "host"), (met.name, "visitor")]
    return [Event(kind=k, participants=[Participant(n, r) for n, r in roles], sentence=sc.sent.position,
                  place=None, confidence=0.7)]
