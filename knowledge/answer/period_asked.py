"""A part of the year asked, as the sentence writes it in other words.

"How much was trade in the first seven months of 2023?" is answered by "trade for January–July 2023
reached 2.7 billion USD": the same months, none of the question's words ("first", "seven", "months").
News and readers write such a period every way ("the first half", "H1", "Jan–Apr", "between January
and August", "sáu tháng đầu năm", "за первые четыре месяца", "quý II"), so the period is read as its
first and last month on both sides. A sentence a little way down the ranking that writes the period
asked is put first when the best one does not, and it answers when it writes a figure, the period and
every other word the question searches for: the period's own words are written otherwise, not lacking.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.promote import promote
from knowledge.answer.rank import MUST_SHOW, Ranked, term_matcher
from knowledge.names import fold

Period = tuple[int, int]  # first and last month, 1-12

_EN_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_RU_MONTHS = ["январ", "феврал", "март", "апрел", "ма[йяе]", "июн", "июл", "август", "сентябр", "октябр", "ноябр",
              "декабр"]
_EN_COUNT = "one two three four five six seven eight nine ten eleven twelve".split()
_VI_COUNT = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"]
_RU_COUNT = ["од(?:ин|ного)", "дв(?:а|ух)", "тр(?:и|[её]х)", "четыр(?:е|[её]х)", "пят(?:ь|и)", "шест(?:ь|и)",
             "сем(?:ь|и)", "вос(?:емь|ьми)", "девят(?:ь|и)", "десят(?:ь|и)", "одиннадцат(?:ь|и)", "двенадцат(?:ь|и)"]
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

_EN_MONTH = (r"(january|february|march|april|may|june|july|august|september|october|november|december"
             r"|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
_SPAN = lazy_re.compile(rf"\b(between |from )?{_EN_MONTH}\s*(-|–|—|to|through|till|until|and)\s*{_EN_MONTH}(?![a-z])", re.I)
_FIRST_MONTHS = lazy_re.compile(rf"\bfirst (\d{{1,2}}|{'|'.join(_EN_COUNT)}) months\b", re.I)
_HALF = lazy_re.compile(r"\b(first|second) half\b|\b(h[12])\b", re.I)
_QUARTER = lazy_re.compile(r"\b(first|second|third|fourth|1st|2nd|3rd|4th) quarter\b|\bq([1-4])\b", re.I)
_VI_FIRST = lazy_re.compile(rf"(\d{{1,2}}|{'|'.join(reversed(_VI_COUNT))}) tháng (đầu năm|đầu|năm (19|20)\d\d)", re.I)
_VI_QUARTER = lazy_re.compile(r"\bquý (iv|iii|ii|i|[1-4])\b", re.I)
_VI_HALF = lazy_re.compile(r"\bnửa (đầu|cuối|sau) năm", re.I)
_RU_FIRST = lazy_re.compile(rf"перв\w* ({'|'.join(_RU_COUNT)}|\d{{1,2}}) месяц", re.I)
_RU_HALF = lazy_re.compile(r"(перв|втор)\w* полугоди", re.I)
_RU_QUARTER = lazy_re.compile(r"(перв|втор|трет|четв[её]рт)\w* квартал", re.I)
_RU_SPAN = lazy_re.compile(rf"({'|'.join(_RU_MONTHS)})\w*\s*(?:-|–|—|по)\s*({'|'.join(_RU_MONTHS)})", re.I)
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_RU_ORDINALS = {"перв": 1, "втор": 2, "трет": 3}  # "четв(ё|е)рт" is the fourth


def _count(word: str, words: list[str]) -> int:
    """A month count written in figures or in one of `words` (regular expressions, 1-12)."""
    if word.isdigit():
        return int(word)
    return next(i for i, w in enumerate(words, start=1) if re.fullmatch(w, word, re.I))


def _quarter(n: int) -> Period:
    return 3 * n - 2, 3 * n


def periods(text: str) -> set[Period]:
    """Every part of a year the text writes as a span of months: (first month, last month)."""
    out: set[Period] = set()
    for m in _SPAN.finditer(text):
        lo, hi = _EN_MONTHS.index(m.group(2)[:3].lower()) + 1, _EN_MONTHS.index(m.group(4)[:3].lower()) + 1
        if lo < hi and (m.group(3).lower() != "and" or m.group(1) or hi == lo + 1):  # "March and May" is two months
            out.add((lo, hi))
    out |= {(1, _count(m.group(1), _EN_COUNT)) for m in _FIRST_MONTHS.finditer(text)}
    out |= {(1, 6) if (m.group(1) or m.group(2)).lower() in ("first", "h1") else (7, 12) for m in _HALF.finditer(text)}
    out |= {_quarter(_ORDINALS[m.group(1).lower()] if m.group(1) else int(m.group(2))) for m in _QUARTER.finditer(text)}
    out |= {(1, _count(m.group(1), _VI_COUNT)) for m in _VI_FIRST.finditer(text)}
    out |= {_quarter(_ROMAN.get(m.group(1).lower()) or int(m.group(1))) for m in _VI_QUARTER.finditer(text)}
    out |= {(1, 6) if m.group(1).lower() == "đầu" else (7, 12) for m in _VI_HALF.finditer(text)}
    out |= {(1, _count(m.group(1), _RU_COUNT)) for m in _RU_FIRST.finditer(text)}
    out |= {(1, 6) if m.group(1).lower() == "перв" else (7, 12) for m in _RU_HALF.finditer(text)}
    out |= {_quarter(_RU_ORDINALS.get(m.group(1).lower(), 4)) for m in _RU_QUARTER.finditer(text)}
    for m in _RU_SPAN.finditer(text):
        lo, hi = (_count(g, _RU_MONTHS) for g in m.groups())
        if lo < hi:
            out.add((lo, hi))
    return {p for p in out if 1 <= p[0] <= p[1] <= 12}


_PERIOD_WORDS = lazy_re.compile(rf"\b(first|second|third|fourth|half|quarter|months?|h[12]|q[1-4]|{_EN_MONTH}|\d{{1,2}}|"
                           rf"{'|'.join(_EN_COUNT)})\b", re.I)


def _other_terms(terms: list[str]) -> list[str]:
    """The search words that are no word of a period ("trade", not "first", "seven", "months"); a Vietnamese or
    Russian question's are English already."""
    return [t for t in terms if not _PERIOD_WORDS.fullmatch(fold(t))]


