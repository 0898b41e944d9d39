"""A figure asked for one year is not answered by a quote that dates its figure to another year.

"How many trucks were assembled in 2015?" is not answered by "only 150 trucks were sold in 2014", nor
"What was two-way trade worth in 2022?" by "Two-way trade rose 25 percent in 2021 to 7.1 billion USD":
the noun and the figure fit, the year does not, and a figure of one year says nothing of the next.
The quote must date itself plainly ("in 2014", "in July 2018", "as of December 2020") and write the
asked year nowhere; a quote that runs over a span ("since 1994", "from 2013", "by 2018", "until 2030")
or counts from the report's own year ("this year", "last year") may hold the asked year's figure, so
it is left alone. Only figure questions: a yes/no ("were they delivered before 2015?") or a "which
stage … in 2018" question is often answered by a quote of another year. The head line's source lead-in
(the report's own date) is not read (time_shown.shown_texts).
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.figure_shown import asks_figure
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer

YEAR = lazy_re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d%])")
# a span of years asked ("in 2019-2020", "2015/16"): a figure of either year may answer it
SPAN = lazy_re.compile(r"\d{4}\s*[-–/]\s*\d{2,4}")
# an amount asked with "what was … worth / its growth / output …", "what share …" (how many / how much
# and their Vietnamese and Russian forms are figure_shown.asks_figure's)
_ASKS_AMOUNT = lazy_re.compile(r"^\W*what\s+(?:was|were|is)\b.*\b(?:worth|growth|output|turnover|volume|value)\b"
                          r"|^\W*what\s+(?:share|percentage|proportion)\b", re.I)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a quote dating what it reports to a year: "in 2014", "in July 2018", "as of December 2020", "for 2021"
_DATED = lazy_re.compile(rf"\b(?:in|as\s+of|for|during|throughout)\s+(?:(?:early|mid|late|mid-)\s*)?(?:{_MONTH}\s+)?"
                    r"(?:19|20)\d\d\b(?!\s*[-–/]\s*\d)", re.I)
# a span or a year counted from the report's own: the asked year's figure may be in it
_OPEN = lazy_re.compile(rf"\bsince\b|\bfrom\b|\bcounting\b|\bby\s+(?:{_MONTH}\s+)?(?:19|20)\d\d|\buntil\b|\btill\b"
                   r"|\bthrough\b|\b(?:this|last|next|previous|past|same|coming)\s+(?:year|period)\b"
                   r"|\d{4}\s*[-–/]\s*\d{2,4}", re.I)


def asked_year(raw: str) -> str | None:
    """The one year a figure question names ("in 2015", "năm 2015", "в 2015 году"); None for none, several or a span."""
    if not (asks_figure(raw) or _ASKS_AMOUNT.search(raw)) or SPAN.search(raw):
        return None
    years = set(YEAR.findall(raw))
    return years.pop() if len(years) == 1 else None


def dated_elsewhere(text: str, year: str) -> bool:
    """Does the quote date itself plainly to some year, write `year` nowhere and run over no span?"""
    return year not in text and _DATED.search(text) is not None and _OPEN.search(text) is None


def other_year(raw: str, ans: Answer) -> bool:
    """Does every quote of the reply to a figure question of one year date its figure to another year?"""
    if (year := asked_year(raw)) is None or not (texts := shown_texts(ans)):
        return False
    head, quotes = texts[0], texts[1:]
    return bool(quotes) and year not in head and all(dated_elsewhere(q, year) for q in quotes)
