"""What retrieval and ranking read from the store question after question, read once and kept.

An open engine answers from the store as it was when opened (as its actor and event indexes do),
so an article's sentences and their actor ties, the articles an actor is tied to and how often,
the articles naming a place, and how many sentences hold a word come out the same for every
question that needs them. At 100,000 facts reading them again for each question was most of its
time. Each cache is bounded: the article cache forgets the least recently used articles, the
small ones start over when full.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict

from knowledge.answer import body_doer, compose, pronoun_back, retrieve, title_words, typos
from knowledge.names import PLACE_COUNTRY

MAX_SENTENCES = 30_000  # sentences of cached articles, and as many found by their words (~12 MB each)
MAX_ENTRIES = 20_000  # terms, actors, places and articles in each of the small caches

# (sentence id, source id, position, paragraph, text, ((actor id, how), …) in actor order)
SentenceRow = tuple[int, int, int, int, str, tuple[tuple[int, str], ...]]


class StoreMemo:
    """The store connection with memory: the lookups below, each computed once per key."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self._df: dict[str, int] = {}
        self._df_prefix: dict[str, int] = {}  # paraphrases searched as prefixes ('promis*')
        self._vocab: dict[str, bool] = {}
        self._searches: dict[tuple[str, int], tuple[int, ...]] = {}  # (FTS match, limit) -> sentence ids
        self._closest: dict[str, str | None] = {}
        self._swapped: dict[str, str | None] = {}
        self._slips: dict[str, str | None] = {}
        self._by_actor: dict[int, dict[int, int]] = {}
        self._named: dict[frozenset[int], set[int]] = {}
        self._central: dict[int, set[int]] = {}
        self._forms: dict[int, tuple[str, ...]] = {}
        self._demonyms: dict[int, tuple[str, ...]] = {}
        self._body_names: dict[int, tuple[str, ...]] = {}
        self._country: dict[int, str | None] = {}
        self._in_article: dict[int, set[int]] = {}
        self._articles: OrderedDict[int, tuple[SentenceRow, ...]] = OrderedDict()
        self._by_id: OrderedDict[int, SentenceRow] = OrderedDict()  # sentences found by their words
        self._claims: dict[tuple, bool] = {}  # (event id, quoted ids) -> compose.event_claim_ok of it
        self._facts: dict[int, dict] = {}  # sentence id -> sentence_facts of it
        self._followers: dict[int, tuple[int, ...]] = {}  # sentence id -> pronoun_back.followers of it
        self.before: dict[tuple[int, int], tuple] = {}  # (article, position) -> (paragraph, text): preceding.py
        self._cached_sentences = 0
        self._rows: OrderedDict[tuple, tuple[tuple, ...]] = OrderedDict()  # see candidate_rows
        self._rows_size = 0
        self._titles: dict[str, frozenset[int]] | None = None  # see titled

    def doc_count(self, term: str, prefix: bool = False) -> int:
        """retrieve.doc_count: sentences holding the word (`prefix`: a word starting with it),
        counted up to retrieve.RARE + 1."""
        memo = self._df_prefix if prefix else self._df
        n = memo.get(term)
        if n is None:
            n = _put(memo, term, retrieve.doc_count(self.conn, term, prefix=prefix))
        return n

    def search_ids(self, match: str, limit: int) -> list[int]:
        """retrieve's full-text search (sentence ids matching, unranked, at most `limit`), run once per
        search: reader-style questions about the same words search the same."""
        got = self._searches.get((match, limit))
        if got is None:
            got = _put(self._searches, (match, limit), tuple(retrieve.search_ids(self.conn, match, limit)))
        return list(got)

    def in_vocab(self, term: str) -> bool:
        hit = self._vocab.get(term)
        if hit is None:
            hit = _put(self._vocab, term, retrieve.in_vocab(self.conn, term))
        return hit

    def swapped_word(self, term: str) -> str | None:
        """retrieve.swapped_word: the written word a typo with two letters swapped stands for."""
        if term not in self._swapped:
            _put(self._swapped, term, retrieve.swapped_word(self.conn, term))
        return self._swapped[term]

    def slip_word(self, term: str) -> str | None:
        """typos.slip_of: the written word a typo one letter off stands for ('capcity', 'grup')."""
        if term not in self._slips:
            _put(self._slips, term, typos.slip_of(self.conn, term))
        return self._slips[term]

    def closest_word(self, term: str, vocab: list[str]) -> str | None:
        """retrieve.closest_word in `vocab`, the store's vocabulary (the same list on every call): a
        fuzzy scan of every word of the store, worth doing once per word."""
        if term not in self._closest:
            _put(self._closest, term, retrieve.closest_word(term, vocab))
        return self._closest[term]

    def _title_index(self) -> dict[str, frozenset[int]]:
        """title_words.title_index of this store, read on first use."""
        if self._titles is None:
            self._titles = title_words.title_index(self.conn)
        return self._titles

    def titled(self, term: str) -> frozenset[int]:
        """The articles whose headline has the folded word."""
        return self._title_index().get(term, frozenset())

    def titled_sources(self, terms: list[str], df: dict[str, int]) -> set[int] | None:
        """title_words.titled_sources over this store's headlines."""
        return title_words.titled_sources(self._title_index(), terms, df)

    def actor_sources(self, actor_id: int) -> dict[int, int]:
        """source id -> how many of its sentences are tied to the actor (sentence_actors rows)."""
        got = self._by_actor.get(actor_id)
        if got is None:
            got = _put(self._by_actor, actor_id, dict(self.conn.execute(
                "SELECT s.source_id, count(*) FROM sentence_actors sa JOIN sentences s ON s.id = sa.sentence_id"
                " WHERE sa.actor_id = ? GROUP BY s.source_id", [actor_id])))
        return got

    def named_sources(self, slot: set[int]) -> set[int]:
        """retrieve.named_sources: articles whose text names one of the slot's actors."""
        key = frozenset(slot)
        got = self._named.get(key)
        if got is None:
            got = _put(self._named, key, retrieve.named_sources(self.conn, slot))
        return got

    def name_forms(self, actor_id: int) -> tuple[str, ...]:
        """retrieve.name_forms: the actor's proper-name aliases as folded word runs."""
        got = self._forms.get(actor_id)
        if got is None:
            got = _put(self._forms, actor_id, retrieve.name_forms(self.conn, actor_id))
        return got

    def body_names(self, actor_id: int) -> tuple[str, ...]:
        """body_doer.body_names: every name a body goes by, lower-cased word runs."""
        got = self._body_names.get(actor_id)
        if got is None:
            got = _put(self._body_names, actor_id, body_doer.body_names(self.conn, actor_id))
        return got

    def demonyms(self, actor_id: int) -> tuple[str, ...]:
        """retrieve.demonyms: the adjectives naming a country actor."""
        got = self._demonyms.get(actor_id)
        if got is None:
            got = _put(self._demonyms, actor_id, retrieve.demonyms(self.conn, actor_id))
        return got

    def place_country(self, actor_id: int) -> str | None:
        """The country a place actor lies in, when the lexicon knows it ("Irkutsk" -> Russia)."""
        if actor_id not in self._country:
            row = self.conn.execute("SELECT name FROM actors WHERE id = ?", [actor_id]).fetchone()
            _put(self._country, actor_id, PLACE_COUNTRY.get(row[0]) if row else None)
        return self._country[actor_id]

    def claim_ok(self, event_id: int, quoted: list[int] = ()) -> bool:
        """compose.event_claim_ok: does the event's own sentence (and those quoted with it) bear out
        its row (read from the store, folded and matched alias by alias: the same answer every time)."""
        key = (event_id, tuple(quoted))
        got = self._claims.get(key)
        if got is None:
            got = _put(self._claims, key, compose.event_claim_ok(self.conn, event_id, quoted))
        return got

    def central(self, source_id: int) -> set[int]:
        """The participants of the article's confident events (rank.Ranker._central)."""
        got = self._central.get(source_id)
        if got is None:
            got = _put(self._central, source_id, {r[0] for r in self.conn.execute(
                "SELECT DISTINCT p.actor_id FROM events e JOIN event_participants p ON p.event_id = e.id"
                " WHERE e.source_id = ? AND e.confidence >= 0.5", [source_id])})
        return got

    def in_article(self, source_id: int) -> set[int]:
        """Every actor tied to some sentence of the article."""
        got = self._in_article.get(source_id)
        if got is None:
            rows = self._articles.get(source_id)
            got = _put(self._in_article, source_id, {a for r in rows for a, _how in r[5]} if rows is not None else {
                r[0] for r in self.conn.execute(
                    "SELECT DISTINCT sa.actor_id FROM sentence_actors sa JOIN sentences s ON s.id = sa.sentence_id"
                    " WHERE s.source_id = ?", [source_id])})
        return got

    def followers(self, ids: list[int]) -> list[int]:
        """pronoun_back.followers, each sentence's read once."""
        if len(self._followers) + len(ids) > 2 * MAX_ENTRIES:  # (most sentences have none: small)
            self._followers.clear()
        return pronoun_back.followers(self.conn, ids, self._followers)

    def sentences(self, sources: set[int]) -> list[SentenceRow]:
        """Every sentence of the articles, in (source id, position) order, with its actor ties."""
        arts = self._articles
        missing = sorted(s for s in sources if s not in arts)
        if missing:
            self._read_articles(missing)
        out: list[SentenceRow] = []
        for s in sorted(sources):
            rows = arts.get(s)
            if rows is None:  # read and already forgotten (more articles than the cache holds)
                self._read_articles([s])
                rows = arts[s]
            arts.move_to_end(s)
            out.extend(rows)
        return out

    def sentence_facts(self, sentence_ids: list[int]) -> dict[int, dict]:
        """sentence_facts (the sentences' event participants and statement speakers), each
        sentence's read once; a sentence with neither is left out, as there."""
        memo = self._facts
        missing = [i for i in sentence_ids if i not in memo]
        if missing:
            if len(memo) + len(missing) > MAX_ENTRIES:
                memo.clear()
                missing = list(sentence_ids)
            got = sentence_facts(self.conn, missing)
            memo.update({i: got.get(i) for i in missing})
        return {i: f for i in sentence_ids if (f := memo[i]) is not None}

    def sentences_by_id(self, ids: list[int]) -> list[SentenceRow]:
        """The sentences with these ids (those that exist), in id order, with their actor ties."""
        memo = self._by_id
        got: dict[int, SentenceRow] = {}
        for i in set(ids):
            row = memo.get(i)
            if row is not None:
                memo.move_to_end(i)
                got[i] = row
        missing = sorted(set(ids) - got.keys())
        if missing:
            marks = ",".join(str(int(i)) for i in missing)
            ties: dict[int, list[tuple[int, str]]] = {}
            for sid, aid, how in self.conn.execute(
                    f"SELECT sentence_id, actor_id, how FROM sentence_actors WHERE sentence_id IN ({marks})"):
                ties.setdefault(sid, []).append((aid, how))
            for sid, src, pos, para, text in self.conn.execute(
                    f"SELECT id, source_id, position, paragraph, text FROM sentences WHERE id IN ({marks})"):
                got[sid] = memo[sid] = (sid, src, pos, para, text, tuple(sorted(ties.get(sid, ()))))
            while len(memo) > MAX_SENTENCES:
                memo.popitem(last=False)
        return [got[i] for i in sorted(got)]

    def candidate_rows(self, key: tuple, compute) -> list[tuple]:
        """retrieve's candidate sentences with the ties it adds (by name, adjective, pronoun), as
        `compute` gives them, kept by what decides them (`key`: the articles, the sentences found by
        their words, the entities asked, …): the same for every question about the same people
        (naming a surname that many people share, hundreds of sentences are searched for every
        namesake's name), as the ties come from the store alone. Least recently used forgotten past
        MAX_SENTENCES rows; a fresh list."""
        memo = self._rows
        got = memo.get(key)
        if got is None:
            got = memo[key] = tuple(compute())
            self._rows_size += len(got)
            while self._rows_size > MAX_SENTENCES and len(memo) > 1:
                _key, old = memo.popitem(last=False)
                self._rows_size -= len(old)
        else:
            memo.move_to_end(key)
        return list(got)

    def _read_articles(self, sources: list[int]) -> None:
        marks = ",".join(str(int(s)) for s in sources)
        ties: dict[int, list[tuple[int, str]]] = {}
        for sid, aid, how in self.conn.execute(
                "SELECT sa.sentence_id, sa.actor_id, sa.how FROM sentence_actors sa JOIN sentences s"
                f" ON s.id = sa.sentence_id WHERE s.source_id IN ({marks})"):
            ties.setdefault(sid, []).append((aid, how))
        by_source: dict[int, list[SentenceRow]] = {s: [] for s in sources}
        for sid, src, pos, para, text in self.conn.execute(
                f"SELECT id, source_id, position, paragraph, text FROM sentences WHERE source_id IN ({marks})"
                " ORDER BY source_id, position, id"):
            by_source[src].append((sid, src, pos, para, text, tuple(sorted(ties.get(sid, ())))))
        for src, rows in by_source.items():
            self._articles[src] = tuple(rows)
            self._cached_sentences += len(rows)
        while self._cached_sentences > MAX_SENTENCES and len(self._articles) > len(sources):
            _src, rows = self._articles.popitem(last=False)
            self._cached_sentences -= len(rows)


def _put(cache: dict, key, value):
    if len(cache) >= MAX_ENTRIES:
        cache.clear()
    cache[key] = value
    return value


def sentence_facts(conn: sqlite3.Connection, sentence_ids: list[int]) -> dict[int, dict]:
    """sentence id -> {"participants": actor ids of its events, "speakers": its statements' speakers}."""
    out: dict[int, dict] = {}
    if not sentence_ids:
        return out
    ids = ",".join(str(i) for i in sentence_ids)
    for sid, aid in conn.execute(f"SELECT e.sentence_id, p.actor_id FROM events e JOIN event_participants p"
                                 f" ON p.event_id = e.id WHERE e.sentence_id IN ({ids})"):
        out.setdefault(sid, {}).setdefault("participants", set()).add(aid)
    for sid, aid in conn.execute(f"SELECT sentence_id, speaker_id FROM statements WHERE sentence_id IN ({ids})"
                                 f" AND speaker_id IS NOT NULL"):
        out.setdefault(sid, {}).setdefault("speakers", set()).add(aid)
    return out
