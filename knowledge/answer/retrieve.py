"""Plan → candidate sentences: narrow by the entities asked about, then search their words.

Narrowing comes first because BM25 over a large store scores every row that matches a common
word: the sentences tied to the asked actors (an indexed table) and the articles in which all
of them occur are few, and only those are searched and ranked. A question naming nobody is
searched with its rarest words first (AND), then any of them (OR), with a row limit.
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache
from itertools import starmap
from typing import TYPE_CHECKING
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from knowledge import lazy_re
from knowledge.names import DEMONYMS, canonical_org, country_variants, fold, strip_diacritics
from knowledge.answer.attribution import LEAD_PHRASE, PLURAL_BACK, refers_back  # noqa: F401 (re-exported)
from knowledge.answer.intent import Plan
from knowledge.answer.irregular_verbs import other_forms
from knowledge.answer.ties import carry_pronouns, tie_by_demonym, tie_by_name
from knowledge.match.name_forms import swaps
from knowledge.match.roles import TITLE_WORDS

if TYPE_CHECKING:
    from knowledge.answer.store_memo import StoreMemo

MAX_SOURCES = 30  # articles naming every asked entity that are searched at most
MAX_ROWS = 200  # sentences found by their words alone, at most
RARE = 1000  # a word in more sentences than this is common: never searched alone


@dataclass(slots=True)  # (slots: hundreds per question, their fields read in every feature)
class Candidate:
    sentence_id: int
    source_id: int
    position: int
    paragraph: int
    text: str
    bm25: float = 0.0  # BM25 of the question's words over the candidates (rank.local_bm25); higher is better
    ties: dict[int, str] = field(default_factory=dict)  # actor id -> how the sentence refers to it
    before: str = ""  # the sentence before it in its paragraph, once the re-ranking needs it (preceding.py)


@dataclass
class Retrieved:
    candidates: list[Candidate]
    cooccur: bool  # some article names every asked entity
    terms: list[str]  # the search terms after typo repair
    unknown_terms: list[str]  # content words no article contains (even fuzzily)
    df: dict[str, int] = field(default_factory=dict)  # sentences with each term, counted up to RARE + 1


_SUFFIX = lazy_re.compile(r"(ings|ing|ions|ion|ed|es|s|al|ly|ments|ment|ers|er)$")


_SHORT_PLURAL = lazy_re.compile(r"[a-z][aeiou]ys$")
_CONSONANT_Y = lazy_re.compile(r"[^aeiouy]y$")
_SPELLING = [(lazy_re.compile(r"ense(s|d)?$"), r"ence\1"), (lazy_re.compile(r"i(z)(e|es|ed|ing|ation|ations)$"), r"is\2"),
             (lazy_re.compile(r"(?<=\w\w)([^aeiout])our(s)?$"), r"\1or\2"), (lazy_re.compile(r"([^aeiou])tre(s)?$"), r"\1ter\2")]


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude English stem for comparing a question's words with a sentence's ('signings' ~ 'signed'),
    British and American spellings made one ('defense' ~ 'defence', 'organize' ~ 'organise')."""
    w = fold(word)
    for rx, repl in _SPELLING:
        w = rx.sub(repl, w)
    if len(w) == 4 and _SHORT_PLURAL.match(w):
        return w[:-1]  # 'days' ~ 'day', 'ways' ~ 'way': too short for the suffixes below
    s = _SUFFIX.sub("", w) if len(w) > 4 else w
    if w.endswith(("ply", "lly")) and s == w[:-2] and (len(s) < 4 or s[-1] == s[-2]):
        # 'reply', 'apply', 'supply' are no adverbs: "repli" as "replied", "supplies"; 'fully' is 'full'
        s = w[:-1] if w.endswith("lly") else w
    if len(s) < 4 and w.endswith("er"):
        s = w  # 'offer', 'power', 'order' are words of their own, not 'off' + 'er'
    if s == w and len(w) > 3 and w.endswith("e"):
        s = w[:-1]  # the bare verb loses the 'e' its inflections lose: "urge" ~ "urged", "agree" ~ "agreed"
    return i_for_y(s if len(s) >= 3 else w)


