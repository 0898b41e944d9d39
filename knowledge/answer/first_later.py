"""A question about the first of a series is not answered by a quote about a later one.

"When was the first Asia Film Forum held?" is not answered by "the second Asia Film Forum was held in
Busan from May 3 to 5", nor "When was the first Lotus concert staged in Paris?" by "the Lotus concert,
staged there for the third time": the thing and a date fit, the round does not, and a later round's
date, place or theme says nothing of the first's. The quote must write a later ordinal before the noun
the question counts ("the second … forum", "its 12th round of … consultations") or "for the Nth time",
and write "first", "inaugural" or "after" nowhere (a quote saying "the second student, after X" names
the first). ordinal_checks leaves 'first' to this check.

Likewise a time asked of a thing done for the first time ("In which year was the fair first held?", "When
did X first visit Hanoi?", "впервые", "lần đầu") is not answered by a quote that dates one visit or one
round and says nothing of it being the first: the quote must write a first-time word ("first", "founded",
"since", "launched", "already" …), write a change that starts a new state ("lengthened the stay from 15
to 45 days") or count the years since it ("the centenary of X's arrival"). Only the
adverb is read so: "the first group" asks a thing's date, which any quote dating that group gives.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer

_LATER = (r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:nd|rd|th))")
# the first asked: English "the first X", or the first-time words of a Vietnamese or Russian question
_FIRST_ANY = lazy_re.compile(r"\b(?:first|1st|inaugural)\b|впервые|перв(?:ый|ая|ое|ого|ой|ую|ых|ым)\b|lần\s+đầu|đầu\s+tiên",
                        re.I)
_FIRST_NOUN = lazy_re.compile(r"\b(?:first|1st|inaugural)((?:\s+[\w'’-]+){1,5})", re.I)
_LATER_TIME = lazy_re.compile(rf"\bfor\s+the\s+{_LATER}\s+(?:straight\s+|consecutive\s+)?time\b", re.I)
_LATER_NOUN = lazy_re.compile(rf"\b{_LATER}((?:\s+[\w'’\"“”-]+){{1,5}})", re.I)
# a quote that names the first, or counts back to it
_NAMES_FIRST = lazy_re.compile(r"\bfirst\b|\b1st\b|\binaugural\b|\bafter\b|\bprevious\b|\bpredecessor", re.I)
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


# a time asked: "when", "(in) what / which year", "on what date"; Russian "когда", "в каком году"; Vietnamese
# "khi nào", "năm nào", "ngày nào", "bao giờ"
_TIME_ASKED = lazy_re.compile(r"^\W*(?:when|(?:in|on)\s+(?:what|which)\s+(?:year|date|day)|(?:what|which)\s+year)\b"
                         r"|^\W*когда\b|\bв\s+каком\s+году\b|\b(?:khi\s+nào|năm\s+nào|ngày\s+nào|bao\s+giờ)", re.I)
# "first" as an adverb of the act ("X first visited", "was first held"), not an adjective after a determiner
_FIRST_ACT = lazy_re.compile(r"(?<!\bthe )(?<!\bits )(?<!\bhis )(?<!\bher )(?<!\btheir )(?<!\ba )(?<!['’]s )"
                        r"\bfirst\s+(?!time\b)[a-z]+|впервые|lần\s+đầu", re.I)
# a quote that marks the act as the first, the start of a run, or counts back to it
_FIRST_SHOWN = lazy_re.compile(r"\bfirst\b|\b1st\b|\binaugural|\bfound(?:ed|ing|er)\b|\bestablish|\bsince\b|\blaunch"
                          r"|\bdebut|\bbeg[ai]n|\bstart|\bset\s+up\b|\bintroduc|\bpioneer|\bearliest|\balready\b"
                          r"|\bnever\s+before\b|\buntil\s+then\b|\bago\b|\bcentenary|\bcentennial|\banniversar"
                          r"|\b\d+\s+years\b|впервые|перв|lần\s+đầu|đầu\s+tiên"
                          # a change of value starts the new one ("lengthened the stay from 15 to 45 days")
                          r"|\b(?:lengthen|extend|rais|increas|cut|reduc)\w*\b.*\bfrom\b.*\bto\b", re.I)


def first_time_unwritten(raw: str, ans: Answer) -> bool:
    """Does the reply to a question asking when a thing was first done quote none that marks it the first?"""
    if not (_TIME_ASKED.search(raw) and _FIRST_ACT.search(raw)) or not (texts := shown_texts(ans)):
        return False
    quotes = texts[1:]
    return bool(quotes) and not any(_FIRST_SHOWN.search(q) for q in quotes)


def later_round(raw: str, ans: Answer) -> bool:
    """Does every quote of the reply to a question about the first of a series write a later one?"""
    if not _FIRST_ANY.search(raw) or not (texts := shown_texts(ans)):
        return False
    quotes = texts[1:]
    asked = _asked_words(raw)
    return bool(quotes) and all(_later(q, asked) for q in quotes)
