"""A yes/no question setting its event in one year is not answered by quotes dating it to another.

"Did the assembly adopt the charter in 2016?" answered by "The charter was adopted by the assembly in
May 2019": the quote names the event and its words, and so wins, but it contradicts the premise; the
reply must not present it as bearing the question out. As figure_year.py does for figures, the best
quote must date itself plainly ("in 2019", "in May 2019") and write the asked year nowhere, and run over no
span; the question must set its event in the year ("in 2016", "в 2016 году", "năm 2016"), not before,
after or since it (a quote of another year often answers those).
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.figure_year import SPAN, YEAR, dated_elsewhere
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer

# a question placing its event relative to a year, not in it
_RELATIVE = lazy_re.compile(r"\b(?:before|after|since|until|till|by|prior|earlier|later|between|from|до|после|с|к|перед"
                       r"|trước|sau|từ|đến|kể từ)\b", re.I)


def asked_year(raw: str) -> str | None:
    """The one year a yes/no question sets its event in; None for none, several, a span or a relative year."""
    if SPAN.search(raw) or _RELATIVE.search(raw):
        return None
    years = set(YEAR.findall(raw))
    return years.pop() if len(years) == 1 else None


def other_year(yesno: bool, raw: str, ans: Answer) -> bool:
    """Does the first quote (the best sentence) of the reply to a yes/no question of one year date what it reports to
    another, and no line of the reply write the asked year? Quotes after it add context, often undated."""
    if not yesno or (year := asked_year(raw)) is None or not (texts := shown_texts(ans)):
        return False
    return len(texts) > 1 and dated_elsewhere(texts[1], year) and not any(year in t for t in texts)
