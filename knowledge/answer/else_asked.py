"""A question asking what *else* was done ("what else is X developing besides the portal", "which other
official visited the consulate") is answered by the sentence that adds to the act: "X is *also*
developing …", "Y *also* visited the consulate".

The question writes the act and the thing already known, so the sentence naming that known thing
("X is working to set up a portal") or the story's lead matches it as well as the answer does, often
better. News writes a further item of the same act with "also" right before the verb: "They also
agreed to assist each other in …", "officials of the city … also attended". When the best sentence
writes no such "also <question word>" and a close one of its article does, that one goes first
(through promote.py, as the other preference stages do). A looser cue ("also" anywhere, "another",
"as well") moved as many right answers away as it brought (the best sentence often lists the
answer itself: "apart from India, with Angola, Indonesia …").
"""

from __future__ import annotations

from knowledge import lazy_re
from knowledge.answer.irregular_verbs import BASE_OF
from knowledge.answer.promote import promote
from knowledge.answer.retrieve import stem

# "besides X", "apart from X", "other than X", "aside from X", "in addition to X"; "what else", "which other"
_PAIRS = {("apart", "from"), ("other", "than"), ("aside", "from"), ("addition", "to"), ("what", "other"),
          ("which", "other")}
_ALSO = lazy_re.compile(r"\balso\s+([a-z]+)")


def asked(tokens: list[str]) -> bool:
    """Does the question ask for something besides what it names (its English-like tokens, so a Russian
    "кроме" or a Vietnamese "ngoài" read as "besides")?"""
    if "besides" in tokens or "else" in tokens:
        return True
    return any(pair in _PAIRS for pair in zip(tokens, tokens[1:]))


def _stem(word: str) -> str:
    return stem(BASE_OF.get(word, word))


def adds(text: str, terms: list[str]) -> bool:
    """Does the sentence write "also" right before a word of the question ("also developing", "also
    visited" for "visit")?"""
    want = {_stem(t) for t in terms}
    return any(_stem(w) in want for w in _ALSO.findall(text.lower()))


def prefer(ranked: list, tokens: list[str], terms: list[str]) -> list:
    """The ranking with a close sentence of the best one's article that adds to the act asked put first,
    when the question asks what else and the best sentence adds nothing."""
    if len(ranked) < 2 or not terms or not asked(tokens) or adds(ranked[0].cand.text, terms):
        return ranked
    best = ranked[0]
    moved = promote(ranked, lambda r: r.cand.source_id == best.cand.source_id and adds(r.cand.text, terms))
    return moved or ranked
