"""Answers about what was agreed or signed: the extractor's agreement, signing and declaration events
by party, place, date and topic, then sentences with agree-words that no event covers."""

from __future__ import annotations

import re

from knowledge import lazy_re, reply
from knowledge.answer import plan
from knowledge.answer.event_index import weekday_ok
from knowledge.answer.records import Ev
from knowledge.answer.textmatch import has_terms, quick_fold, sentence_topics
from knowledge.facts import Answer, Citation
from knowledge.names import fold
from knowledge.topics import TOPIC_SYNONYMS


_AGREE_FTS = 'agree* OR signed OR signing OR "joint declaration" OR "joint statement"'


_AGREE_RX = lazy_re.compile(r"\b(agree|agreed|agrees|agreement|agreements|signed|signing|joint declaration|joint statement)\b")


_AGREE_KINDS = ("(e.kind LIKE '%agree%' OR e.kind LIKE '%sign%' OR e.kind LIKE '%declar%' OR e.kind LIKE '%memorand%'"
                " OR e.kind LIKE '%treaty%' OR e.kind LIKE '%accord%')")


_SIGN_TOKENS = {"sign", "signed", "signs", "signing", "signatory", "signatories"}


_GENERIC_TOPICS = {"partnership"}


_DOC_WORDS = {"memorandum": "memorand", "memoranda": "memorand", "memorandums": "memorand", "mou": "memorand|mou",
              "treaty": "treat", "treaties": "treat", "declaration": "declaration", "contract": "contract",
              "contracts": "contract", "protocol": "protocol", "documents": "document", "document": "document"}


_SIGNED_WHAT = lazy_re.compile(r"\b(memorandums? of understanding|memoranda of understanding|memorand\w*|MoUs?|agreements?|"
                          r"treat(?:y|ies)|(?:cooperation )?documents?|contracts?|deals?|accords?|protocols?)\b", re.I)  # "cooperation", "relations": any agreement is about them


_CONTINUATION = lazy_re.compile(r"^(Accordingly|Under (the|this)|In particular|Specifically|Besides|The two (sides|countries|leaders))\b")


def answer(eng, q, persons, places, found, topics, frame) -> Answer:
    """What the sides agreed or signed: the extractor's agreement/signing/declaration events,
    by party (a person, or the country of a person who took part in that article), place,
    date and topic; sentences with agree-words that are no event come after, so an agreement
    the extractor missed is still found. An agreement is never reported as a meeting."""
    parties, where = agree_slots(eng, q, frame.mentions, persons, places)
    want = [t for t in topics if t not in _GENERIC_TOPICS]
    signed = bool(set(q.tokens) & _SIGN_TOKENS)
    kept, terms, doc_rx = _agreements_asked(eng, q, found, parties, where, want, signed)
    seen = {e.sentence_id for e in kept}
    extra = [] if (signed and kept) else [
        p for p in agree_sentences(eng, q, parties, where, want)
        if p[3] not in seen and (not doc_rx or doc_rx.search(p[4])) and has_terms(p[4], terms)]
    if not kept and not extra:
        return eng._decline(no_agreement_text(eng, parties, where, want, q, signed), found, topics, frame)
    focus = [a for s in parties for a in sorted(s)]
    cites, lines = _cites_and_lines(eng, kept, extra, focus, seen)
    about = f" on {reply.join_names([eng._topic_name(t) for t in want[:2]])}" if want else ""
    if len(lines) == 1 and not extra:
        head, lines = lines[0][:-1] + (f" ({about.strip()})" if about else "") + ":", []
    elif lines:
        n = len(lines)
        noun = ("signing" if signed else "agreement") + ("s" if n != 1 else "")
        head = f"{n} {noun}{about} in my sources, in date order" + (
            "; other passages on agreements follow:" if extra else ":")
    else:
        who = reply.join_names(eng._display_names(focus)[:3])
        head = (f"My sources report no agreement{about} as a fact of their own, "
                f"but {'this passage reports' if len(extra) == 1 else 'these passages report'} "
                + (f"what {who} agreed:" if who else "what was agreed:"))
    return eng._answered(head, cites[:3], lines, cites[3:], kept, [s for s in parties if eng._is_person(s)])