def i_for_y(s: str) -> str:
    """A final 'y' after a consonant as the 'i' of its inflections: "company" ~ "companies",
    "study" ~ "studied"."""
    return s[:-1] + "i" if len(s) > 3 and _CONSONANT_Y.search(s) else s


def _fts_term(t: str) -> str:
    return '"' + t.replace('"', "") + '"'


def in_vocab(conn: sqlite3.Connection, term: str) -> bool:
    try:
        return conn.execute("SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT 1",
                            ["text : " + _fts_term(term)]).fetchone() is not None
    except sqlite3.Error:
        return False


_ORDINAL_WORDS = ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
                  "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth").split()


def ordinal(n: int) -> str:
    """'1st', '2nd', '11th', '23rd'."""
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


ORDINAL_OF = {ordinal(n): w for n, w in enumerate(_ORDINAL_WORDS, 1)}
ORDINAL_OF.update({"30th": "thirtieth", "40th": "fortieth", "50th": "fiftieth", "60th": "sixtieth",
                    "70th": "seventieth", "80th": "eightieth", "90th": "ninetieth", "100th": "hundredth"})
ORDINAL_OF.update({w: n for n, w in list(ORDINAL_OF.items())})


def repair_terms(store: StoreMemo, terms: list[str], vocab: list[str] | None) -> tuple[list[str], list[str]]:
    """Typo repair: a word no sentence contains becomes the closest word of the store's vocabulary,
    unless the articles may word it otherwise (a paraphrase the ranking knows)."""
    from knowledge.answer.paraphrases import has_paraphrase  # (it imports this module)
    from knowledge.answer.region_words import term_forms
    from knowledge.answer.word_forms import article_form

    out, unknown = [], []
    for t in terms:
        if store.in_vocab(t) or has_paraphrase(t):  # "pledge" in no article: "would", "vowed" are
            out.append(t)
            continue
        if any(store.in_vocab(f) for f in term_forms(t)):  # "Asian" where the article writes Asia or Japan
            out.append(t)
            continue
        other = ORDINAL_OF.get(t)  # "the 8th dialogue" where the article writes "eighth", or back
        if other and store.in_vocab(other):
            out.append(other)
            continue
        written = article_form(store.in_vocab, t)  # "percentage" where it writes "percent", "suspension" "suspend"
        if written:
            out.append(written)
            continue
        best = store.swapped_word(t)  # 'minsiter', 'Hnaoi': two neighbouring letters swapped
        best = best or store.slip_word(t)  # 'capcity', 'grup': a letter left out, changed or one too many
        best = best or (store.closest_word(t, vocab) if vocab and len(t) >= 5 else None)
        best = best or compound_head(store, t)
        if best:
            out.append(best)
        elif store.titled(t):  # "the Tết meeting": a word of an article's headline, no sentence's (title_words)
            out.append(t)
        else:
            unknown.append(t)
    return out, unknown


def compound_head(store: StoreMemo, word: str) -> str | None:
    """'warships' where the articles write 'ships', 'airfields' where they write 'fields': the longest
    word of the store (five letters or more: "ines" is no head of "philippines") that a question's unknown
    compound ends with."""
    if len(word) < 7 or not word.isalpha():
        return None
    # the head is written as a word, not only a word of the same search stem ('anied' and 'any')
    return next((word[k:] for k in range(3, len(word) - 4) if store.in_vocab(word[k:]) and _written(store.conn, word[k:])),
                None)


def _written(conn: sqlite3.Connection, word: str) -> bool:
    rows = conn.execute("SELECT s.text FROM passages_fts f JOIN sentences s ON s.id = f.rowid WHERE passages_fts MATCH ?"
                        " LIMIT 20", ["text : " + _fts_term(word)]).fetchall()
    want = stem(word)
    return any(stem(w) == want for (t,) in rows for w in re.findall(r"[a-z0-9]+", fold(t)))


