"""Where and when a meeting took place, told in a sentence of its own right after it: 'The meeting
took place in Moscow during …', 'The talks were held in the Malaysian capital on Thursday.'"""

from __future__ import annotations

from knowledge import names
from knowledge.dates import resolve_date
from knowledge.extract_background import never_dates
from knowledge.extract_places import best_place, places_under
from knowledge.extract_tree import preps
from knowledge.facts import Event

# what 'the meeting' can refer back to (a phone call takes place nowhere in particular)
_MET = {"talks", "meeting", "reception", "working session"}
_NOUNS = {"meeting", "talks", "talk", "reception", "session", "negotiations", "encounter"}
# modifiers that leave the noun the same event ('the bilateral meeting'), unlike 'the next meeting'
_SAME = {"bilateral", "official", "formal", "high-level", "closed-door", "whole"}


def _setting_verb(span):
    """The verb of 'the meeting took place / the talks were held / it happened', told in the past,
    when its subject is a bare definite meeting noun; else None."""
    for t in span:
        if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ not in _NOUNS:
            continue
        if not any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "their") for c in t.children):
            continue
        if any(c.dep_ in ("amod", "compound", "nummod", "prep", "relcl", "acl") and c.lower_ not in _SAME
               for c in t.children):
            continue  # 'the next meeting', 'the meeting of the commission': perhaps another event
        v = t.head
        lem = v.lemma_.lower()
        kids = list(v.children)
        if any(c.dep_ in ("aux", "neg") and c.lower_ not in ("was", "were", "had") for c in kids):
            continue  # 'will take place', 'did not take place', 'may be held'
        passive = any(c.dep_ == "auxpass" and c.lower_ in ("was", "were") for c in kids)
        if (lem == "take" and v.tag_ == "VBD" and any(c.dep_ == "dobj" and c.lower_ == "place" for c in kids)) \
                or (lem in ("hold", "conduct") and passive and t.dep_ == "nsubjpass") \
                or (lem in ("happen", "occur") and v.tag_ == "VBD"):
            return v
    return None


def capital(tok) -> str | None:
    """'the Malaysian capital': the capital of the country its adjective names."""
    if tok.lower_ != "capital":
        return None
    for c in tok.children:
        if c.dep_ in ("amod", "compound") and (country := names.country_of_demonym(c.text)):
            return names.CAPITALS.get(country)
    return None


def _place(ctx, v) -> str | None:
    objs = list(preps(v, ("in", "at")))
    a = best_place(places_under(ctx, objs))
    if a is not None:
        return a.name
    return next((cap for o in objs if (cap := capital(o))), None)


def _date(ctx, sc, v) -> tuple[str | None, str | None, str | None, str | None]:
    """The date phrase on the verb itself ('were held on Thursday'), not one inside an adjunct."""
    doc = sc.span.doc
    for s, e, phrase in sc.dates:
        root = doc[s:e].root
        if never_dates(phrase) or not (root.head == v or (root.head.dep_ == "prep" and root.head.head == v)):
            continue
        d, d2, how = resolve_date(phrase, ctx.pub)
        if d:
            return d, d2, phrase, how
    return None, None, None, None


def set_from_setting(ctx, events: list[Event], reach) -> None:
    """A sentence saying where (or when) 'the meeting' took place gives that place (and date, when it
    has none) to the meeting told just before it — in the sentence before, or earlier in its
    paragraph (`reach(pos)` lists the paragraph's sentences) — when it is the only meeting the article
    has told so far and its own words gave it no place. Where two meetings came before, 'the meeting'
    could be either: nothing is given."""
    saved = ctx.cur
    try:
        for pos, sc in enumerate(ctx.sents):
            v = _setting_verb(sc.span)
            if v is None:
                continue
            before = [e for e in events if e.kind in _MET and e.sentence < pos]
            if len({frozenset(p.actor for p in e.participants) for e in before}) != 1:
                continue
            if not (before[-1].sentence == pos - 1 or before[-1].sentence in reach(pos)):
                continue
            ctx.cur = pos
            place = _place(ctx, v)
            d, d2, phrase, how = _date(ctx, sc, v)
            for ev in before:
                if ev.place is not None:
                    continue
                ev.place = place
                if ev.date is None and d is not None:
                    ev.date, ev.date_end, ev.date_phrase, ev.date_how = d, d2, phrase, how
    finally:
        ctx.cur = saved