def writes_asked(question: str, text: str) -> bool:
    """Does the sentence write a period of the year the question asks about?"""
    asked = periods(question)
    return bool(asked) and bool(asked & periods(text))


def prefer(question: str, ranked: list[Ranked]) -> list[Ranked]:
    """The ranking with the first of the next few candidates that writes the period asked put first,
    when the best one writes no such period; a sentence with the kind of answer asked (a figure) only
    replaces one with it."""
    asked = periods(question)
    if not asked or len(ranked) < 2 or asked & periods(ranked[0].cand.text):
        return ranked
    best = ranked[0]
    moved = promote(ranked, lambda r: bool(asked & periods(r.cand.text)) and (r.typed or not best.typed))
    if moved is None:
        return ranked
    moved[0].score = max(moved[0].score, best.score)  # first, it weighs as the first (as year_prefer does)
    return moved


def said(choice, question: str) -> bool:
    """Does the best sentence of a how-many or how-much question (pipeline.Choice) answer outright: a figure,
    the period asked in its own words, every other word searched for, and every entity asked by name in its
    article?"""
    if choice.plan.answer_type not in MUST_SHOW or not choice.ranked:
        return False
    best, hard, rest = choice.ranked[0], choice.plan.hard, _other_terms(choice.terms)
    return best.typed and bool(rest) and writes_asked(question, best.cand.text) \
        and min(term_matcher(rest)(best.cand.text)) >= 0.9 \
        and all(got >= 0.35 for got, hd in zip(best.slots, hard) if hd)
