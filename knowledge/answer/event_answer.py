"""Answers about events: who met whom, when, where, did X visit or meet Y, on what occasion.
One structured line per event (its date, place and people from the store), verbatim quotes after."""

from __future__ import annotations

import re

from knowledge import reply
from knowledge.answer import event_match
from knowledge.answer.compose import LEAD_IN, LOW_CONFIDENCE
from knowledge.answer.records import Ev, event_family
from knowledge.facts import Answer


def answer(eng, q, kind, persons, places, found, topics, frame, family: str | None = "?") -> Answer:
    """Events that fit everything the question names, one line each, under a head line shaped by
    what was asked (who, when, where, yes/no, how many)."""
    family = _family_asked(q, kind, family)
    if kind != "who_met" and not (persons or places or found.groups or q.date_lo or q.weekday is not None
                                  or frame.event_ids):
        return eng._decline("Whose meeting or visit do you mean? Name a person or a place.", found, topics, frame)
    evs, during, hosted = _find_events(eng, q, kind, persons, places, found, frame, family)
    if not evs:
        return eng._decline(_none_text(eng, q, kind, persons, places, found, family, hosted), found, topics, frame)
    sure = [e for e in evs if e.confidence >= LOW_CONFIDENCE]
    if not sure:
        return _quoted_only(eng, evs, persons)
    evs = sure
    focus = list(dict.fromkeys(a for s in persons for a in sorted(s)))
    for v in evs:
        if v.family == "visit" and v.id not in during and not v.date and not v.date_phrase:
            inside = event_match.in_visit(eng, v)
            if inside:
                during[v.id] = inside
    cites, lines = _cites_and_lines(eng, evs, focus, during)
    if kind == "occasion":
        return occasion(eng, evs, focus, found, frame)
    if len(evs) == 1:
        head = _single_head(eng, kind, evs[0], lines[0], persons, places)
        n = 2 if evs[0].id in during else 1
        return eng._answered(head, cites[:n], [], cites[n:], evs, persons)
    head = _many_head(eng, q, kind, evs, lines, focus, persons, places, family)
    return eng._answered(head, cites[:3], lines[:12], cites[3:], evs, persons)


def _quoted_only(eng, evs: list[Ev], persons) -> Answer:
    """Only events the extractor doubts fit (below LOW_CONFIDENCE: a participant its sentence never
    names, roles that contradict the place, ...): their sentences are quoted under a plain lead-in,
    and no line states who met whom where or when."""
    cites = list({c.sentence_id: c for c in (eng._cite(e.source_id, e.sentence_id, e.text) for e in evs)}.values())
    return eng._answered(LEAD_IN, cites[:3], [], cites[3:], [], persons)


def _family_asked(q, kind: str, family: str | None) -> str | None:
    """The event family the question asks about ('?': the question's own, except for when/where/
    occasion questions that name none); a 'did they meet' question asks about meetings."""
    if family == "?":
        family = q.event_family if kind not in ("when", "where", "occasion") or q.event_family else None
    if kind == "met" and family is None:
        family = "meet"
    return family


def _find_events(eng, q, kind, persons, places, found, frame, family):
    """(events, visit id -> the events during that visit, meetings a named person hosted there)."""
    evs = event_match.match_events(eng, q, kind, persons, places, found, family)
    if not evs:
        evs = event_match.events_naming_orgs(eng, q, kind, persons, places, found, family)
    during: dict[int, list[Ev]] = {}
    hosted: list[Ev] = []
    visiting = q.event_family == "visit" and bool(persons)
    if visiting:  # "Did X visit Y?": X the visitor, never the host of someone else's visit
        evs = [e for e in evs if e.family != "visit" or event_match.as_visitor(eng, e, persons, places)]
    if family == "visit" and persons and places:
        evs, hosted = _visits_by_meetings(eng, q, kind, persons, places, found, evs, during, visiting)
    if frame.event_ids:
        evs = eng._dedupe(eng._events(frame.event_ids))
    if kind == "who_met" and persons and not places and not q.date_lo and q.weekday is None:
        # "Who did X meet?": only events where X met someone
        named = {a for s in persons for a in s}
        evs = [e for e in evs if any(a not in named and eng.index.kind(a) == "person" for a, _r in e.parts)] or evs
    if kind == "where":
        placed = [e for e in evs if e.place]
        evs = placed or evs
    return evs, during, hosted


def _visits_by_meetings(eng, q, kind, persons, places, found, evs, during, visiting):
    """A visit asked about with its place: visits during which the person met someone there (noted
    in `during`), else the meetings there themselves; (events, meetings the person hosted)."""
    hosted: list[Ev] = []
    # "Khi nào Putin đến Hà Nội?": a visit to the country, during which he met someone in Hanoi
    there = [e for e in event_match.match_events(eng, q, kind, persons, places, found, None) if e.family != "visit"]
    if there:
        for v in event_match.match_events(eng, q, kind, persons, [], found, "visit"):
            inside = [e for e in there if event_match.during(e, v)]
            if inside and all(v.id != e.id for e in evs):
                evs.append(v)
                during[v.id] = inside
        evs = sorted(evs, key=eng._ev_order)
    if not evs:
        # "Did Lavrov visit Vietnam?": a meeting he held there also says he was there, unless
        # he was at home receiving someone (hosting is no visit)
        evs = [e for e in there if not visiting or event_match.as_visitor(eng, e, persons, places)]
        hosted = [e for e in there if e not in evs]
    return evs, hosted


