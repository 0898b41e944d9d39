"""When and where an event happened, from its own words or the occasion around it: the date
phrase above it in the tree, the arrival that opens a visit, a conjoined act, 'during which',
'during his stay', 'After the talks', 'at the airport'. Each copied day says how
(`date_how`: 'same occasion', 'arrival day', …)."""

from __future__ import annotations

import re
from datetime import date

from knowledge import lazy_re
from knowledge.dates import resolve_date, span_end, span_start
from knowledge.extract_background import never_dates
from knowledge.extract_places import host_of
from knowledge.extract_same_day import date_ref
from knowledge.extract_tree import ARRIVE, anchors, arrival_place, arrival_visit, gov, owner_trigger, preps
from knowledge.facts import Event, Participant


def date_events(ctx, sc, triggers, skip) -> None:
    """Each date phrase dates the nearest trigger above it (first phrase wins); 'since 2001'
    and 'by 2030' date nothing; an arrival's day is the day the visit it begins starts."""
    doc = sc.span.doc
    late = []
    for s, e, phrase in sc.dates:
        if (s, e) in skip or never_dates(phrase):
            continue
        root = doc[s:e].root
        ev = owner_trigger(root, triggers)
        ended = next(((e, t) for e in triggers.values() if (t := _day_it_ended(doc, root, e, triggers)) is not None),
                     None) if ev is None else None
        if ended is not None:
            _date_from_end(ctx, *ended, phrase)
            continue
        if ev is None:
            ev = arrival_visit(root, triggers)
            if ev is not None:
                late.append((ev, phrase))
            continue
        if _frames_a_first(ctx, doc, phrase, ev, triggers):
            continue
        ended = _day_it_ended(doc, root, ev, triggers)
        if ended is not None:
            _date_from_end(ctx, ev, ended, phrase)
            continue
        if ev.date_phrase and s > sc.span.start and doc[s - 1].lower_ in ("until", "till", "through") and ev.date:
            # '... on Saturday for a visit that will last until May 14': the first such day after the start
            end = resolve_date(phrase, ctx.pub, date_ref(ctx))[0]
            if end and len(end) == len(ev.date) == 10 and end <= ev.date:
                end = ev.date[:4] + end[4:]
            if end and len(end) == len(ev.date) and end > ev.date:
                ev.date_end = end
            continue
        if ev.date_phrase and not (ev.date_how or "").startswith("arrival"):
            continue  # the first phrase wins, but a visit's own span beats its arrival day
        ev.date, ev.date_end, ev.date_how = event_date(phrase, ctx)
        ev.date_phrase = phrase
    for ev, phrase in late:
        d, _, how = event_date(phrase, ctx)
        ctx.arrival_days[id(ev)] = (d, phrase)
        if not ev.date_phrase:
            ev.date, ev.date_end, ev.date_phrase, ev.date_how = d, None, phrase, f"arrival, {how}"
    for i, ev in triggers.items():
        # 'arrived on Monday for a two-day visit': the visit ends a day later
        days = _stay_days(doc[i]) if "visit" in ev.kind and ev.date and not ev.date_end else []
        if days and ((ev.date_how or "").startswith("arrival") or doc[i].dep_ == "pobj" and doc[i].head.lower_ == "for"
                     and doc[i].head.head.lemma_.lower() in ARRIVE):
            ev.date_end = span_end(ev.date, days[0])


_RANKS = {"first", "last", "only", "second", "third", "fourth", "fifth", "latest"}


def _frames_a_first(ctx, doc, phrase: str, ev, triggers) -> bool:
    """'the first official visit any foreign leader made to Y in 2025': a year or month the article
    appeared in, said of an event ranked first (last, only, fifth) in it, is the span the rank is
    counted over, not the event's date."""
    d = resolve_date(phrase, ctx.pub, date_ref(ctx))[0]
    if not d or d.count("-") == 2 or not ctx.pub or not str(ctx.pub).startswith(d):
        return False
    return any(e is ev and any(c.dep_ == "amod" and (c.lower_ in _RANKS or c.tag_ == "JJS") for c in doc[i].children)
               for i, e in triggers.items())


