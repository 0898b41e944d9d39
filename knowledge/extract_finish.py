"""The article's events once every sentence is read: talks known only from what was said at
them, roles checked against the places, places inherited from related events, and mentions of
one event merged into one row."""

from __future__ import annotations

from knowledge import names, segment
from knowledge.dates import resolve_date
from knowledge.extract_attended import attended_events
from knowledge.extract_background import recalled_by_date
from knowledge.extract_dateline import from_dateline
from knowledge.extract_evidence import weigh
from knowledge.extract_passing import merged
from knowledge.extract_setting import set_from_setting
from knowledge.extract_signing import people_signed_after
from knowledge.extract_visit_repair import repair_visits
from knowledge.extract_visits import _kind_of, nationality_of as _nationality
from knowledge.facts import Event, Participant

_VISITS = ("state visit", "official visit", "working visit", "visit")
_MEETINGS = {"talks", "meeting", "reception", "phone call", "working session"}


def _places_named(ctx, pos: int) -> set[str]:
    """Places and countries sentence `pos` names."""
    sc = ctx.sents[pos]
    return {a.name for t in sc.span if (a := ctx.table.at(sc.doc_id, t.i)) is not None
            and a.kind in ("place", "country")}


def _paragraph_of(ctx, pos: int) -> list[int]:
    """The sentences of sentence pos's paragraph: its block, or its line where the block is written
    one paragraph a line."""
    me = ctx.sents[pos].sent
    block = [sc.sent for sc in ctx.sents if sc.sent.paragraph == me.paragraph]
    text = ctx.seed.text
    if not segment.one_paragraph_a_line(text, block[0].start, block[-1].end):
        return [s.position for s in block]
    return [s.position for s in block if "\n" not in text[min(s.end, me.end):max(s.start, me.start)]]


def _place_in_reach(ctx, ev: Event, place: str) -> bool:
    """A place is named in its own sentence or paragraph — the place itself, or a city or
    region of it ('in Hà Nội' places a visit to Vietnam). A place carried from further off (the
    lead sentence's city, a visit told paragraphs before) is an inference the text does not make."""
    named = set().union(*(_places_named(ctx, pos) for pos in _paragraph_of(ctx, ev.sentence)))
    return place in named or any(names.PLACE_COUNTRY.get(n) == place for n in named)


def _on_trip(ctx, ev: Event, o: Event) -> bool:
    """ev happened on the trip o reports: o is an earlier visit to a city or region by one of
    ev's people, and no other place is named from o's sentence to ev's ('travelled to the
    province …; the ambassador also met the vice governor …')."""
    if id(o) in ctx.arrivals_only:
        return False  # a trip told only by its arrival places nothing after it
    if "visit" not in o.kind or o.sentence >= ev.sentence or o.place in names.COUNTRIES or not {
            p.actor for p in ev.participants} & {p.actor for p in o.participants if p.role == "visitor"}:
        return False
    # the visitor's own country may come up ('the province was interested in Vietnam'): no move
    allowed = {o.place, names.PLACE_COUNTRY.get(o.place or "")} | {
        getattr(ctx.table.actors.get(names.fold(p.actor)), "nationality", None) for p in o.participants}
    return all(_places_named(ctx, pos) <= allowed for pos in range(o.sentence + 1, ev.sentence + 1))


def _inherit_places(ctx, events: list[Event]) -> None:
    """An event whose own words name no place happened where a related event did: one reported
    in the same sentence ('a visit to Kazan, where she was received by ...') or one the text
    ties it to by 'the same day', when the two share a participant, or the trip it is part of.
    Lower confidence."""
    for i, ev in enumerate(events):
        if ev.place is not None or ev.kind == "established":
            continue
        people = {p.actor for p in ev.participants}
        for o in reversed(events[:i] + events[i + 1:]):
            if o.place is None or o.kind == "established" or not people & {p.actor for p in o.participants}:
                continue
            same_sentence = o.sentence == ev.sentence
            same_day = ev.date_how == "same day" and o.sentence < ev.sentence and o.date == ev.date
            # the same people on the same day ('on the sidelines of the fair', 'the working
            # session'): where they met before; a day within a visit: the visit's destination
            same_pair = len(people) >= 2 and ev.date and ev.date == o.date and not o.date_end \
                and not {ev.kind, o.kind} & {"agreement", "signing", "joint declaration"} \
                and people == {p.actor for p in o.participants}
            # (a visit told only after the event and beginning that day may begin after it: 'Also on
            # May 10, X attended ...; later that day X flew on to begin a visit to Y')
            in_visit = "visit" in o.kind and ev.date and o.date and o.date_end and o.date <= ev.date <= o.date_end \
                and people & {p.actor for p in o.participants if p.role == "visitor"} \
                and (o.sentence < ev.sentence or o.date < ev.date)
            # 'the same day' or a day of a visit told elsewhere places ev only where its paragraph
            # names the place; the same pair that day, or a trip to a city followed with no other
            # place named between (_on_trip), is where they were
            if same_sentence or same_pair or (same_day or in_visit) and _place_in_reach(ctx, ev, o.place) \
                    or _on_trip(ctx, ev, o):
                ev.place = o.place
                ev.confidence = min(ev.confidence, 0.7)
                break


