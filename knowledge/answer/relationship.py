"""Answers about the relationship itself: how the sources name it ("comprehensive strategic
partnership") and since when (a stated year, an establishment event, or one derived from an
anniversary)."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import lazy_re, reply
from knowledge.answer.retrieve import ordinal
from knowledge.facts import Answer, Citation
from knowledge.names import fold
from knowledge.question import Question


_ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}


_ANNIV = lazy_re.compile(r"\b(\d+)(?:st|nd|rd|th)|\b(" + "|".join(sorted(_ORDINALS, key=len, reverse=True)) + r")\b",
                    re.IGNORECASE)


_REL_NAME = lazy_re.compile(
    r"\b((?:(?:comprehensive|strategic|traditional|special|close|longstanding|long-standing|reliable|"
    r"extensive|all-round|privileged|good|diplomatic|military|economic|political|defen[cs]e|trade|friendly)"
    r"\s+(?:and\s+)?)+)(partnership|friendship|relationship|relations|ties|alliance|cooperation)\b",
    re.IGNORECASE)


def answer(eng, q, persons, places, found, topics, frame) -> Answer:
    """How the sources name the relations between the countries asked about, and since when; for
    a relationship asked by name ("the comprehensive strategic partnership"), that one's start."""
    # relations are between countries (or bodies), never a person's: "Russia and <a president>" is no pair
    countries = sorted({a for s in places + persons for a in s if eng.index.kind(a) != "person"})
    rows = _relation_sentences(eng, countries)
    if not rows:
        return eng._decline("My sources don't describe that relationship.", found, topics, frame)
    counts: dict[str, int] = {}
    for r in rows:
        for name in _relation_names(r[3]):
            counts[name] = counts.get(name, 0) + 1
    since = list(since_events(eng, countries))
    for sid, source_id, pos, text in rows:
        y = since_year(text)
        if y and not any(c[1] == sid and c[0][0] == y[0] for c in since):
            since.append((y, sid, source_id, text))
    asked = asked_relation(q)
    if asked:  # "When was the comprehensive strategic partnership established?": that one
        since = [c for c in since if written_as_asked(c[3], asked)]
    names_ = eng._display_names(countries)[:2]
    pair = reply.join_names(names_) if names_ else "The two countries"
    since_q = re.search(r"\b(since|how long|what year|when)\b", " ".join(q.tokens))
    if asked and since_q and not since:
        # "Since when … diplomatic ties?" when only another relationship is dated: not that one
        return eng._decline(f"My sources don't date the start of {asked} between {pair}.", found, topics, frame)
    if asked and since:
        y, sid, source_id, text = since[0][0], since[0][1], since[0][2], since[0][3]
        shown = next((m2.group(0) for m2 in _REL_NAME.finditer(text) if fold(m2.group(0)).endswith(asked)
                      or asked in fold(m2.group(0))), asked)
        who = f" between {pair}" if names_ else ""
        head = f"The {shown.lower()}{who} dates from {y[0]} ({y[1]})."
        return eng._answered(head, [eng._cite(source_id, sid, text)], [], [], [], [])
    return _described(eng, q, rows, counts, since, pair, bool(names_))


def _remembered(eng, key: tuple, read):
    """What `read()` gives for `key`, read once per engine: the relation sentences and start
    events of the countries asked about are the same for every question about them (reading them
    meant an FTS search, and a scan of every event for an establishment)."""
    memo = eng._relation_memo
    if key not in memo:
        if len(memo) >= 256:
            memo.clear()
        memo[key] = read()
    return memo[key]


@lru_cache(maxsize=4096)
def _relation_names(text: str) -> tuple[str, ...]:
    """Every name the sentence gives the relations ('comprehensive strategic partnership'), folded."""
    return tuple(" ".join(m.group(0).lower().split()) for m in _REL_NAME.finditer(text))


def _relation_sentences(eng, countries: list[int]) -> tuple[tuple, ...]:
    """Sentences on partnership, relations, ties or friendship that name the countries asked about
    (one of them is enough). (sentence id, source id, position, text)"""
    return _remembered(eng, ("sentences", *countries), lambda: tuple(_read_relation_sentences(eng, countries)))


def _read_relation_sentences(eng, countries: list[int]) -> list[tuple]:
    fts = '"partnership" OR "relations" OR "relationship" OR "ties" OR "friendship"'
    rows = list(eng.conn.execute(
        "SELECT s.id, s.source_id, s.position, s.text FROM sentences_fts f JOIN sentences s ON s.id = f.rowid"
        " WHERE sentences_fts MATCH ? LIMIT 300", [fts]))
    if countries:
        rows = [r for r in rows if all(eng._mentions(r[3], a) or mentions_country_pair(r[3]) for a in countries)
                or sum(eng._mentions(r[3], a) for a in countries) >= 1]
    return rows


