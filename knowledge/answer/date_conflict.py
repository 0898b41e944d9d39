"""Does the best sentence's setting state another year or month than the question? Evidence of a
false premise that does not depend on wording.

"How many doses did Russia promise in 2022?" answered from a sentence whose paragraph speaks of
2021 only, "what did X tell Y in June?" from a sentence dated in March: the question states a
detail the source contradicts. A conflict, not an absence: an article that gives no year (or no
month) is compatible with any, and so is one that writes the asked year anywhere; the year of
publication, and "last year / this year / next year" counted from it, are years the sentence may
speak of. The decision model (decision.py) weighs it as one feature among the others:
`date_checks.date_ok` already drops candidates whose *event* dates contradict a full date asked,
this covers a year or month stated anywhere in the question against what the sentence's
paragraph writes.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.retrieve import Candidate, stem
from knowledge.question.words import MONTHS

_YEAR = lazy_re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_RU_MONTHS = ["январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр", "октябр",
              "ноябр", "декабр"]
_MAY_EN = lazy_re.compile(r"\bmay\s+\d|\d\s+may\b|\bin may\b")  # "may" the verb is no month
_MAY_RU = lazy_re.compile(r"\d\s+ма[яе]|\bма[йяе]\b")
_VI_MONTH = lazy_re.compile(r"tháng\s+(\d{1,2})\b")
_RELATIVE = [(lazy_re.compile(r"\blast year\b|\ba year earlier\b|\bprevious year\b|прошл\w+ год"), -1),
             (lazy_re.compile(r"\bthis year\b|\bthe year\b|этом году|\bnăm nay\b"), 0),
             (lazy_re.compile(r"\bnext year\b|следующ\w+ год"), 1)]


# each month's pattern compiled once: months() runs for every candidate of a dated question
_EN_MONTH_RX = [re.compile(r"\b" + m + r"\b") for m in MONTHS]
_RU_MONTH_RX = [re.compile(r"\b" + m) for m in _RU_MONTHS]


def months(text: str) -> set[int]:
    """The months (1..12) a text names, in English, Russian or Vietnamese ("tháng 5")."""
    t = text.lower()
    out = set()
    for i, (m, rx) in enumerate(zip(MONTHS, _EN_MONTH_RX)):
        if rx.search(t) and (m != "may" or _MAY_EN.search(t)):
            out.add(i + 1)
    for i, rx in enumerate(_RU_MONTH_RX):
        if rx.search(t) and (i != 4 or _MAY_RU.search(t)):
            out.add(i + 1)
    out |= {int(m) for m in _VI_MONTH.findall(t) if 1 <= int(m) <= 12}
    return out


def _setting(conn: sqlite3.Connection, cand: Candidate) -> tuple[list[str], list[str], str | None]:
    """The sentence and its paragraph (texts), its events' dates, and its article's date."""
    para = [t for (t,) in conn.execute("SELECT text FROM sentences WHERE source_id = ? AND paragraph = ?",
                                       [cand.source_id, cand.paragraph])]
    dates = [d for row in conn.execute("SELECT date, date_end FROM events WHERE sentence_id = ?",
                                       [cand.sentence_id]) for d in row if d]
    pub = conn.execute("SELECT date FROM sources WHERE id = ?", [cand.source_id]).fetchone()
    return [cand.text, *para], dates, (pub[0] if pub and pub[0] and not pub[0].startswith("0000") else None)


def _year_conflict(conn: sqlite3.Connection, cand: Candidate, asked: set[str], texts: list[str],
                   dates: list[str], pub: str | None, question: str) -> bool:
    """Years the setting states (or, when it states none, the article gives the thing asked about),
    none of them asked, and the asked year nowhere in the article."""
    years = {y for t in texts for y in _YEAR.findall(t)}
    years |= {d[:4] for d in dates if len(d) >= 4 and not d.startswith("0000")}
    if pub:
        years.add(pub[:4])
        years |= {str(int(pub[:4]) + off) for t in texts for rx, off in _RELATIVE if rx.search(t.lower())}
    if asked & years:
        return False
    article = _article(conn, cand.source_id)
    if _writes_year(article, asked):
        return False
    return bool(years) or _thing_dated_otherwise(question, article)


def _article(conn: sqlite3.Connection, source_id: int) -> list[str]:
    """The article's sentences and its title."""
    return [t for (t,) in conn.execute("SELECT text FROM sentences WHERE source_id = ? UNION ALL SELECT title"
                                       " FROM sources WHERE id = ?", [source_id, source_id]) if t]


def _writes_year(article: list[str], years: set[str]) -> bool:
    return any(years & set(_YEAR.findall(t)) for t in article)


