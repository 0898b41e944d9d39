"""A "how many <people's> <noun>" reply whose every figure counts that noun of another people is no answer.

"How many Russian companies took part?" is not answered by "close to 30 Vietnamese firms hold licences",
nor "How many Vietnamese tourists visited Russia?" by "Russian tourists coming to Vietnam could reach
700,000": the quote counts the asked noun (so count_noun.py lets it pass), but of another nation. The
question's people is a people's name qualifying the asked noun ("Russian companies", and in a Vietnamese
or Russian question's English reading, "companies russian"), not a language ("Russian language
teachers"); a quote's is a people's name qualifying the noun a figure counts, with those joined to it
("40 Vietnamese and Russian companies" counts Russian ones too). The reply is declined only when some
figure counts the asked noun and every such figure is qualified by peoples' names, none the one asked:
a figure of the noun with no people written ("1,500 technology firms") may well be the count asked.
The Soviet Union is read as Russia ("Soviet experts" for "Russian experts"). count_people.py, at ranking,
drops sentences whose figures count another nation's people by their wording alone; this reads the parse
after the answer, so a figure whose people's name stands apart from it ("the number of Russian tourists
could reach a record 700,000") is read too, and things a nation has (its firms) are held to it as well.
"""

from __future__ import annotations

import sqlite3

from knowledge.answer.count_noun import _same, asked_noun, asked_noun_translated, asks_count
from knowledge.answer.count_tied import _children, _counted_by, _noun_word
from knowledge.answer.evidence import stored_parse
from knowledge.answer.figure_shown import asks_figure
from knowledge.facts import Answer
from knowledge.answer.count_people import _SAME, _nation_of
from knowledge.names import canonical_country
from knowledge.question import Question

# words after a people's name that make it a language or a field, not a nation's members
_NOT_PEOPLE_AFTER = {"language", "languages", "studies", "literature"}


def asked_nations(tokens: list[str]) -> set[str]:
    """The nations of the peoples' names among the few words after "how many" ("how many Russian firms")."""
    if "many" not in tokens:
        return set()
    at = tokens.index("many")
    return {n for j in range(at + 1, min(at + 5, len(tokens)))
            if (n := _nation_of(tokens[j])) and (j + 1 >= len(tokens) or tokens[j + 1] not in _NOT_PEOPLE_AFTER)}


def _figure_nations(doc, asked: str) -> list[set[str]]:
    """For each figure of the sentence counting the asked noun, the nations of the peoples' names
    qualifying its counted noun (with those joined to them: "Vietnamese and Russian companies") or whose
    people it comes from ("students from Laos"); for a figure counting a people ("74 Russians"), theirs."""
    out = []
    for tok in doc:
        noun = _counted_by(doc, tok) if tok.pos_ == "NUM" else None
        if noun is not None and noun.i != tok.i and (people := _nation_of(noun.text.lower())):
            out.append({people})  # "alongside 74 Russians": a count of a nation's people, of any noun
            continue
        if noun is None or noun.i == tok.i or not _same(asked, _noun_word(noun.text)):
            continue
        quals = [c for c in _children(doc, noun.i) if c.dep_ in ("amod", "compound", "nmod")]
        quals += [j for c in quals for j in _children(doc, c.i) if j.dep_ == "conj"]
        nations = {n for c in quals if (n := _nation_of(c.text.lower()))}
        out.append(nations | _come_from(doc, noun))
    return out


def _come_from(doc, noun) -> set[str]:
    """The countries the counted noun's people come from ("tourists from China and Japan")."""
    out: set[str] = set()
    for prep in (c for c in _children(doc, noun.i) if c.dep_ == "prep" and c.text.lower() == "from"):
        objs = [o for o in _children(doc, prep.i) if o.dep_ == "pobj"]
        objs += [j for o in objs for j in _children(doc, o.i) if j.dep_ == "conj"]
        out |= {_SAME.get(c, c) for o in objs if (c := canonical_country(o.text))}
    return out


def other_people(conn: sqlite3.Connection, q: Question, ans: Answer) -> bool:
    """Does every figure of the reply that counts the asked noun count it of another nation than asked?"""
    if not (asks_figure(q.raw) if q.lang == "en" else asks_count(q.tokens)):
        return False
    asked = asked_noun(q.tokens) if q.lang == "en" else asked_noun_translated(q.tokens)
    cites = [c for c in ans.citations if c.sentence_id is not None] if ans.answered else []
    wanted = asked_nations(q.tokens)
    if asked is None or not wanted or not cites:
        return False
    groups = [g for c in cites for g in _figure_nations(stored_parse(conn, c.sentence_id), asked)]
    return bool(groups) and all(g and not g & wanted for g in groups)
