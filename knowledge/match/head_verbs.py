"""An office written by the verb of holding it ("Pham Van An, who heads the Hue centre", "the session
was chaired by …") is the office asked only when the body he heads is the one the question names:
"who heads the State Records Department" is no Roscosmos director. The body is the words after the
verb, up to the clause's end; it must share a word of the question's own (not the title's)."""

from __future__ import annotations

import re

HEADS = ("who heads", "who headed", "who directs", "who directed")
CHAIRS = ("who chairs", "who chaired", "chaired by", "who presides", *HEADS)
VERB_FORMS = frozenset(CHAIRS)
# words of any title or body name: sharing one says nothing of which body is headed
_GENERIC = {"the", "of", "and", "for", "state", "national", "department", "centre", "center", "agency", "office",
            "committee", "council", "board", "general", "director", "chairman", "chair", "head", "deputy", "vice",
            "company", "corporation", "group", "association", "union", "institute", "organisation", "organization",
            "ministry", "federal", "russian", "vietnamese", "vietnam", "russia", "who", "was", "did", "which", "what"}
# the kind of body a definite "the centre" refers back to, when the question names that kind too
_NOUNS = {"centre", "center", "institute", "association", "union", "agency", "company", "corporation",
          "department", "office", "board", "organisation", "organization", "council", "committee", "group"}
_QUALIFIED = {"of", "for", "on", "at", "in"}  # "the institute of physics" is a body of its own
_BODY_WORDS = 8  # the headed body's name: so many words after the verb, up to a comma or stop


def body_after(text: str, end: int) -> list[str]:
    """The words naming what the verb at `end` heads (folded text): to the clause's end, at most eight."""
    clause = re.split(r"[,;.:()]", text[end:end + 120], maxsplit=1)[0]
    return re.findall(r"[a-z0-9]+", clause)[:_BODY_WORDS]


def body_asked(text: str, end: int, asked: set[str]) -> bool:
    """Does the body headed at `end` of the folded text share a distinctive word (its first five
    letters: "centre"/"center" aside) with the question's words `asked`, or is it just the kind of body asked
    ("the centre", named in full before)?"""
    words = body_after(text, end)
    if words[:1] == ["the"] and words[1:2] and words[1] in _NOUNS & asked and not set(words[2:3]) & _QUALIFIED:
        return True  # "Pham Van An, who heads the centre": the article's own centre, named before
    want = {w[:5] for w in asked if len(w) >= 4 and w not in _GENERIC}
    return any(w[:5] in want for w in words if len(w) >= 4 and w not in _GENERIC)
