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

_CYR = re.compile(r"[\u0400-\u04FF]")  # a Cyrillic letter

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
# Portfolio and chamber words that qualify a title ("education minister", "Deputy Chairwoman of the
# Federation Council"): a role in a question must find every one of them in a title it matches.
PORTFOLIO = {"education", "training", "science", "higher", "technology", "health", "culture", "sport", "sports",
             "tourism", "agriculture", "rural", "transport", "energy", "labour", "labor", "construction",
             "planning", "investment", "natural", "resources", "environment", "information", "communications",
             "home", "security", "public", "emergency", "emergencies", "digital", "economy", "youth", "affairs",
             "federation", "council", "duma", "senate", "parliament", "parliamentary", "congress", "legislative",
             "central", "military", "army", "navy", "navy", "police", "border", "commerce", "external",
             "internal", "ethnic", "religious", "veterans", "social", "welfare", "labour", "fisheries",
             "industrial", "oil", "gas", "atomic", "nuclear", "space", "bank", "banking", "customs",
             "united", "politburo", "secretariat", "inspection", "supreme", "court", "provincial", "regional",
             "city", "district", "commune", "front", "fatherland", "union", "chamber", "general", "staff"}
# Words a question may put before a title that qualify nobody ("the current president").
_IGNORABLE = {"top", "senior", "current", "incumbent", "sitting", "outgoing", "then", "present", "serving",
              "visiting", "host", "hosting", "guest", "high", "ranking", "highest", "key", "main", "chief",
              "powerful", "well", "known", "famous", "respective", "counterpart", "counterparts"}
# Title words: never a person's name, whatever their case ("Vice President Dang ..." asks no 'Vice').
TITLE_WORDS = {"vice", "deputy", "first", "acting", "minister", "ministers", "president", "presidents", "chairman",
               "chairwoman", "chairperson", "chair", "prime", "premier", "general", "secretary", "ambassador",
               "governor", "mayor", "senator", "speaker", "director", "head", "chief", "chancellor", "envoy",
               "consul", "commissioner", "spokesman", "spokeswoman", "spokesperson", "undersecretary", "permanent",
               "standing", "member", "politburo", "lieutenant", "colonel", "admiral", "marshal", "defence",
               "defense", "foreign", "party", "state", "national", "assembly", "federation", "council", "duma",
               "senate", "parliament", "education", "training", "science", "trade", "industry", "affairs",
               "leader", "official", "diplomat", "king", "queen", "prince", "emperor", "pm", "fm", "vp",
               # Vietnamese and Russian title words (folded)
               "pho", "chu", "tich", "thu", "tuong", "bo", "truong", "tong", "bi", "dai", "su",
               "вице", "заместитель", "министр", "президент", "председатель", "премьер", "посол", "губернатор",
               "мэр", "генеральный", "секретарь", "vitse", "zamestitel", "ministr", "prezident", "predsedatel",
               "prem'er", "premer", "posol", "gubernator", "mer", "generalnyi", "sekretar"}
_TITLE_STOP = {"of", "the", "and", "for", "s", "to", "in", "on", "at", "a", "an", "&"}
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
    head_toks = set(head.split()) | {"deputy"}
    mods = frozenset(_stem_mod(t) for t in toks if t not in _TITLE_STOP and t not in head_toks
                     and not (_DEMONYMS.get(t) or _COUNTRY_OF.get(t)) and not t.isdigit())
    if head == "foreign minister":
        mods -= {"foreign", "affairs"}
    return Role(head=head, mods=mods - {"deputy"}, nat=nat, deputy="deputy" in toks)


