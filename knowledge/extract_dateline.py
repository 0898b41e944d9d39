"""The dateline of a story ("HANOI, September 17, 2019 (VOV) –", "ĐÀ NẴNG —") says where and on
what day it was filed: the meeting its lead sentence reports, told with no place or day of its
own ("To Lam received Kolokoltsev, who had come to Vietnam for ..."), took place in that city on
that day. Only for events held in one place (talks, meetings, receptions, ceremonies, signings)
— never a visit or a call, which the filing city need not be the scene of — and only when the
sentence names no other city."""

from __future__ import annotations

import re

from knowledge import lazy_re, names
from knowledge.dates import resolve_date
from knowledge.facts import Event

# kinds of events held where their people are: the filing city is their scene
_HELD = {"talks", "meeting", "reception", "courtesy call", "working session", "session", "ceremony",
         "opening ceremony", "welcome ceremony", "signing", "joint declaration", "summit"}
_DASH = lazy_re.compile(r"\s[-–—]+\s|\s?[–—]\s?")
_LEAD_MAX = 80


def dateline(ctx, pos: int) -> str:
    """The dateline written before sentence pos on its line, or opening the sentence itself
    before its first dash; '' when there is none."""
    sent = ctx.sents[pos].sent
    text = ctx.seed.text
    lead = text[text.rfind("\n", 0, sent.start) + 1:sent.start]
    if lead.strip() and len(lead) <= _LEAD_MAX and _DASH.search(lead[-4:] + " "):
        return lead
    m = _DASH.search(sent.text[:_LEAD_MAX])
    if m and not lead.strip():
        head = sent.text[:m.start()]
        # ('A and B held talks – their first since ...' is no dateline: a dateline has no verb words
        # and opens with a place in capitals or a place and an outlet in brackets)
        first = re.split(r"[,(]", head)[0].strip()
        if first and (first.isupper() or "(" in head) and len(head.split()) <= 10:
            return head
    return ""


def _dateline_city(lead: str) -> str | None:
    """The city (or region) a dateline names — never a country ('VIETNAM, July 1 - HÀ NỘI')."""
    for chunk in re.split(r"[,(–—-]+", lead):
        chunk = chunk.strip(" )")
        if not chunk or any(ch.isdigit() for ch in chunk) or names.canonical_country(chunk):
            continue
        place = names.canonical_place(chunk)
        if place:
            return place
    return None


def _dateline_day(lead: str, pub: str | None) -> str | None:
    """The full day a dateline writes ('MOSCOW, December 4, 2024 (Government.ru) –'), or its month
    and day in the year of an article published that very day."""
    m = re.search(r"\b([A-Z][a-z]+\.? \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\b", lead)
    if m:
        d, end, _ = resolve_date(m.group(1), pub)
        return d if d and len(d) == 10 and not end else None
    m = re.search(r"\b([A-Z][a-z]+\.? \d{1,2})\b", lead)
    if m and pub:
        d, end, _ = resolve_date(m.group(1), pub)
        return d if d and not end and d == str(pub)[:10] else None
    return None


_REMOTE = {"video", "videoconference", "online", "virtual", "virtually", "phone", "telephone", "teleconference"}


def _at_home(ctx, ev: Event, city: str, sc) -> bool:
    """Someone of the event is of the country the dateline city is in, and the sentence names no
    third country: a meeting reported from a city one side lives in (an outlet's home city —
    'MOSCOW (Pravda.Ru) – Vietnam's deputy prime minister told Russian reporters' — is no scene of
    a meeting of Vietnamese alone; 'HÀ NỘI — A delegation has taken part in the congress of
    Russia's ruling party' was abroad)."""
    country = names.PLACE_COUNTRY.get(city)
    theirs = {getattr(ctx.table.actors.get(names.fold(p.actor)), "nationality", None) for p in ev.participants}
    named = {a.name for t in sc.span if (a := ctx.table.at(sc.doc_id, t.i)) is not None and a.kind == "country"}
    return country is not None and country in theirs and named <= theirs | {country}


def from_dateline(ctx, events: list[Event], named_near) -> None:
    """Place and date the lead sentence's held events from the dateline (see the module doc):
    not a meeting held by video or phone, only where one side is at home, and the day only for
    an act told in the past tense ('has hosted' may be days before). The city only where the
    sentence's paragraph names it too (`named_near(pos)`: the places it names) — a claim the
    engine checks against the quoted text, which holds no dateline. Less sure than the
    sentence's own words."""
    for ev in events:
        if ev.kind not in _HELD or (ev.place and ev.date):
            continue
        lead = dateline(ctx, ev.sentence)
        if not lead:
            continue
        sc = ctx.sents[ev.sentence]
        city = _dateline_city(lead)
        if city is None or not _at_home(ctx, ev, city, sc) or {t.lower_ for t in sc.span} & _REMOTE:
            continue
        others = {a.name for t in sc.span if (a := ctx.table.at(sc.doc_id, t.i)) is not None and a.kind == "place"
                  and a.name != city}
        if ev.place is None and not others and city in named_near(ev.sentence):
            ev.place = city
            ev.confidence = min(ev.confidence, 0.7)
        inside = len(lead) if sc.sent.text.startswith(lead) else 0  # (a dateline the sentence opens with)
        own_days = [s for s, _, _ in sc.dates if sc.span.doc[s].idx - sc.span.start_char >= inside]
        perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in sc.span.root.children)
        if ev.date is None and not own_days and not perfect:
            day = _dateline_day(lead, ctx.pub)
            if day:
                ev.date, ev.date_how = day, "dateline"
                ev.confidence = min(ev.confidence, 0.7)


def story_day(seed) -> str | None:
    """The day the story was filed, as its first dateline writes it in full ('Oryol, March 25,
    2019 –'), where that is a few days before the page's own date (a report republished a week
    later): weekdays in the body ('held a working session on Monday') count back from the filing
    day, not from the page's. None otherwise — the page date stands."""
    import datetime as dt

    from knowledge.seedfile import _DATELINE_DATE

    pub = seed.source.date
    for line in seed.text[seed.body_start:seed.body_start + 600].splitlines():
        if not line.strip():
            continue
        m = _DATELINE_DATE.match(line)
        if not m or not pub:
            return None
        phrase = f"{m['m1']} {m['d1']}, {m['y1']}" if m["m1"] else f"{m['d2']} {m['m2']} {m['y2']}"
        d = resolve_date(phrase, pub)[0]
        if d is None or len(d) != 10:
            return None
        gap = (dt.date.fromisoformat(pub[:10]) - dt.date.fromisoformat(d)).days
        return d if 0 < gap <= 14 else None
    return None

