"""A year the question asks about, written by a sentence a little way down the ranking.

"How much was trade worth in 2018?" is not answered by "Trade grew by 49.7 percent to 2.5 billion
USD" from an article that gives no year (the date check lets it through: nothing contradicts the
year), when a sentence close behind it says "trade reached 4.57 billion USD in 2018". The date
check only drops sentences that contradict the year asked; this stage prefers one that confirms it
when the best one does not: its own words write the year as the time of what it reports (not a
limit or a name: "by 2018", "the 2018 plan"), while the best sentence neither writes it nor belongs
to an article or event of that year.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.promote import promote
from knowledge.answer.year_written import asked_years

# words before a year that make it a limit or a thing's name, not the time of what the sentence reports
_NOT_TIME = lazy_re.compile(r"\b(?:before|after|until|till|by|to|since|through|the|its|their|a|an|of|than|over)\s+$", re.I)
_YEAR_RX = lazy_re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?![\d%])")


def writes_year(text: str, years: set[str]) -> bool:
    """Does the sentence write one of `years` as the time of what it reports ("in 2018", "2018 saw")?"""
    return any(m.group(1) in years and not _NOT_TIME.search(text[:m.start()]) for m in _YEAR_RX.finditer(text))


def _dated_in(conn: sqlite3.Connection, r, years: set[str]) -> bool:
    """Is the sentence's event, or else its article, dated in one of the years asked?"""
    dates = [d for (d,) in conn.execute("SELECT date FROM events WHERE sentence_id = ? AND date IS NOT NULL",
                                        [r.cand.sentence_id])]
    if not dates:
        row = conn.execute("SELECT date FROM sources WHERE id = ?", [r.cand.source_id]).fetchone()
        dates = [row[0]] if row and row[0] else []
    return any(d[:4] in years for d in dates)


def prefer(conn: sqlite3.Connection, question: str, ranked: list) -> list:
    """The ranking with the first of the next few candidates that writes the year asked put first,
    when the best one neither writes it nor is dated in it."""
    years = asked_years(question)
    if not years or len(ranked) < 2:
        return ranked
    best = ranked[0]
    if writes_year(best.cand.text, years) or _dated_in(conn, best, years):
        return ranked
    moved = promote(ranked, lambda r: writes_year(r.cand.text, years) and (r.typed or not best.typed))
    if moved is None:
        return ranked
    moved[0].score = max(moved[0].score, best.score)  # first, it weighs as the first (as count_tied does)
    return moved