_ENDS = {"end", "conclude", "wrap", "complete", "finish", "close"}


_LEAVE = {"depart", "leave", "fly"}


def _day_it_ended(doc, root, ev, triggers):
    """'The task force wrapped up its call at X on Wednesday', 'ended his visit on May 5', 'left
    Hanoi on Wednesday, ending a two-day visit': the day a visit ended, not the one it began on —
    the visit's word, or None."""
    if "visit" not in ev.kind:
        return None
    for i, e in triggers.items():
        t = doc[i]
        v = t.head if e is ev and t.pos_ == "NOUN" and t.dep_ == "dobj" else None
        if v is None or v.lemma_.lower() not in _ENDS or root.i in {x.i for x in t.subtree}:
            continue
        if any(x.i == root.i for x in v.subtree) or _left_when(root, v):
            return t
    return None


def _left_when(root, v) -> bool:
    """'departed from Hanoi on Wednesday, ending a visit': the date dates the departure that the
    ending verb v hangs on."""
    head = v.head
    return v.dep_ == "advcl" and head.lemma_.lower() in _LEAVE and (
        root.head.i == head.i or root.head.dep_ == "prep" and root.head.head.i == head.i)


def _date_from_end(ctx, ev, t, phrase: str) -> None:
    """The day a visit of a stated length ('a two-day visit') ended dates its span; with no length
    it dates nothing (a row's date is its first day)."""
    days = _stay_days(t)
    end = event_date(phrase, ctx)[0]
    start = span_start(end, days[0]) if days and not ev.date_phrase else None
    if start:
        ev.date, ev.date_end, ev.date_phrase, ev.date_how = start, end, phrase, "ended, stay counted back"


def event_date(phrase: str, ctx) -> tuple:
    """resolve_date, but a month and day that falls a few days after publication ('On February 25'
    in a piece dated February 24: updated, or told ahead) dates nothing: never a day almost a
    year back, which is what a date on or before publication would make it."""
    d, end, how = resolve_date(phrase, ctx.pub, date_ref(ctx))
    if how != "month-day<=pub" or not d or len(d) != 10 or not ctx.pub or end:
        return d, end, how
    try:
        pub = date.fromisoformat(str(ctx.pub)[:10])
        gap = (date(pub.year, int(d[5:7]), int(d[8:10])) - pub).days
    except ValueError:
        return d, end, how
    return (None, None, "month-day just after pub") if 0 < gap <= 7 else (d, end, how)


def _stay_days(t) -> list[str]:
    """'a two-day visit', 'a 3-day official visit': the count of days, as written."""
    if t.pos_ != "NOUN":
        return []
    return [n.text for c in t.children if c.lower_ == "day" and c.dep_ in ("compound", "nmod", "amod")
            for n in c.children if n.dep_ == "nummod"]


def _copy_date(ev: Event, src: Event, how: str) -> None:
    ev.date, ev.date_end, ev.date_phrase, ev.date_how = src.date, src.date_end, src.date_phrase, how


def share_in_sentence(ctx, triggers: dict) -> None:
    """Within one sentence: 'held talks and co-chaired the session' — the conjoined act shares
    the day; 'paid a one-day visit on Tuesday, during which they held talks' — the event in the
    clause takes the visit's day (a single day only); a visit begun by an arrival 'in Moscow'
    without a destination of its own is a visit to where the arrival was."""
    doc = ctx.sents[ctx.cur].span.doc
    for i, ev in list(triggers.items()):
        if ev.date is not None:
            continue
        g = gov(doc[i]) or doc[i]
        head = triggers.get(g.head.i) if g.dep_ == "conj" else None
        if head is None:
            clause = g if g.dep_ in ("relcl", "advcl") else next((x for x in g.ancestors if x.dep_ in ("relcl", "advcl")),
                                                                None)
            if clause is not None and any(w.lower_ in ("which", "where") for w in clause.subtree if w.i < clause.i):
                head = triggers.get(clause.head.i)
                head = head if head is not None and not head.date_end else None
        if head is not None and head is not ev and head.date:
            _copy_date(ev, head, "same occasion")
        elif head is None:
            _during_visit(ctx, doc[i], ev)
    for i, ev in triggers.items():
        a = arrival_place(ctx, doc[i]) if "visit" in ev.kind else None
        if a is None:
            continue
        ctx.arrival_places[id(ev)] = a.name
        if ev.place is None:
            ev.place = a.name
            host = host_of(ctx, a)
            if host is not None and not any(p.actor == host.name for p in ev.participants):
                ev.participants.append(Participant(host.name, "host"))