def _received_on_site_visits(ctx, events: list[Event]) -> list[Event]:
    """'X paid a courtesy visit to the Institute on Friday. He was received at its headquarters in
    Hanoi by its President Y.': the reception told right after a visit to a body, of its visitor
    and undated or on its day, is how the visit went — Y hosts the visit (at that place); no
    second event."""
    sites = ctx.site_events
    out = []
    for r in events:
        visit = next((o for o in events if id(o) in sites and o.sentence == r.sentence - 1 and not any(
            p.role == "host" for p in o.participants) and r.date in (None, o.date)), None) if r.kind == "reception" else None
        guests = {p.actor for p in r.participants if p.role == "visitor"}
        if visit is None or not guests or not guests <= {p.actor for p in visit.participants if p.role == "visitor"}:
            out.append(r)
            continue
        visit.participants += [p for p in r.participants if p.role == "host"]
        visit.place = r.place or visit.place
    return out


def _may_host(ctx, visit: Event, r: Event, hosts: list[Participant], guests: set[str], events: list[Event]) -> bool:
    """May reception r's hosts become visit's hosts: its guests are the visit's visitors, on the visit's
    day or undated; no person hosts the visit yet; no host is of the visitors' own country; and the
    visit's own sentence told no meeting with them ('was received by / met Y during his visit')."""
    visitors = {p.actor for p in visit.participants if p.role == "visitor"}
    home = {_nationality(ctx, v) for v in visitors} - {None}
    host_names = {h.actor for h in hosts}
    return guests <= visitors and r.date in (None, visit.date) \
        and not any(p.role == "host" and _kind_of(ctx, p.actor) == "person" for p in visit.participants) \
        and not any(_nationality(ctx, h.actor) in home for h in hosts) \
        and not any(o.kind in _MEETINGS and o.sentence == visit.sentence and host_names & {p.actor for p in o.participants}
                    for o in events)


def _hosts_received_next(ctx, events: list[Event]) -> None:
    """'X travelled to Y province as his official visit continued. He was welcomed by Deputy Prime
    Minister Z': the reception told in the very next sentence, of the visit's own visitors, on its
    day or undated, names who hosted the trip — Z hosts the visit too (the reception stays its own
    row). Only for a visit no person hosts yet and whose own sentence did not tell that reception or a
    meeting of the same people already; a region standing in as its host gives way."""
    for r in events:
        if r.kind != "reception":
            continue
        hosts = [p for p in r.participants if p.role == "host" and _kind_of(ctx, p.actor) == "person"]
        guests = {p.actor for p in r.participants if p.role == "visitor"}
        visit = next((v for v in events if "visit" in v.kind and v.sentence == r.sentence - 1), None)
        if visit is None or not hosts or not guests or len(hosts) != len(r.participants) - len(guests):
            continue
        if not _may_host(ctx, visit, r, hosts, guests, events):
            continue
        visit.participants = [p for p in visit.participants if not (
            p.role == "host" and _kind_of(ctx, p.actor) == "place")] + [Participant(h.actor, "host") for h in hosts]


def _visit_from_its_days(ctx, events: list[Event]) -> None:
    """A visit whose words name no destination ('arrived on Monday for a two-day visit') went to
    the country where its visitor met someone on one of its days, told next to it ('held talks
    in Hanoi on Tuesday'): that country is its place and host. Less sure."""
    for ev in events:
        if "visit" not in ev.kind or ev.place is not None or not (ev.date and ev.date_end):
            continue
        visitors = {p.actor for p in ev.participants if p.role == "visitor"}
        o = next((o for o in events if o.kind in _MEETINGS and o.place and o.date and abs(o.sentence - ev.sentence) <= 1
                  and ev.date <= o.date <= ev.date_end and visitors & {p.actor for p in o.participants}), None)
        country = o and (o.place if o.place in names.COUNTRIES else names.PLACE_COUNTRY.get(o.place))
        if not country:
            continue
        ev.place = country
        if not any(_nationality(ctx, v) == country for v in visitors):
            ev.participants.append(Participant(country, "host"))
        ev.confidence = min(ev.confidence, 0.6)


