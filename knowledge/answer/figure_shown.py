"""A how-many / how-much question's reply must write some figure: a count, an amount, a measure, a
multiple or the ordinal of a time ("his third trip"). "How much will the new metro line cost?" is not
answered by "The planned line would run from Tan Thao to Long Thanh airport", however well its words
match. Years and the days of dates are no figure (answer_types.has_figure), nor is the publication
date of the report the reply cites. The counterpart of time_shown.py for numbers.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import lazy_re
from knowledge.answer.answer_types import has_figure
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer

# a question that asks a count or an amount ("how many", "how much", "сколько", "bao nhiêu", "mấy"), not a
# "by how much" change (a percentage or a multiple, which has_figure reads too), nor a "mấy" that asks a day,
# a month, an ordinal or an hour ("thứ mấy": which weekday / which one; "tháng mấy"; "mấy giờ")
_ASKS_FIGURE = lazy_re.compile(r"^\W*(?:by\s+)?how\s+(?:many|much)\b|\bсколько\b|\bbao\s+nhi[eê]u\b"
                          r"|(?<!thứ )(?<!tháng )(?<!ngày )(?<!năm )\bmấy\b(?!\s+giờ)", re.I)
# a count written as a word has_figure leaves out: "once", "twice", a multiple ("fourfold"), "dozens of"
_WORD_COUNT = lazy_re.compile(r"\b(?:once|twice|thrice|dozens?|scores of|\w+fold)\b", re.I)
# "how many times": the ordinal of the latest time answers it ("this was his fifth visit")
_ASKS_TIMES = lazy_re.compile(r"\bhow\s+many\s+times\b|\bсколько\s+раз\b|\bbao\s+nhi[eê]u\s+l[aầ]n\b", re.I)
_WORD_ORDINAL = lazy_re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b",
                           re.I)


# a count of meetings or visits, which the engine answers by listing them: one listed is one held
_COUNTS_EVENTS = lazy_re.compile(r"\bhow\s+many\s+(?:[\w-]+\s+){0,2}(?:meetings|talks|visits|trips|calls|sessions|times)\b"
                            r"|\bсколько\s+(?:раз|встреч|визитов|поездок)\b", re.I)


@lru_cache(maxsize=1024)
def asks_figure(raw: str) -> bool:
    """Does the question ask for a figure (not a count of meetings)? Asked of a question several times."""
    return bool(_ASKS_FIGURE.search(raw)) and not _COUNTS_EVENTS.search(raw)


# a number that names rather than counts: a ship's hull number before its name ("the frigate 015-Tran Hung Dao")
# or a unit's number after its capitalised name ("Brigade 162", "Naval Region 4", "Squadron 923")
_DESIGNATION = lazy_re.compile(r"\b\d+-[A-Z][a-z]+\b|\b(?:Brigade|Regiment|Division|Battalion|Corps|Squadron|Flotilla|Region"
                          r"|Zone|Unit|Fleet|Army|Hospital|School|Route|Highway|Gate|Terminal|Pier|Berth) \d+\b")


def _shows(text: str, times: bool) -> bool:
    text = _DESIGNATION.sub(" ", text)
    return has_figure(text, ordinals=True) or _WORD_COUNT.search(text) is not None or (
        times and _WORD_ORDINAL.search(text) is not None)


def no_figure(ans: Answer, raw: str) -> bool:
    """Does the reply to question `raw` (its head line past the source lead-in, and every quote) write no
    figure at all? A word ordinal counts only for "how many times" ("the fourth metro line" is a name)."""
    times = _ASKS_TIMES.search(raw) is not None
    texts = shown_texts(ans)
    return bool(texts) and not any(_shows(t, times) for t in texts)
