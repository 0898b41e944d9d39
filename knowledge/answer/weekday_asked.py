""""On which day of the week did X happen?" is answered by a sentence that writes a weekday.

News dates an event by its weekday in the sentence that reports it ("held talks in Moscow on
Monday") and by its calendar day elsewhere ("The programme went on air on November 23"); both count
as a date for the ranker, so the ranking may put first a sentence that restates the event and its
calendar day, or none, while the next sentence of the same article writes the weekday asked. This
stage, through promote.py, puts first such a close sentence of the best one's article when the best
writes no weekday.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.promote import promote
from knowledge.answer.rank import Ranked

# the weekday asked in Vietnamese (with or without its marks) and Russian: "vào thứ mấy", "hôm thứ mấy",
# "в какой день недели" ("lần thứ mấy", "đứng thứ mấy" after a noun ask a rank, not a weekday)
ASKED_VI_RU = lazy_re.compile(r"\b(?:vào|hôm|vao|hom)\s+(?:thứ|thu)\s+(?:mấy|may)\b|\bдень\s+недели\b", re.I)
ASKED = lazy_re.compile(r"\b(?:day of the week|week ?day)\b|" + ASKED_VI_RU.pattern, re.I)
WRITTEN = lazy_re.compile(r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
MARGIN = 3.0  # how far behind the best it may score (on eval143..158: 2.0 and 5.0 gained the same)


def prefer(ranked: list[Ranked], question: str) -> list[Ranked]:
    """The ranking with a close sentence of the best one's article that writes a weekday put first,
    when the question asks the day of the week and the best writes none; otherwise as it was."""
    if len(ranked) < 2 or not ASKED.search(question) or WRITTEN.search(ranked[0].cand.text):
        return ranked
    best = ranked[0]
    moved = promote(ranked, lambda r: r.cand.source_id == best.cand.source_id and WRITTEN.search(r.cand.text) is not None,
                    MARGIN)
    return moved or ranked
