"""The dates and weekdays a question asks about ("on 6 July 2022", "in 2024", "tháng 7 năm 2022",
"в воскресенье"), as ISO ranges and the tokens that spelled them."""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.question.words import MONTHS


_RU_MONTHS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
              "ноябр", "декабр"]

_MON_RX = "|".join(MONTHS) + "|" + "|".join(m[:3] for m in MONTHS) + "|sept"


def _month_num(tok: str) -> int | None:
    tok = tok.lower()
    for i, m in enumerate(MONTHS):
        if tok == m or (len(tok) >= 3 and m.startswith(tok)):
            return i + 1
    for i, stem in enumerate(_RU_MONTHS):
        if tok.startswith(stem) and (i != 4 or tok in ("мая", "май", "мае")):
            return i + 1
    return None


def _days_in(y: int, m: int) -> int:
    import calendar

    return calendar.monthrange(y, m)[1]


def _covered(tokens: list[str], start: int, end: int) -> set[int]:
    """The indices of the tokens inside characters start..end of the tokens joined by spaces."""
    idx, pos = set(), 0
    for i, t in enumerate(tokens):
        if pos >= start and pos + len(t) <= end:
            idx.add(i)
        pos += len(t) + 1
    return idx


# the date patterns, most specific first, each with how its groups make (year, month, day): compiled once
_DATE_PATS = [(re.compile(pat), conv) for pat, conv in [
    (r"\b(20\d\d|19\d\d) (\d\d?) (\d\d?)\b", lambda g: (int(g[0]), int(g[1]), int(g[2]))),  # ISO folded
    (r"\b(\d\d?) (\d\d?) (20\d\d|19\d\d)\b", lambda g: (int(g[2]), int(g[1]), int(g[0]))),  # d/m/y
    (r"\b(\d\d?)(?:st|nd|rd|th)? (?:of )?([a-z\u0430-\u044f]+) (20\d\d|19\d\d)\b",
     lambda g: (int(g[2]), _month_num(g[1]), int(g[0]))),
    (rf"\b({_MON_RX})[a-z]* (\d\d?)(?:st|nd|rd|th)? (20\d\d|19\d\d)\b",
     lambda g: (int(g[2]), _month_num(g[0]), int(g[1]))),
    (rf"\b({_MON_RX})[a-z]* (20\d\d|19\d\d)\b", lambda g: (int(g[1]), _month_num(g[0]), None)),
    (r"\bthang (\d\d?) (?:nam )?(20\d\d|19\d\d)\b", lambda g: (int(g[1]), int(g[0]), None)),
    (rf"\b(\d\d?)(?:st|nd|rd|th)? (?:of )?({_MON_RX})[a-z]*\b", lambda g: (None, _month_num(g[1]), int(g[0]))),
    (rf"\b({_MON_RX})[a-z]* (\d\d?)(?:st|nd|rd|th)?\b", lambda g: (None, _month_num(g[0]), int(g[1]))),
    (r"\b(20\d\d|19\d\d)\b", lambda g: (int(g[0]), None, None)),
]]


_MONTH_SPAN = lazy_re.compile(rf"\b({_MON_RX})[a-z]* (?:to |and |through |until |till )?({_MON_RX})[a-z]* (20\d\d|19\d\d)\b")
_BOUND_BEFORE = lazy_re.compile(r"\b(to|by|until|till|towards|through|before|after|since) $")


def parse_dates(tokens: list[str]) -> tuple[str | None, str | None, set[int], str | None]:
    """The date range a question asks about ("on 6 July 2022", "in 2024", "tháng 7 năm 2022")."""
    text = " ".join(tokens)
    span = _MONTH_SPAN.search(text)  # "Jan–Apr 2023", "from January to April 2023": the months between
    if span and (a := _month_num(span.group(1))) and (b := _month_num(span.group(2))) and a < b:
        y = int(span.group(3))
        return (f"{y}-{a:02d}-01", f"{y}-{b:02d}-{_days_in(y, b):02d}", _covered(tokens, span.start(), span.end()),
                span.group(0))
    spans: list[tuple[int, int, int | None, int | None, int | None]] = []  # char start, end, y, m, d
    taken: list[tuple[int, int]] = []
    for rx, conv in _DATE_PATS:
        for m in rx.finditer(text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            try:
                y, mo, d = conv(m.groups())
            except (TypeError, ValueError):
                continue
            if mo is None and d is not None:
                continue
            if mo is None and _BOUND_BEFORE.search(text[:m.start()]):
                continue  # "the vision to 2030", "since 2001": a target or a bound, not the date asked
            if mo is not None and not 1 <= mo <= 12:
                continue
            taken.append((m.start(), m.end()))
            spans.append((m.start(), m.end(), y, mo, d))
    if not spans:
        return None, None, set(), None
    start, end, y, mo, d = sorted(spans)[0]
    idx = _covered(tokens, start, end)
    if y is None:  # "on July 6": any year
        lo = f"0000-{mo:02d}-{d:02d}"
        return lo, lo, idx, text[start:end]
    if mo is None:
        return f"{y}-01-01", f"{y}-12-31", idx, text[start:end]
    if d is None:
        return f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{_days_in(y, mo):02d}", idx, text[start:end]
    return f"{y}-{mo:02d}-{d:02d}", f"{y}-{mo:02d}-{d:02d}", idx, text[start:end]


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RU_WEEKDAYS = ["понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен"]
_VI_WEEKDAYS = {("thu", "hai"): 0, ("thu", "ba"): 1, ("thu", "tu"): 2, ("thu", "nam"): 3, ("thu", "sau"): 4,
                ("thu", "bay"): 5, ("chu", "nhat"): 6}


def parse_weekday(tokens: list[str], lang: str) -> tuple[int | None, set[int]]:
    """A weekday the question names ("on Sunday", "в воскресенье", "chủ nhật") and its tokens."""
    for i, t in enumerate(tokens):
        if t in WEEKDAYS:
            return WEEKDAYS.index(t), {i}
        if lang == "ru":
            for n, stem in enumerate(_RU_WEEKDAYS):
                if t.startswith(stem) and len(t) <= len(stem) + 3:
                    return n, {i}
        if lang == "vi" and tuple(tokens[i : i + 2]) in _VI_WEEKDAYS:
            return _VI_WEEKDAYS[tuple(tokens[i : i + 2])], {i, i + 1}
    return None, set()
