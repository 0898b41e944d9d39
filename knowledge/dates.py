"""Date phrases in news text -> ISO dates, resolved against the publication date.

General date parsers put a bare weekday in the future; in a news story it almost always means
the most recent such day on or before publication. We keep the raw phrase and say how each
date was resolved. Year-only and month-only dates use ISO reduced precision ("2012",
"2024-06") instead of inventing a day.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from knowledge import lazy_re

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MON_ABBR = {m[:3]: i + 1 for i, m in enumerate(MONTHS)}
_MON_ABBR["sept"] = 9

_WD = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
        r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)")
_MONTH_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(?<!\d)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?:1[89]\d\d|20\d\d)"
_MD = rf"(?:{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?|{_DAY}\s+{_MON}(?:,?\s+{_YEAR})?)"
_SIMPLE = rf"(?:{_WD}(?:,?\s+{_MD})?|{_MD})"
_PART = r"(?:morning|afternoon|evening|night)"

_PATTERNS = [
    rf"\bfrom\s+{_SIMPLE}\s+(?:to|until|till|through)\s+{_SIMPLE}",
    rf"\bfrom\s+{_DAY}\s+to\s+{_DAY}\s+{_MON}(?:,?\s+{_YEAR})?",
    rf"\bfrom\s+{_MON}\s+{_DAY}\s*(?:-|–|to)\s*{_DAY}(?:,?\s+{_YEAR})?",
    rf"\bbetween\s+{_SIMPLE}\s+and\s+{_SIMPLE}",
    rf"\b(?:on\s+)?{_MON}\s+{_DAY}\s+and\s+{_DAY}(?:,?\s+{_YEAR})?",  # "on November 24 and 25"
    rf"\b(?:on\s+)?{_DAY}\s+and\s+{_DAY}\s+{_MON}(?:,?\s+{_YEAR})?",  # "on 24 and 25 November"
    r"\b(?:earlier|later)\s+(?:on\s+)?(?:the\s+same|that)\s+(?:day|morning|afternoon|evening|night)\b",
    r"\b(?:on\s+)?(?:the\s+same|that)\s+(?:morning|afternoon|evening|night)\b",
    r"\b(?:on\s+)?the\s+same\s+day\b",
    r"\b(?:earlier|later)\s+in\s+the\s+day\b",
    r"\b(?:yesterday|today|tomorrow)\b",
    rf"\bon\s+the\s+{_PART}\s+of\s+{_SIMPLE}",  # "on the morning of June 19"
    rf"\b(?:on\s+|last\s+|this\s+|next\s+)?{_SIMPLE}(?:\s+{_PART})?",  # "on Sunday afternoon"
    rf"\b\d{{4}}-\d\d-\d\d\b",
    rf"\b(?:in\s+)?{_MON}\s+{_YEAR}\b",
    rf"\b(?:in|since|by)\s+{_YEAR}\b",
    rf"\bin\s+{_MONTH_NAME}\b(?![\s,]*\d)",  # "in June": that month, the latest on or before publication
]
_RX = lazy_re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# A capitalised word is a weekday/month only when capitalised in the text ("may" is a verb).
_MAY_VERB = lazy_re.compile(r"^(?:on\s+)?may\b")


def find_date_phrases(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping date phrases (start, end, phrase), leftmost-longest."""
    out = []
    for m in _RX.finditer(text):
        s = m.group(0)
        if _MAY_VERB.match(s) and not re.search(r"\d", s):
            continue
        if re.fullmatch(r"(?:on\s+)?may\s+\d+.*", s) and "May" not in s:
            continue
        if re.fullmatch(r"in\s+[a-z]+", s, re.I) and not s.split()[-1][0].isupper():
            continue  # 'in june' is no way to write the month
        out.append((m.start(), m.end(), s))
    return out


def _iso(d: date) -> str:
    return d.isoformat()


def _month(tok: str) -> int | None:
    t = tok.lower().rstrip(".")
    if t in MONTHS:
        return MONTHS.index(t) + 1
    return _MON_ABBR.get(t[:4] if t.startswith("sept") else t[:3]) if len(t) >= 3 else None


def _pub(pub_date: str | date | None) -> date | None:
    if pub_date is None or isinstance(pub_date, date):
        return pub_date
    try:
        return date.fromisoformat(str(pub_date)[:10])
    except ValueError:
        return None


