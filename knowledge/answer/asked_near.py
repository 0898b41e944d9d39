"""Is an entity the question asks about there for the best sentence, though the sentence is not tied
to it? The decision (pipeline.py) counts a sentence as away from an entity asked only on evidence,
not on a mere absence that the sentence's own words cover:

- The sentence writes the entity's name as the question words it ("HS codes", "study AI"), though
  the loader tied no actor to it there: the name is written, nothing is missing.
- A body or place is the subject of the sentence's article (its title or opening sentence names
  it), and the sentence is of that article: news names the venture, the airline or the island once
  and then writes around it ("the venture pumped …", "the flight linked …", "the group signed …").
  A person is not written around so freely: only in the article's first few sentences, when its
  opening names the person and the sentence's subject is a pronoun or a common noun for someone ("The
  18-year-old won …" after "Grandmaster X won …"); elsewhere the ranker's own reading stands
  (rank._slot_around: "He", "the guest" after the sentence that names him). A place is so only when
  the sentence does not tell of something in another city ("… was killed in St Petersburg" under
  an article opening in Moscow): a question setting that in the opening city is a false premise.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.names import fold

_BODY_KINDS = {"org", "place", "country"}


def written_in(sentence: str, words: str | None) -> bool:
    """Does the sentence write the entity's name as the question words it (a short acronym in
    capitals, as asked: "AI", "HS")?"""
    if not words or not words.strip():
        return False
    if len(words.strip()) <= 3:
        return re.search(r"\b" + re.escape(words.strip().upper()) + r"\b", sentence) is not None
    return re.search(r"\b" + re.escape(fold(words).strip()) + r"\b", fold(sentence)) is not None


def article_subject(conn: sqlite3.Connection, cand, slot: set[int], kinds: dict[int, str]) -> bool:
    """Is the asked body or place (`slot`) named in the title or the opening sentence of the
    candidate's article, and, for a place, does the sentence set its own event in no other place
    (`_set_elsewhere`)?"""
    if slot and all(kinds.get(a) == "person" for a in slot):
        return _WRITTEN_AROUND.match(cand.text) is not None and cand.position <= 2 and _opens_on(conn, cand, slot)
    if not slot or any(kinds.get(a) not in _BODY_KINDS for a in slot):
        return False
    ids = sorted(slot)
    marks = ",".join("?" * len(ids))
    if any(kinds.get(a) == "place" for a in slot) and _set_elsewhere(conn, cand, slot):
        return False
    if conn.execute(f"SELECT 1 FROM sentences s JOIN sentence_actors sa ON sa.sentence_id = s.id WHERE s.source_id = ?"
                    f" AND s.position = 0 AND sa.actor_id IN ({marks}) LIMIT 1", [cand.source_id, *ids]).fetchone():
        return True
    row = conn.execute("SELECT title FROM sources WHERE id = ?", [cand.source_id]).fetchone()
    title = fold(row[0]) if row and row[0] else ""
    return bool(title) and any(re.search(r"\b" + re.escape(fold(n)) + r"\b", title)
                               for (n,) in conn.execute(f"SELECT name FROM actors WHERE id IN ({marks})", ids)
                               if len(n) > 2)


# a sentence whose subject is someone written around: a pronoun or "the" and a common noun or age
_WRITTEN_AROUND = lazy_re.compile(r"(?:He|She|The (?:[A-Z]\w+ )?[a-z0-9][\w-]*)\b")


def _opens_on(conn: sqlite3.Connection, cand, slot: set[int]) -> bool:
    """Does the article's opening sentence name the asked person?"""
    ids = sorted(slot)
    return conn.execute(f"SELECT 1 FROM sentences s JOIN sentence_actors sa ON sa.sentence_id = s.id WHERE s.source_id = ?"
                        f" AND s.position = 0 AND sa.actor_id IN ({','.join('?' * len(ids))}) LIMIT 1",
                        [cand.source_id, *ids]).fetchone() is not None


def _set_elsewhere(conn: sqlite3.Connection, cand, slot: set[int]) -> bool:
    """Does the sentence place what it tells in another city or province than the one asked ("…
    was killed in St Petersburg", "at the meeting in Hanoi")? Then it does not happen where the
    article opens, and a question setting it in the asked place is a false premise. Another place
    the sentence merely names ("the Moscow regional leadership", "flights from Khabarovsk", "the Hoa
    Binh plant") is often the very answer asked for and sets no scene."""
    ids = sorted(slot)
    marks = ",".join("?" * len(ids))
    text = fold(cand.text)
    rows = conn.execute("SELECT a.name, x.folded FROM sentence_actors sa JOIN actors a ON a.id = sa.actor_id"
                        " LEFT JOIN aliases x ON x.actor_id = a.id AND x.source_id = ? WHERE sa.sentence_id = ?"
                        f" AND a.kind = 'place' AND a.id NOT IN ({marks})", [cand.source_id, cand.sentence_id, *ids])
    forms = {form for name, alias in rows for form in (fold(name), alias) if form}
    return any(re.search(r"\b(?:in|at) (?:the (?:city|province|town) of )?" + re.escape(f) + r"\b", text) for f in forms)