def _agreements_asked(eng, q, found, parties, where, want: list[str], signed: bool):
    """The agreement events that fit (parties, place, date, topic; signings when a signing is
    asked; the question's own words and documents), one per sentence; with those words and the
    document pattern, which the agree-sentences must match too."""
    place_tests = [eng._place_test(s) for s in where]
    kept: list[Ev] = []
    for ev in agreement_events(eng, parties):
        if not parties_ok(eng, ev, parties):
            continue
        if where:
            inherit_place(eng, ev)
            if not all(t(ev) for t in place_tests):
                continue
        if not eng._date_ok(ev, q.date_lo, q.date_hi) or not weekday_ok(ev, q.weekday):
            continue
        if want and not set(want) & set(sentence_topics(ev.text + " " + continuation(eng, ev)[1])):
            continue
        kept.append(ev)
    if q.date_lo and any(e.date for e in kept):
        kept = [e for e in kept if e.date]  # dated matches first: an undated article only when nothing else fits
    if signed and any("sign" in e.kind.lower() for e in kept):
        kept = [e for e in kept if "sign" in e.kind.lower()]
    # the question's own words ("set up a working group"): the agreement's sentences must have them
    terms = [t for t in plan.content_terms(q, found) if t not in TOPIC_SYNONYMS and t not in _DOC_WORDS]
    if terms:
        kept = [e for e in kept if has_terms(e.text + " " + continuation(eng, e)[1], terms)]
    docs = [_DOC_WORDS[t] for t in q.tokens if t in _DOC_WORDS]
    doc_rx = re.compile(r"\b(?:" + "|".join(docs) + ")", re.I) if docs else None
    if doc_rx:
        kept = [e for e in kept if doc_rx.search(e.text)]
    return list({e.sentence_id: e for e in kept}.values()), terms, doc_rx


def _cites_and_lines(eng, kept: list[Ev], extra, focus: list[int], seen: set[int]):
    """One line per article and date (its agreements together), their sentences and the sentences
    that spell them out, then the agree-sentences no event covers."""
    cites: list[Citation] = []
    lines: list[str] = []
    groups: dict[tuple, list[Ev]] = {}
    for ev in sorted(kept, key=eng._ev_order):
        groups.setdefault((ev.source_id, ev.date or ""), []).append(ev)
    for i, grp in enumerate(groups.values()):
        if i < 12:
            for ev in grp:
                inherit_place(eng, ev)
        lines.append(agree_line(eng, grp, focus))
        cites += [eng._cite(ev.source_id, ev.sentence_id, ev.text) for ev in grp]
        for ev in grp:  # the sentences that spell an agreement out come after its own
            nxt = continuation(eng, ev)
            if nxt[0] and nxt[0] not in seen:
                cites.append(eng._cite(ev.source_id, nxt[0], nxt[1]))
    for _pub, source_id, _pos, sid, text in extra:
        cites.append(eng._cite(source_id, sid, text))
    return list({c.sentence_id: c for c in cites}.values()), lines


def agree_slots(eng, q, mentions, persons, places) -> tuple[list[set[int]], list[set[int]]]:
    """Parties (people, and countries not after 'in'/'at') and places where it was agreed."""
    parties = list(persons)
    where: list[set[int]] = []
    for m in sorted(mentions, key=lambda m: m.span[0]):
        ids = {a for a in m.actor_ids if eng.index.kind(a) in ("place", "country")}
        if not ids or any(eng.index.kind(a) in ("person", "org") for a in m.actor_ids):
            continue
        before = q.tokens[m.span[0] - 1] if 0 < m.span[0] <= len(q.tokens) else ""
        located = before in ("in", "at") or all(eng.index.kind(a) == "place" for a in ids)
        slot = where if located else parties
        if ids not in slot:
            slot.append(ids)
    return parties, where


