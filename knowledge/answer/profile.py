"""Answers to "who is X": titles, how many meetings, agreements and statements, and where they are."""

from __future__ import annotations

from knowledge import reply
from knowledge.answer.compose import LOW_CONFIDENCE
from knowledge.facts import Answer
from knowledge.match import Found
from knowledge.names import fold
from knowledge.question import Question


_POST_ASKED = {"position", "post", "title", "job", "office", "role"}


def answer(eng, q: Question, found: Found, topics, frame=None) -> Answer:
    mentions = frame.mentions if frame else found.mentions
    ids = []
    for m in mentions:
        for a in sorted(m.actor_ids):
            if a not in ids:
                ids.append(a)
    if not ids:
        return eng._decline(reply.DECLINE if not q.raw.strip() else
                             f"My sources don't mention “{q.raw.strip()[:60]}”.", found, topics, frame)
    if _POST_ASKED & set(q.tokens):  # "what title does X hold in the Academy": the person's post, not the body's
        ids.sort(key=lambda a: eng.index.kind(a) != "person")
    aid = ids[0]
    name = eng.index.name(aid)
    rows = list(eng.conn.execute(
        "SELECT t.title, t.source_id FROM titles t JOIN sources s ON s.id = t.source_id WHERE t.actor_id = ?"
        " ORDER BY s.date DESC", [aid]))
    titles = list(dict.fromkeys(r[0] for r in rows))[:3]
    ev_ids = [r[0] for r in eng.conn.execute(
        "SELECT event_id FROM event_participants WHERE actor_id = ? LIMIT 200", [aid])]
    if eng.index.kind(aid) in ("place", "country"):
        ev_ids += [r[0] for r in eng.conn.execute("SELECT id FROM events WHERE place_id = ? LIMIT 200", [aid])]
    evs = eng._dedupe(eng._events(sorted(set(ev_ids))))
    n_agree = sum(1 for e in evs if e.family == "agree")
    # an agreement is no meeting or visit; an event the extractor doubts is no fact to list
    evs = [e for e in evs if e.family != "agree" and e.confidence >= LOW_CONFIDENCE]
    n_st = eng.conn.execute("SELECT COUNT(*) FROM statements WHERE speaker_id = ?", [aid]).fetchone()[0]
    n_src = eng.conn.execute("SELECT COUNT(DISTINCT source_id) FROM aliases WHERE actor_id = ?", [aid]).fetchone()[0]
    head = name + (f" ({'; '.join(titles)})" if titles else "")
    facts = []
    if evs:
        facts.append(f"{len(evs)} meeting{'s' if len(evs) != 1 else ''} or visit{'s' if len(evs) != 1 else ''}")
    if n_agree:
        facts.append(f"{n_agree} agreement{'s' if n_agree != 1 else ''} or signing{'s' if n_agree != 1 else ''}")
    if n_st:
        facts.append(f"{n_st} statement{'s' if n_st != 1 else ''}")
    head += f": in {n_src} of my articles" + (f", with {reply.join_names(facts)}." if facts else ".")
    lines = [eng._event_line(e, {aid}) for e in evs[:8]]
    cites = [eng._cite(e.source_id, e.sentence_id, e.text) for e in evs]
    written = _title_sentence(eng, rows[0][0], rows[0][1]) if rows else None
    if written is None and eng.index.kind(aid) == "person":
        written = _first_mention(eng, name)
    if written is not None:  # the sentence that writes the post first: the head line's title is quoted
        cites = [written] + [c for c in cites if c.quote != written.quote]
    if not cites:
        st = eng._statements([r[0] for r in eng.conn.execute(
            "SELECT id FROM statements WHERE speaker_id = ? LIMIT 3", [aid])])
        cites = [eng._cite(s.source_id, s.sentence_id, s.text) for s in st]
    if not cites:
        row = eng.conn.execute(
            "SELECT s.id, s.source_id, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
            " WHERE sentences_fts MATCH ? LIMIT 1", [" ".join(f'"{w}"' for w in fold(name).split())]).fetchone()
        if row:
            cites = [eng._cite(row[1], row[0], row[2])]
    if not cites:
        return eng._decline(f"My sources don't say anything about {name}.", found, topics, frame)
    return eng._answered(head, cites[:3], lines, cites[3:], evs, [{aid}])


def _title_sentence(eng, title: str, source_id: int):
    """The first sentence of the article that writes the title (as the loader read it), cited."""
    want = fold(title)
    for sid, text in eng.conn.execute("SELECT id, text FROM sentences WHERE source_id = ? ORDER BY position",
                                      [source_id]):
        if want and want in fold(text):
            return eng._cite(source_id, sid, text)
    return None


def _first_mention(eng, name: str):
    """The sentence that writes the person's full name earliest in an article, cited: news says who
    someone is at the first mention ("Olga Petrova, head of settlements at the bank, said …"), and the
    store may hold no title for it."""
    words = fold(name).split()
    if len(words) < 2:
        return None
    rows = [r for r in eng.conn.execute(
        "SELECT s.id, s.source_id, s.text, s.position FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
        " WHERE sentences_fts MATCH ?", [" ".join(f'"{w}"' for w in words)]) if " ".join(words) in fold(r[2])]
    if not rows:
        return None
    sid, source_id, text, _pos = min(rows, key=lambda r: (r[3], r[0]))
    return eng._cite(source_id, sid, text)