_PART_OPENERS = ("for his part", "for her part", "for their part", "in response", "in reply", "responding")


def _talks_from_evidence(ctx) -> list[Event]:
    """Talks reported only through what was done or said at them: the people acting or speaking
    in the 'at/during the talks' sentences and in the 'For his part, ...' sentences answering
    them — one event when they are at least two, not all of one known nationality, and no
    meeting of theirs is already reported."""
    evidence = ctx.talk_evidence
    if not evidence:
        return []
    people = []
    for pos, who, _ in evidence:
        nxt = ctx.sents[pos + 1].sent.text.lower() if pos + 1 < len(ctx.sents) else ""
        if nxt.startswith(_PART_OPENERS):
            who = who + [ctx.table.actors.get(names.fold(st.speaker)) for st in ctx.statements
                         if st.sentence == pos + 1 and st.speaker]
        for a in who:
            if a is not None and a not in people:
                people.append(a)
    nats = {a.nationality for a in people}
    if len(people) < 2 or (len(nats) == 1 and None not in nats):
        return []
    names_ = {a.name for a in people}
    if any(e.kind in _MEETINGS and names_ <= {p.actor for p in e.participants} for e in ctx.events):
        return []
    ev = evidence[0][2]  # where and when the first 'at the talks' sentence says they were
    ev.participants = [Participant(a.name, "participant") for a in people]
    return [ev]


def _recalled(ctx, ev: Event) -> bool:
    """An event told in an aside, over a month before the article: by its own date, or — with
    none — by its sentence's, when every date the sentence names is that old ('That statement
    was signed ... on November 30, 2021, when X was visiting Russia'); undated, when it only
    says when a thing was done ('the understandings reached during X's trip')."""
    if id(ev) not in ctx.aside_events:
        return False
    if ev.date and ev.date.count("-") < 2:
        # 'after X's visit in July 1995', 'announced in early April, when X visited Y' — but the
        # year the article itself appeared in may be the news's own ('the first visit ... in 2025');
        # a month is told as an aside's date even in the article's month (kept recalled)
        return not (ctx.pub and "-" not in ev.date and str(ctx.pub).startswith(ev.date))
    if ev.date:
        return recalled_by_date(ev, ctx.pub)
    if id(ev) in ctx.deed_settings:
        return True  # 'understandings reached during X's trip, which ran from ...' with no day of its own
    days = [resolve_date(p, ctx.pub)[:2] for _, _, p in ctx.sents[ev.sentence].dates]
    days += [(y, None) for y in _attributive_years(ctx.sents[ev.sentence].span)]
    return bool(days) and all(d and recalled_by_date(Event(kind=ev.kind, participants=[], sentence=ev.sentence,
                                                           date=d, date_end=d2), ctx.pub) for d, d2 in days)


# kinds of the meetings and trips a news story tells (signings, awards, declarations are facts of the
# past an article may date by the year alone)
_MET = ("visit", "meeting", "talks", "call", "reception", "trip")


def _recalled_by_month(ctx, ev: Event) -> bool:
    """A meeting or trip after the article's lead that it dates only by a month or a year over
    more than a month before it appeared ('In early December 2014, X visited Vietnam', 'met in
    June 2017'): news tells its own meeting by the day; a bare month that far back recalls one."""
    return ev.sentence > ctx.sents[0].sent.position and bool(ev.date) and ev.date.count("-") < 2 \
        and any(w in ev.kind for w in _MET) and recalled_by_date(ev, ctx.pub)


def _attributive_years(span) -> list[str]:
    """'delivered under a 2009 contract, signed when X visited Moscow': a year written before a
    noun dates the thing it names (no date phrase: no 'in')."""
    return [t.text for t in span if t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20")
            and t.dep_ in ("nummod", "compound", "amod", "nmod") and t.head.pos_ == "NOUN"]


def _ahead(ctx, ev: Event) -> bool:
    """An event dated after the day its article appeared ('intends to hold a conference of rectors
    in December 2010' in a March article; 'The conference is meant to ...') has not taken place:
    the article can only tell it as planned."""
    if not ctx.pub or not ev.date or ev.kind in ("established", "agreement"):
        return False
    first = ev.date + "-01" * (2 - ev.date.count("-"))
    return first[:10] > ctx.pub[:10]


