"""Find the actors a question names: by alias (exact, then rapidfuzz), by role or title, by country.

The index is built once when the engine opens the store: every alias folded with names.fold,
the short name of each person ("Trọng", "Lavrov"), every spelling the names lexicon knows for
the store's countries and places (Vietnamese and Russian forms included), and each actor's titles
reduced to (head, modifiers, nationality) so "the Russian foreign minister" or "the party chief"
can be compared with "Russian Minister of Foreign Affairs" or "Party General Secretary".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process

from knowledge import names
from knowledge.names import fold
from knowledge.question import COMMON, Question

# Role vocabulary: canonical head nouns, and rewrites that put synonyms onto them.
_ROLE_REWRITES = [
    ("minister of foreign affairs", "foreign minister"), ("foreign affairs minister", "foreign minister"),
    ("minister for foreign affairs", "foreign minister"), ("top diplomat", "foreign minister"),
    ("chief diplomat", "foreign minister"), ("fm", "foreign minister"), ("pm", "prime minister"),
    ("secretary general", "general secretary"), ("head of state", "president"),
    ("head of government", "prime minister"), ("premier", "prime minister"),
    ("chief", "leader"), ("head", "leader"), ("boss", "leader"), ("chairwoman", "chairman"),
    ("chairperson", "chairman"), ("chair", "chairman"), ("defense", "defence"),
    ("vice", "deputy"), ("presidents", "president"), ("ministers", "minister"), ("leaders", "leader"),
    ("officials", "official"), ("diplomats", "diplomat"),
]
_ROLE_REWRITES = [(a.split(), b.split()) for a, b in sorted(_ROLE_REWRITES, key=lambda r: -len(r[0].split()))]
_HEADS_2 = {("general", "secretary"), ("prime", "minister")}
ROLE_HEADS = {"president", "minister", "secretary", "leader", "chairman", "diplomat", "ambassador",
              "official", "chancellor", "spokesman", "spokesperson", "envoy", "mayor", "governor",
              "general secretary", "prime minister", "king", "premier"}
TOP_HEADS = {"leader", "general secretary", "president", "prime minister", "chairman"}
_PLURAL_HEADS = {"leaders", "ministers", "presidents", "officials", "diplomats"}
ROLE_MODS = {"foreign", "deputy", "party", "state", "communist", "defence", "trade", "first", "national",
             "assembly", "economic", "development", "industry", "top", "senior", "former", "acting",
             "municipal", "people", "committee", "city", "government", "interior", "finance", "justice"}
_DEMONYMS = {fold(k): v for k, v in names.DEMONYMS.items()}
_IMPLIED = {"general secretary": {"party", "general"}, "foreign minister": set(), "diplomat": {"foreign"}}
_COUNTRY_OF = {fold(v): k for k, vs in names.COUNTRIES.items() for v in [k, *vs]}
_COUNTRY_OF.update({fold(k): v for k, v in names.FOREIGN_ALIASES.items() if v in names.COUNTRIES})


def canon_role(tokens: list[str]) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for src, dst in _ROLE_REWRITES:
            if tokens[i : i + len(src)] == src:
                out.extend(dst)
                i += len(src)
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


@dataclass(frozen=True)
class Role:
    head: str
    mods: frozenset[str]
    nat: frozenset[str]  # canonical country names
    deputy: bool


def parse_title(title: str) -> Role | None:
    """'Russian Minister of Foreign Affairs' -> Role(head='foreign minister', nat={'Russia'})."""
    toks = canon_role(fold(title).split())
    head, idx = None, -1
    for i in range(len(toks)):
        two = tuple(toks[i : i + 2])
        if two in _HEADS_2:
            head, idx = " ".join(two), i
        elif toks[i] in ROLE_HEADS and (head is None or idx < i - 1):
            head, idx = toks[i], i
    if head is None:
        return None
    if head == "minister" and idx > 0 and toks[idx - 1] == "foreign":
        head = "foreign minister"
    nat = frozenset(c for t in toks if (c := _DEMONYMS.get(t) or _COUNTRY_OF.get(t)))
    mods = frozenset(t for t in toks if t in ROLE_MODS) - {"foreign"} if head == "foreign minister" else frozenset(
        t for t in toks if t in ROLE_MODS)
    return Role(head=head, mods=mods - {"deputy"}, nat=nat, deputy="deputy" in toks)


def role_fits(q: Role, t: Role) -> int:
    """How well a title satisfies the role a question names: 0 not at all, 2 same head noun,
    1 an equivalent one ("leader" for a general secretary)."""
    if q.deputy != t.deputy:
        return 0
    score = 1
    if q.head == t.head:
        score = 2
    elif q.head == "leader" and t.head in TOP_HEADS:
        pass
    elif q.head == "minister" and t.head in ("foreign minister", "prime minister"):
        pass
    elif q.head == "diplomat" and t.head in ("foreign minister", "ambassador", "diplomat", "envoy"):
        pass
    elif q.head == "secretary" and t.head == "general secretary":
        pass
    elif q.head == "official":
        pass
    else:
        return 0
    have = set(t.mods) | _IMPLIED.get(t.head, set())
    need = set(q.mods) - {"top", "senior"}
    if q.head == "leader" and t.head == "general secretary":
        have.add("party")
        score = 2
    return score if need <= have else 0


@dataclass
class Mention:
    actor_ids: set[int]
    span: tuple[int, int]  # token range in the question
    text: str  # the words of the question
    score: float
    how: str  # "alias" | "fuzzy" | "role" | "part" | "group"


@dataclass
class Found:
    mentions: list[Mention] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    unknown_roles: list[str] = field(default_factory=list)
    groups: list[Mention] = field(default_factory=list)  # "Russian leaders": any of these actors
    nationalities: set[str] = field(default_factory=set)  # demonyms not part of a role ("Russian")


class ActorIndex:
    """Alias, title and nationality lookups over the store's actors, built once per engine."""

    def __init__(self, actors: dict[int, tuple[str, str, str]], aliases: list[tuple[int, str]],
                 titles: list[tuple[int, str]]):
        self.actors = actors  # id -> (key, name, kind)
        self.exact: dict[str, set[int]] = {}
        self.part: dict[str, set[int]] = {}
        self.stems: dict[str, set[int]] = {}  # single-token aliases, for Russian case endings
        self.by_key = {key: aid for aid, (key, _n, _k) in actors.items()}
        self.country_actor: dict[str, set[int]] = {}  # canonical country -> actor ids

        def add(table: dict[str, set[int]], text: str, aid: int) -> None:
            f = fold(text)
            if f:
                table.setdefault(f, set()).add(aid)

        for aid, (key, name, kind) in actors.items():
            add(self.exact, name, aid)
            if kind in ("country", "place", "org"):
                canon = names.canonical_country(name) or names.canonical_place(name) or names.canonical_org(name)
                if canon:
                    if kind == "country" or canon in names.COUNTRIES:
                        self.country_actor.setdefault(canon, set()).add(aid)
                    for v in names.country_variants(canon):
                        add(self.exact, v, aid)
                        if re.search(r"[\u0400-\u04FF]", v):
                            add(self.exact, names.translit_cyrillic(v), aid)
        for aid, alias in aliases:
            if aid in actors:
                f = fold(alias)
                if f and f not in COMMON:
                    self.exact.setdefault(f, set()).add(aid)
                    kind = actors[aid][2]
                    if kind in ("country", "place", "org"):
                        canon = names.canonical_country(alias) or names.canonical_place(alias)
                        if canon:
                            for v in names.country_variants(canon):
                                add(self.exact, v, aid)
        for aid, (key, name, kind) in actors.items():
            if kind == "person":
                toks = fold(name).split()
                for t in toks:
                    if len(t) >= 3 and t not in COMMON and t not in self.exact:
                        self.part.setdefault(t, set()).add(aid)
        for f, ids in self.exact.items():
            if " " not in f and len(f) >= 5:
                self.stems.setdefault(f, set()).update(ids)
        self.choices = [f for f in self.exact if len(f) >= 4]
        self.max_n = max((len(f.split()) for f in self.exact), default=1)
        # titles (a store of many people repeats a few titles: each is parsed once; Role is frozen)
        self.titles: dict[int, list[Role]] = {}
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

    def by_role(self, role: Role) -> set[int]:
        """The actors whose titles fit the role best."""
        scored: dict[int, int] = {}
        for aid, roles in self.titles.items():
            best = max((role_fits(role, t) for t in roles), default=0)
            if best:
                if role.nat and not (role.nat & self.nationality.get(aid, set())):
                    continue
                scored[aid] = best
        top = max(scored.values(), default=0)
        return {a for a, s in scored.items() if s == top}

    def find(self, q: Question) -> Found:
        """Every actor mention in the question, longest first: exact alias, role, fuzzy alias."""
        found = Found()
        toks = q.latin
        raw = q.tokens
        n_tok = len(toks)
        free = [i not in q.date_idx for i in range(n_tok)]

        def claim(i: int, j: int, ids: set[int], score: float, how: str) -> None:
            found.mentions.append(Mention(set(ids), (i, j), " ".join(raw[i:j]), score, how))
            for k in range(i, j):
                free[k] = False
                found.claimed.add(k)

        # 1. roles ("the Russian foreign minister", "president of Russia", "Russian leaders")
        self._roles(q, toks, free, claim, found)
        # 2. exact aliases, longest windows first
        for n in range(min(self.max_n, n_tok), 0, -1):
            for i in range(0, n_tok - n + 1):
                if not all(free[i : i + n]):
                    continue
                phrase = " ".join(toks[i : i + n])
                if n == 1 and (phrase in COMMON or len(phrase) < 2):
                    continue
                ids = self.exact.get(phrase) or (self.exact.get(" ".join(raw[i : i + n])) if raw != toks else None)
                if ids:
                    claim(i, i + n, ids, 100, "alias")
        # 3. demonyms left over are nationality hints ("Russian" in "Russian leaders" handled above)
        for i, t in enumerate(toks):
            if free[i] and t in _DEMONYMS:
                found.nationalities.add(_DEMONYMS[t])
                free[i] = False
                found.claimed.add(i)
        # 4. fuzzy aliases and name parts
        for n in range(min(3, n_tok), 0, -1):
            for i in range(0, n_tok - n + 1):
                if not all(free[i : i + n]):
                    continue
                window = toks[i : i + n]
                if any(w in COMMON or w.isdigit() for w in window):
                    continue
                phrase = " ".join(window)
                if n == 1 and phrase in self.part:
                    if not _inside_unknown_name(q, free, i):
                        claim(i, i + 1, self.part[phrase], 90, "part")
                    continue
                cyr = re.search(r"[\u0400-\u04FF]", raw[i]) is not None
                if n == 1 and cyr and len(phrase) >= 5:  # Russian case endings: "Путиным", "Ханое"
                    stem_ids = self._stem(phrase) or self._stem(raw[i])
                    if stem_ids:
                        claim(i, i + 1, stem_ids, 88, "fuzzy")
                        continue
                if n == 1 and cyr and len(phrase) < 5:  # short Russian renderings of Vietnamese names
                    ids = self._vietnamese_from_russian(raw[i])
                    if ids:
                        claim(i, i + 1, ids, 82, "fuzzy")
                        continue
                if len(phrase) < 4:
                    continue
                cutoff = 80 if len(phrase) >= 6 else 85
                best = process.extractOne(phrase, self.choices, scorer=fuzz.ratio, processor=None,
                                          score_cutoff=cutoff)
                if best is None and cyr:
                    alt = _alt_vietnamese_translit(raw[i : i + n])
                    if alt != phrase:
                        best = process.extractOne(alt, self.choices, scorer=fuzz.ratio, processor=None,
                                                  score_cutoff=cutoff)
                if best is None and cyr and n == 1:
                    ids = self._vietnamese_from_russian(raw[i])
                    if ids:
                        claim(i, i + 1, ids, 82, "fuzzy")
                        continue
                if best is not None:
                    claim(i, i + n, self.exact[best[0]], best[1], "fuzzy")
        return found

    def _vietnamese_from_russian(self, word: str) -> set[int]:
        """A Vietnamese name part as Russian spells it, in any case: 'Зянгом' -> Giang, 'Тьи' -> Chí,
        'Чонгу' -> Trọng, 'Фука' -> Phúc. Case endings off, then the letters Russian uses for
        Vietnamese sounds tried both ways; exact name parts first, then a close fuzzy match."""
        for stem in _ru_stems(word):
            for cand in _vi_spellings(stem):
                if len(cand) < 2:
                    continue
                ids = self.part.get(cand) or (self.exact.get(cand) if len(cand) >= 3 else None)
                if ids and all(self.actors[a][2] == "person" for a in ids):
                    return set(ids)
        for stem in _ru_stems(word):
            for cand in _vi_spellings(stem):
                if len(cand) >= 4:
                    best = process.extractOne(cand, list(self.part), scorer=fuzz.ratio, processor=None, score_cutoff=80)
                    if best is not None:
                        return set(self.part[best[0]])
        return set()

    def _stem(self, tok: str) -> set[int]:
        for cut in range(0, 4):
            stem = tok[: len(tok) - cut] if cut else tok
            if len(stem) < 4:
                break
            ids = self.stems.get(stem)
            if ids:
                return ids
            for alias in (stem + "a", stem + "i", stem + "ia", stem + "iya", stem + "ya", stem + "и", stem + "я"):
                ids = self.stems.get(alias)
                if ids and len(alias) >= 5:
                    return ids
        return set()

    def _roles(self, q: Question, toks: list[str], free: list[bool], claim, found: Found) -> None:
        ctoks = [t for t in toks]
        n = len(ctoks)
        i = 0
        while i < n:
            t = ctoks[i]
            plural = t in _PLURAL_HEADS
            head_len = 0
            if ctoks[i : i + 4] in (["minister", "of", "foreign", "affairs"], ["minister", "for", "foreign", "affairs"]):
                head_len = 4
            elif tuple(ctoks[i : i + 2]) in _HEADS_2 or ctoks[i : i + 2] in (["foreign", "minister"],):
                head_len = 2
            elif t in ROLE_HEADS or plural or t in ("chief", "head", "premier", "pm", "fm", "chair"):
                head_len = 1
            if not head_len or not all(free[i : i + head_len]):
                i += 1
                continue
            a = i
            while a > 0 and free[a - 1] and (ctoks[a - 1] in ROLE_MODS or ctoks[a - 1] in _DEMONYMS
                                             or ctoks[a - 1] in _COUNTRY_OF or ctoks[a - 1] in ("foreign", "prime", "general")):
                a -= 1
            b = i + head_len
            # "president of Russia", Vietnamese/Russian order "president russia"
            if b < n and ctoks[b] == "of" and b + 1 < n and (ctoks[b + 1] in _COUNTRY_OF or ctoks[b + 1] == "the"):
                b += 2 if ctoks[b + 1] in _COUNTRY_OF else 0
            elif b < n and ctoks[b] in _COUNTRY_OF and q.lang in ("vi", "ru") and free[b]:
                b += 1
            if b + 2 <= n and ctoks[b : b + 2] == ["of", "the"] and b + 2 < n and ctoks[b + 2] in _COUNTRY_OF:
                b += 3
            words = [w for w in ctoks[a:b] if w != "the"]
            role = parse_title(" ".join(words))
            if role is None:
                i += 1
                continue
            if plural or t in ("official",):
                if role.nat and t in ("leaders", "officials"):  # "Russian leaders": anyone of that side
                    ids = {aid for aid, nat in self.nationality.items() if nat & role.nat}
                else:
                    ids = self.by_role(Role(head="leader" if t == "leaders" else role.head, mods=role.mods,
                                            nat=role.nat, deputy=role.deputy))
                found.groups.append(Mention(ids, (a, b), " ".join(ctoks[a:b]), 80, "group"))
                for k in range(a, b):
                    free[k] = False
                    found.claimed.add(k)
            else:
                ids = self.by_role(role)
                if ids:
                    claim(a, b, ids, 90, "role")
                else:
                    found.unknown_roles.append(" ".join(ctoks[a:b]))
                    for k in range(a, b):
                        free[k] = False
                        found.claimed.add(k)
            i = b


