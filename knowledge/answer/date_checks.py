"""Dates asked, checked against a ranked sentence: its events' resolved dates, its article's
date, or a year or day the sentence writes itself. An article that gives no date never
contradicts the one asked."""

from __future__ import annotations

import datetime as dt
import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.compose import quoted_ids
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.dates import MONTHS, WEEKDAYS
from knowledge.facts import Answer
from knowledge.question import Question

_YEAR = lazy_re.compile(r"\b((?:19|20)\d\d)\b")
# full month names or their abbreviations ("Sep 16"), never "marked 16"
_MONTHS_RX = "|".join(MONTHS + [m[:3] for m in MONTHS if m != "may"])
_MONTH_NUM = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}


def _weekday_ok(conn: sqlite3.Connection, r: Ranked, weekday: int) -> bool:
    """A weekday asked about is the sentence's own ('on Friday') or its event's resolved date's."""
    import datetime as dt

    if WEEKDAYS[weekday] in r.cand.text.lower():
        return True
    for (d,) in conn.execute("SELECT date FROM events WHERE sentence_id = ? AND length(date) = 10",
                             [r.cand.sentence_id]):
        try:
            if dt.date.fromisoformat(d).weekday() == weekday:
                return True
        except ValueError:
            continue
    return False


def date_ok(conn: sqlite3.Connection, r: Ranked, q: Question, content: bool = False) -> bool:
    """A date the question names fits the sentence's event dates or its article's; an article that
    gives no date (or no year) never contradicts it. A date the sentence itself writes fits too —
    a year ("in 2016, 430,000 Russians came" in a 2017 article; "last year"), a day ("On April 16
    …") — for a number, a reason … (`content`), or when no event of the sentence is dated."""
    if q.weekday is not None and not _weekday_ok(conn, r, q.weekday):
        return False
    if not q.date_lo:
        return True
    lo, hi = q.date_lo, q.date_hi or q.date_lo
    dates = [d for (d,) in conn.execute("SELECT date FROM events WHERE sentence_id = ? AND date IS NOT NULL",
                                        [r.cand.sentence_id])]
    pub = conn.execute("SELECT date FROM sources WHERE id = ?", [r.cand.source_id]).fetchone()
    pub = pub[0] if pub and pub[0] else None
    if (content or not dates) and _written_date_fits(r.cand.text, lo, hi, pub):
        return True
    if pub:
        dates.append(pub)
    if not dates:  # an undated article: a year the sentence writes contradicts the one asked, unless the
        # article writes that one too (its dateline's "December 10, 2019" beside "the 2020–2021 term")
        return lo.startswith("0000") or not _YEAR.search(r.cand.text) or _article_has_year(conn, r.cand.source_id,
                                                                                              lo[:4], hi[:4])
    if lo.startswith("0000"):
        return any(d[4:] == lo[4:] for d in dates if len(d) == 10)
    return any(lo[:len(d)] <= d <= hi for d in dates) or any(lo <= d[:4] + "-12-31" and d[:4] + "-01-01" <= hi
                                                           for d in dates if len(d) == 4)


def _article_has_year(conn: sqlite3.Connection, source_id: int, lo: str, hi: str) -> bool:
    return any(lo <= y <= hi for (t,) in conn.execute("SELECT text FROM sentences WHERE source_id = ?", [source_id])
               for y in _YEAR.findall(t))


_RELATIVE_YEAR = {"last year": -1, "this year": 0, "next year": 1, "previous year": -1}
_MONTH_DAY = lazy_re.compile(rf"\b(?:({_MONTHS_RX})\.? (\d\d?)|(\d\d?) ({_MONTHS_RX}))\b", re.I)


def _written_date_fits(text: str, lo: str, hi: str, pub: str | None) -> bool:
    """Does a year or a day the sentence writes fall in the range asked?"""
    if not lo.startswith("0000"):
        years = set(_YEAR.findall(text))
        low = text.lower()
        if pub:
            years |= {str(int(pub[:4]) + k) for p, k in _RELATIVE_YEAR.items() if p in low}
        if any(lo[:4] <= y <= hi[:4] for y in years):
            return True
    if pub and (_month_alone_fits(text, lo, hi, pub) or _relative_day_fits(text, lo, hi, pub)):
        return True
    for m in _MONTH_DAY.finditer(text):
        month = (m.group(1) or m.group(4)).lower()[:3]
        day = int(m.group(2) or m.group(3))
        md = f"{_MONTH_NUM[month]:02d}-{day:02d}"
        if lo.startswith("0000") and lo[5:] == md or lo[5:] <= md <= hi[5:] and lo[:4] == hi[:4] and (
                lo[:4] in text or pub and pub[:4] == lo[:4]):
            return True
    return False


# a month with neither a day nor a year ("in March", "early April"): the article's year
_MONTH_ALONE = lazy_re.compile(rf"\b({'|'.join(MONTHS)})\b(?!\.? \d|,? (?:19|20)\d\d)", re.I)
# a day told from the article's ("the next day", "the following day", "yesterday")
_RELATIVE_DAY = {"the next day": 1, "the following day": 1, "the day after": 1, "tomorrow": 1, "today": 0,
                 "yesterday": -1, "the previous day": -1, "the day before": -1}


def _month_alone_fits(text: str, lo: str, hi: str, pub: str) -> bool:
    """Does a month the sentence writes without a year or day fall in the range asked, read in the
    article's year ("in March" in a 2019 article for "in March 2019")?"""
    if lo.startswith("0000") or len(pub) < 4:
        return False
    for m in _MONTH_ALONE.finditer(text):
        if m.start() > 0 and text[m.start() - 1].isdigit() or text[max(0, m.start() - 3):m.start()].strip().isdigit():
            continue  # "16 March": a day, read with _MONTH_DAY
        month = f"{pub[:4]}-{MONTHS.index(m.group(1).lower()) + 1:02d}"
        if lo[:7] <= month <= hi[:7]:
            return True
    return False


def _relative_day_fits(text: str, lo: str, hi: str, pub: str) -> bool:
    """Does a day the sentence tells from its article's ("the next day") fall in the range asked?"""
    if lo.startswith("0000") or len(pub) != 10:
        return False
    low = text.lower()
    for phrase, k in _RELATIVE_DAY.items():
        if re.search(r"\b" + phrase + r"\b", low):
            try:
                day = (dt.date.fromisoformat(pub) + dt.timedelta(days=k)).isoformat()
            except ValueError:
                return False
            if lo <= day <= hi:
                return True
    return False


def fact_on_date(conn: sqlite3.Connection, fact: Answer, q: Question, by_text: bool) -> bool:
    """Does some sentence the fact answer quotes fit the date asked?"""
    ids = quoted_ids(fact)
    if not ids:
        return True
    marks = ",".join("?" * len(ids))
    rows = conn.execute(f"SELECT id, source_id, position, paragraph, text FROM sentences WHERE id IN ({marks})", ids)
    return any(date_ok(conn, Ranked(Candidate(*r), 0.0, [], 0.0, False, False), q, by_text) for r in rows)
