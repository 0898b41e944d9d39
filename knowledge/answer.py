"""The answer engine: a question -> facts from the store -> an Answer with verbatim, cited quotes.

Reads the store read-only through a plain sqlite3 connection and never imports spaCy, so
opening is quick. At open it builds the actor index (aliases, titles, nationalities); each
question then costs a few indexed SQL queries. A question is answered only when facts satisfy
everything it names (every person, the place, the date, the topic); otherwise the engine says its
sources don't cover it and suggests questions it can answer, checked by asking them.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from knowledge import names, pipeline, reply
from knowledge.context import apply_context, make_context
from knowledge.facts import Answer, Citation, Source, TimelineItem
from knowledge.match import TITLE_WORDS, ActorIndex, Found, Mention
from knowledge.names import fold
from knowledge.question import COMMON, RELATION_WORDS, Question, parse
from knowledge.topics import TOPIC_KEYWORDS, TOPIC_SYNONYMS, topics_of

EVENT_KINDS = ("who_met", "when", "where", "occasion", "visit", "met")
_START_WORDS = {"established", "establish", "establishing", "founded", "formed", "began", "begin", "started", "start",
                "upgraded", "elevated", "since"}
_AGREE_FTS = 'agree* OR signed OR signing OR "joint declaration" OR "joint statement"'
_AGREE_RX = re.compile(r"\b(agree|agreed|agrees|agreement|agreements|signed|signing|joint declaration|joint statement)\b")
_AGREE_KINDS = ("(e.kind LIKE '%agree%' OR e.kind LIKE '%sign%' OR e.kind LIKE '%declar%' OR e.kind LIKE '%memorand%'"
                " OR e.kind LIKE '%treaty%' OR e.kind LIKE '%accord%')")
_SIGN_TOKENS = {"sign", "signed", "signs", "signing", "signatory", "signatories"}
_GENERIC_TOPICS = {"partnership"}
# document words a question may name ("Who signed the memorandum?"): the sentence must name it too
_DOC_WORDS = {"memorandum": "memorand", "memoranda": "memorand", "memorandums": "memorand", "mou": "memorand|mou",
              "treaty": "treat", "treaties": "treat", "declaration": "declaration", "contract": "contract",
              "contracts": "contract", "protocol": "protocol", "documents": "document", "document": "document"}
_SIGNED_WHAT = re.compile(r"\b(memorandums? of understanding|memoranda of understanding|memorand\w*|MoUs?|agreements?|"
                          r"treat(?:y|ies)|(?:cooperation )?documents?|contracts?|deals?|accords?|protocols?)\b", re.I)  # "cooperation", "relations": any agreement is about them
_CONTINUATION = re.compile(r"^(Accordingly|Under (the|this)|In particular|Specifically|Besides|The two (sides|countries|leaders))\b")
_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_ORDINALS.update({"twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "seventieth": 70,
                  "seventy-fifth": 75, "hundredth": 100})
_ANNIV = re.compile(r"\b(\d+)(?:st|nd|rd|th)|\b(" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\b",
                    re.IGNORECASE)
_REL_NAME = re.compile(
    r"\b((?:(?:comprehensive|strategic|traditional|special|close|longstanding|long-standing|reliable|"
    r"extensive|all-round|privileged|good|diplomatic|military|economic|political|defen[cs]e|trade|friendly)"
    r"\s+(?:and\s+)?)+)(partnership|friendship|relationship|relations|ties|alliance|cooperation)\b",
    re.IGNORECASE)


_FOLD_TABLE = {c: (fold(chr(c)) or " ") for c in range(0xC0, 0x2000) if len(fold(chr(c))) <= 1}
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def _fold_run(m: re.Match) -> str:
    return m.group().translate(_FOLD_TABLE)


def quick_fold(text: str) -> str:
    """names.fold for matching inside sentences, by table (fold's NFKD per character is slow).
    The table maps no ASCII character, so only the non-ASCII runs are translated: str.translate
    leaves its ASCII fast path for the whole string as soon as one character is not ASCII."""
    low = text.lower()
    return low if low.isascii() else _NON_ASCII.sub(_fold_run, low)


_FAMILIES: dict[str, str] = {}


def _family(kind: str) -> str:
    """call | visit | meet | agree (agreements, signings, declarations) | other (anniversaries):
    only the first three are somebody meeting somebody. Memoised by kind (a handful of values)."""
    fam = _FAMILIES.get(kind)
    if fam is None:
        k = kind.lower()
        if "call" in k or "phone" in k:
            fam = "call"
        elif "visit" in k or "trip" in k or "tour" in k:
            fam = "visit"
        elif re.search(r"agree|sign|declar|memorand|treaty|accord", k):
            fam = "agree"
        elif re.search(r"establish|anniversar|statement|issue", k):
            fam = "other"
        else:
            fam = "meet"
        if len(_FAMILIES) < 10_000:
            _FAMILIES[kind] = fam
    return fam


@lru_cache(maxsize=8192)
def _topics_of(text: str) -> tuple[str, ...]:
    """topics.topics_of of a stored sentence (fold + a regex per topic), memoised: the same
    sentences come back for every question about their speaker."""
    return tuple(topics_of(text))


@lru_cache(maxsize=8192)
def _canonical_place_or_country(name: str) -> str | None:
    """names.canonical_place or canonical_country of a stored place name (a small set, asked often)."""
    return names.canonical_place(name) or names.canonical_country(name)


@dataclass
class Ev:
    id: int
    kind: str
    source_id: int
    sentence_id: int
    place_id: int | None
    place: str | None
    date: str | None
    date_end: str | None
    date_phrase: str | None
    date_how: str | None
    occasion: str | None
    confidence: float
    text: str
    position: int
    parts: list[tuple[int, str]] = field(default_factory=list)

    @property
    def family(self) -> str:
        """call | visit | meet | agree (agreements, signings, declarations) | other (anniversaries):
        only the first three are somebody meeting somebody."""
        return _FAMILIES.get(self.kind) or _family(self.kind)


@dataclass
class St:
    id: int
    source_id: int
    sentence_id: int
    speaker_id: int | None
    verb: str
    content: str
    confidence: float
    text: str
    position: int
    topics: set[str] = field(default_factory=set)


class Engine:
    """Question answering over one fact store (read-only)."""

    def __init__(self, conn: sqlite3.Connection, seeds_dir: Path | None = None):
        self.conn = conn
        self.seeds_dir = seeds_dir
        self.sources_by_id: dict[int, tuple[str, str | None, str | None, str | None, str | None]] = {
            r[0]: tuple(r[1:]) for r in conn.execute("SELECT id, file, title, outlet, date, url FROM sources")}
        actors = {r[0]: (r[1], r[2], r[3]) for r in conn.execute("SELECT id, key, name, kind FROM actors")}
        aliases = list(conn.execute("SELECT DISTINCT actor_id, alias FROM aliases"))
        titles = list(conn.execute("SELECT DISTINCT actor_id, title FROM titles"))
        self.index = ActorIndex(actors, aliases, titles)
        self._load_event_index()
        self.topics = self._distinct_topics()
        self._vocab_cache: dict[str, bool] = {}
        self._suggesting = False
        self._canon_cache: dict[int, str] = {}
        self._answerable_memo: dict[tuple, bool] = {}  # names and topics that read back
        self._places_by_canon: dict[str, set[int]] | None = None
        self._locatable: set[int] = set()
        self._top_people: list[int] | None = None
        self._alias_map: dict[int, list[str]] | None = None
        self._about_memo: dict[tuple, list[str]] = {}
        self._topic_stems: dict[tuple, list[str]] = {}
        self._nationals_by: dict[str, set[int]] | None = None
        self._place_rx: re.Pattern | None = None
        self._place_rx_memo: dict[frozenset, re.Pattern | None] = {}
        self._place_forms: dict[str, int] = {}
        self._venue_rx_memo: dict[tuple, re.Pattern | None] = {}
        self._kinds: dict[int, str] | None = None
        self._total: int | None = None
        self._vocab_list: list[str] | None = None  # (venue id, place pattern) -> "<venue> in <place>"

    # -- public API ------------------------------------------------------------------------

    @classmethod
    def open(cls, db_path: str | Path | None = None, seeds_dir: str | Path | None = None) -> "Engine":
        from knowledge import store
        from knowledge.paths import default_paths

        default_seeds, default_db = default_paths()
        conn = store.connect(Path(db_path) if db_path else default_db, readonly=True)
        return cls(conn, Path(seeds_dir) if seeds_dir else default_seeds)

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass

    def __enter__(self) -> "Engine":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def ask(self, question: str, context: dict | None = None) -> Answer:
        question = (question or "").strip()
        if not question:
            return self._decline("Ask me about Vietnam–Russia meetings, visits and statements.", Found(), [], None)
        q = parse(question[:500])
        found = self.index.find(q)
        topics, topic_idx = self._topics(q)
        frame = apply_context(q, found, topics, context or {}, self.index)
        answer = self._answer(q, found, frame.topics, topic_idx, frame)
        if not frame.from_context:
            answer = pipeline.decide(self.conn, answer, q, found, self._actor_kinds(), self._n_sentences(),
                                     self._vocab(), self._cite)
        answer.context = make_context(q, found, frame, answer, self.index)
        return answer

    def _actor_kinds(self) -> dict[int, str]:
        if self._kinds is None:
            self._kinds = {r[0]: r[1] for r in self.conn.execute("SELECT id, kind FROM actors")}
        return self._kinds

    def _n_sentences(self) -> int:
        if self._total is None:
            self._total = self.conn.execute("SELECT count(*) FROM sentences").fetchone()[0]
        return self._total

    def _vocab(self) -> list[str]:
        """The store's (stemmed) words, for repairing typos in a question's words."""
        if self._vocab_list is None:
            try:
                self._vocab_list = [r[0] for r in self.conn.execute(
                    "SELECT term FROM passages_vocab WHERE col = '*' AND length(term) >= 4")]
            except sqlite3.Error:
                self._vocab_list = []
        return self._vocab_list

    def who(self, name: str) -> Answer:
        q = parse(name)
        q.kind = "profile"
        found = self.index.find(q)
        return self._profile(q, found, [])

    def timeline(self) -> list[TimelineItem]:
        ids = [r[0] for r in self.conn.execute("SELECT id FROM events ORDER BY date IS NULL, date, id LIMIT 500")]
        out = []
        # dated events in date order, then the undated ones (never between dated entries as if the
        # article's publication date were theirs)
        evs = sorted(self._dedupe(self._events(ids)), key=lambda e: (e.date is None, e.date or "", self._ev_order(e)))
        for ev in evs:
            out.append(TimelineItem(kind=ev.kind, participants=[self.index.name(a) for a, _r in ev.parts],
                                    place=ev.place, date=ev.date, date_end=ev.date_end,
                                    date_phrase=ev.date_phrase, citation=self._cite(ev.source_id, ev.sentence_id, ev.text)))
        return out

    def sources(self) -> list[Source]:
        rows = self.conn.execute("SELECT file, sha256, title, outlet, date, url FROM sources ORDER BY date, file")
        return [Source(file=r[0], sha256=r[1], title=r[2], outlet=r[3], date=r[4], url=r[5]) for r in rows]

    def paragraph(self, citation: Citation) -> Citation:
        """The citation with the whole paragraph as its quote.

        The store keeps sentences, not the text between them, so the paragraph is cut from the
        seed file itself, and only when every stored sentence of that paragraph still sits at its
        offsets in the file (the file is unchanged). Otherwise the citation comes back as it was:
        a shorter verbatim quote is honest, a paragraph glued together from sentences may not be.
        """
        if citation.sentence_id is None:
            return citation
        row = self.conn.execute(
            "SELECT s.source_id, s.paragraph, src.file FROM sentences s JOIN sources src ON src.id = s.source_id"
            " WHERE s.id = ?", [citation.sentence_id]).fetchone()
        if row is None:
            return citation
        source_id, para, file = row
        sents = list(self.conn.execute(
            'SELECT start, "end", text FROM sentences WHERE source_id = ? AND paragraph = ? ORDER BY position',
            [source_id, para]))
        if len(sents) <= 1:
            return citation
        text = self._file_text(file)
        if text is None or any(text[a:b] != t for a, b, t in sents):
            return citation
        start, end = min(s[0] for s in sents), max(s[1] for s in sents)
        return replace(citation, quote=text[start:end])

    # -- parsing helpers --------------------------------------------------------------------

    def _file_text(self, file: str) -> str | None:
        if not self.seeds_dir:
            return None
        path = self.seeds_dir / file
        try:
            data = path.read_bytes()
        except OSError:
            return None
        text = data.decode("utf-8-sig", errors="replace")
        return text

    def _topics(self, q: Question) -> tuple[list[str], set[int]]:
        """Topics named in the question (English, Vietnamese, Russian synonyms) and their tokens.
        Worked out once per question's tokens (ask and the 'said about' checks both need them);
        callers get their own copies."""
        key = tuple(q.tokens)
        memo = q.__dict__.get("_topics_memo")
        if memo is None or memo[0] != key:
            memo = (key, *self._topics_uncached(q))
            q.__dict__["_topics_memo"] = memo
        return list(memo[1]), set(memo[2])

    def _topics_uncached(self, q: Question) -> tuple[list[str], set[int]]:
        toks = q.tokens
        out: list[str] = []
        idx: set[int] = set()
        for n in (3, 2, 1):
            for i in range(len(toks) - n + 1):
                if any(k in idx for k in range(i, i + n)):
                    continue
                phrase = " ".join(toks[i : i + n])
                t = TOPIC_SYNONYMS.get(phrase)
                if t is None and n == 1 and len(phrase) > 4 and phrase.endswith("s"):
                    t = TOPIC_SYNONYMS.get(phrase[:-1])
                if t and not (n == 1 and phrase in ("help", "past", "party", "un", "ties")):
                    out.append(t)
                    idx.update(range(i, i + n))
        for t in topics_of(" ".join(toks)):
            if t not in out:
                out.append(t)
        return out, idx

    def _in_vocab(self, word: str) -> bool:
        if word not in self._vocab_cache:
            try:
                hit = self.conn.execute("SELECT 1 FROM sentences_fts WHERE sentences_fts MATCH ? LIMIT 1",
                                        [f'"{word}"' if not word.endswith("*") else f'"{word[:-1]}"*']).fetchone()
            except sqlite3.Error:
                hit = None
            self._vocab_cache[word] = hit is not None
            if len(self._vocab_cache) > 5000:
                self._vocab_cache.clear()
        return self._vocab_cache[word]

    def _unknown_terms(self, q: Question, found: Found, topic_idx: set[int]) -> list[str]:
        """Words the question relies on that no article contains ("Biden", "weather")."""
        out = []
        for i, t in enumerate(q.tokens):
            if i in found.claimed or i in topic_idx or i in q.date_idx or t in COMMON or t.isdigit():
                continue
            if len(t) < 3:
                continue
            if q.lang != "en" and not q.raw_has_capital(i):
                continue
            t = q.latin[i]
            if self._in_vocab(t) or (len(t) > 4 and t.endswith("s") and self._in_vocab(t[:-1])):
                continue
            if len(t) >= 6 and self._in_vocab(t[: max(5, len(t) - 3)] + "*"):
                continue
            out.append(t)
        return out

    # -- dispatch -------------------------------------------------------------------------

    def _answer(self, q: Question, found: Found, topics: list[str], topic_idx: set[int], frame) -> Answer:
        unknown = self._unknown_terms(q, found, topic_idx) if not frame.from_context else []
        persons, places = self._slots(frame.mentions)
        if found.unknown_roles:
            return self._decline(f"My sources don't say who the {found.unknown_roles[0]} is.", found, topics, frame)
        kind = frame.kind
        stranger = self._unknown_person(q, found, topic_idx) if not frame.from_context and kind != "profile" else None
        if unknown and (q.kind != "profile" or not persons) and not (
                stranger and any(u in fold(stranger).split() for u in unknown)):
            term = " ".join(unknown[:3])
            return self._decline(f"My sources don't mention “{term}”.", found, topics, frame)
        if stranger:
            # "Who did Dũng meet?" with no Dũng among the actors: never someone else's meetings
            return self._decline(f"My sources name no one called “{stranger}”.", found, topics, frame)
        if q.pronoun in ("he", "she") and not any(self._is_person(p) for p in persons):
            return self._decline(f"Who do you mean by “{q.pronoun}”? Name the person.", found, topics, frame)
        people = [p for p in persons if self._is_person(p)]
        words = set(q.tokens)
        if not people and not found.groups and not frame.event_ids and kind in ("when", "other", "relationship") and (
                words & RELATION_WORDS or words & _START_WORDS) and not q.date_lo:
            # "When was the comprehensive strategic partnership established?": no one met anyone
            return self._relationship(q, persons, places, found, topics, frame)
        if kind == "profile" and topics and not people:
            # "Tell me about trade between Vietnam and Russia": the topic, not the countries
            return self._said(q, persons, places, found, topics, frame)
        if kind in ("other", "profile") and q.yesno and people and places:
            # "Was Putin in Hanoi?": any visit or meeting of his there
            return self._event_answer(q, "visit", persons, places, found, topics, frame, family="visit")
        if kind == "other" and not people and not topics and (q.date_lo or q.weekday is not None or places) \
                and not frame.from_context:
            # "What happened on 6 July 2022?", "What happened in Hanoi?"
            return self._event_answer(q, "who_met", persons, places, found, topics, frame)
        if kind in EVENT_KINDS:
            return self._event_answer(q, kind, persons, places, found, topics, frame)
        if kind == "said":
            return self._said(q, persons, places, found, topics, frame)
        if kind == "agreed":
            return self._agreed(q, persons, places, found, topics, frame)
        if kind == "relationship":
            if len([p for p in persons if self._is_person(p)]) >= 2:
                return self._event_answer(q, "who_met", persons, places, found, topics, frame)
            return self._relationship(q, persons, places, found, topics, frame)
        if kind == "profile" and (persons or places):
            return self._profile(q, found, topics, frame)
        if persons and topics:
            return self._said(q, persons, places, found, topics, frame)
        if persons and not topics:
            return self._profile(q, found, topics, frame)
        if topics and not q.explicit_kind:
            return self._said(q, persons, places, found, topics, frame)
        return self._decline(reply.DECLINE, found, topics, frame)

    def _unknown_person(self, q: Question, found: Found, topic_idx: set[int]) -> str | None:
        """A capitalised word in a name's position (not after 'the', 'in', 'about' …, not inside a
        place or project name) that no actor of the store matches: plausibly a person we don't know."""
        cut = self._about_split(q, found)
        words = re.findall(r"\w+", q.raw)
        skip_after = {"the", "in", "at", "about", "on", "of", "from", "to", "near", "regarding", "for", "a", "an",
                      "concerning", "during", "into", "via"}
        prev_skipped = False
        for i, t in enumerate(q.tokens):
            if i >= cut:
                break
            if i in found.claimed or i in topic_idx or i in q.date_idx or t in COMMON or t.isdigit() or len(t) < 2:
                prev_skipped = False
                continue
            if not q.raw_has_capital(i):
                prev_skipped = False
                continue
            if t in TITLE_WORDS or q.latin[i] in TITLE_WORDS:  # "Vice President ...": a title, not a name
                prev_skipped = False
                continue
            prev = q.tokens[i - 1] if i > 0 else ""
            if prev in skip_after or prev_skipped or names.canonical_place(t) or names.canonical_country(t):
                prev_skipped = True
                continue
            # the whole name as asked: "Dmitry Afanasyev", even when "Dmitry" alone is someone's first name
            part_of = {k for m in found.mentions if m.how in ("part", "fuzzy") and m.span[1] - m.span[0] == 1
                       for k in range(*m.span)}

            def name_word(k: int) -> bool:
                return (0 <= k < cut and q.raw_has_capital(k) and q.tokens[k] not in COMMON
                        and q.tokens[k] not in TITLE_WORDS and k not in topic_idx and k not in q.date_idx
                        and (k not in found.claimed or k in part_of))

            a, b = i, i + 1
            while name_word(a - 1):
                a -= 1
            while name_word(b):
                b += 1
            shown = [next((w for w in words if fold(w) == q.tokens[k] or fold(names.translit_cyrillic(w)) == q.latin[k]),
                          q.tokens[k]) for k in range(a, b)]
            return " ".join(shown)
        return None

    def _is_person(self, slot: set[int]) -> bool:
        return any(self.index.kind(a) in ("person", "org") for a in slot)

    def _slots(self, mentions: list[Mention]) -> tuple[list[set[int]], list[set[int]]]:
        """Split mentions into person/org slots and place/country slots, dropping duplicates."""
        persons: list[set[int]] = []
        places: list[set[int]] = []
        for m in sorted(mentions, key=lambda m: m.span[0]):
            p = {a for a in m.actor_ids if self.index.kind(a) in ("person", "org")}
            l = {a for a in m.actor_ids if self.index.kind(a) in ("place", "country")}
            if p and p not in persons:
                persons.append(p)
            elif l and not p and l not in places:
                places.append(l)
        # the same person named twice ("Russian President Vladimir Putin")
        merged: list[set[int]] = []
        for s in persons:
            if any(s <= o or o <= s for o in merged):
                for o in merged:
                    if s <= o or o <= s:
                        o &= s if s <= o else o
                continue
            merged.append(set(s))
        return merged, places

    # -- events ---------------------------------------------------------------------------

    def _events(self, ids: list[int]) -> list[Ev]:
        if not ids:
            return []
        # the event rows are in memory (read at open); only their sentences' text is read here
        rows = self._ev_rows
        want = [(eid, r) for eid in dict.fromkeys(ids) if (r := rows.get(eid)) is not None and r[11] is not None]
        if not want:
            return []
        sids = sorted({r[2] for _e, r in want})
        texts = dict(self.conn.execute(f"SELECT id, text FROM sentences WHERE id IN ({','.join('?' * len(sids))})",
                                       sids))
        actors = self.index.actors
        parts = self._ev_parts
        evs = []
        for eid, r in want:
            text = texts.get(r[2])
            if text is None:  # the sentence is gone (as the join in SQL would drop the event)
                continue
            ev = Ev(eid, *r[:11], text, r[11])
            ev.parts = [p for p in parts.get(eid, ()) if p[0] in actors]
            evs.append(ev)
        return sorted(evs, key=self._ev_order)

    def _ev_order(self, ev: Ev):
        pub = self.sources_by_id.get(ev.source_id, (None,) * 5)[3] or ""
        return (ev.date or pub or "9999", pub, ev.source_id, ev.position, ev.id)

    def _distinct_topics(self) -> set[str]:
        """SELECT DISTINCT topic, as a skip-scan of the topic index: a dozen index probes instead
        of reading every statement's topic row (tens of ms at 100,000 facts)."""
        out: set[str] = set()
        row = self.conn.execute("SELECT MIN(topic) FROM statement_topics").fetchone()
        while row and row[0] is not None:
            out.add(row[0])
            row = self.conn.execute("SELECT MIN(topic) FROM statement_topics WHERE topic > ?", [row[0]]).fetchone()
        return out

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

    def _candidate_events(self, persons: list[set[int]], places: list[set[int]], limit: int = 150,
                          venues: bool = False) -> list[int]:
        """Event ids with every named person taking part, narrowed to events in the place asked
        about, undated places, or places the lexicon cannot locate; the earliest `limit` of them.

        The same ids as `_candidate_events_sql` (ORDER BY e.date LIMIT n: NULL dates first, ties in
        ascending id), from the in-memory index; callers re-sort them, so only the set matters."""
        if not persons:
            return self._candidate_events_sql(persons, places, limit, venues)
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
        return sorted(ids, key=lambda e: (rows[e][5] is not None, rows[e][5] or "", e))[:limit]

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

        def ok(ev: Ev) -> bool:
            if ev.place_id in place_slot or any(a in place_slot for a, _r in ev.parts):
                return True
            here = self._canon_place(ev.place_id) if ev.place_id else (
                _canonical_place_or_country(ev.place or ""))
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

    def _place_ok(self, ev: Ev, place_slot: set[int]) -> bool:
        return self._place_test(place_slot)(ev)

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

    def _date_ok(self, ev: Ev, lo: str | None, hi: str | None) -> bool:
        if lo is None:
            return True
        # an undated event is filtered by its article's publication date (never stated as its date)
        start = ev.date or self.sources_by_id.get(ev.source_id, (None,) * 5)[3]
        if not start:
            return False
        end = ev.date_end or start
        if lo.startswith("0000"):  # month and day, any year
            md = lo[5:]
            return start[5:10] == md or end[5:10] == md
        return not (end[: len(lo)] < lo[: len(end)] or start[: len(hi)] > hi[: len(start)])

    @staticmethod
    def _weekday_ok(ev: Ev, weekday: int | None) -> bool:
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

    def _family_ok(self, ev: Ev, family: str | None, kind: str) -> bool:
        if family == "agree" or ev.family == "agree":
            return family == "agree" and ev.family == "agree"
        if family is None:
            return not (kind == "who_met" and ev.family == "other")
        if family == "visit":
            return ev.family == "visit"
        if family == "call":
            return ev.family == "call"
        if ev.family == "other":
            return False
        # meeting questions: talks, meetings, receptions, calls; a visit only when a person hosts it
        if ev.family == "visit":
            return any(self.index.kind(a) == "person" and r in ("host", "recipient") for a, r in ev.parts)
        return True

    def _match_events(self, q: Question, kind: str, persons, places, found: Found, family: str | None,
                      venues: bool = False) -> list[Ev]:
        evs = self._events(self._candidate_events(persons, places, venues=venues))
        place_tests = [self._place_test(s) for s in places]
        named = {a for s in persons for a in s}
        out = []
        for ev in evs:
            if not self._family_ok(ev, family, kind):
                continue
            if not all(t(ev) for t in place_tests):
                continue
            if not self._date_ok(ev, q.date_lo, q.date_hi) or not self._weekday_ok(ev, q.weekday):
                continue
            if found.groups:
                others = {a for a, _r in ev.parts} - named
                if not all(others & g.actor_ids for g in found.groups if g.actor_ids):
                    continue
            if found.nationalities and persons:
                # "Russian leaders"/"the Russian side": some other participant of that nationality
                others = {a for a, _r in ev.parts} - named
                if others and not any(self.index.nationality.get(a, set()) & found.nationalities
                                      or self._canon_place(a) in found.nationalities for a in others):
                    continue
            out.append(ev)
        if not out and places and not venues and any(self._venue_ids(s) for s in places):
            # nothing in the city itself: a venue the sentence puts in it ("at the Kremlin in Moscow")
            return self._match_events(q, kind, persons, places, found, family, venues=True)
        return self._dedupe(out)

    def _dedupe(self, evs: list[Ev]) -> list[Ev]:
        """One line per happening: same family, same people, same date (keep the first sentence)."""
        seen: dict[tuple, Ev] = {}
        out = []
        for ev in evs:
            people = frozenset(a for a, _r in ev.parts if self.index.kind(a) == "person")
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

    def _during(self, e: Ev, v: Ev) -> bool:
        """Did event e happen during visit v (same article, the visitor takes part, inside its dates)?"""
        if e.source_id != v.source_id or e.id == v.id or e.family == "visit":
            return False
        visitors = {a for a, r in v.parts if r == "visitor"}
        if not visitors & {a for a, _r in e.parts}:
            return False
        if v.date and e.date:
            return v.date <= e.date <= (v.date_end or v.date)
        return True

    def _in_visit(self, v: Ev) -> list[Ev]:
        """Dated events of the visitor in the host country, from the visit's own article: what the
        source does date when it gives no date for the visit itself."""
        hosts = {a for a, r in v.parts if r in ("host", "recipient") and self.index.kind(a) in ("country", "place")}
        if v.place_id:
            hosts.add(v.place_id)
        host_canon = {self._canon_place(a) for a in hosts} - {None}
        ids = [r[0] for r in self.conn.execute("SELECT id FROM events WHERE source_id = ? AND id != ? LIMIT 50",
                                               [v.source_id, v.id])]
        out = []
        for e in self._events(ids):
            if not (e.date or e.date_phrase) or not self._during(e, v):
                continue
            here = self._canon_place(e.place_id) if e.place_id else None
            if here and (here in host_canon or names.PLACE_COUNTRY.get(here) in host_canon):
                out.append(e)
        return out

    def _event_line(self, ev: Ev, focus, bare: bool = False) -> str:
        parts = [(self.index.name(a), r) for a, r in ev.parts]
        when = reply.fmt_when(ev.date, ev.date_end, ev.date_phrase)
        pub = self.sources_by_id.get(ev.source_id, (None,) * 5)[3]
        if not ev.date and pub and not bare:
            when = (when + " " if when else "") + f"(reported {reply.fmt_date(pub)})"
        first = [self.index.name(a) for a in focus if any(a == p for p, _r in ev.parts)]
        return reply.event_line(ev.kind, parts, ev.place, when, first)

    def _event_answer(self, q, kind, persons, places, found, topics, frame, family: str | None = "?") -> Answer:
        if family == "?":
            family = q.event_family if kind not in ("when", "where", "occasion") or q.event_family else None
        if kind == "met" and family is None:
            family = "meet"
        if kind != "who_met" and not (persons or places or found.groups or q.date_lo or q.weekday is not None
                                      or frame.event_ids):
            return self._decline("Whose meeting or visit do you mean? Name a person or a place.", found, topics, frame)
        evs = self._match_events(q, kind, persons, places, found, family)
        if not evs:
            evs = self._events_naming_orgs(q, kind, persons, places, found, family)
        during: dict[int, list[Ev]] = {}
        hosted: list[Ev] = []
        visiting = q.event_family == "visit" and bool(persons)
        if visiting:  # "Did X visit Y?": X the visitor, never the host of someone else's visit
            evs = [e for e in evs if e.family != "visit" or self._as_visitor(e, persons, places)]
        if family == "visit" and persons and places:
            # "Khi nào Putin đến Hà Nội?": a visit to the country, during which he met someone in Hanoi
            there = [e for e in self._match_events(q, kind, persons, places, found, None) if e.family != "visit"]
            if there:
                for v in self._match_events(q, kind, persons, [], found, "visit"):
                    inside = [e for e in there if self._during(e, v)]
                    if inside and all(v.id != e.id for e in evs):
                        evs.append(v)
                        during[v.id] = inside
                evs = sorted(evs, key=self._ev_order)
            if not evs:
                # "Did Lavrov visit Vietnam?": a meeting he held there also says he was there, unless
                # he was at home receiving someone (hosting is no visit)
                evs = [e for e in there if not visiting or self._as_visitor(e, persons, places)]
                hosted = [e for e in there if e not in evs]
        if frame.event_ids:
            evs = self._dedupe(self._events(frame.event_ids))
        if kind == "who_met" and persons and not places and not q.date_lo and q.weekday is None:
            # "Who did X meet?": only events where X met someone
            named = {a for s in persons for a in s}
            evs = [e for e in evs if any(a not in named and self.index.kind(a) == "person" for a, _r in e.parts)] or evs
        if kind == "where":
            placed = [e for e in evs if e.place]
            evs = placed or evs
        if not evs:
            text = self._no_event_text(q, kind, persons, places, found, family)
            if hosted:
                e = hosted[0]
                guests = [self.index.name(a) for a, _r in e.parts if a not in {x for s in persons for x in s}
                          and self.index.kind(a) == "person"]
                when = reply.fmt_when(e.date, e.date_end, e.date_phrase)
                text = text[:-1] + (f"; they report {self.index.name(min(persons[0]))} receiving "
                                    f"{reply.join_names(guests) or 'visitors'} there" + (f" ({when})" if when else "") + ".")
            return self._decline(text, found, topics, frame)
        focus = list(dict.fromkeys(a for s in persons for a in sorted(s)))
        for v in evs:
            if v.family == "visit" and v.id not in during and not v.date and not v.date_phrase:
                inside = self._in_visit(v)
                if inside:
                    during[v.id] = inside
        cites, lines = [], []
        for i, e in enumerate(evs):
            cites.append(self._cite(e.source_id, e.sentence_id, e.text))
            if i >= 12:
                continue
            line = self._event_line(e, focus, bare=e.id in during)
            if e.id in during:
                inner = during[e.id][0]
                who = [a for a, r in e.parts if r == "visitor"] or focus
                line = line[:-1] + (". The source gives no date for the visit itself; during it, "
                                    if not (e.date or e.date_phrase) else "; during it, ") + self._event_line(inner, who)
                cites.append(self._cite(inner.source_id, inner.sentence_id, inner.text))
            lines.append(line)
        cites = list({c.sentence_id: c for c in cites}.values())
        lines = lines[:12]
        if kind == "occasion":
            return self._occasion(evs, focus, found, frame)
        if len(evs) == 1:
            head = lines[0]
            if kind in ("visit", "met"):
                head = "Yes. " + head
            if kind == "where" and not evs[0].place:
                # the shown sentence may name the place: then no claim that the report gives none
                if not self._sentence_places(evs[0]):
                    head += " The report does not give a place for this meeting."
            if kind == "visit" and evs[0].family != "visit" and self._as_visitor(evs[0], persons, places):
                head = "Yes: " + self._received_line(evs[0], persons)
            n = 2 if evs[0].id in during else 1
            return self._answered(head, cites[:n], [], cites[n:], evs, persons)
        shown = lines[:12]
        if kind == "when":
            dates = list(dict.fromkeys(reply.fmt_date(e.date) for e in evs if e.date))
            head = f"On {reply.join_names(dates)}." if dates else f"{len(evs)} events in my sources, in date order:"
        elif kind == "where":
            where = list(dict.fromkeys(e.place for e in evs if e.place))
            if where:
                head = f"In {reply.join_names(where)}."
            elif any(self._sentence_places(e) for e in evs):
                head = f"{len(evs)} events in my sources, in date order:"
            else:
                head = "The reports do not give a place for these meetings."
        elif kind == "visit" and not any(e.family == "visit" for e in evs):
            # only meetings there: no visit to count ("Yes: met A in Kazan on …"; received there)
            head = "Yes: " + " ".join(self._received_line(e, persons) if self._as_visitor(e, persons, places)
                                      else lines[i] for i, e in enumerate(evs[:3]))
        elif kind == "visit":
            n = len(self._distinct_visits([e for e in evs if e.family == "visit"]))
            head = "Yes. " + lines[0] if n == 1 else f"Yes, {n} visits in my sources, in date order:"
        elif kind == "met":
            head = f"Yes, {len(evs)} times in my sources, in date order:"
        elif focus:
            others = [self.index.name(a) for e in evs for a, _r in e.parts
                      if a not in focus and self.index.kind(a) == "person"]
            subj = reply.join_names([self.index.name(a) for s in persons for a in sorted(s)][:2])
            verb = "visited" if family == "visit" else "met"
            head = f"{subj} {verb} {reply.join_names(list(dict.fromkeys(others)))}." if others else \
                f"{len(evs)} events in my sources:"
            if re.search(r"\bhow many\b", " ".join(q.tokens)):
                noun = {"visit": "visit", "call": "phone call"}.get(family or "", "meeting")
                head = f"{len(evs)} {noun}{'s' if len(evs) != 1 else ''} in my sources. " + head
        else:
            noun = {"visit": "visits", "meet": "meetings", "call": "phone calls"}.get(family or "", "events")
            head = f"{len(evs)} {noun} in my sources, in date order:"
        return self._answered(head, cites[:3], shown, cites[3:], evs, persons)

    def _sentence_places(self, ev: Ev) -> list[int]:
        """Cities and venues known to the store that the event's own sentence names, in the order
        the sentence names them (a country only as 'in/to <country>')."""
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
        out: list[int] = []
        for m in self._place_rx.finditer(quick_fold(ev.text)):
            aid = self._place_forms[m.group(2)]
            if (self.index.kind(aid) == "place" or m.group(1)) and aid not in out:
                out.append(aid)
        return out

    def _received_line(self, ev: Ev, persons: list[set[int]]) -> str:
        """'Pavel Orlov was received by Phạm Thu Hà in Cần Thơ on …': a foreign visitor's reception or
        meeting, the place from the event or else the one city its sentence names."""
        named = {a for s in persons for a in s}
        guests = [a for a, _r in ev.parts if a in named]
        hosts = [a for a, _r in ev.parts if a not in named and self.index.kind(a) == "person"]
        place = ev.place
        if not place:
            cities = [a for a in self._sentence_places(ev) if self.index.kind(a) == "place"]
            place = self.index.name(cities[0]) if len(cities) == 1 else None
        when = reply.fmt_when(ev.date, ev.date_end, ev.date_phrase)
        verb = "was received by" if _family(ev.kind) != "call" and (
            "recept" in ev.kind or "receiv" in ev.kind or any(r in ("host", "recipient") for _a, r in ev.parts)) \
            else "met"
        s = f"{reply.join_names([self.index.name(a) for a in guests])} {verb} " \
            f"{reply.join_names([self.index.name(a) for a in hosts]) or 'their hosts'}"
        return s + (f" in {place}" if place else "") + (f" {when}" if when else "") + "."

    def _events_naming_orgs(self, q, kind, persons, places, found, family) -> list[Ev]:
        """'When did the Vice President receive the Federation Council delegation?': an organisation
        is rarely a participant; the events of the people asked about whose own sentence names it."""
        orgs = [s for s in persons if all(self.index.kind(a) == "org" for a in s)]
        people = [s for s in persons if s not in orgs]
        if not orgs or not people:
            return []
        return [e for e in self._match_events(q, kind, people, places, found, family)
                if all(any(self._mentions(e.text, a, e.source_id) for a in s) for s in orgs)]

    def _as_visitor(self, ev: Ev, persons: list[set[int]], places: list[set[int]]) -> bool:
        """Was a named person a visitor at this event: the visitor/guest role, or (a plain
        participant) of another nationality than the country of the place it happened in."""
        named = {a for s in persons for a in s}
        roles = {r for a, r in ev.parts if a in named}
        if roles & {"visitor", "guest", "delegation"}:
            return True
        if roles and roles <= {"host", "recipient"}:
            return False
        here = self._canon_place(ev.place_id) if ev.place_id else (
            _canonical_place_or_country(ev.place or ""))
        country = names.PLACE_COUNTRY.get(here or "") or (here if here in names.COUNTRIES else None)
        if country is None:
            return ev.family == "visit"
        nats = {names.canonical_country(n) or n for a in named for n in self.index.nationality.get(a, set())}
        return bool(nats) and country not in nats

    def _distinct_visits(self, visits: list[Ev]) -> list[Ev]:
        """Visit events of one trip (same article, same visitors, overlapping dates) count once."""
        out: list[Ev] = []
        for v in visits:
            who = {a for a, r in v.parts if r == "visitor"}
            if not any(o.source_id == v.source_id and who == {a for a, r in o.parts if r == "visitor"}
                       and (not (o.date and v.date) or (o.date <= (v.date_end or v.date) and v.date <= (o.date_end or o.date)))
                       for o in out):
                out.append(v)
        return out

    def _no_event_text(self, q, kind, persons, places, found, family) -> str:
        who = [reply.join_names(sorted({self.index.name(a) for a in s})) if len(s) <= 2 else self.index.name(min(s))
               for s in persons]
        where = [self.index.name(min(s)) for s in places]
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

    def _occasion(self, evs: list[Ev], focus: list[int], found, frame) -> Answer:
        ev = evs[0]
        line = self._event_line(ev, focus)
        cites = [self._cite(ev.source_id, ev.sentence_id, ev.text)]
        if ev.occasion:
            return self._answered(f"{line[:-1]}, on the occasion of {ev.occasion.rstrip('.')}.", cites, [], [], evs, [])
        # a visit in the same article that covers the event's date is its occasion
        visit = None
        if ev.family != "visit":
            for row in self.conn.execute("SELECT id FROM events WHERE source_id = ? AND id != ?", [ev.source_id, ev.id]):
                for other in self._events([row[0]]):
                    shared = {a for a, _r in other.parts} & {a for a, _r in ev.parts}
                    if other.family == "visit" and shared and (not ev.date or self._date_ok(other, ev.date, ev.date)):
                        visit = other
        # sentences of the article that give a reason: anniversaries, "on the occasion of", "as part of"
        reason = None
        for sid, text in self.conn.execute(
                "SELECT s.id, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid WHERE sentences_fts MATCH ?"
                " AND s.source_id = ? ORDER BY s.position LIMIT 5",
                ['"on the occasion of" OR "anniversary" OR "as part of" OR "on the sidelines" OR "within the framework"',
                 ev.source_id]):
            if sid != ev.sentence_id and not re.match(r"\s*On this occasion\b", text, re.IGNORECASE):
                reason = (sid, text)
                break
        if visit is None and reason is None:
            return self._answered(f"My sources don't say on what occasion. {line}", cites, [], [], evs, [])
        bits = []
        if visit is not None:
            vline = self._event_line(visit, focus)
            bits.append(f"during this visit: {vline}")
            cites.append(self._cite(visit.source_id, visit.sentence_id, visit.text))
        if reason is not None:
            cites.append(self._cite(ev.source_id, reason[0], reason[1]))
        head = line if visit is None else f"{line} It took place during a visit: {self._event_line(visit, focus)}"
        if reason is not None:
            head += " The article gives the occasion below."
        dedup = list({c.sentence_id: c for c in cites}.values())
        return self._answered(head, dedup[:3], [], dedup[3:], evs, [])

    # -- statements -----------------------------------------------------------------------

    def _statements(self, ids: list[int]) -> list[St]:
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        sts = {r[0]: St(*r) for r in self.conn.execute(
            "SELECT t.id, t.source_id, t.sentence_id, t.speaker_id, t.verb, t.content, t.confidence, s.text, s.position"
            f" FROM statements t JOIN sentences s ON s.id = t.sentence_id WHERE t.id IN ({marks})", ids)}
        for sid, topic in self.conn.execute(
                f"SELECT statement_id, topic FROM statement_topics WHERE statement_id IN ({marks})", ids):
            sts[sid].topics.add(topic)
        return sorted(sts.values(), key=lambda s: (self._pub(s.source_id), s.source_id, s.position, s.id))

    def _pub(self, source_id: int) -> str:
        return self.sources_by_id.get(source_id, (None,) * 5)[3] or "9999"

    def _about_split(self, q: Question, found: Found) -> int:
        for i, t in enumerate(q.tokens):
            if t in ("about", "on", "regarding", "concerning", "re") and i > 0:
                return i
        return len(q.tokens)

    def _said(self, q, persons, places, found, topics, frame) -> Answer:
        cut = self._about_split(q, found)
        speakers: list[set[int]] = []
        about: list[set[int]] = []
        for m in frame.mentions:
            ids = {a for a in m.actor_ids}
            (about if m.span[0] > cut and not m.how == "context" else speakers).append(ids)
        speaker_ids = sorted({a for s in speakers for a in s if self.index.kind(a) in ("person", "org")})
        about_countries = {a for s in speakers for a in s if self.index.kind(a) in ("country", "place")}
        about_ids = {a for s in about for a in s} | (about_countries if not speaker_ids else set())
        params: list = []
        if speaker_ids:
            sql = f"SELECT id FROM statements WHERE speaker_id IN ({','.join('?' * len(speaker_ids))})"
            params = speaker_ids
        elif topics:
            sql = f"SELECT statement_id FROM statement_topics WHERE topic IN ({','.join('?' * len(topics))})"
            params = topics
        elif about_ids:
            terms = sorted({a for aid in about_ids for a in self._aliases_of(aid)})[:20]
            sql = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
            params = [" OR ".join(f'"{t}"' for t in terms)] if terms else ['"\u0000"']
        else:
            terms = self._content_terms(q, found)
            if not terms:
                return self._decline(reply.DECLINE, found, topics, frame)
            sql = "SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?"
            params = [" AND ".join(f'"{t}"' for t in terms)]
        sts = self._statements([r[0] for r in self.conn.execute(sql + " LIMIT 500", params)])
        # words after "about" that name no person, place or lexicon topic ("the Akademgorodok
        # Technopark", "the Quảng Trị 1 power plant"): a statement must contain them, or it is
        # about something else
        about_terms = self._about_terms(q, found, cut)
        if speaker_ids and about_terms:
            sts = [st for st in sts if self._has_terms(st.text, about_terms)]
            if not sts:
                passages = [p for p in self._passages(q, found, speaker_ids, [], set(), terms=about_terms)]
                if passages:
                    return self._passage_answer(passages, speaker_ids, [], set(), what=self._about_phrase(q, cut))
                who = reply.join_names([self.index.name(a) for a in speaker_ids][:2])
                return self._decline(f"My sources don't report {who} saying anything about {self._about_phrase(q, cut)}.",
                                     found, topics, frame)
            topics, about_ids = [], set()
        if speaker_ids and (topics or about_ids):
            kept = []
            tset = set(topics)
            for st in sts:
                # the statement's own topics, or its sentence's ("…, he said, thanking Việt Nam for ASEAN …")
                if tset and (tset & st.topics or (self._may_have_topic(st.text, topics)
                                                  and tset.intersection(_topics_of(st.text)))):
                    kept.append(st)
                elif about_ids and any(self._mentions(st.text, a, st.source_id) for a in about_ids):
                    kept.append(st)
            sts = kept
        if not speaker_ids and found.nationalities:
            # "What did the Russian side say about ASEAN?": speakers of that nationality only
            sts = [s for s in sts if s.speaker_id and self.index.nationality.get(s.speaker_id, set()) & found.nationalities]
        if q.date_lo:
            sts = [s for s in sts if self._pub(s.source_id)[:4] >= q.date_lo[:4] and self._pub(s.source_id)[:4] <= q.date_hi[:4]]
        if not sts and not (speaker_ids and not (topics or about_ids)):
            passages = self._passages(q, found, speaker_ids, topics, about_ids)
            if passages:
                return self._passage_answer(passages, speaker_ids, topics, about_ids)
        if not sts:
            who = reply.join_names([self.index.name(a) for a in speaker_ids][:2]) or "anyone"
            what_l: list[str] = []
            for w in [self._topic_name(t) for t in topics[:2]] + [self.index.name(a) for a in sorted(about_ids)][:2]:
                if fold(w) not in {fold(x) for x in what_l}:
                    what_l.append(w)
            what = reply.join_names(what_l)
            head = f"My sources don't report {who} saying anything" + (f" about {what}." if what else ".")
            return self._decline(head, found, topics, frame)
        # one quote per sentence
        seen, uniq = set(), []
        for st in sts:
            if st.sentence_id not in seen:
                seen.add(st.sentence_id)
                uniq.append(st)
        top = uniq[0]
        speaker = self.index.name(top.speaker_id) if top.speaker_id in self.index.actors else "An unnamed speaker"
        content = " ".join(top.content.split())
        if len(content) > 160:
            content = content[:157].rsplit(" ", 1)[0] + "…"
        verb = reply.past(top.verb)
        clause = top.verb.split()[0].lower() in reply.CLAUSE_VERBS and not re.match(r"(that|on|to|for|about)\b", content, re.I)
        head = f"{speaker} {verb} that {content}" if clause else f"{speaker} {verb} {content}"
        head = head if head.endswith("…") else head.rstrip(".") + "."
        if len(uniq) > 1:
            speakers_all = reply.join_names(list(dict.fromkeys(
                self.index.name(s.speaker_id) for s in uniq if s.speaker_id in self.index.actors))[:3])
            head += f" ({len(uniq)} statements in my sources" + (f", by {speakers_all})" if not speaker_ids else ")")
        cites = [self._cite(s.source_id, s.sentence_id, s.text) for s in uniq]
        if not speaker_ids and topics and len(cites) < 3:
            # a topic question: sentences about it that are not anyone's statement come after
            extra = [self._cite(src, sid, text) for _p, src, _pos, sid, text in self._passages(q, found, [], topics, set())
                     if sid not in seen]
            if extra:
                head += f" Other passages of my sources on {reply.join_names([self._topic_name(t) for t in topics[:2]])} follow."
                cites += extra
        return self._answered(head, cites[:3], [], cites[3:], [], [{s.speaker_id} for s in uniq if s.speaker_id][:1],
                              statements=uniq)

    def _about_terms(self, q: Question, found: Found, cut: int) -> list[str]:
        """Content words after 'about' that are no name, date, question word or topic word."""
        if cut >= len(q.tokens):
            return []
        _t, topic_idx = self._topics(q)
        stop = {"said", "say", "says", "what", "about"}
        return [q.latin[i] for i in range(cut + 1, len(q.tokens))
                if i not in found.claimed and i not in q.date_idx and i not in topic_idx
                and (q.tokens[i] not in COMMON or q.raw_has_capital(i))
                and q.tokens[i] not in stop and not q.tokens[i].isdigit() and len(q.latin[i]) >= 3
                and re.fullmatch(r"[a-z0-9]+", q.latin[i])][:5]

    @staticmethod
    def _about_phrase(q: Question, cut: int) -> str:
        """The question's own words for what it asks about, as the user wrote them."""
        m = re.search(r"\b(?:about|on|regarding|concerning)\s+(.+?)[?.!]*\s*$", q.raw, re.I)
        if m:
            return m.group(1).strip()
        return "“" + " ".join(q.tokens[cut + 1:]) + "”"

    def _may_have_topic(self, text: str, topics: list[str]) -> bool:
        """A cheap substring pre-check before topics_of (which runs every keyword's regex)."""
        key = tuple(topics)
        stems = self._topic_stems.get(key)
        if stems is None:
            stems = self._topic_stems[key] = [fold(k.rstrip("*")) for t in topics for k in TOPIC_KEYWORDS.get(t, [t])]
        f = quick_fold(text)
        return any(k in f for k in stems)

    def _content_terms(self, q: Question, found: Found) -> list[str]:
        """The question's own words that are neither names, dates nor question words, for FTS."""
        return [q.latin[i] for i, t in enumerate(q.tokens)
                if i not in found.claimed and i not in q.date_idx and t not in COMMON and len(t) >= 3
                and not t.isdigit() and re.fullmatch(r"[a-z0-9]+", q.latin[i])][:4]

    def _topic_fts(self, topics: list[str]) -> str:
        """An FTS5 query for a topic's keywords, every token quoted ("oil and gas" -> "oil" "gas")."""
        alts = []
        for t in topics:
            for kw in TOPIC_KEYWORDS.get(t, [t]):
                prefix = kw.endswith("*")
                toks = [w for w in re.findall(r"[a-z0-9]+", fold(kw.rstrip("*"))) if w not in ("and", "of", "the", "in")]
                if not toks:
                    continue
                phrase = " ".join(f'"{w}"' for w in toks)
                alts.append(f"({phrase}{'*' if prefix else ''})" if len(toks) > 1 else f'"{toks[0]}"' + ("*" if prefix else ""))
        return " OR ".join(dict.fromkeys(alts))

    def _passages(self, q: Question, found: Found, speaker_ids: list[int], topics: list[str],
                  about_ids: set[int], terms: list[str] | None = None) -> list[tuple[str, int, int, int, str]]:
        """Sentences (not statements) about the topic: any sentence when no one is named, else the
        sentences that name one of the speakers. (pub, source, position, sentence id, text)"""
        if terms:
            match = " AND ".join(f'"{t}"' + ("*" if len(t) >= 6 else "") for t in terms)
        elif topics:
            match = self._topic_fts(topics)
        elif about_ids and not speaker_ids:
            terms = sorted({a for aid in about_ids for a in self._aliases_of(aid)})[:20]
            match = " OR ".join(f'"{t}"' for t in terms)
        else:
            terms = self._content_terms(q, found)
            match = " AND ".join(f'"{t}"' for t in terms)
        if not match:
            return []
        try:
            rows = list(self.conn.execute(
                "SELECT s.id, s.source_id, s.position, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
                " WHERE sentences_fts MATCH ? LIMIT 200", [match]))
        except sqlite3.Error:
            return []
        out = []
        for sid, source_id, pos, text in rows:
            if topics and not set(topics) & set(_topics_of(text)):
                continue
            if terms and not self._has_terms(text, terms):
                continue
            if speaker_ids and not any(self._mentions(text, a, source_id) for a in speaker_ids):
                continue
            if q.date_lo and not (q.date_lo[:4] <= self._pub(source_id)[:4] <= q.date_hi[:4]):
                continue
            out.append((self._pub(source_id), source_id, pos, sid, text))
        return sorted(out)

    def _passage_answer(self, passages, speaker_ids, topics, about_ids, what: str | None = None) -> Answer:
        what = what or reply.join_names([self._topic_name(t) for t in topics[:2]] or
                                        [self.index.name(a) for a in sorted(about_ids)][:2]) or "that"
        if speaker_ids:
            who = reply.join_names([self.index.name(a) for a in speaker_ids][:2])
            head = (f"My sources report no statement by {who} about {what}, but "
                    f"{'this passage names' if len(passages) == 1 else 'these passages name'} {who} and {what}:")
        else:
            head = (f"My sources report no statement about {what}; "
                    f"{'this passage mentions' if len(passages) == 1 else 'these passages mention'} it:")
        cites = [self._cite(src, sid, text) for _p, src, _pos, sid, text in passages]
        return self._answered(head, cites[:3], [], cites[3:], [], [])

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

    # -- agreements -------------------------------------------------------------------------

    def _agreed(self, q, persons, places, found, topics, frame) -> Answer:
        """What the sides agreed or signed: the extractor's agreement/signing/declaration events,
        by party (a person, or the country of a person who took part in that article), place,
        date and topic; sentences with agree-words that are no event come after, so an agreement
        the extractor missed is still found. An agreement is never reported as a meeting."""
        parties, where = self._agree_slots(q, frame.mentions, persons, places)
        want = [t for t in topics if t not in _GENERIC_TOPICS]
        signed = bool(set(q.tokens) & _SIGN_TOKENS)
        evs = self._agreement_events(parties)
        place_tests = [self._place_test(s) for s in where]
        kept: list[Ev] = []
        for ev in evs:
            if not self._parties_ok(ev, parties):
                continue
            if where:
                self._inherit_place(ev)
                if not all(t(ev) for t in place_tests):
                    continue
            if not self._date_ok(ev, q.date_lo, q.date_hi) or not self._weekday_ok(ev, q.weekday):
                continue
            if want and not set(want) & set(_topics_of(ev.text + " " + self._continuation(ev)[1])):
                continue
            kept.append(ev)
        if signed and any("sign" in e.kind.lower() for e in kept):
            kept = [e for e in kept if "sign" in e.kind.lower()]
        # the question's own words ("set up a working group"): the agreement's sentences must have them
        terms = [t for t in self._content_terms(q, found) if t not in TOPIC_SYNONYMS and t not in _DOC_WORDS]
        if terms:
            kept = [e for e in kept if self._has_terms(e.text + " " + self._continuation(e)[1], terms)]
        docs = [_DOC_WORDS[t] for t in q.tokens if t in _DOC_WORDS]
        doc_rx = re.compile(r"\b(?:" + "|".join(docs) + ")", re.I) if docs else None
        if doc_rx:
            kept = [e for e in kept if doc_rx.search(e.text)]
        kept = list({e.sentence_id: e for e in kept}.values())
        seen = {e.sentence_id for e in kept}
        extra = [] if (signed and kept) else [
            p for p in self._agree_sentences(q, parties, where, want)
            if p[3] not in seen and (not doc_rx or doc_rx.search(p[4])) and self._has_terms(p[4], terms)]
        if not kept and not extra:
            return self._decline(self._no_agreement_text(parties, where, want, q, signed), found, topics, frame)
        cites: list[Citation] = []
        lines: list[str] = []
        groups: dict[tuple, list[Ev]] = {}
        for ev in sorted(kept, key=self._ev_order):
            groups.setdefault((ev.source_id, ev.date or ""), []).append(ev)
        focus = [a for s in parties for a in sorted(s)]
        for i, grp in enumerate(groups.values()):
            if i < 12:
                for ev in grp:
                    self._inherit_place(ev)
            lines.append(self._agree_line(grp, focus))
            cites += [self._cite(ev.source_id, ev.sentence_id, ev.text) for ev in grp]
            for ev in grp:  # the sentences that spell an agreement out come after its own
                nxt = self._continuation(ev)
                if nxt[0] and nxt[0] not in seen:
                    cites.append(self._cite(ev.source_id, nxt[0], nxt[1]))
        for _pub, source_id, _pos, sid, text in extra:
            cites.append(self._cite(source_id, sid, text))
        cites = list({c.sentence_id: c for c in cites}.values())
        about = f" on {reply.join_names([self._topic_name(t) for t in want[:2]])}" if want else ""
        if len(lines) == 1 and not extra:
            head, lines = lines[0][:-1] + (f" ({about.strip()})" if about else "") + ":", []
        elif lines:
            n = len(lines)
            noun = ("signing" if signed else "agreement") + ("s" if n != 1 else "")
            head = f"{n} {noun}{about} in my sources, in date order" + (
                "; other passages on agreements follow:" if extra else ":")
        else:
            who = reply.join_names(self._display_names(focus)[:3])
            head = (f"My sources report no agreement{about} as a fact of their own, "
                    f"but {'this passage reports' if len(extra) == 1 else 'these passages report'} "
                    + (f"what {who} agreed:" if who else "what was agreed:"))
        return self._answered(head, cites[:3], lines, cites[3:], kept, [s for s in parties if self._is_person(s)])

    def _agree_slots(self, q, mentions, persons, places) -> tuple[list[set[int]], list[set[int]]]:
        """Parties (people, and countries not after 'in'/'at') and places where it was agreed."""
        parties = list(persons)
        where: list[set[int]] = []
        for m in sorted(mentions, key=lambda m: m.span[0]):
            ids = {a for a in m.actor_ids if self.index.kind(a) in ("place", "country")}
            if not ids or any(self.index.kind(a) in ("person", "org") for a in m.actor_ids):
                continue
            before = q.tokens[m.span[0] - 1] if 0 < m.span[0] <= len(q.tokens) else ""
            located = before in ("in", "at") or all(self.index.kind(a) == "place" for a in ids)
            slot = where if located else parties
            if ids not in slot:
                slot.append(ids)
        return parties, where

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

    def _agreement_events(self, parties: list[set[int]]) -> list[Ev]:
        if not parties:
            ids = [r[0] for r in self.conn.execute(f"SELECT e.id FROM events e WHERE {_AGREE_KINDS} ORDER BY e.date LIMIT 300")]
            return self._events(ids)
        subs, params = [], []
        for s in parties:
            wide = s | (self._countries_of(s) if self._is_person(s) else self._place_ids(s) | self._nationals(s))
            subs.append(f"SELECT event_id FROM event_participants WHERE actor_id IN ({','.join('?' * len(wide))})")
            params += sorted(wide)
        ids = [r[0] for r in self.conn.execute(
            f"SELECT e.id FROM events e WHERE e.id IN ({' INTERSECT '.join(subs)}) AND {_AGREE_KINDS}"
            " ORDER BY e.date LIMIT 300", params)]
        return self._events(ids)

    def _parties_ok(self, ev: Ev, parties: list[set[int]]) -> bool:
        """Every party named takes part: itself; a person's country when that person is in the
        same article; a country's people."""
        here = {a for a, _r in ev.parts}
        for s in parties:
            if here & s:
                continue
            if self._is_person(s):
                if not here & self._countries_of(s):
                    return False
                marks = ",".join("?" * len(s))
                if not self.conn.execute(f"SELECT 1 FROM aliases WHERE source_id = ? AND actor_id IN ({marks}) LIMIT 1",
                                         [ev.source_id, *sorted(s)]).fetchone():
                    return False
            elif not here & (self._place_ids(s) | self._nationals(s)):
                return False
        return True

    def _inherit_place(self, ev: Ev) -> None:
        """An agreement with no place of its own: the place of the meeting before it in the same
        article that one of its people attended ('After the talks, X and Y signed ...')."""
        if ev.place_id or ev.place:
            return
        people = {a for a, _r in ev.parts if self.index.kind(a) == "person"}
        if not people:
            return
        ids = [r[0] for r in self.conn.execute(
            "SELECT e.id FROM events e JOIN sentences s ON s.id = e.sentence_id WHERE e.source_id = ? AND"
            " s.position <= ? AND e.place IS NOT NULL LIMIT 50", [ev.source_id, ev.position])]
        before = [e for e in self._events(ids) if e.family in ("meet", "visit", "call") and people & {a for a, _r in e.parts}]
        if before:
            last = max(before, key=lambda e: (e.position, e.family != "visit"))
            ev.place, ev.place_id = last.place, last.place_id

    @staticmethod
    def _has_terms(text: str, terms: list[str]) -> bool:
        """Every term in the text, as a word or the start of one ('working' ~ 'work')."""
        f = quick_fold(text)
        return all(re.search(rf"\b{re.escape(t[:max(4, len(t) - 3)])}", f) for t in terms)

    def _people_named(self, ev: Ev) -> list[int]:
        """People of the event's article whose name (not a pronoun or role) its sentence spells."""
        f = quick_fold(ev.text)
        out = []
        for aid, alias in self.conn.execute(
                "SELECT DISTINCT a.actor_id, a.alias FROM aliases a JOIN actors x ON x.id = a.actor_id"
                " WHERE a.source_id = ? AND x.kind = 'person'", [ev.source_id]):
            al = quick_fold(alias)
            if aid in self.index.actors and aid not in out and len(al) >= 4 and al[:1].isalpha() and re.search(
                    rf"\b{re.escape(al)}\b", f) and alias[:1].isupper() and fold(alias) not in ("he", "she"):
                out.append(aid)
        return out

    def _continuation(self, ev: Ev) -> tuple[int | None, str]:
        """The next sentence when it spells the agreement out ('Accordingly, the two countries will ...')."""
        row = self.conn.execute("SELECT id, text FROM sentences WHERE source_id = ? AND position = ?",
                                [ev.source_id, ev.position + 1]).fetchone()
        if row and _CONTINUATION.match(row[1]):
            return row[0], row[1]
        return None, ""

    def _agree_line(self, grp: list[Ev], focus: list[int]) -> str:
        """'Vladimir Putin and Nguyen Phu Trong agreed in Hanoi on 20 June 2024.' (names the
        sentence itself gives first, countries only when no person took part)."""
        parts: list[int] = []
        for ev in grp:
            people = [a for a, _r in ev.parts if self.index.kind(a) in ("person", "org")]
            named = [a for a in people if self._mentions(ev.text, a)]
            if "sign" in ev.kind.lower():  # the people the signing sentence itself names
                named += [a for a in self._people_named(ev) if a not in named]
            for a in (named or people):
                if a not in parts:
                    parts.append(a)
        if not parts:
            parts = [a for ev in grp for a, _r in ev.parts]
        parts.sort(key=lambda a: a not in focus)
        who = reply.join_names(self._display_names(parts)[:4]) or "The sides"
        first = grp[0]
        kinds = {e.kind.lower() for e in grp}
        if any("sign" in k for k in kinds):
            sign_ev = next(e for e in grp if "sign" in e.kind.lower())
            m = _SIGNED_WHAT.search(sign_ev.text)
            what = ""
            if m:
                w = m.group(0)
                what = f" {w}" if w.lower().endswith("s") else f" {'an' if w[:1].lower() in 'aeiou' else 'a'} {w}"
            witnessed = re.search(r"\bwitness\w*\s+(?:the\s+)?signing\b", sign_ev.text, re.I)
            verb = f"witnessed the signing of{what or ' documents'}" if witnessed else f"signed{what}"
        elif any("declar" in k for k in kinds) and not any("agree" in k for k in kinds):
            verb = f"issued a {first.kind}" if "declar" in first.kind.lower() else "issued a declaration"
        else:
            verb = "agreed"
            decl = next((e.kind for e in grp if "declar" in e.kind.lower()), None)
            if decl:
                verb += f" and issued a {decl}"
        dated = next((e for e in grp if e.date or e.date_phrase), None)
        when = reply.fmt_when(dated.date, dated.date_end, dated.date_phrase) if dated else ""
        pub = self.sources_by_id.get(first.source_id, (None,) * 5)[3]
        if not (dated and dated.date) and pub:
            when = (when + " " if when else "") + f"(reported {reply.fmt_date(pub)})"
        place = next((e.place for e in grp if e.place), None)
        return f"{who} {verb}" + (f" in {place}" if place else "") + (f" {when}" if when else "") + "."

    def _agree_sentences(self, q, parties: list[set[int]], where: list[set[int]], want: list[str]):
        """Sentences that say something was agreed or signed, by the parties (named in it, speaking
        in it, or 'the two sides' of an article that names them): the extractor may miss one."""
        actor_ids = sorted({a for s in parties + where for a in s})
        params: list = [_AGREE_FTS]
        sql = ("SELECT s.id, s.source_id, s.position, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
               " WHERE sentences_fts MATCH ?")
        if actor_ids:
            marks = ",".join("?" * len(actor_ids))
            sql += (f" AND s.source_id IN (SELECT source_id FROM aliases WHERE actor_id IN ({marks})"
                    f" UNION SELECT e.source_id FROM events e JOIN event_participants p ON p.event_id = e.id"
                    f" WHERE p.actor_id IN ({marks}))")
            params += actor_ids + actor_ids
        rows = list(self.conn.execute(sql + " LIMIT 200", params))
        picked = []
        person_ids = {a for s in parties for a in s if self._is_person({a})}
        for sid, source_id, pos, text in rows:
            f = fold(text)
            if not _AGREE_RX.search(f) or re.search(r"\b(if|would|could|may|might|whether)\b[^,]{0,40}\b(agree|sign)", f):
                continue
            if person_ids:
                # every person named: in the sentence, speaking it, or one of 'the two sides' of an
                # article that names them all
                speakers = {r[0] for r in self.conn.execute("SELECT speaker_id FROM statements WHERE sentence_id = ?", [sid])}
                pair = re.search(r"\b(two countries|two sides|both sides|two leaders|the two|both leaders)\b", f)
                here = {r[0] for r in self.conn.execute("SELECT actor_id FROM aliases WHERE source_id = ?", [source_id])} \
                    if pair else set()
                if pair and here:
                    # 'the two sides' are the people of the last meeting before the sentence (or of
                    # the sentence's own agreement event), not anyone else the article names
                    here = self._pair_before(source_id, sid, pos) or here
                if not all(any(self._mentions(text, a) for a in s) or s & speakers or (pair and s & here)
                           for s in parties if self._is_person(s)):
                    continue
            if want and not set(want) & set(_topics_of(text)):
                continue
            if q.date_lo and not (q.date_lo[:4] <= self._pub(source_id)[:4] <= q.date_hi[:4]):
                continue
            picked.append((self._pub(source_id), source_id, pos, sid, text))
        return sorted(picked)

    def _pair_before(self, source_id: int, sentence_id: int, pos: int) -> set[int]:
        """The people 'the two sides' of a sentence stand for: its own agreement event's people,
        else those of the last meeting, call or visit with two or more people before it."""
        ids = [r[0] for r in self.conn.execute(
            "SELECT e.id FROM events e JOIN sentences s ON s.id = e.sentence_id WHERE e.source_id = ?"
            " AND s.position <= ? LIMIT 100", [source_id, pos])]
        best: tuple[int, int] | None = None
        people: set[int] = set()
        for e in self._events(ids):
            ps = {a for a, _r in e.parts if self.index.kind(a) == "person"}
            if len(ps) < 2 and not (e.sentence_id == sentence_id and ps):
                continue
            rank = (1 if e.sentence_id == sentence_id else 0, e.position)
            if best is None or rank > best:
                best, people = rank, ps
        return people

    def _no_agreement_text(self, parties, where, want, q, signed) -> str:
        who = reply.join_names(self._display_names([min(s) for s in parties])[:3])
        s = "My sources don't report " + (f"{who} {'signing' if signed else 'agreeing on'} anything" if who else
                                          ("anything signed" if signed else "an agreement"))
        if want:
            s += f" on {reply.join_names([self._topic_name(t) for t in want[:2]])}"
        if where:
            s += f" in {reply.join_names([self.index.name(min(w)) for w in where])}"
        if q.date_text:
            s += f" ({q.date_text})"
        return s + "."

    def _relationship(self, q, persons, places, found, topics, frame) -> Answer:
        countries = sorted({a for s in places + persons for a in s})
        fts = '"partnership" OR "relations" OR "relationship" OR "ties" OR "friendship"'
        rows = list(self.conn.execute(
            "SELECT s.id, s.source_id, s.position, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
            " WHERE sentences_fts MATCH ? LIMIT 300", [fts]))
        if countries:
            rows = [r for r in rows if all(self._mentions(r[3], a) or self._mentions_country_pair(r[3]) for a in countries)
                    or sum(self._mentions(r[3], a) for a in countries) >= 1]
        if not rows:
            return self._decline("My sources don't describe that relationship.", found, topics, frame)
        counts: dict[str, int] = {}
        for r in rows:
            for m in _REL_NAME.finditer(r[3]):
                name = " ".join(m.group(0).lower().split())
                counts[name] = counts.get(name, 0) + 1
        since = self._since_events(countries)
        for sid, source_id, pos, text in rows:
            y = self._since_year(text)
            if y and not any(c[1] == sid and c[0][0] == y[0] for c in since):
                since.append((y, sid, source_id, text))
        asked = self._asked_relation(q)
        if asked:  # "When was the comprehensive strategic partnership established?": that one
            since = [c for c in since if asked in " ".join(fold(c[3]).split())]
        names_ = self._display_names(countries)[:2]
        pair = reply.join_names(names_) if names_ else "The two countries"
        since_q = re.search(r"\b(since|how long|what year|when)\b", " ".join(q.tokens))
        if asked and since_q and not since:
            # "Since when … diplomatic ties?" when only another relationship is dated: not that one
            return self._decline(f"My sources don't date the start of {asked} between {pair}.", found, topics, frame)
        cites: list[Citation] = []
        if asked and since:
            y, sid, source_id, text = since[0][0], since[0][1], since[0][2], since[0][3]
            m = _REL_NAME.search(text) if asked in fold(text) else None
            shown = next((m2.group(0) for m2 in _REL_NAME.finditer(text) if fold(m2.group(0)).endswith(asked)
                          or asked in fold(m2.group(0))), asked)
            who = f" between {pair}" if names_ else ""
            head = f"The {shown.lower()}{who} dates from {y[0]} ({y[1]})."
            cites = [self._cite(source_id, sid, text)]
            return self._answered(head, cites, [], [], [], [])
        if counts:
            best = max(counts, key=lambda k: (counts[k], len(k)))
            head = f"{pair}: a {best}" if names_ else f"My sources describe it as a {best}"
            first = next(r for r in sorted(rows, key=lambda r: (self._pub(r[1]), r[2])) if best in " ".join(r[3].lower().split()))
            cites.append(self._cite(first[1], first[0], first[3]))
        else:
            head = f"{pair}: my sources describe the relations below"
            first = sorted(rows, key=lambda r: (self._pub(r[1]), r[2]))[0]
            cites.append(self._cite(first[1], first[0], first[3]))
        if since:
            best_name = max(counts, key=lambda k: (counts[k], len(k))) if counts else ""
            since.sort(key=lambda c: (best_name not in " ".join(c[3].lower().split()), c[0]))
            y, sid, source_id, text, = since[0][0], since[0][1], since[0][2], since[0][3]
            if best_name and best_name in " ".join(text.lower().split()):
                head += f", since {y[0]} ({y[1]})"
            else:
                head += f"; my sources date relations back to {y[0]} ({y[1]})"
            cites.insert(0, self._cite(source_id, sid, text))
        elif re.search(r"\bsince\b|\bhow long\b", " ".join(q.tokens)):
            head += "; my sources don't say since when"
        head += "."
        cites = list({c.sentence_id: c for c in cites}.values())
        return self._answered(head, cites[:3], [], cites[3:], [], [])

    def _asked_relation(self, q: Question) -> str | None:
        """The relationship the question names ("comprehensive strategic partnership"), folded."""
        m = _REL_NAME.search(" ".join(q.tokens))
        if m:
            return " ".join(m.group(0).split())
        for w in ("partnership", "friendship", "alliance", "treaty"):
            if w in q.tokens:
                return w
        return None

    def _since_events(self, countries: list[int]) -> list[tuple[tuple[str, str], int, int, str]]:
        """Start dates the extractor stored as events ("established", derived from an anniversary)."""
        out = []
        for eid, date, phrase, how, occasion, sid, source_id, text in self.conn.execute(
                "SELECT e.id, e.date, e.date_phrase, e.date_how, e.occasion, s.id, s.source_id, s.text FROM events e"
                " JOIN sentences s ON s.id = e.sentence_id WHERE e.kind LIKE '%establish%' AND e.date IS NOT NULL"
                " LIMIT 100"):
            if countries:
                parts = {r[0] for r in self.conn.execute("SELECT actor_id FROM event_participants WHERE event_id = ?", [eid])}
                canon = {self._canon_place(a) for a in parts}
                if not all(a in parts or self._canon_place(a) in canon for a in countries):
                    continue
            year = date[:4]
            if how and how.startswith("anniversary") and phrase:
                desc = f"derived: the source says “{phrase}”"
            elif phrase:
                desc = f"“{phrase}”"
            else:
                desc = f"established in {year}"
            out.append(((year, desc), sid, source_id, text))
        return out

    def _mentions_country_pair(self, text: str) -> bool:
        return bool(re.search(r"\b(two countries|two nations|bilateral)\b", text, re.IGNORECASE))

    @staticmethod
    def _since_year(text: str) -> tuple[str, str] | None:
        """(year, how) when a sentence dates the start: 'since 1950', 'established in 2012',
        'the 10th anniversary of establishing ... in 2022' -> 2012."""
        m = re.search(r"\bsince (1[89]\d\d|20\d\d)\b", text)
        if m:
            return m.group(1), f"“since {m.group(1)}”"
        m = re.search(r"\b(established|set up|signed|upgraded|elevated)\b[^.]{0,60}?\bin (1[89]\d\d|20\d\d)\b", text)
        if m and "anniversary" not in text[: m.start()]:
            return m.group(2), f"{m.group(1)} in {m.group(2)}"
        m = re.search(r"\banniversary of\b[^.]{0,120}?\bin (1[89]\d\d|20\d\d)\b", text)
        if m:
            before = text[: m.start()]
            n = None
            for a in _ANNIV.finditer(before[-30:]):
                n = int(a.group(1)) if a.group(1) else _ORDINALS[a.group(2).lower()]
            if n:
                year = int(m.group(1)) - n
                return str(year), f"derived: its {_ord(n)} anniversary was marked in {m.group(1)}"
        return None

    # -- profile ----------------------------------------------------------------------------

    def _profile(self, q: Question, found: Found, topics, frame=None) -> Answer:
        mentions = frame.mentions if frame else found.mentions
        ids = []
        for m in mentions:
            for a in sorted(m.actor_ids):
                if a not in ids:
                    ids.append(a)
        if not ids:
            return self._decline(reply.DECLINE if not q.raw.strip() else
                                 f"My sources don't mention “{q.raw.strip()[:60]}”.", found, topics, frame)
        aid = ids[0]
        name = self.index.name(aid)
        titles = [r[0] for r in self.conn.execute(
            "SELECT t.title FROM titles t JOIN sources s ON s.id = t.source_id WHERE t.actor_id = ?"
            " ORDER BY s.date DESC", [aid])]
        titles = list(dict.fromkeys(titles))[:3]
        ev_ids = [r[0] for r in self.conn.execute(
            "SELECT event_id FROM event_participants WHERE actor_id = ? LIMIT 200", [aid])]
        if self.index.kind(aid) in ("place", "country"):
            ev_ids += [r[0] for r in self.conn.execute("SELECT id FROM events WHERE place_id = ? LIMIT 200", [aid])]
        evs = self._dedupe(self._events(sorted(set(ev_ids))))
        n_agree = sum(1 for e in evs if e.family == "agree")
        evs = [e for e in evs if e.family != "agree"]  # an agreement is no meeting or visit
        n_st = self.conn.execute("SELECT COUNT(*) FROM statements WHERE speaker_id = ?", [aid]).fetchone()[0]
        n_src = self.conn.execute("SELECT COUNT(DISTINCT source_id) FROM aliases WHERE actor_id = ?", [aid]).fetchone()[0]
        head = name + (f" ({'; '.join(titles)})" if titles else "")
        facts = []
        if evs:
            facts.append(f"{len(evs)} meeting{'s' if len(evs) != 1 else ''} or visit{'s' if len(evs) != 1 else ''}")
        if n_agree:
            facts.append(f"{n_agree} agreement{'s' if n_agree != 1 else ''} or signing{'s' if n_agree != 1 else ''}")
        if n_st:
            facts.append(f"{n_st} statement{'s' if n_st != 1 else ''}")
        head += f": in {n_src} of my articles" + (f", with {reply.join_names(facts)}." if facts else ".")
        lines = [self._event_line(e, {aid}) for e in evs[:8]]
        cites = [self._cite(e.source_id, e.sentence_id, e.text) for e in evs]
        if not cites:
            st = self._statements([r[0] for r in self.conn.execute(
                "SELECT id FROM statements WHERE speaker_id = ? LIMIT 3", [aid])])
            cites = [self._cite(s.source_id, s.sentence_id, s.text) for s in st]
        if not cites:
            row = self.conn.execute(
                "SELECT s.id, s.source_id, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
                " WHERE sentences_fts MATCH ? LIMIT 1", [" ".join(f'"{w}"' for w in fold(name).split())]).fetchone()
            if row:
                cites = [self._cite(row[1], row[0], row[2])]
        if not cites:
            return self._decline(f"My sources don't say anything about {name}.", found, topics, frame)
        return self._answered(head, cites[:3], lines, cites[3:], evs, [{aid}])

    # -- answers and declines ---------------------------------------------------------------

    def _cite(self, source_id: int, sentence_id: int, text: str) -> Citation:
        file, title, outlet, date, _url = self.sources_by_id.get(source_id, ("?", None, None, None, None))
        return Citation(source=file, title=title, outlet=outlet, date=date, quote=text, sentence_id=sentence_id)

    def _answered(self, head: str, cites: list[Citation], lines: list[str], more: list[Citation], evs: list[Ev],
                  persons, statements: list[St] | None = None) -> Answer:
        ans = Answer(answered=True, text=reply.compose(head, cites, lines), headline=head, citations=cites, more=more)
        ans._events = [e.id for e in evs]  # type: ignore[attr-defined]
        ans._answer_actors = sorted({a for e in evs for a, _r in e.parts if self.index.kind(a) == "person"} |
                                    {s.speaker_id for s in statements or [] if s.speaker_id})  # type: ignore[attr-defined]
        return ans

    def _decline(self, head: str, found: Found, topics: list[str], frame) -> Answer:
        suggestions = [] if self._suggesting else self.suggest(found, topics)
        ans = Answer(answered=False, text=reply.decline_text(head, suggestions), headline=head, suggestions=suggestions)
        ans._events = []  # type: ignore[attr-defined]
        ans._answer_actors = []  # type: ignore[attr-defined]
        return ans

    # -- suggestions ------------------------------------------------------------------------

    def suggest(self, found: Found | None = None, topics: list[str] | None = None, n: int = 3) -> list[str]:
        """Two or three questions about what the question did recognise, each checked answerable."""
        cands: list[str] = []
        actor_ids: list[int] = []
        for m in (found.mentions if found else []):
            for a in sorted(m.actor_ids):
                if a not in actor_ids:
                    actor_ids.append(a)
        persons = [a for a in actor_ids if self.index.kind(a) == "person"]
        for aid in persons[:2]:
            cands += self._questions_about(aid, topics or [])
        for t in (topics or [])[:2]:
            if not self._topic_reads_back(t):
                continue
            for sp in self.conn.execute(
                    "SELECT DISTINCT t.speaker_id FROM statement_topics x JOIN statements t ON t.id = x.statement_id"
                    " WHERE x.topic = ? AND t.speaker_id IS NOT NULL LIMIT 2", [t]):
                if sp[0] in self.index.actors and self._name_reads_back(sp[0]):
                    cands.append(f"What did {self.index.name(sp[0])} say about {t}?")
        if len(cands) < n:
            if self._top_people is None:  # the most active people, once per engine
                self._top_people = [r[0] for r in self.conn.execute(
                    "SELECT p.actor_id, COUNT(*) c FROM event_participants p JOIN actors a ON a.id = p.actor_id"
                    " WHERE a.kind = 'person' GROUP BY p.actor_id ORDER BY c DESC LIMIT 3")]
            for aid in self._top_people:
                cands += self._questions_about(aid, topics or [])[:2]
        # every template is built from stored facts and its names and topic are checked to read
        # back as themselves, so no suggestion needs asking (a decline stays a few SQL queries)
        return list(dict.fromkeys(cands))[:n]

    def _questions_about(self, aid: int, topics: list[str]) -> list[str]:
        key = (aid, tuple(topics))
        if key not in self._about_memo:
            if len(self._about_memo) > 2000:
                self._about_memo.clear()
            self._about_memo[key] = self._make_questions_about(aid, topics)
        return self._about_memo[key]

    def _make_questions_about(self, aid: int, topics: list[str]) -> list[str]:
        """Questions about one person that the store answers by construction: a meeting with
        another person, statements on a topic; names and topics that read back as themselves."""
        if not self._name_reads_back(aid):
            return []
        name = self.index.name(aid)
        out = []
        for other, kind in self.conn.execute(
                "SELECT p2.actor_id, e.kind FROM event_participants p1 JOIN event_participants p2 ON p1.event_id = p2.event_id"
                " JOIN events e ON e.id = p1.event_id JOIN actors a ON a.id = p2.actor_id"
                " WHERE p1.actor_id = ? AND p2.actor_id != ? AND a.kind = 'person' LIMIT 20", [aid, aid]):
            fam = Ev(0, kind, 0, 0, None, None, None, None, None, None, None, 1.0, "", 0).family
            if fam in ("meet", "call") and other in self.index.actors and self._name_reads_back(other):
                out.append(f"When did {name} meet {self.index.name(other)}?")
                out.append(f"Who did {name} meet?")
                break
        rows = list(self.conn.execute(
            "SELECT x.topic, COUNT(*) c FROM statements t JOIN statement_topics x ON x.statement_id = t.id"
            " WHERE t.speaker_id = ? GROUP BY x.topic ORDER BY c DESC LIMIT 5", [aid]))
        wanted = [t for t in [r[0] for r in rows if r[0] in topics] + [r[0] for r in rows] if self._topic_reads_back(t)]
        if wanted:
            out.insert(1, f"What did {name} say about {wanted[0]}?")
        return out

    def _name_reads_back(self, aid: int) -> bool:
        """Does the actor's display name, asked about, find this actor and no one else?"""
        key = ("name", aid)
        if key not in self._answerable_memo:
            q = parse(f"Who did {self.index.name(aid)} meet?")
            found = self.index.find(q)
            ids = [m.actor_ids for m in found.mentions]
            self._answerable_memo[key] = len(ids) == 1 and ids[0] == {aid} and not found.unknown_roles
        return self._answerable_memo[key]

    def _topic_reads_back(self, topic: str) -> bool:
        key = ("topic", topic)
        if key not in self._answerable_memo:
            q = parse(f"What was said about {topic}?")
            self._answerable_memo[key] = topic in self._topics(q)[0] and not self._unknown_terms(q, self.index.find(q), self._topics(q)[1])
        return self._answerable_memo[key]


def _ord(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
