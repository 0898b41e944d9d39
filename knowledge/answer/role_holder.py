"""A "who is the <head / profession>" reply must offer someone who holds that role, not a neighbour of it.

"Who chairs the friendship society?" is not answered by "Anna Lebedeva, a vice chair of the society",
nor "Ai là chủ tịch hội …" by "its standing vice chairman": the quotes write the head's title only as
a deputy's, so the head is not in the sources. "Who was the reporter who interviewed the minister?" is not
answered by "the minister said in an interview": a person stands in the quote, but not as the reporter
(written beside the name, in apposition, by the trade's own verb) nor as the one doing the act asked
("Oleg Ivanov interviewed …").
"""

from __future__ import annotations

import re
import sqlite3

from knowledge import lazy_re
from knowledge.answer.evidence import fresh_name, stored_parse
from knowledge.answer.name_written import question_words
from knowledge.answer.role_filled import PERSON_NOUNS, person_filled, verb_stem
from knowledge.answer.role_written import deputy_before
from knowledge.answer.time_shown import shown_texts
from knowledge.facts import Answer
from knowledge.names import fold

# a head's title asked, in the three languages ("who chairs", "the chairman of", "chủ tịch", "председатель")
_HEAD_ASKED = lazy_re.compile(r"^\W*(?:who\s+(?:chairs|presides|is\s+the\s+(?:chair(?:man|woman|person)?|president|director|"
                         r"rector)\s+of)\b|ai\s+là\s+(?:chủ\s+tịch|giám\s+đốc|hiệu\s+trưởng)\b"
                         r"|кто\s+(?:является\s+|был[аи]?\s+)?(?:председател|директор|президент|ректор))", re.I)
_DEPUTY_ASKED = lazy_re.compile(r"\b(?:deputy|vice|phó|заместител|вице|зам)", re.I)
# the English titles of a body's head a quote writes ("chief executive of X" heads it as much as "president")
_HEAD_TITLE = lazy_re.compile(r"\b(?:chair(?:man|woman|person)?|president|director(?:[\s-]+general)?|rector|"
                         r"chief\s+executive|ceo|general\s+director|managing\s+director)\b")


def deputy_only(raw: str, ans: Answer) -> bool:
    """Does the reply to a question asking a body's head write that title only as a deputy's ("vice
    chairman", "deputy director") in every quote that writes it at all, and in some quote?"""
    if not _HEAD_ASKED.search(raw) or _DEPUTY_ASKED.search(raw) or not ans.answered:
        return False
    seen = False
    for text in shown_texts(ans):
        folded = fold(text)
        for m in _HEAD_TITLE.finditer(folded):
            before = re.findall(r"[a-z]+|[^a-z\s]", folded[:m.start()])[-3:]
            if not deputy_before(before):
                return False
            seen = True
    return seen


# "who is / was the <profession>" ("who was the TASS journalist who …"): up to three qualifying words
_PROFESSION_ASKED = lazy_re.compile(r"^\W*who\s+(?:is|was|were|are)\s+the((?:\s+[\w'’-]+){1,4})", re.I)
_GAP = 2  # words between a person and the act they did ("X, who interviewed", "X has interviewed")


def _agent(doc, act: set[str], asked: set[str]) -> bool:
    """Is a person the question lacks written right before a word of the act asked ("Ivanov interviewed")?"""
    for e in doc.ents:
        if e.label_ != "PERSON" or not fresh_name(e.text, asked):
            continue
        after = [t.text.lower() for t in doc.toks[e.end:] if re.match(r"\w", t.text)][:_GAP + 1]
        if any(verb_stem(w) in act for w in after):
            return True
    return False


def _named_as(quote: str, noun: str, asked: set[str]) -> bool:
    """Is a name the question lacks said to be one ("Trang was the first journalist to …")?"""
    pat = rf"\b([A-Z][\w'’-]+)\s+(?:is|was|became|had\s+been)\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){{0,3}}{re.escape(noun)}"
    return any(fold(m.group(1)) not in asked for m in re.finditer(pat, quote))


def _act_verb(raw: str, noun: str) -> set[str]:
    """The stem of the act asked of the profession: the first word after it past "who / that" and an
    auxiliary ("the journalist who *interviewed* the minister"); the words past it name the others."""
    m = re.search(rf"\b{re.escape(noun)}\s+(?:who|that)\s+(?:(?:has|had|was|were|is)\s+)?([a-z]+)", raw, re.I)
    return {verb_stem(m.group(1).lower())} if m else set()


def profession_unheld(conn: sqlite3.Connection, tokens: list[str], raw: str, ans: Answer) -> bool:
    """Does the reply to "who is/was the <profession> …" quote no person written as one, nor one who did
    the act asked right before its words?"""
    m = _PROFESSION_ASKED.search(raw)
    nouns = [w for w in m.group(1).lower().split() if w in PERSON_NOUNS] if m else []
    if not nouns or not ans.answered:
        return False
    noun = nouns[0]
    cites = [c for c in ans.citations if c.sentence_id is not None]
    if not cites:
        return False
    words = question_words(raw, tokens)
    act = _act_verb(raw, noun)
    for c in cites:
        doc = stored_parse(conn, c.sentence_id)
        # (no act for person_filled: any person beside the act's word may be the one it was done to)
        if person_filled(doc, c.quote, noun, words, set()) or _named_as(c.quote, noun, words) or _agent(doc, act, words):
            return False
    return True