def _stem_mod(t: str) -> str:
    """'sports' ~ 'sport', 'affairs' stays: a qualifier compared without its plural 's'."""
    return t[:-1] if len(t) > 4 and t.endswith("s") and not t.endswith(("ss", "affairs")) else t


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
    need = set(q.mods) - _IGNORABLE
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
    unknown_role_spans: list[tuple[int, int]] = field(default_factory=list)
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
        for f, ids in self.exact.items():
            if " " not in f and len(f) >= 5:
                self.stems.setdefault(f, set()).update(ids)
        self.choices = [f for f in self.exact if len(f) >= 4]
        self.max_n = max((len(f.split()) for f in self.exact), default=1)
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

    def by_role(self, role: Role, qualifier: str | None = None) -> set[int]:
        """The actors whose titles fit the role best. A place qualifier ("the Quang Ninh Party
        Secretary") must be written in one of the actor's titles or aliases, else the actor is out."""
        scored: dict[int, int] = {}
        for aid, roles in self.titles.items():
            best = max((role_fits(role, t) for t in roles), default=0)
            if best:
                if role.nat and not (role.nat & self.nationality.get(aid, set())):
                    continue
                if qualifier and not any(f" {qualifier} " in t for t in self.title_text.get(aid, ())):
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
                elif n >= 2 and (ids := self.runs.get(phrase)):
                    claim(i, i + n, ids, 95, "alias")
                elif 2 <= n <= 4:
                    self._by_surname(q, i, n, free, claim)
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
                cyr = _CYR.search(raw[i]) is not None
                if n == 1 and cyr and len(phrase) >= 4:  # any case of a known name word: "Олегом", "Лаврову"
                    form_ids = next((ids for f in ru_name_forms(raw[i])[1:]
                                     if (ids := self.exact.get(f) or self.part.get(f))), None)
                    if form_ids:
                        claim(i, i + 1, form_ids, 88, "fuzzy")
                        continue
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
                if best is not None and n >= 2 and not cyr and not _each_word_close(window, best[0]):
                    best = None  # "Dmitry Kozlov" is not "Dmitry Belov": every word must be near one of the name's
                if best is not None:
                    claim(i, i + n, self.exact[best[0]], best[1], "fuzzy")
        self._drop_titles_of_others(found)
        return found

    def _place_qualifier(self, q: Question, toks: list[str], a: int, b: int, i: int, head_len: int,
                         free: list[bool]) -> tuple[int, int, str | None]:
        """Capitalised words naming a place or region next to a role: before it ("the Quang Ninh Party
        Secretary", "the Primorsky governor") or after 'of' when no name follows ("the Governor of
        Primorsky Krai", "Secretary of the Thai Binh Provincial Party Committee"). A person's name is
        no qualifier, nor a country alone (that is a nationality), nor capitalised words that are
        neither a known place nor written in anyone's title."""
        def word(k: int) -> bool:
            t = toks[k]
            return (q.raw_has_capital(k) and t.isalpha() and t not in COMMON and t not in TITLE_WORDS
                    and t not in ROLE_MODS and t not in PORTFOLIO
                    and not any(self.kind(x) == "person" for x in self.exact.get(t, set()) | self.part.get(t, set())))

        def place(ws: list[str]) -> bool:
            phrase = " ".join(ws)
            if len(ws) == 1 and (phrase in _DEMONYMS or phrase in _COUNTRY_OF):
                return False
            return bool(names.canonical_place(phrase) or any(self.kind(x) == "place" for x in self.exact.get(phrase, set()))
                        or all(w in self.title_words for w in ws))

        qa = a
        while qa > 0 and free[qa - 1] and word(qa - 1) and a - qa < 3:
            qa -= 1
        for x in range(qa, a):
            if place(toks[x:a]):
                return x, b, " ".join(toks[x:a])
        j = i + head_len
        if j < len(toks) and toks[j] == "of":
            k = j + 1 + (j + 1 < len(toks) and toks[j + 1] == "the")
            e = k
            while e < len(toks) and word(e) and e - k < 3:
                e += 1
            f = e  # "... Provincial Party Committee": title words that close the phrase
            while f < len(toks) and q.raw_has_capital(f) and (toks[f] in ROLE_MODS or toks[f] in PORTFOLIO):
                f += 1
            if k < e and (f == len(toks) or not q.raw_has_capital(f)) and place(toks[k:e]):
                return a, max(b, f), " ".join(toks[k:e])
        return a, b, None

    def _by_surname(self, q: Question, i: int, n: int, free: list[bool], claim) -> None:
        """'Oleg Kozhemyako' when the store knows only 'Kozhemyako': a full name whose last word is a
        person's surname-only name or alias, with given names the store doesn't contradict, is that
        person. Persons stored with other given names ('Nikolai Patrushev' for 'Dmitry Patrushev')
        never match; if that leaves nobody, the whole name stays unmatched (a stranger, declined),
        so neither its first name ('Dmitry' Medvedev) nor its surname picks someone else."""
        given = list(range(i, i + n - 1))
        if not all(self._name_like(q, k) for k in given):
            return
        if i > 0 and free[i - 1] and self._name_like(q, i - 1):
            return  # part of a longer name: its own (longer) window decides
        last = i + n - 1
        if not q.raw_has_capital(last):
            return
        ids: set[int] = set()
        for form in self._name_forms(q, last):
            ids = {a for a in self.exact.get(form, set()) | self.part.get(form, set()) if self.kind(a) == "person"
                   and fold(self.name(a)).split()[-1] == form}  # the surname, never a middle name ("Van")
            if ids:
                break
        if not ids:
            return
        asked = [self._name_forms(q, k) for k in given]
        keep = {a for a in ids if self._given_fit(asked, a)}
        if keep:
            claim(i, i + n, keep, 92, "alias")
        else:
            for k in range(i, i + n):
                free[k] = False  # unclaimed: the question names someone the store doesn't know

    def _name_like(self, q: Question, k: int) -> bool:
        t = q.latin[k]
        return (q.raw_has_capital(k) and t.isalpha() and t not in COMMON and q.tokens[k] not in COMMON
                and t not in TITLE_WORDS and q.tokens[k] not in TITLE_WORDS and k not in q.date_idx
                and t not in _DEMONYMS and t not in _COUNTRY_OF and not self.exact.get(t))

    def _name_forms(self, q: Question, k: int) -> list[str]:
        """The Latin forms a name word of the question may stand for: as written, and for a Russian
        word its stems without a case ending ('Олегом' -> 'oleg', 'Патрушевым' -> 'patrushev')."""
        return ru_name_forms(q.tokens[k]) if _CYR.search(q.tokens[k]) else [q.latin[k]]

    def _given_fit(self, asked: list[list[str]], aid: int) -> bool:
        """No given name of the stored person contradicts the asked ones (a surname-only person never does)."""
        toks = fold(self.name(aid)).split()
        if len(toks) < 2:
            return True
        have = toks[:-1] if len(toks) > 1 else []
        have = [t for t in have if t not in TITLE_WORDS] or have
        for forms in asked:
            if forms and forms[0].endswith(("ovich", "evich", "ovna", "evna", "ich", "vna")):
                continue  # a patronymic the store may leave out
            if not any(fuzz.ratio(f, t) >= 75 for f in forms for t in have):
                return False
        return True

    def _drop_titles_of_others(self, found: Found) -> None:
        """'President Dang Thi Ngoc Lan': a title written right before a name is that person's title.
        When the name's actors don't hold it, the name wins (never a second, unrelated person)."""
        names_at = {m.span[0]: m for m in found.mentions if m.how in ("alias", "fuzzy", "part")
                    and any(self.kind(a) == "person" for a in m.actor_ids)}
        keep = []
        for m in found.mentions:
            nxt = names_at.get(m.span[1]) if m.how == "role" else None
            if nxt is not None and not (m.actor_ids & nxt.actor_ids):
                continue
            if nxt is not None:  # "Deputy Prime Minister Kravtsov": the title is his alone
                m.actor_ids &= nxt.actor_ids
            keep.append(m)
        found.mentions = keep
        # "Acting Minister Le Van Tam": a title nobody holds, written before a known name, is hers
        for k in range(len(found.unknown_roles) - 1, -1, -1):
            if k < len(found.unknown_role_spans) and found.unknown_role_spans[k][1] in names_at:
                del found.unknown_roles[k]
                del found.unknown_role_spans[k]

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

    @staticmethod
    def _qualifier(q: Question, toks: list[str], k: int, before: bool) -> bool:
        """May token k qualify the title next to it ("the Vietnamese education minister")? Role and
        portfolio words, demonyms and countries; before a title also any other lower-case word that
        carries content ("the sports minister"), so that no qualifier is silently dropped."""
        t = toks[k]
        if t in ROLE_MODS or t in PORTFOLIO or t in _DEMONYMS or t in _COUNTRY_OF or t in _IGNORABLE:
            return True
        if t in ("foreign", "prime", "general", "vice", "chief", "head"):
            return True
        if before and q.lang == "en" and t.isalpha() and len(t) >= 3 and t not in COMMON \
                and not q.raw_has_capital(k):
            return True
        return False

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
            while a > 0 and free[a - 1] and self._qualifier(q, ctoks, a - 1, before=True):
                a -= 1
            b = i + head_len
            # "president of Russia", Vietnamese/Russian order "president russia"
            if b < n and ctoks[b] == "of" and b + 1 < n and (ctoks[b + 1] in _COUNTRY_OF or ctoks[b + 1] == "the"):
                b += 2 if ctoks[b + 1] in _COUNTRY_OF else 0
            elif b < n and ctoks[b] in _COUNTRY_OF and q.lang in ("vi", "ru") and free[b]:
                b += 1
            if b + 2 <= n and ctoks[b : b + 2] == ["of", "the"] and b + 2 < n and ctoks[b + 2] in _COUNTRY_OF:
                b += 3
            # "Minister of Education and Training", "Chairwoman of the Federation Council";
            # Vietnamese/Russian put the portfolio after the head ("bo truong giao duc")
            k = b + 1 if b < n and ctoks[b] == "of" else (b if q.lang in ("vi", "ru") else n)
            if k < n and ctoks[k] == "the" and b < n and ctoks[b] == "of":
                k += 1
            end = k
            while end < n and free[end] and (ctoks[end] in PORTFOLIO or ctoks[end] in ROLE_MODS
                                             or ctoks[end] in _DEMONYMS or ctoks[end] in _COUNTRY_OF
                                             or (ctoks[end] == "and" and end + 1 < n and end > k
                                                 and ctoks[end + 1] in PORTFOLIO | ROLE_MODS)):
                end += 1
            if end > k and ctoks[end - 1] != "and":
                b = end
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
                qa, qb, qual = self._place_qualifier(q, ctoks, a, b, i, head_len, free)
                a, b = min(a, qa), max(b, qb)
                ids = self.by_role(role, qual)
                if ids:
                    claim(a, b, ids, 90, "role")
                else:
                    found.unknown_roles.append(" ".join(ctoks[a:b]))
                    found.unknown_role_spans.append((a, b))
                    for k in range(a, b):
                        free[k] = False
                        found.claimed.add(k)
            i = b


