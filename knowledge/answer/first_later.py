"""A question about the first of a series is not answered by a quote about a later one.

"When was the first Asia Film Forum held?" is not answered by "the second Asia Film Forum was held in
Busan from May 3 to 5", nor "When was the first Lotus concert staged in Paris?" by "the Lotus concert,
staged there for the third time": the thing and a date fit, the round does not, and a later round's
date, place or theme says nothing of the first's. The quote must write a later ordinal before the noun
the question counts ("the second … forum", "its 12th round of … consultations") or "for the Nth time",
and write "first", "inaugural" or "after" nowhere (a quote saying "the second student, after X" names
the first). ordinal_checks leaves 'first' to this check.
"""

from __future__ import annotations

import re

from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer

_LATER = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:nd|rd|th))")
# the first asked: English "the first X", or the first-time words of a Vietnamese or Russian question
_FIRST_ANY = re.compile(r"\b(?:first|1st|inaugural)\b|впервые|перв(?:ый|ая|ое|ого|ой|ую|ых|ым)\b|lần\s+đầu|đầu\s+tiên",
                        re.I)
_FIRST_NOUN = re.compile(r"\b(?:first|1st|inaugural)((?:\s+[\w'’-]+){1,5})", re.I)
_LATER_TIME = re.compile(rf"\bfor\s+the\s+{_LATER}\s+(?:straight\s+|consecutive\s+)?time\b", re.I)
_LATER_NOUN = re.compile(rf"\b{_LATER}((?:\s+[\w'’\"“”-]+){{1,5}})", re.I)
# a quote that names the first, or counts back to it
_NAMES_FIRST = re.compile(r"\bfirst\b|\b1st\b|\binaugural\b|\bafter\b|\bprevious\b|\bpredecessor", re.I)
# words that end the noun phrase counted ("the second, which took effect …")
_STOP = set("""which who that where when was were is are has had have will would held took opened in on at
to for from by with and but as since during after before about the a an its their his her""".split())
# words too common to tie a later round to the first asked ("the second Russian flight" / "the first Russian ship")
_COMMON = set("""vietnam vietnamese viet russia russian soviet international joint bilateral two both new
official""".split())


def _words(phrase: str) -> set[str]:
    """The counted noun phrase's telling words, cut at the first function word, as 6-letter stems."""
    out = set()
    for w in re.findall(r"[\w'’-]+", phrase.lower()):
        if w in _STOP:
            break
        if len(w) > 2 and w not in _COMMON:
            out.add(w[:6])
    return out


def _asked_words(raw: str) -> set[str]:
    """The telling words of the noun(s) the question's "first" counts ("the first rectors' forum")."""
    return set().union(*(_words(m.group(1)) for m in _FIRST_NOUN.finditer(raw))) if _FIRST_NOUN.search(raw) else set()


def _later(quote: str, asked: set[str]) -> bool:
    """Does the quote count a later round of the thing asked and nowhere name or point back to the first?"""
    if _NAMES_FIRST.search(quote):
        return False
    if _LATER_TIME.search(quote):
        return True
    return any(_words(m.group(1)) & asked for m in _LATER_NOUN.finditer(quote))


def later_round(raw: str, ans: Answer) -> bool:
    """Does every quote of the reply to a question about the first of a series write a later one?"""
    if not _FIRST_ANY.search(raw) or not (texts := shown_texts(ans)):
        return False
    quotes = texts[1:]
    asked = _asked_words(raw)
    return bool(quotes) and all(_later(q, asked) for q in quotes)