def _simple(phrase: str, pub: date | None, year_hint: int | None = None,
            not_before: date | None = None) -> tuple[str | None, str]:
    """One weekday / month-day / day-month date -> (iso|None, how).

    A month and day without a year is the most recent such date on or before publication
    ("on November 30" in a piece of 2021-12-05 -> 2021-11-30; "December 28" in January -> last
    year's); `not_before` instead asks for the first such date on or after it (the end of a
    span). Without a publication date the year stays unknown: never guessed."""
    p = phrase.strip()
    p = re.sub(rf"^on\s+the\s+{_PART}\s+of\s+", "", p, flags=re.I)
    p = re.sub(r"^(?:on|last|this|next)\s+", "", p, flags=re.I)
    md = _month_day(p)
    if md is not None:
        return _month_day_date(*md, pub, year_hint, not_before)
    wd = re.search(_WD, p, re.I)
    if wd:
        return _weekday_date(phrase, wd.group(0), pub, not_before)
    return None, "unknown"


def _month_day(p: str) -> tuple[int, int, str | None] | None:
    """(month, day, year as written or None) of 'June 19[, 2024]' or '19 June [2024]'; None when
    the phrase has no month and day (a weekday alone)."""
    m = re.search(rf"({_MON})\s+({_DAY})(?:,?\s+({_YEAR}))?", p, re.I) or None
    if m:
        mon, day, year = _month(m.group(1)), int(re.sub(r"\D", "", m.group(2))), m.group(3)
    else:
        m = re.search(rf"({_DAY})\s+({_MON})(?:,?\s+({_YEAR}))?", p, re.I)
        if m:
            mon, day, year = _month(m.group(2)), int(re.sub(r"\D", "", m.group(1))), m.group(3)
    return (mon, day, year) if m and mon else None


def _month_day_date(mon: int, day: int, year: str | None, pub: date | None, year_hint: int | None,
                    not_before: date | None) -> tuple[str | None, str]:
    """A month and day as a date: in the year written or hinted, else the first on or after
    `not_before`, else the most recent on or before publication (within five years)."""
    if year:
        try:
            return _iso(date(int(year), mon, day)), "explicit"
        except ValueError:
            return None, "invalid date"
    if year_hint:
        try:
            return _iso(date(year_hint, mon, day)), "explicit"
        except ValueError:
            return None, "invalid date"
    if not_before is not None:
        for y in (not_before.year, not_before.year + 1):
            try:
                d = date(y, mon, day)
            except ValueError:
                continue
            if d >= not_before:
                return _iso(d), "month-day<=pub"
        return None, "invalid date"
    if pub is None:
        return None, "no publication date"
    for y in (pub.year, pub.year - 1, pub.year - 2, pub.year - 3, pub.year - 4):
        try:
            d = date(y, mon, day)
        except ValueError:
            continue  # 29 February
        if d <= pub:
            return _iso(d), "month-day<=pub"
    return None, "invalid date"


def _weekday_date(phrase: str, weekday: str, pub: date | None, not_before: date | None) -> tuple[str | None, str]:
    """A weekday as a date: the most recent such day on or before publication ('last Monday' on a
    Monday is a week before), or, ending a span, the first such day from its start on."""
    if pub is None:
        return None, "no publication date"
    target = WEEKDAYS.index(weekday.lower())
    if not_before is not None:  # the end of a span: the first such day from its start on
        d = not_before + timedelta(days=(target - not_before.weekday()) % 7)
        # on or before publication it is also the most recent such day (the start is)
        return _iso(d), "weekday<=pub" if d <= pub else "weekday>=start"
    delta = (pub.weekday() - target) % 7
    if re.match(r"last\s", phrase.strip(), re.I) and delta == 0:
        delta = 7
    return _iso(pub - timedelta(days=delta)), "weekday<=pub"