_VI_RU = [("нг", "ng"), ("ч", "tr"), ("ф", "ph"), ("з", "d"), ("ы", "u"), ("х", "h"), ("к", "c")]


_RU_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой", "ей", "ою", "ею",
               "ах", "ях", "ам", "ям", "ю", "у", "а", "е", "я", "и", "ы")


_RU_INDECLINABLE = ("ко", "енко", "ых", "их", "аго", "яго", "ово", "ваго")
_RU_NOMINATIVE = ("", "а", "я", "и", "ии", "ь", "ыи")


def ru_name_forms(word: str) -> list[str]:
    """Latin forms of a Russian name word in any case: the word itself, then its stems without a case
    ending (instrumental -ом/-ем/-ой/-ей/-ым/-им, genitive -а/-я/-ы/-и, dative -у/-ю, prepositional -е)
    with the usual nominative endings put back. Indeclinable surnames (-ко, -енко, -ых) stay as they are."""
    w = fold(word)
    out = [w]
    if not w.endswith(_RU_INDECLINABLE):
        for e in ("ым", "им", "ом", "ем", "ой", "ей", "ою", "ею", "ого", "его", "ому", "ему",
                  "а", "я", "ы", "и", "у", "ю", "е"):
            if w.endswith(e) and len(w) - len(e) >= 3:
                stem = w[: -len(e)]
                out.extend(stem + n for n in _RU_NOMINATIVE)
    forms = []
    for f in dict.fromkeys(out):
        forms.append(fold(names.translit_cyrillic(f)))
        if f.endswith("ии"):  # "дмитрии" (folded й) -> "dmitry"
            forms.append(fold(names.translit_cyrillic(f[:-2])) + "y")
    return list(dict.fromkeys(forms))


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


def _each_word_close(words: list[str], alias: str) -> bool:
    """Every word of a multi-word name is a close spelling of some word of the alias it fuzzily matched."""
    toks = alias.split()
    return all(max((fuzz.ratio(w, t) for t in toks), default=0) >= 65 for w in words)


def normalise(s: str) -> str:
    """The form every string is compared in: names.fold, then rapidfuzz's default_process."""
    return default_process(fold(s))


_HONORIFICS = {"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "madam", "comrade", "ông", "bà", "г-н", "господин"}


def _inside_unknown_name(q, free: list[bool], i: int) -> bool:
    """'the Long Phu 1 plant': a name part glued to other capitalised words nobody is called
    belongs to another proper name (a project, a place), not to the person who shares it."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(q.tokens) and free[j] and q.tokens[j] not in _HONORIFICS and q.tokens[j] not in TITLE_WORDS \
                and q.raw_has_capital(j):
            return True
    return False
