"""What a "what kind of N is X" question asks of X, and whether a sentence says it: news describes
the thing named beside its name ("ATOMPROEKT, a Rosatom design institute", "the missile cruiser
Varyag"), seldom with the noun the question asks by ("organisation", "warship"). Apart from
kind_said.py, which intent.py cannot import (it needs retrieve's stem)."""

from __future__ import annotations

import re

from knowledge import lazy_re
from knowledge.answer.promote import promote
from knowledge.names import strip_diacritics

# words between an article and a name that make no description of it ("the opening of X")
_NOT_KIND = {"a", "an", "the", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your",
             "of", "to", "and", "or", "for", "on", "in", "at", "by", "with", "from", "as", "is", "was", "be", "been"}

KIND_WORDS = {"kind", "kinds", "type", "types", "sort", "sorts"}
_COPULA = {"is", "was", "are", "were"}
# words after the copula that make it no name of a thing but a clause ("is to be built in …", "was X paying")
_CLAUSE = {"to", "in", "at", "on", "for", "with", "by", "from", "of", "about", "according", "being", "be", "been"}


def kind_subject(tokens: list[str]) -> tuple[str, ...]:
    """"What kind of organisation is ATOMPROEKT?", "What type of warship is the Varyag?": the words
    naming the thing whose kind is asked, after the copula (at most four, no clause); () for any
    other question ("what kind of visit was X paying": X is no visit)."""
    for i in range(1, len(tokens) - 3):
        if tokens[i] in KIND_WORDS and tokens[i - 1] in ("what", "which") and tokens[i + 1] == "of":
            k = next((k for k in range(i + 2, min(i + 6, len(tokens))) if tokens[k] in _COPULA), None)
            rest = tokens[k + 1:] if k is not None else []
            rest = rest[1:] if rest[:1] == ["the"] else rest
            if 0 < len(rest) <= 4 and not _CLAUSE & set(rest) and not any(t.endswith(("ing", "ed")) for t in rest):
                return tuple(rest)
            return ()
    return ()


_APPOSED = lazy_re.compile(r"""^["”’]?(?:,\s+|\s+(?:is|was)\s+)(?:a|an|the)\s+\w""")
_DESCRIBED = lazy_re.compile(r"""\b(?:[Aa]n?|[Tt]he)\s+((?:[a-z][\w-]*\s+){1,3})["“]?$""")


def describes(text: str, subject: tuple[str, ...]) -> bool:
    """Does the sentence say what the thing asked of is, beside its name: in apposition
    ("ATOMPROEKT, a Rosatom design institute"), after "is" ("Vietsovpetro is the oil-production
    enterprise"), or as the lower-case noun before the name ("the missile cruiser Varyag")?"""
    if not subject:
        return False
    plain = strip_diacritics(text)
    name = re.compile(r"\b" + r"[\s-]+".join(re.escape(w) for w in subject) + r"\b", re.I)
    return any(_APPOSED.match(plain[m.end():]) or _noun_before(plain[:m.start()]) for m in name.finditer(plain))


def _noun_before(before: str) -> bool:
    """Do lower-case words that may name a kind ("the missile cruiser "), no function word among
    them ("the opening of "), stand between an article and the name?"""
    m = _DESCRIBED.search(before)
    return m is not None and not any(w in _NOT_KIND for w in m.group(1).split())


def prefer(subject: tuple[str, ...], ranked: list) -> list:
    """The ranking with the first of the next few sentences describing the thing asked of put first,
    when its kind is asked and the best sentence does not describe it (a sentence writing the asked
    noun, "Many other organisations took part", scores higher but says nothing of what it is)."""
    if not subject or len(ranked) < 2 or describes(ranked[0].cand.text, subject):
        return ranked
    best = ranked[0]
    moved = promote(ranked, lambda r: describes(r.cand.text, subject))
    if moved is None:
        return ranked
    moved[0].score = max(moved[0].score, best.score)  # first, it weighs as the first (as document_named does)
    return moved
