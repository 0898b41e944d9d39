"""The actor index: every alias folded, name parts, place spellings, titles as roles, nationalities;
built once when the engine opens the store, then asked by name, kind, role and question."""

from __future__ import annotations

import re

from rapidfuzz import fuzz, process

from knowledge import names
from knowledge.match import find, slips
from knowledge.match.found import Found
from knowledge.match.roles import COUNTRY_OF, DEMONYMS, TITLE_WORDS, Role, parse_title, role_fits
from knowledge.names import fold
from knowledge.question import COMMON, Question


# A word a question uses as a common noun ("at the airport", "the health sector") never names an
# actor by itself, whatever alias the extractor gave some actor ("Airport" for an airport).
GENERIC_NOUNS = set("""airport health defence defense government ministry committee council assembly embassy city
province region party university institute centre center company group delegation forum fair conference
ceremony agency office bank port station hospital school academy army navy court parliament""".split())


class ActorIndex:
    """Alias, title and nationality lookups over the store's actors, built once per engine."""

    def __init__(self, actors: dict[int, tuple[str, str, str]], aliases: list[tuple[int, str]],
                 titles: list[tuple[int, str]], partners: list[tuple[int, int]] = ()):
        self.actors = actors  # id -> (key, name, kind)
        self.exact: dict[str, set[int]] = {}
        self.part: dict[str, set[int]] = {}
        self.stems: dict[str, set[int]] = {}  # single-token aliases, for Russian case endings
        self.by_key = {key: aid for aid, (key, _n, _k) in actors.items()}
        self.country_actor: dict[str, set[int]] = {}  # canonical country -> actor ids
        self._index_names(actors, aliases)
        self._index_named_with_noun(actors)
        self._index_name_parts(actors)
        self.choices = [f for f in self.exact if len(f) >= 4]
        self._closest: dict[tuple[str, int], tuple | None] = {}
        self.max_n = max((len(f.split()) for f in self.exact), default=1)
        self.alias_words = frozenset(w for f in self.exact for w in f.split())  # a typo is a word outside it
        self.masked = slips.masked_names(actors, {**self.runs, **self.exact})  # 'Nguyen Xuan Phuk': one word off
        self._index_titles(actors, aliases, titles)
        self._index_counterparts(actors, aliases, partners)
        self._index_nationalities(actors)

    def _index_names(self, actors: dict[int, tuple[str, str, str]], aliases: list[tuple[int, str]]) -> None:
        """Every actor's name and alias, folded; for countries, places and organisations every
        spelling the names lexicon knows (Vietnamese and Russian forms, Cyrillic transliterated)."""
        for aid, (key, name, kind) in actors.items():
            _add(self.exact, name, aid)
            if kind in ("country", "place", "org"):
                canon = names.canonical_country(name) or names.canonical_place(name) or names.canonical_org(name)
                if canon:
                    if kind == "country" or canon in names.COUNTRIES:
                        self.country_actor.setdefault(canon, set()).add(aid)
                    for v in names.country_variants(canon):
                        _add(self.exact, v, aid)
                        if re.search(r"[\u0400-\u04FF]", v):
                            _add(self.exact, names.translit_cyrillic(v), aid)
        for aid, alias in aliases:
            if aid in actors:
                f = fold(alias)
                if f and f not in COMMON and f not in GENERIC_NOUNS and f.split()[-1] not in _TRAILING and not (
                        actors[aid][2] == "person" and _role_only(alias)):
                    self.exact.setdefault(f, set()).add(aid)
                    kind = actors[aid][2]
                    if kind in ("country", "place", "org"):
                        canon = names.canonical_country(alias) or names.canonical_place(alias)
                        if canon:
                            for v in names.country_variants(canon):
                                _add(self.exact, v, aid)

    def _index_named_with_noun(self, actors: dict[int, tuple[str, str, str]]) -> None:
        """"Kaluga province", "Ulyanovsk city" also name the place stored as "Kaluga": one article writes the
        noun, another not, and a Vietnamese question always does ("tỉnh Kaluga", "thành phố Ulyanovsk"). The
        bare name may be stored as an organisation: the extractor's reading of a place named alone."""
        for f, ids in list(self.exact.items()):
            head, _, noun = f.rpartition(" ")
            if noun in _PLACE_NOUNS and head and all(actors[a][2] == "place" for a in ids):
                ids.update(a for a in self.exact.get(head, ()) if actors[a][2] in ("place", "org"))

    def _index_name_parts(self, actors: dict[int, tuple[str, str, str]]) -> None:
        """Words of people's names ("Trọng", "Lavrov"), runs of words inside longer names, and the
        single-word aliases Russian case endings are stripped against."""
        for aid, (key, name, kind) in actors.items():
            if kind == "person":
                toks = fold(name).split()
                for t in toks:
                    if len(t) >= 3 and t not in COMMON and t not in self.exact:
                        self.part.setdefault(t, set()).add(aid)
        # contiguous runs of two or more tokens of a person's longer name ("Hoang Minh Duc" inside a
        # stored "Training Hoang Minh Duc", "Phu Trong" of "Nguyen Phu Trong"): asked after the exact aliases
        self.runs: dict[str, set[int]] = {}
        for aid, (key, name, kind) in actors.items():
            if kind == "person":
                toks = fold(name).split()
                for n in range(2, len(toks)):
                    for i in range(len(toks) - n + 1):
                        run = " ".join(toks[i : i + n])
                        if run not in self.exact:
                            self.runs.setdefault(run, set()).add(aid)
        # every word of a person's name, for names spelled by sound in Russian ("Тхань" -> "thanh")
        self.name_words = frozenset(t for _k, name, kind in actors.values() if kind == "person" for t in fold(name).split())
        for f, ids in self.exact.items():
            if " " not in f and len(f) >= 5:
                self.stems.setdefault(f, set()).update(ids)
        # places by their Vietnamese syllables run together ("danang", "camranh"): Russian writes them so
        self.joined: dict[str, set[int]] = {}
        for aid, (key, name, kind) in actors.items():
            toks = fold(name).split()
            if kind == "place" and len(toks) <= 3 and all(len(t) <= 5 for t in toks):
                self.joined.setdefault("".join(toks), set()).add(aid)

    def _index_titles(self, actors: dict[int, tuple[str, str, str]], aliases: list[tuple[int, str]],
                      titles: list[tuple[int, str]]) -> None:
        """Each person's titles and role-like aliases as Roles, and their folded text for place qualifiers."""
        # titles (a store of many people repeats a few titles: each is parsed once; Role is frozen)
        self.titles: dict[int, list[Role]] = {}
        self.title_text: dict[int, list[str]] = {}  # folded titles and aliases, for place qualifiers
        for aid, text in [*titles, *aliases]:
            if aid in actors and actors[aid][2] == "person":
                self.title_text.setdefault(aid, []).append(" " + " ".join(re.findall(r"\w+", fold(text))) + " ")
        self.title_words = {w for texts in self.title_text.values() for t in texts for w in t.split()}
        parsed: dict[str, Role | None] = {}

        def parse_once(title: str) -> Role | None:
            if title not in parsed:
                parsed[title] = parse_title(title)
            return parsed[title]

        for aid, title in titles:
            r = parse_once(title)
            if r and aid in actors:
                self.titles.setdefault(aid, []).append(r)
        for aid, alias in aliases:  # role-like aliases ("the Party leader", "the Russian diplomat")
            r = parse_once(alias) if aid in actors and actors[aid][2] == "person" else None
            if r:
                self.titles.setdefault(aid, []).append(r)

    def _index_counterparts(self, actors: dict[int, tuple[str, str, str]], aliases: list[tuple[int, str]],
                            partners: list[tuple[int, int]]) -> None:
        """"Her Russian counterpart Mikhail Murashko": for matching a question's role only, the
        counterpart holds the rank of the person he met ("the Russian health minister"), with the
        nationality his alias gives. Nothing is stated from it."""
        nat: dict[int, frozenset[str]] = {}
        for aid, alias in aliases:
            f = fold(alias)
            if aid in actors and "counterpart" in f.split():
                nat[aid] = nat.get(aid, frozenset()) | frozenset(
                    c for t in f.split() if (c := DEMONYMS.get(t) or COUNTRY_OF.get(t)))
        for aid, other in partners:
            if aid not in nat or not nat[aid]:
                continue
            for r in list(self.titles.get(other, ())):
                if r.head not in ("leader", "official") and not (r.nat & nat[aid]):
                    self.titles.setdefault(aid, []).append(Role(r.head, r.mods, nat[aid], r.deputy))
            if not self.titles.get(aid):
                self.titles.setdefault(aid, []).append(Role("official", frozenset(), nat[aid], False))

    def _index_nationalities(self, actors: dict[int, tuple[str, str, str]]) -> None:
        """Each person's countries: the demonyms of their titles, else a Vietnamese personal name."""
        self.nationality: dict[int, set[str]] = {}
        for aid, roles in self.titles.items():
            for r in roles:
                self.nationality.setdefault(aid, set()).update(r.nat)
        for aid, (_key, name, kind) in actors.items():
            # no demonym in any title: a Vietnamese personal name is evidence enough
            if kind == "person" and not self.nationality.get(aid) and names.is_vietnamese_name(name):
                self.nationality.setdefault(aid, set()).add("Vietnam")

    # -- lookups -----------------------------------------------------------------------------

    def name(self, aid: int) -> str:
        return self.actors[aid][1]

    def kind(self, aid: int) -> str:
        return self.actors[aid][2]

    def by_role(self, role: Role, qualifier: str | None = None, every: bool = False) -> set[int]:
        """The actors whose titles fit the role best. A place qualifier ("the Quang Ninh Party
        Secretary") must be written in one of the actor's titles or aliases, else the actor is out.
        `every`: everyone whose titles fit at all, not only the best fits ("which Russian diplomat …"
        asks who among them)."""
        scored = self.holders(role, qualifier)
        top = max(scored.values(), default=0)
        return {a for a, s in scored.items() if s == top or every}

    def holders(self, role: Role, qualifier: str | None = None) -> dict[int, int]:
        """Everyone whose titles fit the role, with how well (roles.role_fits: 2 the same head noun,
        1 an equivalent one); nationality and place qualifiers required."""
        scored: dict[int, int] = {}
        for aid, roles in self.titles.items():
            best = max((role_fits(role, t) for t in roles), default=0)
            if best:
                if role.nat and not (role.nat & self.nationality.get(aid, set())):
                    continue
                if role.post and role.post & self.nationality.get(aid, set()):
                    continue  # "the ambassador to Russia" is no Russian
                if qualifier and not any(f" {qualifier} " in t for t in self.title_text.get(aid, ())):
                    continue
                scored[aid] = best
        return scored

    def find(self, q: Question) -> Found:
        """Every actor mention in the question, longest first: exact alias, role, fuzzy alias."""
        return find.find(self, q)

    def closest(self, phrase: str, cutoff: int):
        """The alias spelt most like the phrase, at least `cutoff` alike, as rapidfuzz's extractOne
        gives it (alias, score, index), or None: a scan of every alias, remembered per phrase (the same
        words come back question after question; the aliases never change once the index is built)."""
        key = (phrase, cutoff)
        if key not in self._closest:
            if len(self._closest) >= 20_000:
                self._closest.clear()
            self._closest[key] = process.extractOne(phrase, self.choices, scorer=fuzz.ratio, processor=None,
                                                    score_cutoff=cutoff)
        return self._closest[key]


# a stored name ending in one of these was cut from a longer phrase ("Chính and", "Government of"): no alias
_PLACE_NOUNS = {"province", "region", "oblast", "city", "krai", "territory"}  # after a place's name
_TRAILING = {"and", "of", "the", "for", "in", "on", "at", "with", "to", "or", "s"}


def _role_only(alias: str) -> bool:
    """'the host', 'the guest', 'Russian counterpart': a role one article called someone by, no
    name. As an exact alias it would pin every question's 'the host' to that one person; the
    title index resolves it as a role instead."""
    return all(w[:1].islower() or fold(w) in DEMONYMS or fold(w) in TITLE_WORDS for w in re.findall(r"[\w'-]+", alias))


def _add(table: dict[str, set[int]], text: str, aid: int) -> None:
    f = fold(text)
    if f and f.split()[-1] not in _TRAILING:
        table.setdefault(f, set()).add(aid)
