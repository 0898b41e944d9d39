"""Does a sentence give people as a group, by their role or trade, as the doer of the act a "who"
question asks ("Who attended the reception?" — "Embassy staff and representatives of the association
attended the event"; "Who greeted the sailors?" — "The sailors were greeted by officials of the city")?

News often answers a "who" with no name: the people are written by what they are. The ranker's answer
type (rank.py, _typed) counted only a person the question does not name, a holder of the role asked,
or a body doing the act (body_doer.py), so a sentence merely naming someone else went first. A group
counts only as the subject of the asked verb or its agent after "by", read from the loader's parse,
and not when the question itself names that group ("Besides officials, who …").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from knowledge.answer.body_doer import _is_verb, _wanted, body_does
from knowledge.answer.evidence import _GROUP_NOUNS, _singular, ROLE_NOUNS, stored_parse
from knowledge.names import fold
from knowledge.sentence_parse import Parsed, Tok

if TYPE_CHECKING:
    from knowledge.answer.intent import Plan
    from knowledge.answer.retrieve import Candidate
    from knowledge.answer.store_memo import StoreMemo

# people by what they are, beyond the role nouns and the crowds evidence.py knows
PEOPLE_NOUNS = ROLE_NOUNS | _GROUP_NOUNS | {"members", "guests", "sailors", "soldiers", "performers", "reporters",
                                            "correspondents"}
_CLIMB = ("compound", "conj", "appos", "flat", "amod")


def _people(low: str) -> bool:
    """People as a group: a crowd's noun ("staff", "people") or a plural of a role or trade; one person
    by a role alone ("a senior officer praised …", "the guest") leaves the ranker to look for the name."""
    if low in _GROUP_NOUNS or low == "people":
        return True
    plural = low.endswith("s") or low.endswith("men") and _singular(low) != low
    return plural and (low in PEOPLE_NOUNS or _singular(low) in PEOPLE_NOUNS)


def _phrase_head(tok: Tok) -> Tok:
    """The word heading the noun's phrase ("staff" in "Embassy staff and representatives of …")."""
    for _ in range(4):
        if tok.dep_ not in _CLIMB or tok.head is tok:
            break
        tok = tok.head
    return tok


def _verb_done(tok: Tok) -> Tok | None:
    """The verb the noun does: the one it is the subject of, or the passive verb whose "by" it follows."""
    head = _phrase_head(tok)
    if head.dep_ == "nsubj":
        return head.head
    if head.dep_ == "pobj" and head.head.text.lower() == "by":
        return head.head.head
    return None


def people_do(doc: Parsed, verbs: list[str], qwords: set[str]) -> bool:
    """Is a group of people the question does not name written as the subject of one of `verbs`
    (active) or as their agent after "by"?"""
    if not verbs:
        return False
    wanted = _wanted(tuple(verbs))
    for tok in doc:
        low = fold(tok.text)
        if tok.pos_ not in ("NOUN", "PROPN") or not _people(low) or low in qwords or _singular(low) in qwords:
            continue
        verb = _verb_done(tok)
        if verb is not None and verb.pos_ in ("VERB", "AUX") and _is_verb(verb.text, wanted):
            return True
    return False


def doer_written(c: Candidate, plan: Plan, kinds: dict[int, str], asked: set[int], store: StoreMemo) -> bool:
    """Is the doer of the act a "who" question asks written in the candidate: a body the question
    does not name (body_doer.py) or people as a group (people_do, on the loader's parse)?"""
    if body_does(c.text, plan.agent, c.ties, kinds, asked, store.body_names):
        return True
    if not plan.agent:
        return False
    qwords = {fold(w) for w in plan.terms} | {fold(w) for s in plan.slot_words for w in s.split()}
    return people_do(stored_parse(store.conn, c.sentence_id), plan.agent, qwords)