def _described(eng, q, rows, counts: dict[str, int], since, pair: str, named: bool) -> Answer:
    """'Vietnam and Russia: a comprehensive strategic partnership, since 2012 (…).': the name the
    sources use most, the first sentence that uses it, and the start date they give."""
    cites: list[Citation] = []
    if counts:
        best = max(counts, key=lambda k: (counts[k], len(k)))
        head = f"{pair}: a {best}" if named else f"My sources describe it as a {best}"
        first = next(r for r in sorted(rows, key=lambda r: (eng._pub(r[1]), r[2])) if best in " ".join(r[3].lower().split()))
        cites.append(eng._cite(first[1], first[0], first[3]))
    else:
        head = f"{pair}: my sources describe the relations below"
        first = sorted(rows, key=lambda r: (eng._pub(r[1]), r[2]))[0]
        cites.append(eng._cite(first[1], first[0], first[3]))
    if since:
        best_name = max(counts, key=lambda k: (counts[k], len(k))) if counts else ""
        since.sort(key=lambda c: (best_name not in " ".join(c[3].lower().split()), c[0]))
        y, sid, source_id, text, = since[0][0], since[0][1], since[0][2], since[0][3]
        if best_name and best_name in " ".join(text.lower().split()):
            head += f", since {y[0]} ({y[1]})"
        else:
            head += f"; my sources date relations back to {y[0]} ({y[1]})"
        cites.insert(0, eng._cite(source_id, sid, text))
    elif re.search(r"\bsince\b|\bhow long\b", " ".join(q.tokens)):
        head += "; my sources don't say since when"
    head += "."
    cites = list({c.sentence_id: c for c in cites}.values())
    return eng._answered(head, cites[:3], [], cites[3:], [], [])


_QUALIFIERS = {"comprehensive", "strategic", "traditional", "special", "extensive", "all-round", "privileged"}


def written_as_asked(text: str, asked: str) -> bool:
    """Does the sentence write the relationship asked as itself, not as the end of a higher one's name?
    "A strategic partnership" set up in 2001 is not "a comprehensive strategic partnership" (2012); a bare
    "partnership" asked is any."""
    folded = " ".join(fold(text).split())
    if " " not in asked:  # "the partnership": whichever the sources name
        return asked in folded
    return any(folded[:m.start()].split()[-1:] not in ([w] for w in _QUALIFIERS - set(asked.split()))
               for m in re.finditer(r"\b" + re.escape(asked) + r"\b", folded))


def higher_quoted(q: Question, cites) -> str | None:
    """The higher relationship every quote of an answer writes where the question asks a lower one by
    name ("when was the strategic partnership set up" quoted on the comprehensive one), or None."""
    asked = asked_relation(q)
    if not asked or " " not in asked or not cites or any(written_as_asked(c.quote, asked) for c in cites):
        return None
    if not all(asked in " ".join(fold(c.quote).split()) for c in cites):
        return None
    return next((m.group(0).lower() for c in cites for m in _REL_NAME.finditer(c.quote)
                 if fold(m.group(0)).endswith(asked) and fold(m.group(0)) != asked), None)


def prefer(q: Question, ranked: list, reach: int = 10) -> list:
    """The ranking with the first of the next few sentences that writes the relationship asked as itself
    put first, when the best writes it only as the end of a higher one's name (higher_quoted)."""
    asked = asked_relation(q)
    if not asked or " " not in asked or not ranked or written_as_asked(ranked[0].cand.text, asked) \
            or asked not in " ".join(fold(ranked[0].cand.text).split()):
        return ranked
    for k, r in enumerate(ranked[1:reach], start=1):
        if written_as_asked(r.cand.text, asked):
            r.score = max(r.score, ranked[0].score)
            return [r, *ranked[:k], *ranked[k + 1:]]
    return ranked


def asked_relation(q: Question) -> str | None:
    """The relationship the question names ("comprehensive strategic partnership"), folded."""
    m = _REL_NAME.search(" ".join(q.tokens))
    if m:
        return " ".join(m.group(0).split())
    for w in ("partnership", "friendship", "alliance", "treaty"):
        if w in q.tokens:
            return w
    return None


def since_events(eng, countries: list[int]) -> tuple[tuple[tuple[str, str], int, int, str], ...]:
    """Start dates the extractor stored as events ("established", derived from an anniversary)."""
    return _remembered(eng, ("since", *countries), lambda: tuple(_read_since_events(eng, countries)))


def _read_since_events(eng, countries: list[int]) -> list[tuple[tuple[str, str], int, int, str]]:
    out = []
    for eid, date, phrase, how, occasion, sid, source_id, text in eng.conn.execute(
            "SELECT e.id, e.date, e.date_phrase, e.date_how, e.occasion, s.id, s.source_id, s.text FROM events e"
            " JOIN sentences s ON s.id = e.sentence_id WHERE e.kind LIKE '%establish%' AND e.date IS NOT NULL"
            " LIMIT 100"):
        if countries:
            parts = {r[0] for r in eng.conn.execute("SELECT actor_id FROM event_participants WHERE event_id = ?", [eid])}
            canon = {eng._canon_place(a) for a in parts}
            if not all(a in parts or eng._canon_place(a) in canon for a in countries):
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


def mentions_country_pair(text: str) -> bool:
    return bool(re.search(r"\b(two countries|two nations|bilateral)\b", text, re.IGNORECASE))


@lru_cache(maxsize=4096)
def since_year(text: str) -> tuple[str, str] | None:
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
            return str(year), f"derived: its {ordinal(n)} anniversary was marked in {m.group(1)}"
    return None