def _during_visit(ctx, tok, ev: Event) -> None:
    """'X also met Y during his stay': the day (a one-day visit) and place of X's visit reported."""
    stays = [o for a in anchors(tok) for o in preps(a, ("during",)) if o.lemma_.lower() in ("stay", "visit", "trip")
             and any(c.dep_ in ("poss", "det") for c in o.children)]
    if not stays or "visit" in ev.kind:
        return
    people = {p.actor for p in ev.participants}
    visit = next((e for e in reversed(ctx.events) if "visit" in e.kind
                  and people & {p.actor for p in e.participants if p.role == "visitor"}), None)
    if visit is None:
        return
    if visit.date and not visit.date_end:
        _copy_date(ev, visit, "same occasion")
    ev.place = ev.place or visit.place


_OCCASION_OPENER = lazy_re.compile(r"^(?:On|At|During)\s+(?:this|that|the same)\s+occasion\b")
_AFTER_EVENT = lazy_re.compile(r"^(?:After|Following|At the end of|At the close of|During|At|On the sidelines of|Within)\s+"
                          r"(?:the|their|these|this)\s+(talks|meeting|session|reception|consultations|visit|stay|trip)\b",
                          re.I)
_FAMILY_OF = {"consultations": "talks", "stay": "visit", "trip": "visit"}


def same_occasion(ctx, span, new) -> None:
    """'On this occasion, ... issued a Joint Declaration': the date of the previous event; 'After
    the talks, the two leaders adopted ...', 'During his stay, X also met ...': the day (and, for
    lack of its own, the place) of the talks or the single-day visit referred to."""
    if not ctx.events:
        return
    m = _AFTER_EVENT.match(span.text)
    if m:
        fam = _FAMILY_OF.get(m.group(1).lower(), m.group(1).lower())
        prev = next((e for e in reversed(ctx.events) if (("visit" in e.kind) if fam == "visit" else e.kind == fam)
                     and e.date and not e.date_end and len(e.date) == 10), None)
    elif _OCCASION_OPENER.match(span.text):
        prev = next((e for e in reversed(ctx.events) if e.date and not e.date_end and len(e.date) == 10),
                    ctx.events[-1])
    else:
        return
    if prev is None:
        return
    for ev in new:
        if ev.date is None and prev.date:
            ev.date, ev.date_end = prev.date, prev.date_end
            ev.date_phrase = span.text.split(",")[0]
            ev.date_how = "same occasion"
            if ev.place is None and m:
                ev.place = prev.place


_AT_ARRIVAL = lazy_re.compile(r"\b(?:after arriving|upon (?:his |her |their )?arrival|on (?:his |her |their )?arrival|"
                         r"at the airport|on landing|after landing)\b", re.I)


def arrival_day(ctx, span, new) -> None:
    """'An official welcome ceremony was held for him at the airport', 'Shortly after arriving,
    X met Y': the day (and city) of the visit's arrival, for events of its visitor without them."""
    if not _AT_ARRIVAL.search(span.text):
        return
    days = ctx.arrival_days
    visit = next((e for e in reversed(ctx.events) if "visit" in e.kind and id(e) in days), None)
    if visit is None:
        return
    visitors = {p.actor for p in visit.participants if p.role == "visitor"}
    for ev in new:
        if ev.date is None and days[id(visit)][0] and visitors & {p.actor for p in ev.participants}:
            ev.date, ev.date_end, ev.date_how = days[id(visit)][0], None, "arrival day"
            ev.date_phrase = days[id(visit)][1]
        if ev.place is None and visitors & {p.actor for p in ev.participants}:
            ev.place = ctx.arrival_places.get(id(visit))  # where the plane landed
