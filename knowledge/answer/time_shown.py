"""A when-question's reply must write some time: a date, a day, a year, a season, a span or a relation
in time. "On what date did the official visit take place?" is not answered by "X asked Y to come to
Vietnam on an official visit at an early date" (no day in it), however well it matches the words.
The publication date of the article the reply cites ("From 19 December 2019:") is no answer: it
dates the report, not the event. Read after the dateline of a quoted story's opening is added
(datelines.py), which is often where the day stands.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.weekday_asked import ASKED_VI_RU
from knowledge.facts import Answer

# any written time: a figure (a day, a year, an hour), a month, a weekday, or a word placing or spanning time
_TIME = lazy_re.compile(r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
                   r"|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:today|yesterday|tomorrow|tonight|week"
                   r"|month|year|morning|afternoon|evening|night|noon|midnight|weekend|spring|summer|autumn|fall"
                   r"|winter|earlier|later|since|ago|century|decade|days?|anniversary|during|after|before|when"
                   r"|while|until|once|first|last|next|previous|recent(?:ly)?|now|then|soon|currently|time|period"
                   r"|term|session|season|occasion|eve|age|era|war|birthday|holiday|festival|new year|tet)\b", re.I)
# a question that asks a time, not one that only frames another ask ("which campaign did X mention when …")
_ASKS_TIME = lazy_re.compile(r"^\W*(?:when|on what (?:date|day)|(?:what|which) (?:date|day|year|month|time)"
                        r"|in (?:what|which) (?:year|month))\b|\b(?:khi nào|bao giờ|ngày nào|năm nào|когда|в каком году"
                        r"|какого числа|khi nao|bao gio|ngay nao|nam nao)\b", re.I)  # (Vietnamese typed plain too)
# the reply's lead-in naming the report it quotes: "From VNA, 19 December 2019:", "19 May 2021 reports:"
_SOURCE_LEAD = lazy_re.compile(r"^(?:From [^:“]*:|[^“]*? reports:)")


def asks_time(raw: str) -> bool:
    return bool(_ASKS_TIME.search(raw))


def shown_texts(ans: Answer) -> list[str]:
    """What a reply writes of its own: its head line past the source lead-in (quotes in it left out,
    they are among the citations) and every quote. Empty for a decline or a reply with no quote."""
    if not ans.answered or not ans.citations:
        return []
    return [re.sub(r"“[^”]*”", " ", _SOURCE_LEAD.sub(" ", ans.headline)), *(c.quote for c in ans.citations)]


def no_time(ans: Answer) -> bool:
    """Does the reply (its head line past the source lead-in, and every quote) write no time at all?"""
    texts = shown_texts(ans)
    return bool(texts) and not any(_TIME.search(t) for t in texts)


# a question asking the hour ("what time did the parade begin", "what time of day …"), not a period ("what time
# of year"); not a bare "во сколько", which asks a price or a multiple as often, but "во сколько часов"
_ASKS_CLOCK = lazy_re.compile(r"^\W*(?:at\s+)?what\s+time\b(?!\s+(?:of(?!\s+(?:the\s+)?day)|period|frame|span|zone))"
                         r"|\b(?:lúc\s+|luc\s+)?(?:mấy\s+giờ|may\s+gio)\b|\bв\s+котором\s+часу\b|\bво\s+сколько\s+час"
                         r"|\bв\s+како[ей]\s+врем[яени]+\s+суток\b", re.I)
# an hour written: "10:30", "10.30 am", "at 10.30", "9am", "9 p.m.", "at 18h", "o'clock", a part of the day, "9 giờ",
# "в 10 часов"; not a decimal ("1.87 kilogrammes")
_CLOCK = lazy_re.compile(r"\b\d{1,2}:\d{2}\b|\b\d{1,2}\.\d{2}\s*(?:a\.?m\b|p\.?m\b|h\b)|\bat\s+\d{1,2}\.\d{2}\b(?!\.?\d)"
                    r"|\b\d{1,2}\s*(?:a\.?m\b|p\.?m\b|h\b|giờ|час)|\d{1,2}h\d{2}|o['’]clock"
                    r"|\b(?:noon|midday|midnight|morning|afternoon|evening|night|dawn|dusk|tonight|sáng|chiều|tối|утр|вечер"
                    r"|днём|ночью)", re.I)


def no_clock(ans: Answer, raw: str) -> bool:
    """Does the reply to a question asking the hour ("what time did the parade begin?") write no hour
    nor part of the day? A day alone ("on August 2") does not tell the time asked."""
    texts = shown_texts(ans) if _ASKS_CLOCK.search(raw) else []
    return bool(texts) and not any(_CLOCK.search(t) for t in texts)


# a question asking the weekday or the month by name ("on which weekday", "what day of the week", "in which month")
# (as Vietnamese and Russian ask them, Vietnamese with or without its marks: "vào thứ mấy", "hôm thứ mấy",
# "tháng mấy", "tháng nào", "в какой день недели", "в каком месяце"; after a noun "thứ mấy" asks its rank)
_ASKS_WEEKDAY = lazy_re.compile(r"\b(?:what|which)\s+(?:weekdays?|days?\s+of\s+the\s+week)\b|" + ASKED_VI_RU.pattern, re.I)
_ASKS_MONTH = lazy_re.compile(r"\b(?:what|which)\s+months?\b|\b(?:tháng|thang)\s+(?:mấy|nào|may|nao)\b"
                         r"|\bв\s+каком\s+месяце\b|\bкакого\s+месяца\b", re.I)
_MONTH = (r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*|\.)")
_WEEKDAY = lazy_re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|" + _MONTH + r"\s+\d{1,2}\b|\b\d{1,2}\s+" + _MONTH,
                      re.I)  # a weekday, or a day of a month (which has one)
_MONTH_RX = lazy_re.compile(_MONTH, re.I)


def no_unit(ans: Answer, raw: str) -> bool:
    """Does the reply to a question asking the weekday ("on which weekday did X open?") write neither a
    weekday nor a day of a month, or one asking the month ("in which month …") no month? A year alone,
    or "founded in 1990", does not tell the unit asked."""
    rx = _WEEKDAY if _ASKS_WEEKDAY.search(raw) else _MONTH_RX if _ASKS_MONTH.search(raw) else None
    texts = shown_texts(ans) if rx else []
    return bool(texts) and not any(rx.search(t) for t in texts)