def finish_events(ctx) -> list[Event]:
    """Merge mentions of the same event (same kind family and participants) into one row."""
    out: list[Event] = []
    # events the article recalls from well before it appeared are background, not its news; those
    # dated after it are still to come
    ctx.events = [e for e in repair_visits(ctx, ctx.events + _talks_from_evidence(ctx) + attended_events(ctx))
                  if not _recalled(ctx, e) and not _recalled_by_month(ctx, e) and not _ahead(ctx, e)
                  and id(e) not in ctx.planned]
    ctx.events.sort(key=lambda e: e.sentence)
    ctx.events = people_signed_after(ctx, ctx.events)
    set_from_setting(ctx, ctx.events, lambda pos: _paragraph_of(ctx, pos))
    ctx.events = _received_on_site_visits(ctx, ctx.events)
    from_dateline(ctx, ctx.events, lambda pos: set().union(*(_places_named(ctx, p) for p in _paragraph_of(ctx, pos))))
    _inherit_places(ctx, ctx.events)
    _visit_from_its_days(ctx, ctx.events)
    _hosts_received_next(ctx, ctx.events)
    for ev in ctx.events:
        if ev.kind in ("agreement", "signing"):
            out.append(ev)  # each says what was agreed or signed: never merged
            continue
        fam = "visit" if "visit" in ev.kind else ev.kind
        key_people = {p.actor for p in ev.participants if p.role in ("visitor",)} if fam == "visit" else \
            {p.actor for p in ev.participants}
        match = None
        for o in out:
            ofam = "visit" if "visit" in o.kind else o.kind
            if ofam != fam:
                continue
            okey = {p.actor for p in o.participants if p.role in ("visitor",)} if fam == "visit" else \
                {p.actor for p in o.participants}
            sites = ctx.site_events
            if fam == "visit" and (id(ev) in sites) != (id(o) in sites):
                continue  # a site visited on a trip is no mention of the trip
            if okey == key_people or (fam == "visit" and okey & key_people):
                if o.date and ev.date and (o.date, o.date_end) != (ev.date, ev.date_end):
                    continue
                match = o
                break
        if match is None:
            out.append(ev)
            continue
        merged(ctx, ev, match)
        if fam == "visit" and _VISITS.index(ev.kind) < _VISITS.index(match.kind) if ev.kind in _VISITS and match.kind in _VISITS else False:
            match.kind = ev.kind
        have = {(p.actor, p.role) for p in match.participants}
        had_host = any(p.role == "host" for p in match.participants)
        for p in ev.participants:
            if (p.actor, p.role) not in have and not (p.role == "host" and had_host):
                match.participants.append(p)
        for f in ("place", "date", "date_end", "date_phrase", "date_how", "occasion"):
            if getattr(match, f) is None and getattr(ev, f) is not None:
                setattr(match, f, getattr(ev, f))
    out = repair_visits(ctx, out)
    _country_only_places(ctx, out)
    return weigh(ctx, out)


def _country_only_places(ctx, events: list[Event]) -> None:
    """A meeting, talks or ceremony placed at a country its own sentence does not name — carried
    from a trip told elsewhere ('During the trip he held talks with Y', 'met Y during his stay';
    a meeting on a day of a visit told two sentences later) — is a guess coarser than the text,
    often wrong where the dateline or the story names a city, and it contradicts any city a
    reader asks about: leave it empty (the visit row keeps the country). Kept: a country the
    sentence names as a trip's destination or a setting ('met Y during a visit to Russia'), or as
    where a gathering was held in the two sentences before ('talks held in Việt Nam' — not 'the
    delegation is in Russia'); what was agreed."""
    for ev in events:
        if "visit" in ev.kind or ev.kind in ("agreement", "established") or ev.place not in names.COUNTRIES:
            continue
        if _written_in(ctx, ev.sentence, ev.place, ("to", "in", "inside", "across")):
            continue
        if not any(_written_in(ctx, pos, ev.place, held=True) for pos in range(max(0, ev.sentence - 2), ev.sentence)):
            ev.place = None


def _written_in(ctx, pos: int, country: str, preps: tuple[str, ...] = ("in", "inside", "across"),
                held: bool = False) -> bool:
    """Sentence pos writes something as happening 'in' the country, or (with 'to') as a trip's
    destination ('during a visit to Russia', 'visited Russia') — not 'Russia's corporation' or
    'the President of Russia'; with `held`, only a gathering ('talks held in Việt Nam', not 'the
    delegation is in Russia on a trip')."""
    sc = ctx.sents[pos]
    return any((t.dep_ == "pobj" and t.head.lower_ in preps and (not held or _holds(t.head.head))
                or "to" in preps and t.dep_ == "dobj" and t.head.lemma_.lower() == "visit")
               and getattr(ctx.table.at(sc.doc_id, t.i), "name", None) == country for t in sc.span)


def _holds(h) -> bool:
    """'held', 'took place', 'convened' or a gathering's own noun: what an 'in' phrase places."""
    return h.lemma_.lower() in ("hold", "take", "convene", "organise", "organize") or h.lower_ in (
        "talks", "meeting", "session", "forum", "conference", "ceremony", "consultations")