def agreement_events(eng, parties: list[set[int]]) -> list[Ev]:
    if not parties:
        ids = [r[0] for r in eng.conn.execute(f"SELECT e.id FROM events e WHERE {_AGREE_KINDS} ORDER BY e.date LIMIT 300")]
        return eng._events(ids)
    subs, params = [], []
    for s in parties:
        wide = s | (eng._countries_of(s) if eng._is_person(s) else eng._place_ids(s) | eng._nationals(s))
        subs.append(f"SELECT event_id FROM event_participants WHERE actor_id IN ({','.join('?' * len(wide))})")
        params += sorted(wide)
    ids = [r[0] for r in eng.conn.execute(
        f"SELECT e.id FROM events e WHERE e.id IN ({' INTERSECT '.join(subs)}) AND {_AGREE_KINDS}"
        " ORDER BY e.date LIMIT 300", params)]
    return eng._events(ids)


def parties_ok(eng, ev: Ev, parties: list[set[int]]) -> bool:
    """Every party named takes part: itself; a person's country when that person is in the
    same article; a country's people."""
    here = {a for a, _r in ev.parts}
    for s in parties:
        if here & s:
            continue
        if eng._is_person(s):
            if not here & eng._countries_of(s):
                return False
            marks = ",".join("?" * len(s))
            if not eng.conn.execute(f"SELECT 1 FROM aliases WHERE source_id = ? AND actor_id IN ({marks}) LIMIT 1",
                                     [ev.source_id, *sorted(s)]).fetchone():
                return False
        elif not here & (eng._place_ids(s) | eng._nationals(s)):
            return False
    return True


def inherit_place(eng, ev: Ev) -> None:
    """An agreement with no place of its own: the place of the meeting before it in the same
    article that one of its people attended ('After the talks, X and Y signed ...')."""
    if ev.place_id or ev.place:
        return
    people = {a for a, _r in ev.parts if eng.index.kind(a) == "person"}
    if not people:
        return
    ids = [r[0] for r in eng.conn.execute(
        "SELECT e.id FROM events e JOIN sentences s ON s.id = e.sentence_id WHERE e.source_id = ? AND"
        " s.position <= ? AND e.place IS NOT NULL LIMIT 50", [ev.source_id, ev.position])]
    before = [e for e in eng._events(ids) if e.family in ("meet", "visit", "call") and people & {a for a, _r in e.parts}]
    if before:
        last = max(before, key=lambda e: (e.position, e.family != "visit"))
        ev.place, ev.place_id = last.place, last.place_id


def people_named(eng, ev: Ev) -> list[int]:
    """People of the event's article whose name (not a pronoun or role) its sentence spells."""
    f = quick_fold(ev.text)
    out = []
    for aid, alias in eng.conn.execute(
            "SELECT DISTINCT a.actor_id, a.alias FROM aliases a JOIN actors x ON x.id = a.actor_id"
            " WHERE a.source_id = ? AND x.kind = 'person'", [ev.source_id]):
        al = quick_fold(alias)
        if aid in eng.index.actors and aid not in out and len(al) >= 4 and al[:1].isalpha() and re.search(
                rf"\b{re.escape(al)}\b", f) and alias[:1].isupper() and fold(alias) not in ("he", "she"):
            out.append(aid)
    return out


def continuation(eng, ev: Ev) -> tuple[int | None, str]:
    """The next sentence when it spells the agreement out ('Accordingly, the two countries will ...')."""
    row = eng.conn.execute("SELECT id, text FROM sentences WHERE source_id = ? AND position = ?",
                            [ev.source_id, ev.position + 1]).fetchone()
    if row and _CONTINUATION.match(row[1]):
        return row[0], row[1]
    return None, ""


def agree_line(eng, grp: list[Ev], focus: list[int]) -> str:
    """'Vladimir Putin and Nguyen Phu Trong agreed in Hanoi on 20 June 2024.' (names the
    sentence itself gives first, countries only when no person took part)."""
    parts: list[int] = []
    for ev in grp:
        people = [a for a, _r in ev.parts if eng.index.kind(a) in ("person", "org")]
        named = [a for a in people if eng._mentions(ev.text, a)]
        if "sign" in ev.kind.lower():  # the people the signing sentence itself names
            named += [a for a in people_named(eng, ev) if a not in named]
        for a in (named or people):
            if a not in parts:
                parts.append(a)
    if not parts:
        parts = [a for ev in grp for a, _r in ev.parts]
    parts.sort(key=lambda a: a not in focus)
    who = reply.join_names(eng._display_names(parts)[:4]) or "The sides"
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
    pub = eng.sources_by_id.get(first.source_id, (None,) * 5)[3]
    if not (dated and dated.date) and pub:
        when = (when + " " if when else "") + f"(reported {reply.fmt_date(pub)})"
    place = next((e.place for e in grp if e.place), None)
    return f"{who} {verb}" + (f" in {place}" if place else "") + (f" {when}" if when else "") + "."


