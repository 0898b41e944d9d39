"""Articles without a publication year: what the file does carry, and the one-line fix.

Articles copied from a web page often keep only "HANOI, March 15 -" or "on Tuesday" and no year
anywhere. The loader never guesses the year (no file times, no "this year"), so such an
article's weekdays stay unresolved and dated questions miss it; what helps is telling the user
which files these are and what to add: a `date:` line in the front matter, built from the
file's own dateline where it has one ("date: YYYY-03-15").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge import lazy_re
from knowledge.dates import MONTHS, WEEKDAYS
from knowledge.facts import SeedFile

_MONTH_NUM = {m: i + 1 for i, m in enumerate(MONTHS)} | {m[:3]: i + 1 for i, m in enumerate(MONTHS)} | {"sept": 9}
_MON = "|".join(sorted(_MONTH_NUM, key=len, reverse=True))
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_MONTH_DAY = lazy_re.compile(rf"\b(?:(?P<m1>{_MON})\.?\s+(?P<d1>{_DAY})\b|(?P<d2>{_DAY})\s+(?P<m2>{_MON})\b\.?)",
                        re.IGNORECASE)
# "HANOI, March 15 -", "Moscow, 3 May (TASS) –": a month and day before the dateline's dash.
_DATELINE = lazy_re.compile(rf"^(?P<line>[^\n]{{0,60}}?(?:{_MONTH_DAY.pattern})[^\n]{{0,40}}?)\s[-–—]\s", re.IGNORECASE)
_WEEKDAY = lazy_re.compile(rf"\b(?:on|last|this|next)\s+(?:{'|'.join(WEEKDAYS)})\b", re.IGNORECASE)

YEAR_NOT_GIVEN = "year not given"


@dataclass(frozen=True)
class Undated:
    file: str
    found: str  # what the file carries instead of a date: "a dateline without a year (“HANOI, March 15”)"
    month_day: str | None  # "03-15" when the day and month are known
    fix: str  # what to add: "date: YYYY-03-15 in its front matter"


def month_day(text: str | None) -> tuple[int, int] | None:
    """(month, day) of the first "March 15" / "15 March" in `text`, or None."""
    m = _MONTH_DAY.search(text or "")
    if not m:
        return None
    month = _MONTH_NUM[(m.group("m1") or m.group("m2")).lower()]
    day = int(re.sub(r"\D", "", m.group("d1") or m.group("d2")))
    return month, day


def undated(seed: SeedFile) -> Undated | None:
    """None when the article has a publication date, else what it has and how to fix it."""
    if seed.source.date:
        return None
    body = seed.text[seed.body_start:]
    first_line = body.split("\n", 1)[0]
    where = "to its front matter" if seed.text.lstrip().startswith("---") else "in front matter at the top"
    dateline = _DATELINE.match(first_line)
    md = month_day(dateline.group("line")) if dateline else None
    if md:
        shown = " ".join(dateline.group("line").split())
        return Undated(seed.name, f"a dateline without a year (“{shown}”)", f"{md[0]:02d}-{md[1]:02d}",
                       f"add `date: YYYY-{md[0]:02d}-{md[1]:02d}` {where}, with the year it was published")
    weekday = _WEEKDAY.search(body)
    found = f"“{weekday.group()}” but no date anywhere" if weekday else "no publication date"
    return Undated(seed.name, found, None, f"add `date: YYYY-MM-DD` {where}, the day it was published")