def named_sources(conn: sqlite3.Connection, slot: set[int]) -> set[int]:
    """Articles whose text names one of the slot's actors by a proper-name alias, whether or not
    the extractor listed the actor for that article ('in Kazan' where Kazan was no actor there)."""
    ids = ",".join(str(int(a)) for a in slot) or "NULL"
    # (an acronym too, however short: "TH", "VTB", an organisation the loader tied to no sentence)
    aliases = [a for (a,) in conn.execute(f"SELECT DISTINCT alias FROM aliases WHERE actor_id IN ({ids})")]
    # a listed organisation by every spelling the registry knows ("Communist Party of Viet Nam", "CPV")
    aliases += [v for org in {canonical_org(a) for a in aliases} - {None} for v in country_variants(org)]
    names = {fold(a) for a in aliases if a[:1].isupper() and not a.lower().startswith("the ") and len(a) >= 4
             or a.isupper() and a.isalpha() and len(a) >= 2}
    names |= {d for a in slot for d in demonyms(conn, a)}  # "Russian weapons" in an article never writing "Russia"
    out: set[int] = set()
    for n in names | {v for n in names for v in possessives(n)}:
        phrase = '"' + n.replace('"', "") + '"'
        out |= {r[0] for r in conn.execute(
            "SELECT DISTINCT s.source_id FROM passages_fts f JOIN sentences s ON s.id = f.rowid"
            " WHERE passages_fts MATCH ?", ["text : " + phrase])}
    return out


def possessives(name: str) -> list[str]:
    """A name the loader keeps without its possessive ("people army") as the text's words run ("people s
    army" for "People's Army", "women s union"): the name with an "s" after one of its first words."""
    words = name.split()
    return [" ".join([*words[:i + 1], "s", *words[i + 1:]]) for i in range(len(words) - 1)] if 2 <= len(words) <= 4 and \
        "s" not in words else []


_DEMONYMS_OF: dict[str, tuple[str, ...]] = {}
for _d, _c in DEMONYMS.items():
    _DEMONYMS_OF[_c] = (*_DEMONYMS_OF.get(_c, ()), _d)


def demonyms(conn: sqlite3.Connection, actor_id: int) -> tuple[str, ...]:
    """How an article names a country actor by its adjective ("russian", "vietnamese"); () for others."""
    row = conn.execute("SELECT name FROM actors WHERE id = ? AND kind = 'country'", [actor_id]).fetchone()
    return _DEMONYMS_OF.get(row[0], ()) if row else ()


def sources_with_all(store: StoreMemo, slots: list[set[int]], kinds: dict[int, str]) -> set[int] | None:
    """Articles in which every slot is tied to some sentence or named in the text (None when
    nothing is asked about)."""
    common: set[int] | None = None
    for slot in slots:
        srcs = {s for a in slot for s in store.actor_sources(a)}
        placey = all(kinds.get(a) in ("place", "country") for a in slot)
        if len(srcs) < MAX_SOURCES or placey:  # named in passing, not an actor of that article
            srcs |= store.named_sources(slot)
        common = srcs if common is None else common & srcs
        if not common:
            return set()
    return common


def search_ids(conn: sqlite3.Connection, match: str, limit: int) -> list[int]:
    """Matching sentence ids, unranked (ranking every match of a common word is what costs)."""
    try:
        return [r[0] for r in conn.execute("SELECT rowid FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?",
                                           [match, limit])]
    except sqlite3.Error:
        return []


def doc_count(conn: sqlite3.Connection, term: str, cap: int = RARE, prefix: bool = False) -> int:
    """How many sentences have the word (or, `prefix`, a word starting with it), counted up to `cap`
    (enough to tell rare from common)."""
    try:
        return conn.execute("SELECT count(*) FROM (SELECT 1 FROM passages_fts WHERE passages_fts MATCH ? LIMIT ?)",
                            ["text : " + _fts_term(term) + ("*" if prefix else ""), cap + 1]).fetchone()[0]
    except sqlite3.Error:
        return 0


