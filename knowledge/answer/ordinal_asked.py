"""A question that asks a place in an order, not a count: "which session of the committee was it", "what
number customer is Vietnam", "Russia's ranking among investors", "thứ mấy", "какой по счёту".

News answers it with an ordinal ("the 24th session", "its sixth customer", "ranks fifth") or a word of first
place ("the biggest trading partner"), never with any figure: "Each investor will commit 250 million USD"
writes a figure and answers no "which place". Such a question is planned as a number (intent.answer_type)
whose implied kind is an ordinal (implied.py), so the ranker counts only a sentence that writes one as
writing the kind asked (ANSWER_RX["ordinal"]), and the span of a sentence without one no longer passes as
the answer because it writes an amount.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.names import fold

# on the folded question (any language): English wordings of a place in an order (not "a high-ranking guest",
# nor "how does X rank among", which news answers in words as often: "a top priority", "the strongest");
# Vietnamese "thứ mấy" after a noun or verb ("lần thứ mấy", "đứng thứ mấy", "đối tác thứ mấy"), not the weekday
# ("vào thứ mấy", "từ thứ mấy đến thứ mấy", "thứ mấy trong tuần"); Russian "по счёту" and "какое место"
_ORDINAL_ASKED = lazy_re.compile(
    r"\b(what|which) number(ed)?\b(?! of\b)|\bnumbered\b|(?<!high )(?<!top )\branking\b"
    r"|(?<!at )\b(which|what) (session|edition|round)\b"
    r"|\bwhich (\w+ ){0,3}in the (series|order)\b"
    r"|(?<!vao )(?<!tu )(?<!den )\bthu may\b(?! trong tuan)"
    r"|по счету|\bкакое место\b")


def asks_ordinal(raw: str) -> bool:
    """Does the question (as the reader wrote it) ask which place in an order something holds?"""
    return _ORDINAL_ASKED.search(fold(raw).lower()) is not None
