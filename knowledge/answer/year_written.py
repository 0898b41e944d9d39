"""A year the question sets its premise in, against the years the quoted sentence itself writes.

"Where were the cinema days held in 2022?" quoted with "Russia and Vietnam intend to stage
reciprocal National Cinema Days in 2024" is a false premise the quote shows: the sentence dates
its own thing, and to another year. date_conflict.py weighs a conflict of the whole paragraph as
one feature and lets any year the article writes elsewhere excuse it ("the industry first came to
the festival in 2022"); this check reads only the quote, so it is strict about what counts:

- a year asked sets the question's time only when it is not a limit or a thing's name ("before
  2015", "until 2030", "the 2030 vision statement", "the 2014 greeting");
- the quote must write a year of its own, not one naming a thing ("for the 2017–2019 term"); its
  article's year of publication, and "last year", "this year", "next year" counted from it, are
  years it may speak of too;
- a span the quote writes ("2013 to 2015", "2022-2027", "since 2012", "until 2030") holds every
  year within it.

Only when every quote of the reply conflicts is the reply declined (note_no_year, which
pipeline.decide ends with).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import replace

from knowledge import lazy_re
from knowledge.answer import date_conflict

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_YEAR_RX = lazy_re.compile(r"(?<![\d,.])(" + _YEAR + r")(?!\d)")
# words before a year that make it a limit or a name, not the question's time
_NOT_TIME = lazy_re.compile(r"\b(?:before|after|until|till|by|to|since|through|the|its|their|a|an|of the)\s+$",
                       re.I)
_SPAN = lazy_re.compile(r"(?<!\d)(" + _YEAR + r")\s*(?:-|–|—|to|and|through)\s*(" + _YEAR + r"|\d\d)(?!\d)")
_OPEN = lazy_re.compile(r"\b(since|from|after|until|till|by|before|through)\s+(?:(?:early|mid|late|the end of|the"
                   r" start of)\s+)?(?:(?:\w+\s+){0,2})?(" + _YEAR + r")\b", re.I)
_RELATIVE = [(lazy_re.compile(r"\blast year\b|\ba year earlier\b|\bprevious year\b|\ba year ago\b", re.I), -1),
             (lazy_re.compile(r"\bthis year\b|\bthe year\b|\bcurrent year\b", re.I), 0),
             (lazy_re.compile(r"\bnext year\b|\bcoming year\b", re.I), 1)]


def asked_years(question: str) -> set[str]:
    """The years that set the question's time ("in 2022", "năm 2019", "Army Games 2021")."""
    return {m.group(1) for m in _YEAR_RX.finditer(question) if not _NOT_TIME.search(question[:m.start()])}


# a year (or span) that names a thing, not when the quote's own thing happens: "for the 2017–2019 term"
_NAMED = lazy_re.compile(r"\b(?:the|its|their|a|an)\s+" + _YEAR + r"(?:\s*[-–—/]\s*(?:" + _YEAR + r"|\d\d)(?!\d))?",
                    re.I)


def _fits(quote: str, pub: str | None, asked: set[str]) -> bool:
    """Does the quote (published `pub`, ISO or None) write no year of its own (a year naming a thing is
    none), or one of those asked, or a span holding one? A named year that is the one asked fits ("At the
    2019 peak, X welcomed …" asked "in 2019")."""
    if asked & {y for m in _NAMED.finditer(quote) for y in _YEAR_RX.findall(m.group(0))}:
        return True
    quote = _NAMED.sub(" ", quote)
    written = set(_YEAR_RX.findall(quote))
    if not written:
        return True
    years = set(written)
    if pub and not pub.startswith("0000"):
        years.add(pub[:4])
        years |= {str(int(pub[:4]) + off) for rx, off in _RELATIVE if rx.search(quote)}
    years |= _written_years(quote)
    asked_n = {int(y) for y in asked}
    for m in _OPEN.finditer(quote):
        y, word = int(m.group(2)), m.group(1).lower()
        if any(a >= y if word in ("since", "from", "after") else a <= y for a in asked_n):
            return True
    return bool(asked & years)


def _written_years(quote: str) -> set[str]:
    """The years a quote writes, a span's years within it included ("2013 to 2015")."""
    years = set(_YEAR_RX.findall(quote))
    for m in _SPAN.finditer(quote):
        lo, hi = int(m.group(1)), m.group(2)
        hi = int(hi) if len(hi) == 4 else lo // 100 * 100 + int(hi)
        years |= {str(y) for y in range(lo, hi + 1)} if lo <= hi <= lo + 50 else set()
    return years


def contradicted(question: str, citations) -> bool:
    """Does every quote of the reply write a year of its own, and none the question asks (nor span it)?"""
    asked = asked_years(question)
    quotes = [c for c in citations if c.quote]
    return bool(asked) and bool(quotes) and not any(_fits(c.quote, c.date, asked) for c in quotes)


def note_no_year(conn: sqlite3.Connection, q, ans, texts, not_found: str):
    """A year asked fits an article that gives none, the reply says so; unless it dates the thing otherwise,
    or every quote writes a year of its own and not the one asked (then `not_found` declines it)."""
    if ans.answered and contradicted(q.raw, ans.citations):
        return texts.decline(not_found)
    if not ans.answered or not q.date_lo or q.date_lo.startswith("0000") or "gives no year" in ans.text:
        return ans
    dated = [r[0] for c in ans.citations[:1] for r in conn.execute("SELECT date FROM sources WHERE file = ?", [c.source])]
    if not dated or dated[0]:
        return ans
    if q.date_lo[:4] in _written_years(ans.citations[0].quote):  # the quote writes the year asked: the article gives it
        return ans
    if date_conflict.dated_otherwise(conn, q.raw, ans.citations[0].source):  # its year for the thing asked is another
        return texts.decline(not_found)
    head = ans.headline + " (The article gives no year.)"
    text = head + ans.text[len(ans.headline):] if ans.text.startswith(ans.headline) else head + "\n\n" + ans.text
    out = replace(ans, headline=head, text=text)
    for attr in ("_events", "_answer_actors"):  # the follow-up state the fact answerers attach
        if hasattr(ans, attr):
            setattr(out, attr, getattr(ans, attr))
    return out
