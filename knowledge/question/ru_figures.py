"""Figures as a Russian question writes them, rewritten as the English articles write them, before the
question is read: a decimal comma ("1,5 млн": 1.5 million), thousands grouped by spaces
("280 000") and thousands as a word ("280 тысяч", "12 тыс."). Read as written, "1,5" is two numbers
and "280 тысяч" a 280 that no article writes, so the figure the question gives matches nothing."""

from __future__ import annotations

import re

from knowledge import lazy_re

# a comma between digits that is no English thousands separator (one followed by exactly three
# digits, "280,000", is kept as typed)
_DECIMAL_COMMA = lazy_re.compile(r"(?<=\d),(?=\d(?!\d\d(?!\d)))")
# digits grouped in threes by a space, a no-break or a thin space ("1 250 000")
_GROUPED = lazy_re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,]|[ \u00a0\u202f]\d)")
# a figure followed by the word for thousand in any case, or its abbreviation
_THOUSANDS = lazy_re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:тысяч[а-яё]*|тыс\.?)(?![а-яё])", re.I)


def _times_thousand(m: re.Match) -> str:
    value = round(float(m.group(1)) * 1000, 6)
    return str(int(value)) if value == int(value) else m.group(0)


def ru_figures(raw: str) -> str:
    """The question with its figures written as the articles write them: "1,5 млн" -> "1.5 млн",
    "280 000" and "280 тысяч" -> "280000"; other text unchanged."""
    raw = _DECIMAL_COMMA.sub(".", raw)
    raw = _GROUPED.sub(lambda m: re.sub(r"\D", "", m.group(0)), raw)
    return _THOUSANDS.sub(_times_thousand, raw)
