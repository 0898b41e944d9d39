"""The story's dateline beside a when or where reply that gives no day or no place of its own.

A story writes its day and city once, in the dateline of its first sentence ("NEW YORK, September
24, 2025 — Trung held a number of meetings …"), and a later sentence says what happened without
them ("In his talks with Lavrov, Trung stressed …"). A reply built on the later sentence then says
only when the article was published ("(reported 24 September 2025)"), or that the report gives no
place, or a day told from another ("on Saturday"). When the reply writes no calendar date (for
"when") or no city or venue (for "where"), and the story's first sentence stands after a dateline
that writes one and names someone the quoted sentence is about, that sentence is quoted after the
first (datelines.py adds its dateline to the quote) and the reply says that the day or place is the
dateline's: where and when the story was filed, not passed off as the event's own.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from knowledge import lazy_re, reply
from knowledge.answer import datelines, time_shown
from knowledge.answer.textmatch import quick_fold
from knowledge.facts import Answer

# a calendar date: a month with its day ("September 24", "24 September"), a year, a numeric date
_CALENDAR = lazy_re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
                       r"|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
                       r"|\b(1[89]|20)\d\d\b|\b\d{1,2}/\d{1,2}\b", re.I)
_REPORTED = lazy_re.compile(r"\(reported [^)]*\)")  # the publication date the event line adds: no date of the event
_PLACES = ("place",)  # actor kinds that answer "where" (a country alone does not place a meeting in a city)
# a sentence about the one before it: "The event was titled …", "It drew …", "The president said he …"
_POINTS_BACK = lazy_re.compile(r"(he|she|they|it|this|these|there|the (two|both) \w+|both sides|the (event|meeting|talks"
                          r"|visit|ceremony|gathering|session|forum|conference|festival|exhibition|programme|program"
                          r"|occasion|celebration|guests?|visitors?|delegation|hosts?|president|minister|premier"
                          r"|ambassador|envoy|governor|leader|chairman|chairwoman|director))\b", re.I)


def with_lede(eng, kind: str, ans: Answer) -> Answer:
    """The answer with the sentence before its first quote, or its story's first sentence, quoted second
    when the reply lacks what `kind` asks and that sentence writes it (itself or in its dateline)."""
    if kind not in ("when", "where") or not ans.answered or not ans.citations:
        return ans
    first = ans.citations[0]
    if first.sentence_id is None or reply.quote_block(first) not in ans.text:
        return ans
    said = _REPORTED.sub(" ", " ".join(time_shown.shown_texts(ans)))
    if (_CALENDAR.search(said) if kind == "when" else _names_place(eng, said)):
        return ans
    got = context(eng, first.sentence_id, kind)
    if got is None or any(c.sentence_id == got[0] for c in ans.citations):
        return ans
    sid, source_id, text, line = got
    cite = eng._cite(source_id, sid, text)
    lead = (ans.headline or "").rstrip()  # a lead-in ("From Test Wire, 3 May 2023:") stays right before the quotes
    note = f"The story is datelined {line}." if line else ""
    head = f"{note} {lead}".strip() if lead.endswith(":") else f"{lead} {note}".strip()
    out = replace(ans, text=_insert(ans, head, cite), headline=head, citations=[first, cite, *ans.citations[1:]])
    for attr in ("_events", "_answer_actors"):  # the follow-up state the fact answerers attach
        if hasattr(ans, attr):
            setattr(out, attr, getattr(ans, attr))
    return out


def _insert(ans: Answer, head: str, cite) -> str:
    """The reply's text with the new head line and the added quote block after the first quote."""
    first = reply.quote_block(ans.citations[0])
    text = ans.text.replace(ans.headline, head, 1) if ans.headline else ans.text
    return text.replace(first, first + "\n\n" + reply.quote_block(cite), 1)


def context(eng, sentence_id: int, kind: str) -> tuple[int, int, str, str] | None:
    """(id, source id, text, dateline or '') of the sentence right before `sentence_id` in its story, else
    of the story's first sentence, that writes what `kind` asks (a calendar date, a city or venue placed;
    the first sentence also in its dateline) and is about the same: it names a person or body the given
    sentence does, or (the sentence right before) the given one opens by pointing back ("The event …")."""
    conn = eng.conn
    row = conn.execute("SELECT source_id, position, text FROM sentences WHERE id = ?", [sentence_id]).fetchone()
    if row is None or row[1] == 0:
        return None
    source_id, position, text = row
    for pos in dict.fromkeys((position - 1, 0)):
        other = conn.execute("SELECT id, text FROM sentences WHERE source_id = ? AND position = ?",
                             [source_id, pos]).fetchone()
        if other is None:
            continue
        line = datelines.sentence_dateline(conn, other[0], eng._file_text).strip() if pos == 0 else ""
        dated = bool(line) and bool(datelines.dateline_city(line) if kind == "where" else _CALENDAR.search(line))
        writes = _CALENDAR.search(other[1]) if kind == "when" else _names_place(eng, other[1])
        tied = _shared_actor(conn, sentence_id, other[0]) or pos == position - 1 and _POINTS_BACK.match(text)
        if (dated or writes) and tied:
            return other[0], source_id, other[1], line.rstrip(" —–-").strip() if dated else ""
    return None


def _shared_actor(conn: sqlite3.Connection, a: int, b: int) -> bool:
    """Do the two sentences name or refer to one person or body (a place or country is no tie)?"""
    rows = conn.execute("SELECT sa.actor_id FROM sentence_actors sa JOIN actors ac ON ac.id = sa.actor_id"
                        " WHERE sa.sentence_id = ? AND ac.kind NOT IN ('place', 'country')"
                        " INTERSECT SELECT actor_id FROM sentence_actors WHERE sentence_id = ?", [a, b])
    return rows.fetchone() is not None


def _names_place(eng, text: str) -> bool:
    """Does the text place something in a city or venue the store knows ("in Hanoi", "at the Kremlin";
    "For Hanoi, the pact was …" places nothing)?"""
    return any(m.group(1) and eng.index.kind(eng._place_forms[m.group(2)]) in _PLACES
               for m in eng.place_pattern().finditer(quick_fold(text)))
