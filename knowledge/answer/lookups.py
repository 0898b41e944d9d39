"""Lookups about actors shared by the answerers: person or not, a place's other spellings and cities,
"happened in this place", places a sentence names, a country's people, and whether a sentence
names an actor."""

from __future__ import annotations

import re

from knowledge import names
from knowledge.answer.records import Ev
from knowledge.answer.textmatch import canonical_place_or_country, quick_fold
from knowledge.names import fold
from knowledge.question import COMMON


_MAX_VERDICTS = 50_000  # events' place verdicts kept (see Lookups._place_test)


class Lookups:

    def _is_person(self, slot: set[int]) -> bool:
        return any(self.index.kind(a) in ("person", "org") for a in slot)

    def _canon_place(self, aid: int | None) -> str | None:
        if aid is None or aid not in self.index.actors:
            return None
        if aid not in self._canon_cache:
            name = self.index.name(aid)
            self._canon_cache[aid] = names.canonical_place(name) or names.canonical_country(name) or name
        return self._canon_cache[aid]

    def _aliases_of(self, aid: int) -> list[str]:
        if self._alias_map is None:
            amap: dict[int, list[str]] = {}
            for f, ids in self.index.exact.items():
                if not re.search(r"[\u0400-\u04FF]", f):
                    for a in ids:
                        amap.setdefault(a, []).append(f)
            self._alias_map = amap
        return self._alias_map.get(aid, [])

    def _place_ids(self, slot: set[int]) -> set[int]:
        """Place actors that count as being in this place: itself, its other spellings, its cities."""
        self._locatable_ids()
        wanted = {self._canon_place(a) for a in slot}
        out = set(slot)
        for canon, ids in self._places_by_canon.items():
            if canon in wanted or names.PLACE_COUNTRY.get(canon) in wanted:
                out |= ids
        return out

    def _venue_ids(self, slot: set[int]) -> set[int]:
        """Other places of the asked city's country (a venue such as the Kremlin may lie in it):
        kept in SQL, then accepted only when the event's sentence puts the venue in that city."""
        self._locatable_ids()
        wanted = {self._canon_place(a) for a in slot}
        countries = {names.PLACE_COUNTRY.get(w) for w in wanted} - {None}
        out: set[int] = set()
        for canon, ids in self._places_by_canon.items():
            if canon not in wanted and names.PLACE_COUNTRY.get(canon) in countries:
                out |= ids
        return out

    def _locatable_ids(self) -> set[int]:
        if self._places_by_canon is None:
            by: dict[str, set[int]] = {}
            for aid, (_k, _n, kind) in self.index.actors.items():
                if kind in ("place", "country"):
                    by.setdefault(self._canon_place(aid), set()).add(aid)
            self._places_by_canon = by
            self._locatable = {a for canon, ids in by.items()
                               if canon in names.PLACE_COUNTRY or canon in names.COUNTRIES for a in ids}
        return self._locatable

    def _place_test(self, place_slot: set[int]):
        """A check for "happened in this place/country", prepared once per question."""
        wanted = {self._canon_place(a) for a in place_slot}
        # the place's own spellings and those of the cities the store locates in it ("Can Tho" for Vietnam)
        key = frozenset(place_slot)
        if key not in self._place_rx_memo:  # built once per place asked about (a country has many cities)
            aliases = sorted({al for a in self._place_ids(place_slot) for al in self._aliases_of(a) if len(al) >= 3},
                             key=len, reverse=True)
            if len(self._place_rx_memo) > 256:
                self._place_rx_memo.clear()
            self._place_rx_memo[key] = re.compile(
                r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")\b") if aliases else None
        rx = self._place_rx_memo[key]
        countries = {names.PLACE_COUNTRY.get(w) for w in wanted} - {None}
        venue_memo = self._venue_rx_memo
        verdicts = self._place_verdicts
        if len(verdicts) > _MAX_VERDICTS:
            verdicts.clear()

        def ok(ev: Ev) -> bool:
            """`placed`, remembered per place asked and event as it stands (its place may have been
            filled in from another row): a busy person's hundred events, asked about again."""
            vkey = (key, ev.id, ev.place_id, ev.place)
            got = verdicts.get(vkey)
            if got is None:
                got = verdicts[vkey] = placed(ev)
            return got

        def placed(ev: Ev) -> bool:
            if ev.place_id in place_slot or any(a in place_slot for a, _r in ev.parts):
                return True
            here = self._canon_place(ev.place_id) if ev.place_id else (
                canonical_place_or_country(ev.place or ""))
            if here and (here in wanted or names.PLACE_COUNTRY.get(here) in wanted):
                return True
            if here and (here in names.PLACE_COUNTRY or here in names.COUNTRIES):
                # a place we can locate, and not the one asked about, unless the sentence puts it
                # there ("at the Kremlin in Moscow")
                if rx and ev.place_id and names.PLACE_COUNTRY.get(here) in countries:
                    vkey = (ev.place_id, rx.pattern)
                    vrx = venue_memo.get(vkey, False)
                    if vrx is False:  # built once per venue and place asked about (was: per event)
                        venue = [a for a in self._aliases_of(ev.place_id) if len(a) >= 3]
                        vrx = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in venue) + r")\b,? in (?:the )?"
                                         + rx.pattern) if venue else None
                        if len(venue_memo) > 4096:
                            venue_memo.clear()
                        venue_memo[vkey] = vrx
                    if vrx is not None and vrx.search(quick_fold(ev.text)):
                        return True
                return False
            # named in the event's own sentence as where it happened ("visit to Vietnam")
            return bool(rx and rx.search(quick_fold(ev.text)))

        return ok

    def place_pattern(self) -> re.Pattern:
        """Every spelling of a place or country the store knows, with the "in/to/at" before it if any
        (group 1) and the spelling (group 2, a key of `_place_forms`); built once."""
        if self._place_rx is None:
            forms: dict[str, int] = {}
            for aid, (_k, _n, kind) in self.index.actors.items():
                if kind in ("place", "country"):
                    for al in self._aliases_of(aid):
                        if len(al) >= 3 and al not in COMMON:
                            forms.setdefault(al, aid)
            self._place_forms = forms
            alts = "|".join(re.escape(a) for a in sorted(forms, key=len, reverse=True))
            self._place_rx = re.compile(rf"(?:\b(in|to|at)\s+)?\b({alts})\b") if forms else re.compile(r"(?!x)x")
        return self._place_rx

    def _sentence_places(self, ev: Ev) -> list[int]:
        """Cities and venues known to the store that the event's own sentence names, in the order
        the sentence names them (a country only as 'in/to <country>')."""
        out: list[int] = []
        for m in self.place_pattern().finditer(quick_fold(ev.text)):
            aid = self._place_forms[m.group(2)]
            if (self.index.kind(aid) == "place" or m.group(1)) and aid not in out:
                out.append(aid)
        return out

    def _nationals(self, slot: set[int]) -> set[int]:
        """People of the slot's country (by the titles and names the store gives them)."""
        if self._nationals_by is None:
            by: dict[str, set[int]] = {}
            for aid, nats in self.index.nationality.items():
                for n in nats:
                    by.setdefault(names.canonical_country(n) or n, set()).add(aid)
            self._nationals_by = by
        out: set[int] = set()
        for a in slot:
            out |= self._nationals_by.get(self._canon_place(a) or "", set())
        return out

    def _countries_of(self, slot: set[int]) -> set[int]:
        """Country actors of a person slot's nationality."""
        self._locatable_ids()
        out: set[int] = set()
        for a in slot:
            for n in self.index.nationality.get(a, set()):
                out |= self._places_by_canon.get(names.canonical_country(n) or n, set())
        return out

    def _mentions(self, text: str, aid: int, source_id: int | None = None) -> bool:
        """Does the text name the actor? Given the sentence's source, a role alias ("the Russian
        diplomat") counts only where that article used it for this actor: roles mean other people
        in other articles."""
        f = fold(text)
        name_parts = set(fold(self.index.name(aid)).split()) if source_id is not None else set()
        local = self._source_aliases(source_id) if source_id is not None else set()
        return any(re.search(rf"\b{re.escape(a)}\b", f) for a in self._aliases_of(aid) if len(a) >= 3
                   and (source_id is None or set(a.split()) & name_parts or (aid, a) in local))

    def _source_aliases(self, source_id: int) -> set[tuple[int, str]]:
        cache = self.__dict__.setdefault("_source_alias_cache", {})
        if source_id not in cache:
            cache[source_id] = {(a, f) for a, f in self.conn.execute(
                "SELECT actor_id, folded FROM aliases WHERE source_id = ?", [source_id])}
        return cache[source_id]

    def _display_names(self, ids) -> list[str]:
        """Names for a list of actors, one per country however many spellings the store has."""
        out: list[str] = []
        seen: set[str] = set()
        for a in ids:
            name = self.index.name(a)
            key = names.canonical_country(name) or names.canonical_place(name) or fold(name)
            if key not in seen:
                seen.add(key)
                out.append(name)
        return out

    def _topic_name(self, topic: str) -> str:
        """'ukraine' -> 'Ukraine' when the store knows it as a name; lexicon topics stay as they are."""
        ids = self.index.exact.get(fold(topic))
        return self.index.name(min(ids)) if ids else topic
