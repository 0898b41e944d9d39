"""Details a question states or asks for that the best sentence does not bear out: evidence of a
false premise, or of a detail the articles don't give, that does not depend on wording.

- A figure the question states ("did Vietnam extend visa-free stays to 45 days?", "how many megawatts
  will the Ninh Thuan 2 plant generate?") against a sentence that writes other figures and never
  that one. A conflict, not an absence: a sentence without figures is compatible with any. Years
  (date_conflict.py weighs those), days of a month, and ordinals ("the 25th session", which
  ordinal_checks.py holds to the sentence) are no figures here; "nine months" is "9 months".
- A thing handed over that the question asks for ("what gift did X present to Y", "which order did
  Y receive", "Что X подарил Y?", "tặng quà gì") against a sentence that writes nothing given or
  received: no gift, award, order or prize, and no act of presenting, handing, giving or conferring.
  A meeting of the two people asked does not say what was given there.
- What no news article gives whatever it reports: advice or instructions for the reader ("how do I
  apply for a visa", "explain the offside rule", "recommend a laptop"), or the reader's own day
  ("the rouble rate today", "погода завтра", "giá vàng hôm nay") where the sentence speaks of no such
  day. support.py declines these when the quote shares only such words with the question; this
  weighs them when it shares more ("exchange", "rules").
- A place a yes/no or "when" question sets its event in, against a sentence set in other places.

The decision model (decision.py) weighs each as one feature among the others.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.names import strip_diacritics

_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|январ\w*|феврал\w*|март\w*|апрел\w*|ма[яй]"
          r"|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*")
# a day of a month ("June 5", "5 June", "5/6/2020", "tháng 7", "ngày 5"), a span of days ("24 and 25 October")
_DATE_LIKE = lazy_re.compile(r"\b\d{1,2}\s*(?:-|–|to|and)\s*\d{1,2}\s+(?:" + _MONTH + r")\b|\b\d{1,2}\s+(?:" + _MONTH
                        + r")\b|\b(?:" + _MONTH + r")\s+\d{1,2}(?:\s*(?:-|–|to|and)\s*\d{1,2})?\b"
                        r"|\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b|\b(?:tháng|ngày|thang|ngay|quý|quy)\s+\d+(?:[/.]\d+)*", re.I)
_ORDINAL = lazy_re.compile(r"\b\d+(?:st|nd|rd|th|-й|-го|-м|-е|-я)\b|(?:lần thứ|thứ|lan thu|no\.|number|№)\s*\d+", re.I)
_NUMBER = lazy_re.compile(r"(?<![\w.,])\d[\d,.]*\d(?!\w)|(?<![\w.,])\d(?![\w.,])")
_YEAR = lazy_re.compile(r"^(?:1[89]\d\d|20\d\d)$")
_WORDS = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_WORDS.update({"thirty": "30", "forty": "40", "fifty": "50", "sixty": "60", "seventy": "70", "eighty": "80",
               "ninety": "90", "hundred": "100", "dozen": "12", "a dozen": "12"})


def _digits(text: str) -> set[str]:
    """The figures a text writes in digits (thousands separators dropped), leaving out years, days of
    a month and ordinals."""
    t = _ORDINAL.sub(" ", _DATE_LIKE.sub(" ", text))
    return {m.replace(",", "").rstrip(".") for m in _NUMBER.findall(t) if not _YEAR.match(m)}  # "2,000" no year


def figures(text: str) -> set[str]:
    """The figures a text writes, in digits or as small number words ("nine months", "a dozen")."""
    words = re.findall(r"[a-z]+(?: dozen)?", text.lower())
    return _digits(text) | {_WORDS[w] for w in words if w in _WORDS}


def number_conflict(question: str, sentence: str) -> bool:
    """Does the question state a figure in digits that the sentence, which writes figures, never writes?"""
    asked = _digits(question)
    if not asked:
        return False
    stated = figures(sentence)
    return bool(stated) and not asked & stated


_GIFT_ASKED = lazy_re.compile(r"\b(?:what|which)\s+(?:[\w-]+\s+){0,3}?(?:gifts?|souvenirs?|awards?|medals?|prizes?|"
                         r"decorations?|insignia|orders?)\b|подар|наград|орден|медал|\bquà\b|huân chương|"
                         r"huy chương|giải thưởng", re.I)
_GIVEN = lazy_re.compile(r"\b(?:gifts?|souvenirs?|awards?|awarded|medals?|prizes?|decorations?|insignia|orders?|"
                    r"honou?r(?:s|ed)?|present(?:ed|s|ing)?(?!-day)|hand(?:ed|s|ing)?(?! (?:\w+ )?credentials)|gave"
                    r"|give[ns]?|giving|"
                    r"confer\w*|bestow\w*|donat\w*|trophy|cup|gold|silver|bronze)\b", re.I)


def gift_unwritten(question: str, sentence: str) -> bool:
    """Does the question ask for a thing handed over (a gift, an award, an order, a prize) and the
    sentence write nothing given or received?"""
    return bool(_GIFT_ASKED.search(question)) and "in order to" not in question.lower() \
        and not _GIVEN.search(sentence)


_ADVICE = lazy_re.compile(r"^\s*(?:how (?:do|can|should|could) (?:i|we|you|one)\b|explain\b|recommend\b|suggest\b|tell me\b|"
                     r"give me\b|what should i\b|where can i\b|объясни|посоветуй|порекомендуй)|\bкак мне\b|"
                     r"làm thế nào|lam the nao|\bcách\s+(?:làm|nấu)", re.I)
# the reader asking how to do something themselves, or for a pick ("how do I apply for a visa", "how do you cook
# phở", "recommend a laptop", "как мне …", "cách nấu phở"): news reports what others did, never tells the reader
# what to do; "explain …", "tell me about …" may ask what an article reports, so they only weigh (reader_frame)
_HOW_TO = lazy_re.compile(r"^\s*(?:how (?:do|can|should|could) (?:i|we|you|one)\b|what should i\b|where can i\b|recommend\b"
                     r"|посоветуй|порекомендуй)|\bкак мне\b|\bcách\s+(?:làm|nấu)", re.I)
_READERS_DAY = lazy_re.compile(r"\b(?:today|tomorrow|right now|at the moment|these days)\b|today's|сегодня|сейчас|завтра|"
                          r"hôm nay|hom nay|ngày mai|ngay mai|bây giờ|bay gio", re.I)
_SENTENCE_DAY = lazy_re.compile(r"\b(?:today|tomorrow|now)\b|сегодня|сейчас", re.I)


def reader_frame(question: str, sentence: str) -> bool:
    """Does the question ask for advice, or about the reader's own day that the sentence does not speak of?"""
    return bool(_ADVICE.search(question)) or bool(_READERS_DAY.search(question)) and not _SENTENCE_DAY.search(sentence)


