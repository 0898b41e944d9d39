"""The title a "who" question asks a holder of, and whether a sentence writes it beside a name.

"Which Russian ambassador was at the gathering?", "Who was Vietnam's ambassador at the ceremony?"
ask for a person by the title news writes before the name ("Russian Ambassador Konstantin
Vnukov", "conductor Nikolay Alexeev") or after it (", director of the centre"). The article's lead
often names the event and its words but not that person; the sentence that writes the title beside
a name is the answer. The re-ranking reads this as one feature (rerank.title_named).
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.answer.holders import TITLE_NOUNS
from knowledge.names import strip_diacritics

_TITLES = "|".join(sorted(TITLE_NOUNS - {"general", "major", "officer", "representative"}, key=len, reverse=True))
# the title heads the question's wh-phrase: "which (russian) ambassador", "who was (vietnam 's) ambassador"
# (the words between qualify the title: no verb of the question, "what did the mayor say" asks no mayor)
_QUALIFIER = r"(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b)[\w'-]+ )"
_ASKED = re.compile(rf"^(?:which|what) {_QUALIFIER}{{0,3}}?({_TITLES})s?\b"
                    rf"|^who (?:is|was|are|were) (?:the )?{_QUALIFIER}{{0,3}}?({_TITLES})s?\b")
_WORD = re.compile(r"[\w'-]+|,")


def asked_title(question_tokens: list[str]) -> str:
    """The title noun the question's wh-phrase asks a holder of ("" when none)."""
    m = _ASKED.match(" ".join(question_tokens))
    return (m.group(1) or m.group(2)) if m else ""


def _capital_name(w: str) -> bool:
    return w[:1].isupper() and w.lower() not in TITLE_NOUNS and w.lower() not in ("of", "the")


@lru_cache(maxsize=1 << 14)
def title_named(text: str, noun: str) -> bool:
    """Does the sentence write `noun` as a title beside a name: before a capitalised name
    ("Ambassador Dang Minh Khoi", "conductor Nikolay Alexeev") or after a name and a comma
    ("Viktor Sumsky, director of the ASEAN Centre")?"""
    if not noun:
        return False
    words = _WORD.findall(strip_diacritics(text).replace("’", "'"))
    for i, w in enumerate(words):
        if w.lower().rstrip("s") != noun.rstrip("s"):
            continue
        if i + 2 < len(words) and _capital_name(words[i + 1]) and _capital_name(words[i + 2]):
            return True  # "Ambassador Konstantin Vnukov" (a name of two words at least)
        if i >= 3 and words[i - 1] == "," and _capital_name(words[i - 2]) and _capital_name(words[i - 3]):
            return True  # "Viktor Sumsky, director …"
    return False
