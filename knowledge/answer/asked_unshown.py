"""A detail the question asks for that no text of the reply shows: a measure, an act's doer, a span of
time, the exact day.

asked_detail.py reads the best sentence of the retrieval pipeline, but a reply built from an event's or a
statement's record never passes there: "Какая погода была в Ханое во время визита X?" read as a visit
gets "Y received X in Hanoi on 25 July 2017" and a quote without a word of weather; "Сколько длился визит
X?" gets the visit with no length. The same word sets are read here in everything the reply shows of its
own (its head line past the source lead-in, and every quote), so only a reply writing none of them is
declined:

- the measure, the doer or the house asked (asked_detail.asked_words);
- a span asked ("how long did the visit last", "сколько длилась встреча", "kéo dài mấy ngày"): a length
  in units of time, two days of a month ("on April 28 and 29"), a range ("from … to …", "until"), or a
  length of road or coast for "how long is the coastline";
- the exact day asked ("on what exact date", "what was the calendar date", "when exactly"): a day of a
  month; a weekday ("on Saturday") or "this year" is no exact date.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer import asked_detail
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer

# a length of time asked; not "how long ago / before / after" (a time), nor "bao lâu một lần" (how often)
_ASKS_SPAN = lazy_re.compile(r"\bhow\s+long\b(?!\s+(?:ago|before|after|since)\b)|\bfor\s+how\s+many\s+(?:days|hours|weeks"
                        r"|months|years)\b|\bсколько\s+(?:времени\s+|дней\s+|часов\s+|минут\s+|недель\s+)?(?:длил|продолжал)\w*"
                        r"|\bкак\s+долго\b|\bbao\s+l[aâ]u\b(?!\s+m[oộ]t\s+l[aầ]n)|\bk[eé]o\s+d[aà]i\s+m[aấ]y\s+ng[aà]y\b", re.I)
_COUNT = (r"(?:\d+(?:[.,]\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty"
          r"|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|several|few|half|many|some)")
_UNIT = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centur(?:y|ies))"
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a length written: a count of time units ("two-day", "for 45 minutes", "over more than sixty years"), two days
# of a month or a range of days, a span from one time to another, or a length in space for a road or a coast
_SPAN = lazy_re.compile(r"\b" + _COUNT + r"[\s-]+(?:and\s+a\s+half\s+)?" + _UNIT + r"\b|\b\d{1,2}\s*(?:[-–]|and|to)\s*\d{1,2}\b"
                   r"|\bfrom\b.{1,60}?\b(?:to|until|till|through)\b|\b(?:until|till|since|overnight|lasted|lasting|lasts)\b"
                   r"|\bbetween\b.{1,40}?\band\b|\b(?:week|day|month|year)-?long\b|\ball\s+(?:day|night|week)\b"
                   r"|\b(?:kilomet\w*|km|miles?|metres?|meters?)\b|\d\s?km\b", re.I)
# the exact day asked: a calendar date, not a weekday or a year
_ASKS_DAY = lazy_re.compile(r"\b(?:exact|precise|specific|calendar)\s+(?:calendar\s+)?(?:date|day)s?\b|\b(?:when|what\s+date)"
                       r",?\s+exactly\b|\bexactly\s+(?:when|on\s+which\s+date|on\s+what\s+date)\b|какого\s+именно\s+числа"
                       r"|\bng[aà]y\s+(?:n[aà]o\s+)?ch[ií]nh\s+x[aá]c\b|\bch[ií]nh\s+x[aá]c\s+(?:l[aà]\s+)?(?:v[aà]o\s+)?ng[aà]y\b",
                       re.I)
_DAY = lazy_re.compile(r"\b" + _MONTH + r"\s+\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH + r"|\b\d{1,2}/\d{1,2}\b"
                  r"|\bng[aà]y\s+\d{1,2}\b|\b\d{1,2}\s+(?:январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр"
                  r"|ноябр|декабр)", re.I)


def span_unshown(raw: str, texts: list[str]) -> bool:
    """Does the question ask how long something lasted, and no text of the reply write a length?"""
    return bool(_ASKS_SPAN.search(raw)) and not any(_SPAN.search(t) for t in texts)


def day_unshown(raw: str, texts: list[str]) -> bool:
    """Does the question ask the exact day, and no text of the reply write a day of a month?"""
    return bool(_ASKS_DAY.search(raw)) and not any(_DAY.search(t) for t in texts)


def detail_unshown(raw: str, tokens: list[str], texts: list[str]) -> bool:
    """Does the question ask a measure, an act's doer or a house whose words no text of the reply writes?"""
    return any(not any(words.search(t) for t in texts) for words in asked_detail.asked_words(raw, tokens))


def unshown(raw: str, tokens: list[str], ans: Answer) -> bool:
    """Does the reply show none of the words of a detail the question asks (a measure, a doer, a span,
    the exact day)?"""
    texts = shown_texts(ans)
    return bool(texts) and (detail_unshown(raw, tokens, texts) or span_unshown(raw, texts) or day_unshown(raw, texts))