_VI_RU = [("нг", "ng"), ("ч", "tr"), ("ф", "ph"), ("з", "d"), ("ы", "u"), ("х", "h"), ("к", "c")]


_RU_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой", "ей", "ою", "ею",
               "ах", "ях", "ам", "ям", "ю", "у", "а", "е", "я", "и", "ы")


def _ru_stems(word: str) -> list[str]:
    """The word and the word without a Russian case ending ('Зянгом' -> 'Зянг', 'Фука' -> 'Фук')."""
    w = word.lower()
    out = [w]
    for e in _RU_ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= 2:
            out.append(w[: -len(e)])
    return list(dict.fromkeys(out))


# Russian letters for Vietnamese sounds, each with the Latin spellings it may stand for
_VI_SOUNDS = [("нг", ["ng"]), ("нь", ["nh"]), ("ч", ["tr", "ch"]), ("ф", ["ph"]), ("з", ["d", "gi"]),
              ("ы", ["u"]), ("х", ["h", "kh"]), ("к", ["c", "k"]), ("т", ["t", "ch", "th"]), ("ь", [""]),
              ("я", ["a", "ia", "ya"]), ("ю", ["u", "iu"]), ("ё", ["o"]), ("й", ["i", "y"]), ("э", ["e"]),
              ("ау", ["au", "ao"]), ("е", ["e"]), ("и", ["i", "y"]), ("в", ["v"]), ("б", ["b"]), ("ш", ["x", "s"])]