# a thing named with its year: "the 2023 football tournament", "Army Games 2019", "Prodexpo 2022"
_YEAR_THEN_NOUNS = lazy_re.compile(r"\b(?:[Tt]he|[Tt]his|[Ii]ts|[Tt]heir)\s+(?:1[89]\d\d|20\d\d)\s+((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)")
_NAME_THEN_YEAR = lazy_re.compile(r"((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+(?:1[89]\d\d|20\d\d)\b")
_NOT_NOUN = {"and", "or", "to", "in", "on", "at", "of", "by", "for", "with", "from", "the", "a", "an", "when", "as",
             "was", "were", "is", "are", "had", "has", "have", "that", "which", "after", "before", "until", "monday",
             "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _dated_things(text: str) -> set[str]:
    """The heads of the things a text names with a year ("tournament" of "the 2023 football tournament",
    "games" of "Army Games 2019"), folded to stems."""
    out = set()
    for m in _YEAR_THEN_NOUNS.finditer(text):
        words = m.group(1).split()
        k = next((i for i, w in enumerate(words) if w.lower() in _NOT_NOUN), len(words))
        if k:
            out.add(stem(words[k - 1].lower()))
    out |= {stem(m.group(1).split()[-1].lower()) for m in _NAME_THEN_YEAR.finditer(text)
            if m.group(1).split()[-1].lower() not in _NOT_NOUN and not months(m.group(1).split()[-1] + " 1")}
    return out


def _thing_dated_otherwise(question: str, article: list[str]) -> bool:
    """An article whose sentence gives no year of its own, that names a thing the question asks about
    with a year ("the 2023 tournament") when the question asks it of another ("the tournament in 2024",
    "the Army Games 2021"): the question's year is not the article's."""
    words = {stem(w) for w in re.findall(r"[a-z][\w-]*", question.lower())}
    return any(_dated_things(t) & words for t in article)


def conflicts(conn: sqlite3.Connection, raw_question: str, cand: Candidate) -> bool:
    """Does the question state a year or a month that the sentence, its paragraph and its events
    contradict (they state others of the same kind, never the one asked)?"""
    asked_years, asked_months = set(_YEAR.findall(raw_question)), months(raw_question)
    if not asked_years and not asked_months:
        return False
    texts, dates, pub = _setting(conn, cand)
    if act_dated_otherwise(raw_question, cand.text, asked_years, asked_months, pub):
        return True
    if asked_years and _year_conflict(conn, cand, asked_years, texts, dates, pub, raw_question):
        return True
    stated = {m for t in texts for m in months(t)} | {int(d[5:7]) for d in dates if len(d) >= 7}
    return bool(asked_months and stated and not asked_months & stated)


# an act dated by a year or a span of years: "was signed in 1998", "signed in the 1980-1985 period"
_IN_YEARS = lazy_re.compile(r"\bin\s+(?:the\s+)?(1[89]\d\d|20\d\d)(?:\s*[-–]\s*(1[89]\d\d|20\d\d))?\b")

_OBJECT_WORDS = {"it", "them", "this", "that", "these", "those", "one", "first", "again"}


def act_dated_otherwise(raw_question: str, text: str, asked_years: set[str], asked_months: set[int],
                        pub: str | None) -> bool:
    """Does the sentence date the very act the question asks ("What did X sign on August 1?") in
    years the question does not ask ("the first agreement was signed in the 1980-1985 period")? Without
    a year asked, the date asked is of the article's own year: an act years before is another one; and
    in an undated article, an act dated by years only, never in the month asked, is not that day's."""
    years = asked_years or ({pub[:4]} if pub else set())
    if not years and (not asked_months or asked_months & months(text)):
        return False
    asked = {stem(w) for w in re.findall(r"[a-z]+", raw_question.lower())}
    low = text.lower()
    for m in _IN_YEARS.finditer(low):
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        words = re.findall(r"[a-z]+", low[:m.start()])[-2:]  # "was signed in …", "signed them in …"
        verbs = words[-1:] if words[-1:] and words[-1] not in _OBJECT_WORDS else words[:1]
        verbs = [v for v in verbs if v.endswith("ed")]  # the act, not a noun: "signed in 1993", never "the vote in 2012"
        if any(stem(v) in asked for v in verbs) and not any(lo <= int(y) <= hi for y in years):  # none: no year known
            return True
    return False


def dated_otherwise(conn: sqlite3.Connection, raw_question: str, source_file: str) -> bool:
    """Does the article (by file) never write the year the question asks, and name the thing asked about
    with another year?"""
    asked = set(_YEAR.findall(raw_question))
    row = conn.execute("SELECT id FROM sources WHERE file = ?", [source_file]).fetchone() if asked else None
    if row is None:
        return False
    article = _article(conn, row[0])
    return not _writes_year(article, asked) and _thing_dated_otherwise(raw_question, article)
