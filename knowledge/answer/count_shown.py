"""A how-many reply must hold a figure that counts a thing, not only figures that frame the report.

"How many Vietnamese students study at Bauman?" is not answered by "Bauman enrols foreign students from
76 countries", nor "How many members did the delegation include?" by "leaders of more than 30 guest
countries will attend": each quote writes a figure (so figure_shown.py lets it pass) and words of the
question, but every figure in it counts places, days, dollars. count_tied.py reads, in the loader's
stored parse, the noun each figure counts; here a reply is declined when every figure of every quote
is read and each counts a place, a span of time, money or a share (or is a date, a time, a sum, a
percentage: the loader's entity labels), and the question asks none of these. A figure whose counted
noun the parse does not tell ("the number rose to 5,000", "some 30 came") leaves the reply alone, and
so does one counting things of any other name: "five films" may answer "how many movies" (an earlier
try declining every figure not tied to the noun asked lost such synonyms: +20/-24 on how-many questions).
A Vietnamese or Russian question is held to it when its English reading counts a plural noun ("bao nhiêu
cây": "how many trees"); its one word for "how many" and "how much" is read "how many" before a sum too.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer import checks, count_forms
from knowledge.answer.count_tied import _FIGURE_NOUNS, _UNITS, _children, _counted_by, _noun_word, _of_object
from knowledge.answer.evidence import stored_parse
from knowledge.answer.intent import make_plan
from knowledge.facts import Answer
from knowledge.match import Found
from knowledge.question import Question

# entity labels of figures that count no group of things: a date, a time, money, a share, a measure, a rank
_NOT_A_COUNT = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"}
_YEAR = lazy_re.compile(r"^(?:1[89]|20)\d\d$")
# what a figure measures rather than counts: units (count_tied) and spans of time ("how many years")
_MEASURES = _UNITS | {"time", "year", "month", "week", "day", "night", "hour", "minute", "decade", "century", "hectare",
                      "hectar", "km", "kilometre", "teu", "teus", "mile", "kilogram", "kg", "megawatt"}
# what a figure counts when it frames a report rather than counts a thing: places, spans of time, money, a share.
# Only a reply whose every figure counts these is declined: a figure counting things of another name ("films" for
# "movies", "doses" for "shots", "recommendations" for "proposals") may well be the count asked
_FRAME = {"country", "nation", "city", "province", "region", "continent", "district", "year", "month", "week", "day",
          "night", "hour", "minute", "decade", "century", "usd", "dollar", "rouble", "ruble", "dong", "vnd", "euro",
          "yuan", "percent", "percentage"}
_HOW_MANY = lazy_re.compile(r"^\W*how\s+many\b", re.I)


def _figure_nouns(doc) -> set[str] | None:
    """The nouns the sentence's figures count, with the nouns joined to or qualifying them ("50 officers and
    soldiers", "six jet trainers"), or None when some figure's counted noun the parse does not tell."""
    measured = {i for e in doc.ents if e.label_ in _NOT_A_COUNT for i in range(e.start, e.end)}
    dated = {i for e in doc.ents if e.label_ in ("DATE", "TIME") for i in range(e.start, e.end)}
    out: set[str] = set()
    for tok in doc:
        if not (tok.pos_ == "NUM" or tok.text.lower() in _FIGURE_NOUNS):
            continue
        noun = _counted_by(doc, tok)
        if noun is None or noun.i == tok.i:
            if (nxt := _spelled_before_plural(doc, tok)) is not None:
                out.add(nxt)  # "Forty journalists attended", "Forty" read as a date
                continue
            if tok.i in measured or _YEAR.match(tok.text):
                continue  # "on December 10", "in 2019": a date
            return None
        if noun.i in dated:
            continue  # "May 13": a day (not "300 players", which the tagger may call a quantity)
        out.add(_noun_word(noun.text))
        out.update(_noun_word(c.text) for c in _children(doc, noun.i)
                   if c.dep_ in ("conj", "compound", "amod") and c.pos_ in ("NOUN", "PROPN"))
        if (member := _of_object(doc, noun)) is not None:
            out.add(_noun_word(member.text))  # "a delegation of officials", "a group of students"
    return out


def _spelled_before_plural(doc, tok) -> str | None:
    """The plural noun right after a figure spelled in words that the tagger left uncounted ("Forty
    journalists": "Forty" read as a date), as a counted noun is compared."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if not tok.text.isalpha() or nxt is None or nxt.pos_ != "NOUN" or _noun_word(nxt.text) == nxt.text.lower():
        return None
    return _noun_word(nxt.text)


def counted_focus(q: Question, found: Found) -> list[str]:
    """The words of what a "how many" counts (its focus, checks.counted, and the words after "how many",
    among them the head noun a qualifier hides: "how many thermal power plants"); none for a change asked."""
    if count_forms.change_asked(q.tokens):
        return []
    focus = (checks.counted(q, make_plan(q, found).focus) or "").split()
    if not focus or "many" not in q.tokens:
        return focus
    i = q.tokens.index("many")
    return list(dict.fromkeys([*focus, *q.tokens[i + 1:i + 6]]))  # "how many thermal power plants": the head too


def uncounted(conn: sqlite3.Connection, raw: str, focus: list[str], ans: Answer, translated: bool = False) -> bool:
    """Does the reply to a "how many <noun>" question (focus: the words of what it counts, counted_focus)
    quote only figures that count places, spans of time, money or a share, when none of these is asked?
    `translated`: a Vietnamese or Russian question whose English reading counts a plural noun
    (count_noun.counts_translated: "bao nhiêu cây", "сколько деревьев"): no English "how many" opens it."""
    if not (translated or _HOW_MANY.search(raw)):
        return False
    if not focus or any(_noun_word(f) in _MEASURES | _FRAME for f in focus):
        return False
    cites = [c for c in ans.citations if c.sentence_id is not None] if ans.answered else []
    if not cites:
        return False
    for c in cites:
        doc = stored_parse(conn, c.sentence_id)
        nouns = _figure_nouns(doc) if len(doc) else None
        if nouns is None or nouns - _FRAME:
            return False
    return True
