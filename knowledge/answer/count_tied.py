"""A how-many answer must count the thing asked, not only write its word.

"How many Vietnamese students study in Russia?" is no better answered by "Vietnam, a country of 100
million people, sends students abroad" than by "Some 5,000 Vietnamese students study in Russia":
both write "students", only the second counts them. The counted-word filter (checks.apply) keeps
sentences that write the word; this stage reads, in the loader's stored parse, which noun each figure
of a sentence counts — the noun a number modifies ("5,000 students", "as many as 30 delegates"), the
noun after "X of" ("thousands of students", "250 of the cadets"), the subject of a verb of totalling
("the delegation numbered 30", "the number of visitors reached 1.2 million") — and prefers, a little
way down the ranking, a sentence whose figure counts the noun asked (or a noun news writes for it)
over the best one when the best one's figures count other things. A noun for people in general
("people", "persons") stands for any group of people ("students", "delegates") and the other way
round, but only as a weaker match: a sentence counting the very noun asked comes first.
"""

from __future__ import annotations

import sqlite3

from knowledge import lazy_re
from knowledge.answer.count_forms import _PEOPLE, _SAME_COUNTED, GENERIC_PEOPLE, _singular
from knowledge.answer.evidence import stored_parse
from knowledge.answer.promote import MARGIN, REACH
from knowledge.names import fold

# nouns that are themselves a figure ("thousands of students", "a dozen delegates")
_FIGURE_NOUNS = {"thousands", "hundreds", "dozens", "millions", "tens", "scores", "dozen", "hundred", "thousand",
                 "million", "billion"}
# nouns that name the count of something else ("the number of visitors reached …")
_TOTAL_NOUNS = {"number", "total", "figure", "count", "tally", "headcount"}
# verbs whose subject is counted by their object ("the delegation numbered 30", "visitors totalled 1.2 million")
_TOTAL_VERBS = lazy_re.compile(r"^(?:number|total|reach|exceed|stand|stood|amount|top|hit|surpass|climb|rise|rose|grow|grew"
                          r"|fall|fell|drop)")
# nouns of a group counted by its members ("a delegation of 30 officials", "a group of students, around 30")
_GROUPS = {"group", "groups", "delegation", "delegations", "team", "teams", "crew", "contingent", "batch", "class"}
# units of measure: "how many tonnes of wheat" counts wheat, which the unit does not tell from rice (spans of time
# stay: "how many years" is answered by the years counted, not by another figure)
_UNITS = {"tonne", "ton", "percent", "percentage", "kilometre", "kilometer", "km", "hectare", "metre", "meter", "mw",
          "gw", "kw", "dollar", "usd", "rouble", "ruble", "dong", "vnd", "point", "litre", "barrel"}
_PEOPLE_SINGULAR = {_singular(w) for w in _PEOPLE} | {"russian", "vietnamese"}
_GENERIC = {_singular(w) for w in GENERIC_PEOPLE}


def _children(doc, i: int) -> list:
    return [t for t in doc if t.head_i == i and t.i != i]


def _of_object(doc, tok):
    """The noun after "<tok> of" ("thousands of students": students), if any."""
    for prep in _children(doc, tok.i):
        if prep.dep_ == "prep" and prep.text.lower() == "of":
            for obj in _children(doc, prep.i):
                if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN"):
                    return obj
    return None


def _counted_by(doc, tok):
    """The noun the figure `tok` counts, or None."""
    seen = 0
    while tok.dep_ in ("compound", "quantmod", "nummod") and tok.head.pos_ == "NUM" and tok.head_i != tok.i and seen < 4:
        tok, seen = tok.head, seen + 1  # "100" of "100 million", "some" of "some 5,000"
    if tok.dep_ == "nummod" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    if tok.dep_ == "appos" and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # "a group of students, around 30, …"
    if tok.text.lower() != "one" and (obj := _of_object(doc, tok)) is not None:
        return obj  # "thousands of students", "250 of the cadets" (not "one of the universities")
    verb = tok.head
    if tok.dep_ in ("dobj", "attr", "npadvmod", "advmod") and verb.pos_ == "VERB" and _TOTAL_VERBS.match(verb.text.lower()):
        subj = next((c for c in _children(doc, verb.i) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None and subj.text.lower() in _TOTAL_NOUNS:
            return _of_object(doc, subj)
        return subj
    if tok.dep_ == "pobj" and tok.head.text.lower() == "of" and tok.head.head.pos_ == "NOUN":
        return tok.head.head  # "a delegation of 30"
    return None


def _noun_word(text: str) -> str:
    """A counted noun as compared: singular, folded ("%" is "percent")."""
    if text == "%":
        return "percent"
    word = fold(text.lower())
    return word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else _singular(word)


def counted_nouns(doc) -> set[str]:
    """The nouns the sentence's figures count, singular and folded ("students" -> "student")."""
    out = set()
    for tok in doc:
        if tok.pos_ == "NUM" or tok.text.lower() in _FIGURE_NOUNS:
            noun = _counted_by(doc, tok)
            if noun is not None and noun.i != tok.i:
                out.add(_noun_word(noun.text))
                if noun.text.lower() in _GROUPS and (member := _of_object(doc, noun)) is not None:
                    out.add(_noun_word(member.text))  # "a group of students, around 30": the students
    return out


def tie(nouns: set[str], focus: list[str]) -> int:
    """How closely the sentence's counted nouns match what is counted: 2 the noun asked or one news
    writes for it, 1 people in general for a group of people (either way round), 0 none."""
    asked = {_noun_word(f) for f in focus}
    same = asked | {w for g in _SAME_COUNTED if g & asked for w in g}
    if asked in ({"percent"}, {"percentage"}):
        same |= {"percent", "percentage"}
    if nouns & same:
        return 2
    if asked & _GENERIC and nouns & _PEOPLE_SINGULAR or asked & _PEOPLE_SINGULAR and nouns & _GENERIC:
        return 1
    return 0


def prefer(conn: sqlite3.Connection, ranked: list, focus: list[str] | None) -> list:
    """The ranking with the first of the next few candidates whose figure counts the noun asked more
    closely than the best one's put first, when it scores within promote.MARGIN of it."""
    if not focus or len(ranked) < 2 or any(_noun_word(f) in _UNITS for f in focus):
        return ranked
    ties = [tie(counted_nouns(stored_parse(conn, r.cand.sentence_id)), focus) for r in ranked[:REACH]]
    best = ranked[0]
    better = [(-t, k) for k, t in enumerate(ties) if t > ties[0] and ranked[k].score >= best.score - MARGIN]
    if not better:
        return ranked
    k = min(better)[1]
    moved = [ranked[k], *ranked[:k], *ranked[k + 1:]]
    moved[0].score = max(moved[0].score, best.score)  # first, it weighs as the first (as promote.py's stages do)
    return moved
