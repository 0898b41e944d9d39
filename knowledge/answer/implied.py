"""The kind of answer a question's wording implies where its question word does not: "what was the
purpose of X" a reason, "how often" a frequency, "how did X react" a reaction, "did X accept" an
acceptance, "when will …" a date a plan may give. The ranker and compose read it as Plan.implied."""

from __future__ import annotations

from knowledge import lazy_re
from knowledge.answer.ordinal_asked import asks_ordinal
from knowledge.answer.tense_checks import asks_coming
from knowledge.question import Question

# "what was the purpose / aim of the trip": news writes a purpose as it writes a reason ("the trip is meant
# to give", "aimed at", "came to sign"), often without the noun
_PURPOSE_RX = lazy_re.compile(r"\bwhat (is|was|are|were) the (main |chief |primary |stated )?(purpose|aim|goal|objective)s?"
                         r" (of|behind)\b")


def asks_purpose(q: Question) -> bool:
    """Does the question ask what something was for, in other words than "why"?"""
    return bool(_PURPOSE_RX.search(" ".join(q.tokens)))


_OFTEN_RX = lazy_re.compile(r"^how often\b")
# "what was the name of the project", "what is the centre called", "what name was given to", "what was the
# slogan / theme / motto of": a name, which news writes in quotation marks or after a word of naming
_NAME_RX = lazy_re.compile(r"^(what|which) (is|was|are|were) (the )?((full|official|latin|exact) )?(name|names|title|slogan"
                      r"|motto|theme) of\b|^what (is|was|are|were|will) .+ (called|named|titled|known as)\b(?! (for|on|upon|off)\b)"
                      r"|^what (name|names|slogan|motto|theme) (is|was|were|did|does|has|had)\b")
_REACT_RX = lazy_re.compile(r"^how (did|does|do|will|would) .+ (react|respond|reply|answer)\b")


def implied_kind(q: Question) -> str | None:
    """The kind of answer an 'other' question's wording asks for (answer_types.ANSWER_RX names it): a
    purpose is written as a reason, "how often" wants a frequency ("once a year", "annually"),
    "how did X react to Y" a reaction ("backed the idea", "welcomed the suggestion"), "what was X called"
    a name."""
    text = " ".join(q.tokens)
    if asks_purpose(q):
        return "reason"
    if _OFTEN_RX.search(text):
        return "frequency"
    if _NAME_RX.search(text):
        return "name"
    return "reaction" if _REACT_RX.search(text) else None


def implied(q: Question, kind: str, accept: bool) -> str | None:
    """Plan.implied: an 'other' question's implied kind (implied_kind); an acceptance asked ("did X
    take up the offer"); a date question about the future or a plan, which a plan's date answers
    ("next year": answer_types.ANSWER_RX["coming_date"], tense_checks.asks_coming)."""
    if kind == "other":
        return implied_kind(q)
    if kind == "number" and asks_ordinal(q.raw):
        return "ordinal"  # "which session", "thứ mấy": an ordinal, not any figure (ordinal_asked.py)
    if accept:
        return "acceptance"
    return "coming_date" if kind == "date" and asks_coming(q.raw) else None
