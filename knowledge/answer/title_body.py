"""Whose head a leading title makes someone: "who heads X" is not answered by a title of another body.

"Who headed the Russian delegation?" is not answered by "Alexey Likhachev, who heads Russia's State
Atomic Energy Corporation", nor "Who chairs the Vietnamese Association?" by "Tạ Hoàng Linh, head of the
European-American Market Department": the person heads something, but not what the question asks
about. News writes the body a leading title is of right after the name, in apposition (", who heads
…", ", chairman of …"); when every such body written beside the name by its name shares no word with
the question (past its words of leading and of place or nationality), the title is another body's. A
body written by a common noun ("director of the fair", "who chairs the association") points back to
the one the article named, and is left alone; so is a title written of no body ("Chairman Tran Viet
Truong", "association president X"), or of the body asked.
"""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.retrieve import stem
from knowledge.names import DEMONYMS, fold

_LEADS = r"heads?|headed|leads?|led|chairs?|chaired|runs?|ran|directs?|directed|presides?(?: over)?"
_NOUNS = r"head|chairman|chairwoman|chairperson|chair|president|director|chief|leader|rector|governor|mayor"
# the body after the name: ", who (also) heads <body>" or ", (the) <title> of <body>", up to the clause's end
_BODY = lazy_re.compile(rf"^\s*,\s*(?:who\s+(?:also\s+|now\s+|currently\s+)?(?:{_LEADS})\s+"
                        rf"|(?:the\s+)?(?:[\w-]+\s+){{0,2}}?(?:{_NOUNS})\s+of\s+)([^,.;:()]+)", re.I)
# words that tell no body apart: leading, the article, a country or its people
_PLAIN = {"the", "of", "and", "for", "in", "s", "a", "an", "its", "their", "on", "at", "to", "as"}
_PLACES = {stem(w) for d, c in DEMONYMS.items() for w in (d, *fold(c).split())}


def _content(words: list[str]) -> set[str]:
    """The stems of the words that may tell a body apart."""
    return {s for w in words if len(w) > 2 and w not in _PLAIN and (s := stem(w)) not in _PLACES}


def _named(body: str) -> bool:
    """Does the body's text name it: a capitalised word other than a country or its people's?"""
    return any(stem(fold(w)) not in _PLACES for w in re.findall(r"\b[A-ZÀ-ÖØ-ÞĐ][\w'-]*", body))


def bodies(text: str, form: str) -> list[set[str]]:
    """The content stems of each body a leading title written right after the name form is of."""
    out = []
    for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
        b = _BODY.match(text[m.end():])
        if b and _named(b.group(1)):  # "the fair", "its board", "the Russian team" point back
            out.append(_content(re.findall(r"\w+", fold(b.group(1)))))
    return out


def _wanted(asked: list[str]) -> set[str]:
    """The content stems of the question's words, the words of what it names among them."""
    return _content([w for a in asked for w in re.findall(r"\w+", fold(a))])


def other_body(text: str, forms: tuple[str, ...], asked: list[str]) -> bool:
    """Is every leading title written beside the person (one of `forms`) of a body sharing no word with
    the question's words `asked` (its terms and the words of what it names)? False when none is written,
    or the question gives no words to tell."""
    want = _wanted(asked)
    got = [b for f in forms if f for b in bodies(text, f)]
    return bool(got and want) and all(b and not b & want for b in got)


def headed_elsewhere(text: str, start: int, body: str, asked: list[str]) -> bool:
    """Does the text at `start` write a relative clause's leading verb ("…, who (also) heads <body>":
    read as the title "head" and a name) of a body sharing no word with the question's words `asked`?"""
    if not re.search(r"\bwho\s+(?:\w+\s+)?$", text[:start]):
        return False
    got, want = _content(re.findall(r"\w+", fold(body))), _wanted(asked)
    return bool(got and want) and not got & want