def how_to_asked(question: str) -> bool:
    """Does the question ask how the reader is to do something, or for a recommendation? No article answers that."""
    return _HOW_TO.search(question) is not None


def place_conflict(conn, raw: str, plan, kinds: dict[int, str], cand) -> bool:
    """A "did X … in P?" or "when did X … in P?" question whose sentence, or its event, is set in other
    places, never P ("Did Sang land at Vnukovo?" and the sentence has him land at Domodedovo). Only
    those two shapes: they ask about the very event the sentence must report, where a "what" or "how
    many" question may be answered by a sentence away from the place its article sets the scene in.
    A place written as the start of a longer name ("Kazan Federal University") sets nothing."""
    if plan.answer_type not in ("yesno", "date"):
        return False
    asked = {a for slot, words in zip(plan.slots, plan.slot_words) for a in slot if kinds.get(a) == "place"
             and not (words and re.search("(?i:" + re.escape(words) + r")\s+[A-Z]", strip_diacritics(raw)))}
    if not asked:
        return False
    here = {a for (a,) in conn.execute("SELECT actor_id FROM sentence_actors WHERE sentence_id = ?",
                                       [cand.sentence_id]) if kinds.get(a) == "place"}
    here |= {p for (p,) in conn.execute("SELECT place_id FROM events WHERE sentence_id = ? AND place_id IS NOT NULL",
                                        [cand.sentence_id])}
    return bool(here) and not asked & here
