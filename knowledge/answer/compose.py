"""Ranked sentences and fact answers → the reply, with a check before every claim.

A fact answer's short line ("X met Y in Z on D") is stated only when the sentence it quotes
bears it out: each person named by an alias there (or by a pronoun or role, the name given
earlier in the article), the place named in the sentence, its paragraph or the article's lead,
the date's own words in the sentence or earlier in the article (where it was carried from). A claim that fails is not
made: the quotes stay, under a plain lead-in. A retrieval answer's line is the answering clause
of the best sentence, with its attribution; both are verbatim.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from knowledge import lazy_re, names, reply
from knowledge.facts import Answer
from knowledge.names import fold
from knowledge.answer.rank import ANSWER_RX, Ranked, term_hits

LEAD_IN = "Here is what my sources say:"
LOW_CONFIDENCE = 0.5
# the roles news writes for someone it named before ("the guest", "the ambassador")
_BACK_ROLES = ("guest|host|visitor|minister|president|leader|official|diplomat|delegation|envoy|ambassador|deputy|"
               "chairman|chairwoman|governor|mayor")
_PRONOUN = lazy_re.compile(rf"\b(he|she|his|her|him|they|their|the ({_BACK_ROLES}|prime minister|secretary|"
                      r"two (sides|leaders|ministers|officials)))\b", re.I)


def _aliases(conn: sqlite3.Connection, aid: int) -> set[str]:
    rows = conn.execute("SELECT folded FROM aliases WHERE actor_id = ? UNION SELECT key FROM actors WHERE id = ?",
                        [aid, aid])
    return {r[0] for r in rows if r[0] and len(r[0]) >= 3}


def _names(folded_text: str, aliases: set[str]) -> bool:
    return any(re.search(r"(?<![a-z0-9])" + re.escape(a) + r"(?![a-z0-9])", folded_text) for a in aliases)


def _context(conn: sqlite3.Connection, sentence_id: int) -> tuple[str, str, str, int]:
    """(sentence, its paragraph with the sentence before and the article's lead, the article up to the
    sentence) folded, and the source id."""
    row = conn.execute("SELECT source_id, paragraph, position, text FROM sentences WHERE id = ?", [sentence_id]).fetchone()
    if row is None:
        return "", "", "", 0
    src, para, pos, text = row
    rows = list(conn.execute("SELECT paragraph, position, text FROM sentences WHERE source_id = ? ORDER BY position",
                             [src]))
    paragraph = " ".join(t for p, q, t in rows if p == para or q in (pos - 1, 0, 1))
    return fold(text), fold(paragraph), fold(" ".join(t for _p, q, t in rows if q <= pos)), src


def _city_of(conn: sqlite3.Connection, country_id: int, source_id: int) -> bool:
    """A country stated as the place is borne out by a city of it that the article names."""
    row = conn.execute("SELECT name FROM actors WHERE id = ?", [country_id]).fetchone()
    country = names.canonical_country(row[0]) if row else None
    if not country:
        return False
    cities = conn.execute("SELECT DISTINCT a.name FROM sentence_actors sa JOIN sentences s ON s.id = sa.sentence_id"
                          " JOIN actors a ON a.id = sa.actor_id WHERE s.source_id = ? AND a.kind = 'place'", [source_id])
    return any(names.PLACE_COUNTRY.get(names.canonical_place(c) or c) == country for (c,) in cities)


def event_claim_ok(conn: sqlite3.Connection, event_id: int, quoted: list[int] = ()) -> bool:
    """Does the event's own sentence bear out who, where and when the event row says? Other
    sentences the reply quotes (a meeting during an undated visit) count as its paragraph."""
    ev = conn.execute("SELECT sentence_id, place_id, date, date_phrase, date_how, confidence FROM events WHERE id = ?",
                      [event_id]).fetchone()
    if ev is None:
        return False
    sid, place_id, date, phrase, how, conf = ev
    if conf is not None and conf < LOW_CONFIDENCE:
        return False
    sent, para, article, _src = _context(conn, sid)
    extra = " ".join(fold(t) for (t,) in conn.execute(
        "SELECT text FROM sentences WHERE id IN (" + ",".join(str(int(i)) for i in quoted if i != sid) + ")")) \
        if any(i != sid for i in quoted) else ""
    para, article = para + " " + extra, article + " " + extra
    for (aid,) in conn.execute("SELECT p.actor_id FROM event_participants p JOIN actors a ON a.id = p.actor_id"
                               " WHERE p.event_id = ? AND a.kind = 'person'", [event_id]):
        al = _aliases(conn, aid)
        if not (_names(sent, al) or (_PRONOUN.search(sent) and _names(article, al))):
            return False
    if place_id is not None and not (_names(para, _aliases(conn, place_id)) or _city_of(conn, place_id, _src)):
        return False
    if date and phrase:
        fp = fold(phrase)
        if fp and fp not in sent and fp not in para and fp not in article:
            return False
    return True


def check_claims(conn: sqlite3.Connection, ans: Answer, claim_ok=None) -> Answer:
    """A fact answer whose head line rests on one event is kept only when that event checks out.
    `claim_ok(event id, quoted)`: event_claim_ok remembered (StoreMemo.claim_ok)."""
    evs = getattr(ans, "_events", None) or []
    ok = claim_ok or (lambda event_id, quoted: event_claim_ok(conn, event_id, quoted))
    if not ans.answered or len(evs) != 1 or ok(evs[0], quoted_ids(ans)):
        return ans
    head = LEAD_IN
    out = replace(ans, headline=head, text=reply.compose(head, ans.citations))
    out._events = []  # type: ignore[attr-defined]
    out._answer_actors = getattr(ans, "_answer_actors", [])  # type: ignore[attr-defined]
    return out


def answering_clause(text: str, terms: list[str], answer_type: str) -> str:
    """The clause of a long sentence that carries the answer (verbatim); a short sentence whole."""
    flat = " ".join(text.split())
    if len(flat) <= 220:
        return flat
    parts = [p for p in re.split(r"(?<=[,;:])\s+|\s+(?=(?:while|whereas|adding|noting|as well as)\b)", flat) if p]
    rx = ANSWER_RX.get(answer_type)

    def score(p: str) -> float:
        return sum(term_hits(terms, p)) + (1.5 if rx and rx.search(p) else 0.0)

    best = max(range(len(parts)), key=lambda i: (score(parts[i]), -i))
    clause = parts[best]
    if best + 1 < len(parts) and len(clause) < 80:
        clause = clause + " " + parts[best + 1]
    return clause.rstrip(",;:")


# a sentence that opens by pointing back ("He said …", "The two sides …") names its subject in the sentence before
_POINTS_BACK = lazy_re.compile(rf"^(?:[\"“'‘(\s]*)(he|she|they|his|her|their|it|its|this|these|both|the ({_BACK_ROLES}|"
                          r"premier|two (sides|leaders|ministers|officials|countries)))\b", re.I)


# a sentence whose subject is a thing named before: "That, he said, would help …", "According to Nhan,
# that project plays …", "These talks …" (its sentence before is quoted whatever it names)
_THING_BACK = lazy_re.compile(r"^(?:[\"“'‘(\s]*)(?:according to [^,]{1,40}, )?(that|this|these|those)\b"
                         r"(?! (is|was) (why|because))", re.I)


def points_to_thing(text: str) -> bool:
    """Does the sentence open with a demonstrative for something the sentence before says?"""
    return _THING_BACK.match(text) is not None


def points_back(text: str) -> bool:
    """Does the sentence open by pointing back to someone named before ("He said …", "The guest …")?"""
    return _POINTS_BACK.match(text) is not None


def retrieval_answer(ranked: list[Ranked], terms: list[str], answer_type: str, cite,
                     fact_line: str | None = None, before=None) -> Answer:
    """Head line = the structured line of the best sentence's own event when it fits and checks out
    (`fact_line`), else the answering clause of the best sentence with its attribution; 1–3 quotes."""
    best = ranked[0]
    first = cite(best.cand.source_id, best.cand.sentence_id, best.cand.text)
    clause = answering_clause(best.cand.text, terms, answer_type)
    who = ", ".join(b for b in (first.outlet, reply.fmt_date(first.date) if first.date else None) if b)
    head = f"{who or first.source} reports: “{clause}”" if clause != " ".join(best.cand.text.split()) \
        else f"From {who or first.source}:"
    head = fact_line or head
    cites = [first]
    prev = before(best.cand) if before is not None and (_POINTS_BACK.match(best.cand.text) or
                                                        points_to_thing(best.cand.text)) else None
    if prev is not None:
        cites.append(cite(best.cand.source_id, prev[0], prev[1]))  # the answer stays the first quote
    # "Lavrov met X on Friday." + "He described the talks as …": the sentence right after the best that
    # goes on about the same people, when it is itself among the best candidates, is its continuation
    nxt = next((r for r in ranked[1:5] if r.cand.source_id == best.cand.source_id
                and r.cand.position == best.cand.position + 1 and _POINTS_BACK.match(r.cand.text)), None)
    if nxt is not None and len(cites) < 3:
        cites.append(cite(nxt.cand.source_id, nxt.cand.sentence_id, nxt.cand.text))
    for r in ranked[1:3]:
        if len(cites) < 3 and close_behind(best, r) and r.cand.sentence_id not in {c.sentence_id for c in cites}:
            cites.append(cite(r.cand.source_id, r.cand.sentence_id, r.cand.text))
    more = [cite(r.cand.source_id, r.cand.sentence_id, r.cand.text) for r in ranked[len(cites):len(cites) + 5]
            if r.score >= best.score - 1.0]
    ans = Answer(answered=True, text=reply.compose(head, cites), headline=head, citations=cites, more=more)
    ans._events = []  # type: ignore[attr-defined]
    ans._answer_actors = []  # type: ignore[attr-defined]
    return ans


RERANK_CLOSE = 0.75  # how far behind the best the re-ranking may score a sentence still quoted beside it (0.5 before;
# on the tuning sets the gold stood 2nd or 3rd within 0.5-0.75 of a wrong best about as often as within 0.25-0.5)


def close_behind(best: Ranked, other: Ranked) -> bool:
    """Is `other` nearly as good an answer as the best, so that the reply quotes it too: the ranker scores it
    about as high and it writes most of the best's question words, or the re-ranking (which has the last word
    on the order) put it only just behind. When the two models barely tell them apart, the sentence that
    answers is as often the second as the first (a lead restating the question beside the detail asked)."""
    if other.score >= best.score - 0.35 and other.coverage >= best.coverage * 0.8:
        return True
    if best.rerank_score is None or other.rerank_score is None:
        return False
    return 0.0 <= best.rerank_score - other.rerank_score < RERANK_CLOSE


def quoted_ids(ans: Answer) -> list[int]:
    return [c.sentence_id for c in ans.citations if c.sentence_id is not None]
