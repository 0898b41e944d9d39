"""The retrieval index: every sentence with the actors it names or refers to.

Search must find a sentence by what the loader resolved in it, not only by its words: "He said
…" is Putin's sentence once the statement's speaker is known, and "the guest" is the visitor of
the sentence's event. So each sentence gets a row in `sentence_actors` (an indexed actor →
sentence table, for narrowing by the people a question names) and a row in `passages_fts`,
whose second column holds those actors' names and aliases. The FTS5 tokenizer stems English
(porter) and folds diacritics, so "signings" finds "signed" and "Ha Noi" finds "Hà Nội".
"""

from __future__ import annotations

import re
import sqlite3
from functools import lru_cache

from knowledge.facts import Article
from knowledge.names import fold

PASSAGE_TOKENIZE = "porter unicode61 remove_diacritics 2"

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS sentence_actors (
    sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    how TEXT NOT NULL,
    PRIMARY KEY (sentence_id, actor_id)
);
CREATE INDEX IF NOT EXISTS sentence_actors_actor ON sentence_actors(actor_id);
CREATE INDEX IF NOT EXISTS events_sentence ON events(sentence_id);
CREATE INDEX IF NOT EXISTS statements_sentence ON statements(sentence_id);
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(text, actors, tokenize='{PASSAGE_TOKENIZE}');
CREATE VIRTUAL TABLE IF NOT EXISTS passages_vocab USING fts5vocab(passages_fts, 'row');
"""

# how an actor is tied to a sentence, strongest first (a sentence keeps the strongest tie)
_HOW_RANK = {"event": 0, "speaker": 1, "named": 2}


@lru_cache(maxsize=4096)
def _alias_rx(folded_alias: str) -> re.Pattern:
    return re.compile(r"(?<![a-z0-9])" + re.escape(folded_alias) + r"(?![a-z0-9])")


def _named_in(folded_text: str, aliases: set[str]) -> bool:
    for a in aliases:
        fa = fold(a)
        if len(fa) >= 3 and fa in folded_text and _alias_rx(fa).search(folded_text):
            return True
    return False


def sentence_ties(article: Article) -> dict[int, dict[str, str]]:
    """sentence position -> {actor name: how} for every actor the sentence names or refers to."""
    ties: dict[int, dict[str, str]] = {}

    def tie(pos: int, name: str | None, how: str) -> None:
        if not name:
            return
        cur = ties.setdefault(pos, {})
        if name not in cur or _HOW_RANK[how] < _HOW_RANK[cur[name]]:
            cur[name] = how

    for ev in article.events:
        for p in ev.participants:
            tie(ev.sentence, p.actor, "event")
        tie(ev.sentence, ev.place, "event")
    for st in article.statements:
        tie(st.sentence, st.speaker, "speaker")
    for s in article.sentences:
        ft = fold(s.text)
        for actor in article.actors:
            if _named_in(ft, {actor.name, *actor.aliases}):
                tie(s.position, actor.name, "named")
    return ties


def index_article(db: sqlite3.Connection, article: Article, sentence_ids: dict[int, int],
                  actor_id, actor_aliases: dict[str, set[str]]) -> None:
    """Write the sentence → actor ties and the passage rows of one article (caller's transaction)."""
    ties = sentence_ties(article)
    for s in article.sentences:
        sid = sentence_ids[s.position]
        names: list[str] = []
        for name, how in ties.get(s.position, {}).items():
            aid = actor_id(name)
            if aid is None:
                continue
            db.execute("INSERT OR IGNORE INTO sentence_actors(sentence_id, actor_id, how) VALUES (?, ?, ?)",
                       [sid, aid, how])
            names.extend(sorted({name, *actor_aliases.get(name, set())}))
        lead = _lead(article.text, s.start)
        for place, kind in _lead_places(lead):
            aid = actor_id(place, kind)
            if aid is not None:
                db.execute("INSERT OR IGNORE INTO sentence_actors(sentence_id, actor_id, how) VALUES (?, ?, ?)",
                           [sid, aid, "dateline"])
                names.append(place)
        db.execute("INSERT INTO passages_fts(rowid, text, actors) VALUES (?, ?, ?)",
                   [sid, _fold_d(lead + s.text), _fold_d(" ; ".join(names))])


def _fold_d(text: str) -> str:
    """"đ" as "d": the tokenizer folds diacritics but keeps "đ", so "Đổi Mới" would never match "Doi Moi"."""
    return text.replace("đ", "d").replace("Đ", "D")


def _lead_places(lead: str) -> list[tuple[str, str]]:
    """The places a dateline names ("VIETNAM, March 5 - HÀ NỘI —" -> Vietnam, Hanoi), by the names
    lexicon only: a dateline's other words (months, outlets) name nothing."""
    from knowledge.names import canonical_country, canonical_place

    out = []
    for chunk in re.split(r"[,(–—-]+", lead):
        chunk = chunk.strip(" )")
        if not chunk or any(ch.isdigit() for ch in chunk):
            continue
        country = canonical_country(chunk)
        place = None if country else canonical_place(chunk)
        if country or place:
            out.append((country or place, "country" if country else "place"))
    return out


def _lead(text: str, start: int) -> str:
    """What the segmenter cut off before a sentence on its own line: a dateline ("JAKARTA,
    September 7, 2023 (VNA) –"), searched with the sentence so that the place it names is a word
    the articles know; never quoted (quotes come from the sentence alone)."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    if not lead.strip() or len(lead) > 80 or re.search(r"[.!?]\s+[A-Z]", lead):
        return ""
    return lead


def delete_source(db: sqlite3.Connection, source_id: int) -> None:
    """Drop one article's passage rows (before its sentences go)."""
    ids = [r[0] for r in db.execute("SELECT id FROM sentences WHERE source_id = ?", [source_id])]
    db.executemany("DELETE FROM sentence_actors WHERE sentence_id = ?", [(i,) for i in ids])
    db.executemany("DELETE FROM passages_fts WHERE rowid = ?", [(i,) for i in ids])