def _vi_spellings(word: str, limit: int = 48) -> list[str]:
    """Latin spellings a Russian rendering of a Vietnamese name part may stand for."""
    outs = [""]
    i = 0
    while i < len(word):
        for cyr, lat in _VI_SOUNDS:
            if word.startswith(cyr, i):
                outs = [o + l for o in outs for l in lat][:limit]
                i += len(cyr)
                break
        else:
            outs = [o + fold(names.translit_cyrillic(word[i])) for o in outs]
            i += 1
    return list(dict.fromkeys(outs))


def _alt_vietnamese_translit(words: list[str]) -> str:
    """Russian spells Vietnamese names by sound (Чонг = Trọng, Фу = Phú): try those letters."""
    out = []
    for w in words:
        for a, b in _VI_RU:
            w = w.replace(a, b)
        out.append(fold(names.translit_cyrillic(w)))
    return " ".join(out)


def normalise(s: str) -> str:
    """The form every string is compared in: names.fold, then rapidfuzz's default_process."""
    return default_process(fold(s))


_HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "madam", "comrade", "ông", "bà", "г-н", "господин"}


def _inside_unknown_name(q, free: list[bool], i: int) -> bool:
    """'the Long Phu 1 plant': a name part glued to other capitalised words nobody is called
    belongs to another proper name (a project, a place), not to the person who shares it."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(q.tokens) and free[j] and q.tokens[j] not in _HONORIFICS and q.raw_has_capital(j):
            return True
    return False