def resolve_date(phrase: str, pub_date: str | date | None, ref_date: str | None = None
                 ) -> tuple[str | None, str | None, str]:
    """-> (iso_start|None, iso_end|None, how).

    `ref_date` is the date of the event a "the same day" phrase refers to; without it the
    publication date is used (how='same day' either way). Unknown phrases give (None, None, 'unknown').
    """
    pub = _pub(pub_date)
    p = " ".join(phrase.split())
    low = p.lower()
    if re.search(r"same day|that day|in the day|(?:same|that) (?:morning|afternoon|evening|night)", low):
        base = ref_date or (_iso(pub) if pub else None)
        return base, None, "same day" if base else "no reference date"
    if low in ("yesterday", "today", "tomorrow"):
        if pub is None:
            return None, None, "no publication date"
        d = pub + timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[low])
        return _iso(d), None, low
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", low)
    if m:
        try:
            return _iso(date(int(m[1]), int(m[2]), int(m[3]))), None, "explicit"
        except ValueError:
            return None, None, "invalid date"
    span = _span(p, pub)
    if span is not None:
        return span
    m = re.fullmatch(rf"(?:in\s+)?({_MON})\s+({_YEAR})", p, re.I)
    if m:
        return f"{int(m[2]):04d}-{_month(m[1]):02d}", None, "month"
    m = re.fullmatch(rf"in\s+({_MONTH_NAME})", p, re.I)
    if m:
        if pub is None:
            return None, None, "no publication date"
        mon = _month(m[1])
        return f"{pub.year - (mon > pub.month):04d}-{mon:02d}", None, "month<=pub"
    m = re.fullmatch(rf"(?:in|since|by)\s+({_YEAR})|({_YEAR})", p, re.I)
    if m:
        return m.group(1) or m.group(2), None, "year"
    d, how = _simple(p, pub)
    return d, None, how


_COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}

def _span(p: str, pub: date | None) -> tuple[str | None, str | None, str] | None:
    """A span ("from June 19 to 20, 2024", "on November 24 and 25") -> (start, end, how); None
    when the phrase is no span."""
    # "on November 24 and 25" is the span from the 24th to the 25th
    p = re.sub(rf"^(?:on\s+)?({_MON}\s+{_DAY}|{_DAY})\s+and\s+({_DAY}(?:\s+{_MON})?(?:,?\s+{_YEAR})?)$",
               r"from \1 to \2", p, flags=re.I)
    m = re.fullmatch(rf"(?:from|between)\s+(.+?)\s+(?:to|until|till|through|and)\s+(.+)", p, re.I)
    if not m:
        return None
    a, b = m.group(1), m.group(2)
    if re.fullmatch(_DAY, a, re.I):  # "from 19 to 20 June 2024"
        mon_b = re.search(_MON, b, re.I)
        if mon_b and not re.search(_YEAR, b):
            a = f"{mon_b.group(0)} {a}"  # "from 28 to 30 November": the start carries the month
        else:
            end, how = _simple(b, pub)
            if end:
                start = end[:8] + f"{int(re.sub(r'[^0-9]', '', a)):02d}"
                return start, end, how
            return None, None, how
    m2 = re.fullmatch(rf"({_MON})\s+({_DAY})", a, re.I)
    if m2 and re.fullmatch(_DAY + rf"(?:,?\s+{_YEAR})?", b, re.I):  # June 19 to 20
        b = f"{m2.group(1)} {b}"
    if re.search(_YEAR, b) and not re.search(_YEAR, a):  # "from June 19 to 20, 2024"
        end, how_e = _simple(b, pub)
        start, how_s = _simple(a, pub, int(end[:4]) if end else None)
        if start and end and start > end:
            start = f"{int(start[:4]) - 1}{start[4:]}"
    else:
        # the start is on or before publication; the end may follow it ("visit from
        # November 28 to December 2" reported on November 30)
        start, how_s = _simple(a, pub)
        if start and (not re.search(_WD, b, re.I) or (how_s == "weekday<=pub" and re.fullmatch(_WD, b, re.I))):
            # "from Sunday to Wednesday": the end is the first such day from the start on, so a
            # visit still under way at publication ("is paying a visit") ends after it
            end, how_e = _simple(b, pub, not_before=date.fromisoformat(start))
        else:
            end, how_e = _simple(b, pub)
        if start and end and start > end and how_s == "weekday<=pub":
            start = _iso(date.fromisoformat(start) - timedelta(days=7))
    if start or end:
        return start, end, how_e if how_e == how_s else f"{how_s}/{how_e}"
    return None, None, how_e


def span_start(end: str | None, days_word: str) -> str | None:
    """The first day of a stay of `days_word` days ('two', '3') that ended on ISO date `end`."""
    n = _COUNT_WORDS.get(days_word.lower()) or (int(days_word) if days_word.isdigit() else 0)
    if not end or len(end) != 10 or not 1 < n <= 31:
        return None
    return _iso(date.fromisoformat(end) - timedelta(days=n - 1))


def span_end(start: str | None, days_word: str) -> str | None:
    """The last day of a stay of `days_word` days ('two', '3') that began on ISO date `start`."""
    n = _COUNT_WORDS.get(days_word.lower()) or (int(days_word) if days_word.isdigit() else 0)
    if not start or not 1 < n <= 31:
        return None
    return _iso(date.fromisoformat(start) + timedelta(days=n - 1))