def _none_text(eng, q, kind, persons, places, found, family, hosted: list[Ev]) -> str:
    """The decline when no event fits, with what the person did there instead (received guests)."""
    text = no_event_text(eng, q, kind, persons, places, found, family)
    if hosted:
        e = hosted[0]
        guests = [eng.index.name(a) for a, _r in e.parts if a not in {x for s in persons for x in s}
                  and eng.index.kind(a) == "person"]
        when = reply.fmt_when(e.date, e.date_end, e.date_phrase)
        text = text[:-1] + (f"; they report {eng.index.name(min(persons[0]))} receiving "
                            f"{reply.join_names(guests) or 'visitors'} there" + (f" ({when})" if when else "") + ".")
    return text


def _cites_and_lines(eng, evs: list[Ev], focus: list[int], during: dict[int, list[Ev]]):
    """A citation per event (and per event during a visit), a line for each of the first twelve."""
    cites, lines = [], []
    for i, e in enumerate(evs):
        cites.append(eng._cite(e.source_id, e.sentence_id, e.text))
        if i >= 12:
            continue
        line = eng._event_line(e, focus, bare=e.id in during)
        if e.id in during:
            inner = during[e.id][0]
            who = [a for a, r in e.parts if r == "visitor"] or focus
            line = line[:-1] + (". The source gives no date for the visit itself; during it, "
                                if not (e.date or e.date_phrase) else "; during it, ") + eng._event_line(inner, who)
            cites.append(eng._cite(inner.source_id, inner.sentence_id, inner.text))
        lines.append(line)
    cites = list({c.sentence_id: c for c in cites}.values())
    return cites, lines[:12]


def _single_head(eng, kind: str, ev: Ev, line: str, persons, places) -> str:
    """The head line when one event answers: its own line, a yes, a note that it has no place."""
    head = line
    if kind in ("visit", "met"):
        head = "Yes. " + head
    if kind == "where" and not ev.place:
        # the shown sentence may name the place: then no claim that the report gives none
        if not eng._sentence_places(ev):
            head += " The report does not give a place for this meeting."
    if kind == "visit" and ev.family != "visit" and event_match.as_visitor(eng, ev, persons, places):
        head = "Yes: " + received_line(eng, ev, persons)
    return head


def _many_head(eng, q, kind: str, evs: list[Ev], lines: list[str], focus: list[int], persons, places,
               family: str | None) -> str:
    """The head line over several events: the dates, the places, yes with a count, or whom they met."""
    if kind == "when":
        dates = list(dict.fromkeys(reply.fmt_date(e.date) for e in evs if e.date))
        return f"On {reply.join_names(dates)}." if dates else f"{len(evs)} events in my sources, in date order:"
    if kind == "where":
        where = list(dict.fromkeys(e.place for e in evs if e.place))
        if where:
            return f"In {reply.join_names(where)}."
        if any(eng._sentence_places(e) for e in evs):
            return f"{len(evs)} events in my sources, in date order:"
        return "The reports do not give a place for these meetings."
    if kind == "visit" and not any(e.family == "visit" for e in evs):
        # only meetings there: no visit to count ("Yes: met A in Kazan on …"; received there)
        return "Yes: " + " ".join(received_line(eng, e, persons) if event_match.as_visitor(eng, e, persons, places)
                                  else lines[i] for i, e in enumerate(evs[:3]))
    if kind == "visit":
        n = len(event_match.distinct_visits([e for e in evs if e.family == "visit"]))
        return "Yes. " + lines[0] if n == 1 else f"Yes, {n} visits in my sources, in date order:"
    if kind == "met":
        return f"Yes, {len(evs)} times in my sources, in date order:"
    if focus:
        return _whom_head(eng, q, evs, focus, persons, family)
    noun = {"visit": "visits", "meet": "meetings", "call": "phone calls"}.get(family or "", "events")
    return f"{len(evs)} {noun} in my sources, in date order:"


def _whom_head(eng, q, evs: list[Ev], focus: list[int], persons, family: str | None) -> str:
    """'X met A, B and C.' (with a count for 'how many' questions)."""
    others = [eng.index.name(a) for e in evs for a, _r in e.parts
              if a not in focus and eng.index.kind(a) == "person"]
    subj = reply.join_names([eng.index.name(a) for s in persons for a in sorted(s)][:2])
    verb = "visited" if family == "visit" else "met"
    head = f"{subj} {verb} {reply.join_names(list(dict.fromkeys(others)))}." if others else \
        f"{len(evs)} events in my sources:"
    if re.search(r"\bhow many\b", " ".join(q.tokens)):
        noun = {"visit": "visit", "call": "phone call"}.get(family or "", "meeting")
        head = f"{len(evs)} {noun}{'s' if len(evs) != 1 else ''} in my sources. " + head
    return head


