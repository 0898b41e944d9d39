"""A story's dateline in the quote of its first sentence, when the question asks when or where.

News opens a story with a dateline ("HÀ NỘI, August 23 (VNA) – Deputy Minister X welcomed …"):
the city it was filed in and the day. The sentence splitter leaves it out of the stored sentence
(it is no part of the sentence's words, and a quote should not open with it), yet for "on what
date did X welcome the veterans?" or "where was the programme signed?" the dateline is often the
only place the article gives the day or the city: the right sentence was chosen and quoted, and
the reply still never said when. So for a when or where question, a quoted sentence that stands
right after a dateline on its line is quoted with it, cut verbatim from the article file (only
when the stored sentence still sits at its offsets there).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace
from typing import Callable

from knowledge import lazy_re, reply
from knowledge.answer.intent import answer_type
from knowledge.facts import Answer, Citation
from knowledge.names import canonical_country
from knowledge.question import Question

ASKS = ("when", "where")  # question kinds a dateline answers: the day and the city
_TYPE_KINDS = {"date": "when", "place": "where"}  # answer types a dateline answers, as those kinds
_MAX = 80  # a dateline is short: "SAINT PETERSBURG, May 19, 2023 (VNA) –"
_MAX_ROWS = 20_000  # sentences whose offsets sentence_dateline keeps
# it ends in a dash, and no sentence ends inside it
_ENDS_IN_DASH = lazy_re.compile(r"(\s[-–—]+|[–—])\s*$")
_SENTENCE_END = lazy_re.compile(r"[.!?]\s+[A-Z]")
# a seed file may open with its date for the loader ("date 2022-07-06 VIETNAM, July 6 - HÀ NỘI —"): no dateline's words
_LOADER_DATE = lazy_re.compile(r"^\s*date:?\s+\d{4}-\d\d-\d\d\s+", re.I)


def dateline_before(text: str, start: int) -> str:
    """The dateline written on the sentence's line before `start` in the article text, or ''."""
    line_start = text.rfind("\n", 0, start) + 1
    lead = text[line_start:start]
    if not lead.strip() or len(lead) > _MAX or _SENTENCE_END.search(lead) or not _ENDS_IN_DASH.search(lead):
        return ""
    lead = lead[m.end():] if (m := _LOADER_DATE.match(lead)) else lead
    return lead if re.search(r"[A-Z]", lead) else ""


# the city a dateline opens with: capitalised words before its comma, bracket or dash ("SAINT PETERSBURG,", "Hà Nội (VNA)")
_CITY = lazy_re.compile(r"^\s*([A-ZÀ-Ỹ][\w'.-]+(?: [A-ZÀ-Ỹ][\w'.-]+)*)\s*[,(—–-]")
# a quote opening with a dateline (with_datelines put it there): up to its first dash
_QUOTE_LEAD = lazy_re.compile(r"^(.{1,%d}?(?:\s[-–—]+|[–—]))\s" % _MAX)


def dateline_city(line: str) -> str | None:
    """The dateline's city, not a country ("VIETNAM, July 6 -" names none)."""
    m = _CITY.match(line)
    return m.group(1) if m and canonical_country(m.group(1).title()) is None else None


def quote_city(quote: str) -> str | None:
    """The city of the dateline a quote opens with, or None: where the story was filed, which a
    sentence such as "… met in this Russian city" or "… opened in the capital" leaves to it."""
    m = _QUOTE_LEAD.match(quote)
    if m is None or _SENTENCE_END.search(m.group(1)):
        return None
    city = dateline_city(m.group(1))
    # "KAZAN —" is a dateline by its capitals; "Vladimir Putin — …" would be none without its comma or bracket
    return city if city and (city.isupper() or re.search(r"[,(]", m.group(1))) else None


def sentence_dateline(conn: sqlite3.Connection, sentence_id: int, file_text: Callable[[str], str | None],
                      rows: dict[int, tuple | None] | None = None) -> str:
    """The dateline before a stored sentence, read from its article file (`file_text(file)`), or ''
    when it has none or the file no longer holds the sentence at its offsets. `rows`: the sentences'
    offsets, text and file read before (an open store does not change; the file may)."""
    row = rows.get(sentence_id, False) if rows is not None else False
    if row is False:
        row = conn.execute("SELECT s.start, s.\"end\", s.text, src.file FROM sentences s JOIN sources src"
                           " ON src.id = s.source_id WHERE s.id = ?", [sentence_id]).fetchone()
        if rows is not None:
            if len(rows) >= _MAX_ROWS:
                rows.clear()
            rows[sentence_id] = row
    if row is None:
        return ""
    start, end, stored, file = row
    text = file_text(file)
    if text is None or text[start:end] != stored:
        return ""
    return dateline_before(text, start)


def asked_kind(q: Question) -> str:
    """The question's kind, or "when" / "where" when it asks a date or a place under another kind ("in
    which city did X meet Y" reads as who met whom, "on which weekday was X held" as another question):
    the dateline answers those as it answers "when" and "where"."""
    if q.kind in ASKS:
        return q.kind
    return _TYPE_KINDS.get(answer_type(q)[0], q.kind)


def with_datelines(conn: sqlite3.Connection, kind: str, ans: Answer,
                   file_text: Callable[[str], str | None], rows: dict[int, tuple | None] | None = None) -> Answer:
    """The answer with each quote that follows a dateline quoted from the dateline on, for a when or
    where question; any other answer unchanged. `rows`: see sentence_dateline."""
    if kind not in ASKS or not ans.answered or not ans.citations:
        return ans
    cites: list[Citation] = []
    text = ans.text
    for c in ans.citations:
        lead = sentence_dateline(conn, c.sentence_id, file_text, rows) if c.sentence_id is not None else ""
        if lead and not c.quote.startswith(lead.strip()):
            new = replace(c, quote=lead + c.quote)
            text = text.replace(reply.quote_block(c), reply.quote_block(new), 1)
            c = new
        cites.append(c)
    if text == ans.text:
        return ans
    out = replace(ans, text=text, citations=cites)
    for attr in ("_events", "_answer_actors"):  # the follow-up state the fact answerers attach
        if hasattr(ans, attr):
            setattr(out, attr, getattr(ans, attr))
    return out