# 'the two sides' as the ones who agreed or signed ("the two sides agreed", "both leaders also signed"),
# not any 'both sides' of the sentence ("because both sides' priorities had changed, they agreed")
_PAIR_AGREED = lazy_re.compile(r"\b(two countries|two sides|both sides|two leaders|the two|both leaders)\b(?: \w+){0,3}? "
                          r"(agree|sign|reach|conclud|ink|adopt|approv)\w*")


def agree_sentences(eng, q, parties: list[set[int]], where: list[set[int]], want: list[str]):
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
    rows = list(eng.conn.execute(sql + " LIMIT 200", params))
    picked = []
    person_ids = {a for s in parties for a in s if eng._is_person({a})}
    for sid, source_id, pos, text in rows:
        f = fold(text)
        if not _AGREE_RX.search(f) or re.search(r"\b(if|would|could|may|might|whether)\b[^,]{0,40}\b(agree|sign)", f):
            continue
        if person_ids:
            # every person named: in the sentence, speaking it, or one of 'the two sides' of an
            # article that names them all
            speakers = {r[0] for r in eng.conn.execute("SELECT speaker_id FROM statements WHERE sentence_id = ?", [sid])}
            pair = _PAIR_AGREED.search(f)
            here = {r[0] for r in eng.conn.execute("SELECT actor_id FROM aliases WHERE source_id = ?", [source_id])} \
                if pair else set()
            if pair and here:
                # 'the two sides' are the people of the last meeting before the sentence (or of
                # the sentence's own agreement event), not anyone else the article names
                here = pair_before(eng, source_id, sid, pos) or here
            if not all(any(eng._mentions(text, a) for a in s) or s & speakers or (pair and s & here)
                       for s in parties if eng._is_person(s)):
                continue
        if want and not set(want) & set(sentence_topics(text)):
            continue
        if q.date_lo and not (q.date_lo[:4] <= eng._pub(source_id)[:4] <= q.date_hi[:4]):
            continue
        picked.append((eng._pub(source_id), source_id, pos, sid, text))
    return sorted(picked)


def pair_before(eng, source_id: int, sentence_id: int, pos: int) -> set[int]:
    """The people 'the two sides' of a sentence stand for: its own agreement event's people,
    else those of the last meeting, call or visit with two or more people before it."""
    ids = [r[0] for r in eng.conn.execute(
        "SELECT e.id FROM events e JOIN sentences s ON s.id = e.sentence_id WHERE e.source_id = ?"
        " AND s.position <= ? LIMIT 100", [source_id, pos])]
    best: tuple[int, int] | None = None
    people: set[int] = set()
    for e in eng._events(ids):
        ps = {a for a, _r in e.parts if eng.index.kind(a) == "person"}
        if len(ps) < 2 and not (e.sentence_id == sentence_id and ps):
            continue
        rank = (1 if e.sentence_id == sentence_id else 0, e.position)
        if best is None or rank > best:
            best, people = rank, ps
    return people


def no_agreement_text(eng, parties, where, want, q, signed) -> str:
    who = reply.join_names(eng._display_names([min(s) for s in parties])[:3])
    s = "My sources don't report " + (f"{who} {'signing' if signed else 'agreeing on'} anything" if who else
                                      ("anything signed" if signed else "an agreement"))
    if want:
        s += f" on {reply.join_names([eng._topic_name(t) for t in want[:2]])}"
    if where:
        s += f" in {reply.join_names([eng.index.name(min(w)) for w in where])}"
    if q.date_text:
        s += f" ({q.date_text})"
    return s + "."