def received_line(eng, ev: Ev, persons: list[set[int]]) -> str:
    """'Pavel Orlov was received by Phạm Thu Hà in Cần Thơ on …': a foreign visitor's reception or
    meeting, the place from the event or else the one city its sentence names."""
    named = {a for s in persons for a in s}
    guests = [a for a, _r in ev.parts if a in named]
    hosts = [a for a, _r in ev.parts if a not in named and eng.index.kind(a) == "person"]
    place = ev.place
    if not place:
        cities = [a for a in eng._sentence_places(ev) if eng.index.kind(a) == "place"]
        place = eng.index.name(cities[0]) if len(cities) == 1 else None
    when = reply.fmt_when(ev.date, ev.date_end, ev.date_phrase)
    verb = "was received by" if event_family(ev.kind) != "call" and (
        "recept" in ev.kind or "receiv" in ev.kind or any(r in ("host", "recipient") for _a, r in ev.parts)) \
        else "met"
    s = f"{reply.join_names([eng.index.name(a) for a in guests])} {verb} " \
        f"{reply.join_names([eng.index.name(a) for a in hosts]) or 'their hosts'}"
    return s + (f" in {place}" if place else "") + (f" {when}" if when else "") + "."


def no_event_text(eng, q, kind, persons, places, found, family) -> str:
    who = [reply.join_names(sorted({eng.index.name(a) for a in s})) if len(s) <= 2 else eng.index.name(min(s))
           for s in persons]
    where = [eng.index.name(min(s)) for s in places]
    what = {"visit": "visiting", "call": "holding a phone call with"}.get(family or "", "meeting")
    if not who and not where:
        return "My sources don't report such a meeting."
    if len(who) >= 2:
        s = f"My sources don't report {who[0]} {what} {reply.join_names(who[1:])}"
    elif who and family == "visit" and where:
        s = f"My sources don't report {who[0]} visiting {reply.join_names(where)}"
        where = []
    elif who:
        s = f"My sources don't report {who[0]} {'visiting' if family == 'visit' else 'meeting'} anyone"
        if found.nationalities or found.groups:
            s = f"My sources don't report {who[0]} {what} " + (found.groups[0].text if found.groups else "them")
    else:
        s = "My sources don't report a meeting"
    if where:
        s += f" in {reply.join_names(where)}"
    if q.date_text:
        s += f" ({q.date_text})"
    return s + "."


def occasion(eng, evs: list[Ev], focus: list[int], found, frame) -> Answer:
    ev = evs[0]
    line = eng._event_line(ev, focus)
    cites = [eng._cite(ev.source_id, ev.sentence_id, ev.text)]
    if ev.occasion:
        return eng._answered(f"{line[:-1]}, on the occasion of {ev.occasion.rstrip('.')}.", cites, [], [], evs, [])
    # a visit in the same article that covers the event's date is its occasion
    visit = None
    if ev.family != "visit":
        for row in eng.conn.execute("SELECT id FROM events WHERE source_id = ? AND id != ?", [ev.source_id, ev.id]):
            for other in eng._events([row[0]]):
                shared = {a for a, _r in other.parts} & {a for a, _r in ev.parts}
                if other.family == "visit" and shared and (not ev.date or eng._date_ok(other, ev.date, ev.date)):
                    visit = other
    # sentences of the article that give a reason: anniversaries, "on the occasion of", "as part of"
    reason = None
    for sid, text in eng.conn.execute(
            "SELECT s.id, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH ?"
            " AND s.source_id = ? ORDER BY s.position LIMIT 5",
            ['"on the occasion of" OR "anniversary" OR "as part of" OR "on the sidelines" OR "within the framework"',
             ev.source_id]):
        if sid != ev.sentence_id and not re.match(r"\s*On this occasion\b", text, re.IGNORECASE):
            reason = (sid, text)
            break
    if visit is None and reason is None:
        return eng._answered(f"My sources don't say on what occasion. {line}", cites, [], [], evs, [])
    bits = []
    if visit is not None:
        vline = eng._event_line(visit, focus)
        bits.append(f"during this visit: {vline}")
        cites.append(eng._cite(visit.source_id, visit.sentence_id, visit.text))
    if reason is not None:
        cites.append(eng._cite(ev.source_id, reason[0], reason[1]))
    head = line if visit is None else f"{line} It took place during a visit: {eng._event_line(visit, focus)}"
    if reason is not None:
        head += " The article gives the occasion below."
    dedup = list({c.sentence_id: c for c in cites}.values())
    return eng._answered(head, dedup[:3], [], dedup[3:], evs, [])
