"""Which events fit an event question: kind family, place, date, weekday, groups and nationalities;
what happened during a visit; whether a person was the visitor."""

from __future__ import annotations

from knowledge import names
from knowledge.answer.event_index import weekday_ok
from knowledge.answer.records import Ev
from knowledge.answer.textmatch import canonical_place_or_country
from knowledge.match import Found
from knowledge.question import Question


def family_ok(eng, ev: Ev, family: str | None, kind: str) -> bool:
    fam = ev.family  # (a property: read once)
    if family == "agree" or fam == "agree":
        return family == "agree" and fam == "agree"
    if family is None:
        return not (kind == "who_met" and fam == "other")
    if family == "visit":
        return fam == "visit"
    if family == "call":
        return fam == "call"
    if fam == "other":
        return False
    # meeting questions: talks, meetings, receptions, calls; a visit only when a person hosts it
    if fam == "visit":
        return any(r in ("host", "recipient") and eng.index.kind(a) == "person" for a, r in ev.parts)
    return True


def _family_test(eng, family: str | None, kind: str):
    """family_ok, remembered per event kind for the one question (a busy person's hundred events
    come in a handful of kinds) where the kind alone decides: all but a visit asked as a meeting."""
    by_kind: dict[str, bool] = {}
    parts_decide = family not in (None, "agree", "visit", "call")

    def ok(ev: Ev) -> bool:
        got = by_kind.get(ev.kind)
        if got is None:
            got = family_ok(eng, ev, family, kind)
            if not (parts_decide and ev.family == "visit"):
                by_kind[ev.kind] = got
        return got
    return ok


def match_events(eng, q: Question, kind: str, persons, places, found: Found, family: str | None,
                  venues: bool = False) -> list[Ev]:
    evs = eng._events(eng._candidate_events(persons, places, venues=venues))
    place_tests = [eng._place_test(s) for s in places]
    named = {a for s in persons for a in s}
    out = []
    family_fits = _family_test(eng, family, kind)
    for ev in evs:
        if not family_fits(ev):
            continue
        if place_tests and not (place_tests[0](ev) if len(place_tests) == 1 else all(t(ev) for t in place_tests)):
            continue
        if q.date_lo is not None and not eng._date_ok(ev, q.date_lo, q.date_hi) or not weekday_ok(ev, q.weekday):
            continue
        if found.groups:
            others = {a for a, _r in ev.parts} - named
            if not all(others & g.actor_ids for g in found.groups if g.actor_ids):
                continue
        if found.nationalities and persons:
            # "Russian leaders"/"the Russian side": some other participant of that nationality
            others = {a for a, _r in ev.parts} - named
            if others and not any(eng.index.nationality.get(a, set()) & found.nationalities
                                  or eng._canon_place(a) in found.nationalities for a in others):
                continue
        out.append(ev)
    if q.date_lo and any(e.date for e in out):
        out = [e for e in out if e.date]  # dated matches first: an undated article only when nothing else fits
    if not out and places and not venues and any(eng._venue_ids(s) for s in places):
        # nothing in the city itself: a venue the sentence puts in it ("at the Kremlin in Moscow")
        return match_events(eng, q, kind, persons, places, found, family, venues=True)
    return eng._dedupe(out)


def during(e: Ev, v: Ev) -> bool:
    """Did event e happen during visit v (same article, the visitor takes part, inside its dates)?"""
    if e.source_id != v.source_id or e.id == v.id or e.family == "visit":
        return False
    visitors = {a for a, r in v.parts if r == "visitor"}
    if not visitors & {a for a, _r in e.parts}:
        return False
    if v.date and e.date:
        return v.date <= e.date <= (v.date_end or v.date)
    return True


def in_visit(eng, v: Ev) -> list[Ev]:
    """Dated events of the visitor in the host country, from the visit's own article: what the
    source does date when it gives no date for the visit itself."""
    hosts = {a for a, r in v.parts if r in ("host", "recipient") and eng.index.kind(a) in ("country", "place")}
    if v.place_id:
        hosts.add(v.place_id)
    host_canon = {eng._canon_place(a) for a in hosts} - {None}
    ids = [r[0] for r in eng.conn.execute("SELECT id FROM events WHERE source_id = ? AND id != ? LIMIT 50",
                                           [v.source_id, v.id])]
    out = []
    for e in eng._events(ids):
        if not (e.date or e.date_phrase) or not during(e, v):
            continue
        here = eng._canon_place(e.place_id) if e.place_id else None
        if here and (here in host_canon or names.PLACE_COUNTRY.get(here) in host_canon):
            out.append(e)
    return out


def events_naming_orgs(eng, q, kind, persons, places, found, family) -> list[Ev]:
    """'When did the Vice President receive the Federation Council delegation?': an organisation
    is rarely a participant; the events of the people asked about whose own sentence names it."""
    orgs = [s for s in persons if all(eng.index.kind(a) == "org" for a in s)]
    people = [s for s in persons if s not in orgs]
    if not orgs or not people:
        return []
    return [e for e in match_events(eng, q, kind, people, places, found, family)
            if all(any(eng._mentions(e.text, a, e.source_id) for a in s) for s in orgs)]


def as_visitor(eng, ev: Ev, persons: list[set[int]], places: list[set[int]]) -> bool:
    """Was a named person a visitor at this event: the visitor/guest role, or (a plain
    participant) of another nationality than the country of the place it happened in."""
    named = {a for s in persons for a in s}
    roles = {r for a, r in ev.parts if a in named}
    if roles & {"visitor", "guest", "delegation"}:
        return True
    if roles and roles <= {"host", "recipient"}:
        return False
    here = eng._canon_place(ev.place_id) if ev.place_id else (
        canonical_place_or_country(ev.place or ""))
    country = names.PLACE_COUNTRY.get(here or "") or (here if here in names.COUNTRIES else None)
    if country is None:
        return ev.family == "visit"
    nats = {names.canonical_country(n) or n for a in named for n in eng.index.nationality.get(a, set())}
    return bool(nats) and country not in nats


def distinct_visits(visits: list[Ev]) -> list[Ev]:
    """Visit events of one trip (same article, same visitors, overlapping dates) count once."""
    out: list[Ev] = []
    for v in visits:
        who = {a for a, r in v.parts if r == "visitor"}
        if not any(o.source_id == v.source_id and who == {a for a, r in o.parts if r == "visitor"}
                   and (not (o.date and v.date) or (o.date <= (v.date_end or v.date) and v.date <= (o.date_end or o.date)))
                   for o in out):
            out.append(v)
    return out
