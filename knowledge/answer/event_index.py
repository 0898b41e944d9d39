"""Events and statements read from the store: the event index built at open, candidate events of
the people and places asked about, date tests, one line per happening."""

from __future__ import annotations

import re
from operator import itemgetter

from knowledge import reply
from knowledge.answer.records import Ev, St


_MAX_STATEMENTS = 30_000  # statements kept in lists per query (about 10 MB at most)
_MAX_TEXTS = 30_000  # event sentences' texts kept in memory
_MAX_EVENTS = 20_000  # events kept as read (about 5 MB at most)
_MAX_LINES = 20_000  # event lines kept
_MAX_CANDIDATES = 2_000  # queries whose candidate event ids are kept (at most 150 ids each: about 3 MB)
_NO_SOURCE = (None,) * 5


class EventIndex:

    def _load_event_index(self) -> None:
        """Every event's row (without its sentence's text), its participants and each actor's event
        ids, read once at open (~40 ms and ~8 MB at 100,000 facts): choosing the candidate events of
        a question's people is then set arithmetic instead of a query that looks up every event of
        every namesake, and building them reads only their sentences (the costliest steps at that
        size). The engine answers from the store as it was when opened, as its actor index does."""
        # id -> (kind, source_id, sentence_id, place_id, place, date, date_end, date_phrase, date_how,
        #        occasion, confidence, sentence position or None): Ev without its sentence's text.
        # Repeated strings (kinds, dates, phrases, places) are shared to keep this small.
        shared: dict[str, str] = {}
        share = shared.setdefault
        self._ev_rows: dict[int, tuple] = {
            r[0]: (share(r[1], r[1]), r[2], r[3], r[4], r[5] and share(r[5], r[5]), r[6] and share(r[6], r[6]),
                   r[7] and share(r[7], r[7]), r[8] and share(r[8], r[8]), r[9] and share(r[9], r[9]),
                   r[10], r[11], r[12])
            for r in self.conn.execute(
                "SELECT e.id, e.kind, e.source_id, e.sentence_id, e.place_id, e.place, e.date, e.date_end,"
                " e.date_phrase, e.date_how, e.occasion, e.confidence, s.position"
                " FROM events e LEFT JOIN sentences s ON s.id = e.sentence_id")}
        # participants in the order the per-question query gave them (primary key order): names
        # in answers come out in this order
        parts: dict[int, list[tuple[int, str]]] = {}
        by_actor: dict[int, list[int]] = {}
        meta = self._ev_rows
        roles: dict[str, str] = {}
        last = (None, None)
        for eid, aid, role in self.conn.execute(
                "SELECT event_id, actor_id, role FROM event_participants ORDER BY event_id, actor_id, role"):
            parts.setdefault(eid, []).append((aid, roles.setdefault(role, role)))
            if eid in meta and (eid, aid) != last:
                by_actor.setdefault(aid, []).append(eid)
                last = (eid, aid)
        self._ev_parts: dict[int, tuple[tuple[int, str], ...]] = {e: tuple(ps) for e, ps in parts.items()}
        self._ev_by_actor = by_actor

    def _distinct_topics(self) -> set[str]:
        """SELECT DISTINCT topic, as a skip-scan of the topic index: a dozen index probes instead
        of reading every statement's topic row (tens of ms at 100,000 facts)."""
        out: set[str] = set()
        row = self.conn.execute("SELECT MIN(topic) FROM statement_topics").fetchone()
        while row and row[0] is not None:
            out.add(row[0])
            row = self.conn.execute("SELECT MIN(topic) FROM statement_topics WHERE topic > ?", [row[0]]).fetchone()
        return out

    def _events(self, ids: list[int]) -> list[Ev]:
        """The events (those that exist and whose sentence does), in date order."""
        if not ids:
            return []
        ids = list(dict.fromkeys(ids))
        memo = self._ev_memo
        missing = [eid for eid in ids if eid not in memo]
        if missing:
            if len(memo) + len(missing) > _MAX_EVENTS:
                memo.clear()
                missing = ids
            memo.update(self._read_events(missing))
        keyed = [got for eid in ids if (got := memo[eid]) is not None]
        keyed.sort(key=itemgetter(0))
        return [Ev(*fields, list(parts)) for _key, fields, parts in keyed]

    def _read_events(self, ids: list[int]) -> dict[int, tuple | None]:
        """Event id -> (its order key, its Ev's fields but the participants, its participants), None
        for one that is gone: from the rows in memory and the sentences' texts, the same for every
        question asking about it. Each question gets its own Ev: _dedupe and
        agreements.inherit_place fill in a place from another row."""
        # the event rows are in memory (read at open); only their sentences' text is read here
        rows = self._ev_rows
        out: dict[int, tuple | None] = dict.fromkeys(ids)
        want = [(eid, r) for eid in ids if (r := rows.get(eid)) is not None and r[11] is not None]
        if not want:
            return out
        texts = self._sentence_texts({r[2] for _e, r in want})
        actors = self.index.actors
        parts = self._ev_parts
        sources = self.sources_by_id
        for eid, r in want:
            text = texts.get(r[2])
            if text is None:  # the sentence is gone (as the join in SQL would drop the event)
                continue
            pub = sources.get(r[1], _NO_SOURCE)[3] or ""
            # _ev_order's key from the row: (date or publication, publication, source, position, id)
            out[eid] = ((r[5] or pub or "9999", pub, r[1], r[11], eid), (eid, *r[:11], text, r[11]),
                        tuple(p for p in parts.get(eid, ()) if p[0] in actors))
        return out

    def _sentence_texts(self, sids: set[int]) -> dict[int, str]:
        """Sentence id -> text for those that exist; remembered, the same events' sentences come
        back question after question (starting over past _MAX_TEXTS)."""
        memo = self._text_memo
        missing = sorted(s for s in sids if s not in memo)
        if missing:
            if len(memo) + len(missing) > _MAX_TEXTS:
                memo.clear()
                missing = sorted(sids)
            memo.update(self.conn.execute(
                f"SELECT id, text FROM sentences WHERE id IN ({','.join('?' * len(missing))})", missing))
        return {s: memo[s] for s in sids if s in memo}

    def _ev_order(self, ev: Ev):
        pub = self.sources_by_id.get(ev.source_id, (None,) * 5)[3] or ""
        return (ev.date or pub or "9999", pub, ev.source_id, ev.position, ev.id)

    def _candidate_events(self, persons: list[set[int]], places: list[set[int]], limit: int = 150,
                          venues: bool = False) -> list[int]:
        """_find_candidate_events, remembered per people and places asked (from the index read at open): a
        busy person's hundreds of events are narrowed once for every question about them (a fresh list
        each time; forgotten all at once past _MAX_CANDIDATES queries)."""
        if not persons:
            return self._candidate_events_sql(persons, places, limit, venues)
        key = (tuple(frozenset(s) for s in persons), tuple(frozenset(s) for s in places), limit, venues)
        memo = self._cand_memo
        got = memo.get(key)
        if got is None:
            if len(memo) >= _MAX_CANDIDATES:
                memo.clear()
            got = memo[key] = tuple(self._find_candidate_events(persons, places, limit, venues))
        return list(got)

    def _find_candidate_events(self, persons: list[set[int]], places: list[set[int]], limit: int = 150,
                               venues: bool = False) -> list[int]:
        """Event ids with every named person taking part, narrowed to events in the place asked
        about, undated places, or places the lexicon cannot locate; the earliest `limit` of them.

        The same ids as `_candidate_events_sql` (ORDER BY e.date LIMIT n: NULL dates first, ties in
        ascending id), from the in-memory index; callers re-sort them, so only the set matters."""
        by_actor = self._ev_by_actor
        ids: set[int] | None = None
        for slot in sorted(persons, key=lambda s: sum(len(by_actor.get(a, ())) for a in s)):
            these: set[int] = set()
            for a in slot:
                these.update(by_actor.get(a, ()))
            ids = these if ids is None else ids & these
            if not ids:
                return []
        rows = self._ev_rows  # row[3]: place_id, row[5]: date
        if places:
            ok_ids = set().union(*(self._place_ids(s) | (self._venue_ids(s) if venues else set()) for s in places))
            loc = self._locatable_ids()
            if loc:  # kept: no place, the place asked about, or one the lexicon cannot locate
                bad = loc - ok_ids
                ids = {e for e in ids if rows[e][3] not in bad}
            else:
                ids = {e for e in ids if (p := rows[e][3]) is None or p in ok_ids}
        if len(ids) <= limit:
            return sorted(ids)
        return sorted(ids, key=self._date_order().__getitem__)[:limit]

    def _date_order(self) -> dict[int, int]:
        """Event id -> its place in (undated first, date, id) order: sorting a busy person's
        hundreds of events by it is one lookup each. Worked out the first time it is needed."""
        if self._date_rank is None:
            rows = self._ev_rows
            self._date_rank = {e: i for i, e in enumerate(sorted(
                rows, key=lambda e: (rows[e][5] is not None, rows[e][5] or "", e)))}
        return self._date_rank

    def _candidate_events_sql(self, persons: list[set[int]], places: list[set[int]], limit: int = 150,
                              venues: bool = False) -> list[int]:
        """Event ids with every named person taking part (indexed), narrowed in SQL to events in the
        place asked about, undated places, or places the lexicon cannot locate; earliest first."""
        where, params = [], []
        if places:
            ok_ids = set().union(*(self._place_ids(s) | (self._venue_ids(s) if venues else set()) for s in places))
            marks = ",".join("?" * len(ok_ids))
            loc = self._locatable_ids()
            where.append(f"(e.place_id IS NULL OR e.place_id IN ({marks})"
                         + (f" OR e.place_id NOT IN ({','.join('?' * len(loc))}))" if loc else ")"))
            params += sorted(ok_ids) + sorted(loc)
        if persons:
            sql = " INTERSECT ".join(
                f"SELECT event_id FROM event_participants WHERE actor_id IN ({','.join('?' * len(s))})" for s in persons)
            where.insert(0, f"e.id IN ({sql})")
            params = [a for s in persons for a in sorted(s)] + params
        elif places:
            ids = sorted({a for s in places for a in s} | set().union(*(self._place_ids(s) for s in places)))
            marks = ",".join("?" * len(ids))
            where = [f"(e.place_id IN ({marks}) OR e.id IN (SELECT event_id FROM event_participants"
                     f" WHERE actor_id IN ({marks})))"]
            params = ids + ids
        sql = "SELECT e.id FROM events e" + (" WHERE " + " AND ".join(where) if where else "")
        return [r[0] for r in self.conn.execute(sql + f" ORDER BY e.date LIMIT {limit}", params)]

    def _date_ok(self, ev: Ev, lo: str | None, hi: str | None) -> bool:
        if lo is None:
            return True
        # an undated event is filtered by its article's publication date (never stated as its date)
        start = ev.date or self.sources_by_id.get(ev.source_id, (None,) * 5)[3]
        if not start:
            # a year asked about: an article that gives no year at all never contradicts it (the
            # reply says so); a day or month asked about needs a date to compare with
            return lo.endswith("-01-01") and hi.endswith("-12-31") and lo[:4] == hi[:4]
        end = ev.date_end or start
        if lo.startswith("0000"):  # month and day, any year
            md = lo[5:]
            return start[5:10] == md or end[5:10] == md
        return not (end[: len(lo)] < lo[: len(end)] or start[: len(hi)] > hi[: len(start)])

    def _dedupe(self, evs: list[Ev]) -> list[Ev]:
        """One line per happening: same family, same people, same date (keep the first sentence)."""
        seen: dict[tuple, Ev] = {}
        out = []
        people_of = self._people_memo  # event id -> the people among its participants
        if len(people_of) > _MAX_EVENTS:
            people_of.clear()
        for ev in evs:
            people = people_of.get(ev.id)
            if people is None:
                people = people_of[ev.id] = frozenset(a for a, _r in ev.parts if self.index.kind(a) == "person")
            key = (ev.family, people or frozenset(a for a, _r in ev.parts), ev.date or f"src{ev.source_id}")
            if key in seen:
                prev = seen[key]
                if not prev.place and ev.place:
                    prev.place, prev.place_id = ev.place, ev.place_id
                if not prev.occasion and ev.occasion:
                    prev.occasion = ev.occasion
                continue
            seen[key] = ev
            out.append(ev)
        return out

    def _event_line(self, ev: Ev, focus, bare: bool = False) -> str:
        """The event's line, remembered by everything it is made of (an answer about someone
        writes the same dozen lines every time he is asked about)."""
        focus = tuple(focus)
        key = (ev.kind, tuple(ev.parts), ev.place, ev.date, ev.date_end, ev.date_phrase, ev.source_id, focus, bare)
        memo = self._line_memo
        line = memo.get(key)
        if line is None:
            if len(memo) >= _MAX_LINES:
                memo.clear()
            line = memo[key] = self._make_event_line(ev, focus, bare)
        return line

    def _make_event_line(self, ev: Ev, focus, bare: bool) -> str:
        parts = [(self.index.name(a), r) for a, r in ev.parts]
        when = reply.fmt_when(ev.date, ev.date_end, ev.date_phrase)
        pub = self.sources_by_id.get(ev.source_id, (None,) * 5)[3]
        if not ev.date and pub and not bare:
            when = (when + " " if when else "") + f"(reported {reply.fmt_date(pub)})"
        first = [self.index.name(a) for a in focus if any(a == p for p, _r in ev.parts)]
        return reply.event_line(ev.kind, parts, ev.place, when, first)

    def _statements(self, ids: list[int]) -> list[St]:
        """The statements (with their sentence and topics) in article order."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        topics: dict[int, set[str]] = {}
        for sid, topic in self.conn.execute(
                f"SELECT statement_id, topic FROM statement_topics WHERE statement_id IN ({marks})", ids):
            topics.setdefault(sid, set()).add(topic)
        shared: dict[frozenset[str], frozenset[str]] = {}  # one frozenset per combination of topics
        texts: dict[int, str] = {}  # one string per sentence
        sts = [St(*r[:7], texts.setdefault(r[2], r[7]), r[8],
                  shared.setdefault(frozenset(topics.get(r[0], ())), frozenset(topics.get(r[0], ()))))
               for r in self.conn.execute(
                   "SELECT t.id, t.source_id, t.sentence_id, t.speaker_id, t.verb, t.content, t.confidence, s.text,"
                   f" s.position FROM statements t JOIN sentences s ON s.id = t.sentence_id WHERE t.id IN ({marks})",
                   ids)]
        return sorted(sts, key=lambda s: (self._pub(s.source_id), s.source_id, s.position, s.id))

    def _statement_list(self, key: tuple, read_ids) -> list[St]:
        """_statements(read_ids()) for one query (a speaker's statements, a topic's), kept per query
        as the sorted list (least recently used forgotten past _MAX_STATEMENTS statements in all):
        the same for every question about that speaker or topic (a topic's are hundreds, each read
        with its sentence and topics and sorted), and nothing changes an St after it is read. A
        fresh list each time; callers filter it into new ones."""
        lists = self._st_lists
        got = lists.get(key)
        if got is None:
            got = self._statements(read_ids())
            lists[key] = got
            self._st_lists_size += len(got)
            while self._st_lists_size > _MAX_STATEMENTS and len(lists) > 1:
                _key, old = lists.popitem(last=False)
                self._st_lists_size -= len(old)
        else:
            lists.move_to_end(key)
        return list(got)

    def _pub(self, source_id: int) -> str:
        return self.sources_by_id.get(source_id, (None,) * 5)[3] or "9999"


def weekday_ok(ev: Ev, weekday: int | None) -> bool:
    """'on Sunday': the event's resolved date (any day of its span) falls on that weekday, or
    its own date phrase names the day."""
    if weekday is None:
        return True
    from datetime import date, timedelta

    from knowledge.question import WEEKDAYS

    if ev.date_phrase and re.search(rf"\b{WEEKDAYS[weekday]}\b", ev.date_phrase, re.I):
        return True
    try:
        d0 = date.fromisoformat(ev.date[:10]) if ev.date else None
        d1 = date.fromisoformat(ev.date_end[:10]) if ev.date_end else d0
    except ValueError:
        return False
    if d0 is None:
        return False
    return any((d0 + timedelta(days=k)).weekday() == weekday for k in range(min((d1 - d0).days, 6) + 1))