def _search_open(store: StoreMemo, terms: list[str], df: dict[str, int]) -> list[int]:
    """No entity to narrow by: sentences with all the words; else with any of the rare ones. A word
    is searched with its usual paraphrases ('pledge' finds 'promised'), those rare enough to narrow."""
    if not terms:
        return []
    groups = {t: _with_paraphrases(store, t) for t in terms}
    hits: list[int] = []
    if len(terms) > 1:
        hits = store.search_ids("text : (" + " AND ".join(groups[t] for t in terms) + ")", MAX_ROWS)
        if len(hits) >= MAX_ROWS:
            return hits
    # few sentences have every word: the answer may lack one ("held", "city"), so those with any
    # rare word come after them, up to the row limit (ranking sorts them)
    rare = [t for t in terms if df[t] <= RARE] or terms[:1]
    have = set(hits)
    more = store.search_ids("text : (" + " OR ".join(groups[t] for t in rare) + ")", MAX_ROWS)
    return (hits + [i for i in more if i not in have])[:MAX_ROWS]


def _with_paraphrases(store: StoreMemo, term: str) -> str:
    from knowledge.answer.paraphrases import paraphrases  # (it imports this module)
    from knowledge.answer.word_forms import verb_stems

    alts = [_fts_term(term)] + [_fts_term(f) for f in other_forms(term)] + [
        _fts_term(y) + "*" for y in (*paraphrases(term), *verb_stems(term)) if 0 < store.doc_count(y, prefix=True) <= RARE]
    return alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"


def _busiest(store: StoreMemo, sources: set[int], slots: list[set[int]]) -> set[int]:
    """Of many articles naming everyone asked about, those with the most sentences about them
    (sentence-actor ties of the asked actors; an article with none is never among them)."""
    counts: dict[int, int] = {}
    for a in {a for slot in slots for a in slot}:
        for s, n in store.actor_sources(a).items():
            if s in sources:
                counts[s] = counts.get(s, 0) + n
    return set(sorted(counts, key=lambda s: (-counts[s], -s))[:MAX_SOURCES])


def name_forms(conn: sqlite3.Connection, actor_id: int) -> tuple[str, ...]:
    """A person's proper-name aliases ("Chinh", "Pham Minh Chinh") without diacritics, in their
    own case (a short given name such as "Man" or "Loc" is a name only when capitalised), as
    ' Word Word '. An alias with a lower-case word ("Russian counterpart", "Governor of Moscow
    province") is a role the loader kept for one article, not a name to find in every other. A
    name of three words may end in a given name of two letters ("Dao Viet Ha", "Tran Thi Vy")."""
    out = set()
    for (alias,) in conn.execute("SELECT DISTINCT alias FROM aliases WHERE actor_id = ?", [actor_id]):
        words = re.findall(r"\w+", strip_diacritics(alias))
        if alias[:1].isupper() and not alias.lower().startswith(("the ", "mr", "ms")) and words and (len(
                words[-1]) >= 3 or len(words) >= 3) and words[-1].lower() not in TITLE_WORDS and all(
                w[:1].isupper() or len(w) < 4 for w in words):  # "Russian counterpart" is no name
            out.add(" " + " ".join(words) + " ")
    return tuple(sorted(out))


def swapped_word(conn: sqlite3.Connection, term: str) -> str | None:
    """The word the articles write (as written, not a stem: 'polit' is no 'pilot') that a typed word
    of five letters or more is with two neighbouring letters swapped; None if none. A shorter word
    is too often another word ('sing', 'sign')."""
    for cand in swaps(term, apart=False) if len(term) >= 5 else ():
        try:
            if conn.execute("SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1",
                            [_fts_term(cand)]).fetchone():
                return cand
        except sqlite3.Error:
            return None
    return None


def closest_word(term: str, vocab: list[str]) -> str | None:
    """The store's word a misspelt one most likely stands for (same first two letters), if any."""
    hit = process.extractOne(term, vocab, scorer=fuzz.ratio, score_cutoff=84)
    return hit[0] if hit and hit[0][:2] == term[:2] else None


