"""Signings told in their less common frames: 'put his signature to the memorandum', 'The
document was signed by A and B', 'The accord was signed ... when A met B', and the people in whose
presence a deal was inked — for extract_relations.agreements."""

from __future__ import annotations

import re

from knowledge import lazy_re, names
from knowledge.extract_background import is_background
from knowledge.extract_tree import actors_of, done_when_met, expand, preps
from knowledge.extract_irrealis import hypothetical

SIGNABLE = lazy_re.compile(r"\b(?:agreement|agreements|memorandum|memoranda|MoU|MoUs|MOU|document|documents|deal|deals|"
                      r"contract|contracts|treaty|accord|protocol|plan)\b", re.I)


def list_item(t) -> bool:
    """'review existing mechanisms, policies and signed agreements': after an 'and' that closes a
    list of nouns, a participle with no subject or auxiliary of its own begins the list's last item
    (the parser may still make it a verb): no signing."""
    if t.tag_ != "VBN" or t.i < 2 or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in t.children):
        return False
    cc, prev = t.doc[t.i - 1], t.doc[t.i - 2]
    return cc.dep_ == "cc" and prev.pos_ in ("NOUN", "PROPN") and prev.dep_ == "conj"


def puts_signature(t) -> bool:
    """'put his signature to the memorandum', 'put their names to the document': a signing."""
    return t.lemma_.lower() == "put" and t.pos_ == "VERB" and not hypothetical(t) and not is_background(t) \
        and any(c.dep_ == "dobj" and c.lemma_.lower() in ("signature", "name") for c in t.children) \
        and any(SIGNABLE.search(" ".join(x.text for x in o.subtree)) for o in preps(t, ("to",)))


def signed_by(t) -> bool:
    """'The document was signed by A and B': a signing by whoever the agent names."""
    return t.lemma_.lower() == "sign" and t.pos_ == "VERB" and not hypothetical(t) and not is_background(t) \
        and any(c.dep_ == "nsubjpass" and SIGNABLE.search(" ".join(x.text for x in c.subtree)) for c in t.children) \
        and any(True for _ in preps(t, ("by",)))


def signed_when_met(t, triggers):
    """'The loan accord was signed in Hanoi on Monday when A met B': the meeting of that 'when'
    clause (a signing by no one named otherwise), else None."""
    if t.lemma_.lower() != "sign" or t.pos_ != "VERB" or any(True for _ in preps(t, ("by",))) or not any(
            c.dep_ == "nsubjpass" and SIGNABLE.search(" ".join(x.text for x in c.subtree)) for c in t.children):
        return None
    return next((triggers[c.i] for c in t.children if c.dep_ == "advcl" and c.i in triggers
                 and done_when_met(c) == t and len(triggers[c.i].participants) >= 2), None)


def witnesses(ctx, t) -> list:
    """The people 'in the presence of' whom the signing verb t was done."""
    return [a for a in actors_of(ctx, [x for p in preps(t, ("in",)) if p.lower_ == "presence"
                                       for o in preps(p, ("of",)) for x in expand(o)]) if a.kind == "person"]


def witnessed_told(ctx, sc, t) -> bool:
    """'A and B witnessed the signing.' right after 'X signed a deal with Y' (one or two sentences
    before): the signing told there, with its witnesses."""
    if t.lemma_.lower() != "signing" or t.pos_ != "NOUN" or t.head.lemma_.lower() not in ("witness", "attend", "watch") \
            or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children) \
            or any(c.dep_ == "prep" for c in t.children):
        return False
    pos = sc.sent.position
    return any(x.lemma_.lower() in ("sign", "ink") and x.pos_ == "VERB" and any(
        c.dep_ in ("dobj", "nsubjpass") and SIGNABLE.search(" ".join(y.text for y in c.subtree)) for c in x.children)
        for p in range(max(0, pos - 2), pos) for x in ctx.sents[p].span)


def two_bodies(ctx, parts) -> bool:
    """'Vietnam Airlines and Aeroflot signed a memorandum in Moscow on Friday' as the article's first
    event: two bodies signing is the news itself. (Told after a meeting of leaders — 'they looked on
    as PetroVietnam signed deals with Gazprom' — it is a detail of that meeting; one company
    signing says nothing of with whom.)"""
    return not ctx.events and len({a.name for a in parts if a.kind == "org"}) >= 2


def bodies_row(ctx, ev) -> bool:
    """A signing row whose sides are bodies only (see two_bodies)."""
    return ev.kind == "signing" and all(
        getattr(ctx.table.actors.get(names.fold(p.actor)), "kind", None) == "org" for p in ev.participants)


def people_signed_after(ctx, events: list) -> list:
    """Drop a bodies' signing whose people the next two sentences name at a signing ('X and Y signed
    a memorandum. A and B put their names to the document', 'Speaking at the signing ceremony, A
    said'): one signing, told best by its people."""
    return [e for e in events if not bodies_row(ctx, e) or not any(
        o.kind == "signing" and e.sentence < o.sentence <= e.sentence + 2 and not bodies_row(ctx, o) for o in events)]