def _rows(store: StoreMemo, sources: set[int] | None, extra: list[int], slots: list[set[int]],
          named: list[set[int]], kinds: dict[int, str], plural: bool, speaker: bool) -> list:
    """The candidate sentences: those of the articles, then those found by their words, with the
    ties found by name, adjective and pronoun; for "what did X say", only X's."""
    rows = store.sentences(sources) if sources is not None else []
    if extra:
        have = {r[0] for r in rows}
        rows = rows + store.sentences_by_id([i for i in extra if i not in have][:MAX_ROWS])
    rows = tie_by_demonym(store, tie_by_name(store, rows, slots, kinds), slots, kinds)
    rows = carry_pronouns(rows, kinds, plural=plural)
    if speaker:
        # "what did X say …": only sentences of X's (statements, or X named with the asked verb); not
        # where the one speaking is told by his body or place only ("the guest from Tatarstan")
        # ("Both …", "The two men …" are theirs when two or more are asked about)
        asked, many = set().union(*named), len(named) >= 2
        rows = [_passing_dropped(store, r, asked, kinds) for r in rows]
        rows = [r for r in rows if any(a in asked for a, _how in r[5]) or (refers_back(r[4]) or many and PLURAL_BACK.search(
            r[4])) and not any(kinds.get(a) == "person" and a not in asked for a, _how in r[5])]
    return rows


def _in_passing(store: StoreMemo, actor: int, how: str, text: str) -> bool:
    """A person the sentence only writes by his proper name ('"…," the master said of the Buddha') is
    not the one its pronoun or role subject points back at: no reason to drop it for the asked speaker."""
    if how != "named":
        return False
    plain = " " + " ".join(re.findall(r"\w+", strip_diacritics(text))) + " "
    return any(f in plain for f in store.name_forms(actor))


def _passing_dropped(store: StoreMemo, row: tuple, asked: set[int], kinds: dict[int, str]) -> tuple:
    """For "what did X say": a sentence whose subject points back ('"…," the conductor said') keeps no tie
    to another person it only writes by name ('the songs of Pham Tuyen'): he is not the one speaking."""
    if not any(how == "named" and kinds.get(a) == "person" and a not in asked for a, how in row[5]) or not refers_back(row[4]):
        return row
    ties = tuple((a, how) for a, how in row[5] if a in asked or kinds.get(a) != "person" or not _in_passing(store, a, how, row[4]))
    return (*row[:5], ties, *row[6:])


def retrieve(store: StoreMemo, plan: Plan, kinds: dict[int, str], vocab: list[str] | None = None,
             repaired: tuple[list[str], list[str]] | None = None) -> Retrieved:
    """Sentences of the articles naming every entity asked about by name, and the best BM25
    matches anywhere (a role or a fuzzy guess may have picked the wrong person). `repaired`:
    repair_terms of the plan's terms, when the caller has them already."""
    terms, unknown = repaired or repair_terms(store, plan.terms, vocab)
    named = [s for s, h in zip(plan.slots, plan.hard) if h]
    sources = sources_with_all(store, named, kinds) if named else None
    if sources is not None and not sources:
        return Retrieved([], False, terms, unknown, {})
    if sources is None and plan.slots:
        sources = sources_with_all(store, plan.slots, kinds) or None
    if sources is not None and len(sources) > MAX_SOURCES:
        sources = _busiest(store, sources, named or plan.slots)
    df = {t: store.doc_count(t) for t in terms}
    if sources is None:  # a word only a headline writes: that article's sentences are searched too
        sources = store.titled_sources(terms, df)
    extra = _search_open(store, terms, df) if not named else []
    extra += store.followers(extra)  # "Its route passes …" after the sentence naming the ferry service
    plural = plan.answer_type not in ("date", "place", "person")
    speaker = plan.speaker_asked and any(kinds.get(a) == "person" for slot in named for a in slot)
    key = (None if sources is None else frozenset(sources), tuple(extra), tuple(map(frozenset, plan.slots)),
           tuple(plan.hard), plural, speaker)
    # (a Candidate's fields: ranking sets its bm25, so each question gets its own; nothing changes its ties)
    rows = store.candidate_rows(key, lambda: [(r[0], r[1], r[2], r[3], r[4], 0.0, dict(r[5])) for r in _rows(
        store, sources, extra, plan.slots, named, kinds, plural, speaker)])
    cands = list(starmap(Candidate, rows))
    return Retrieved(cands, True, terms, unknown, df)
