"""A cue the re-ranking reads beside its fitted features, with a small weight (0.5) chosen on the
newest development sets (eval151..166, eval171..174, eval179..182: +3/-1 answers there).

listed: a "which / what <plural>" question ("which Asian countries", "what samples") asks for
several things; a sentence writing a list ("A, B and C") names them, where the lead names the event.
"""

from __future__ import annotations

from functools import lru_cache

from knowledge import lazy_re

_AUX = r"(?:is|was|are|were|do|does|did|has|have|had|will|would|can|could|should)"
# "which asian countries", "what samples", "what sections make up": the wh-word heads a plural noun
_PLURAL_ASKED = lazy_re.compile(rf"^(?:which|what) (?:(?!{_AUX}\b)[\w'-]+ ){{0,2}}?(?!{_AUX}\b)[\w'-]+s\b")
_NOT_PLURAL = {"is", "was", "has", "does", "this", "its", "his", "class", "process", "business", "address", "press",
               "news", "status", "campus", "bus", "gas", "us", "as", "thus", "yes"}
_COUNTS = {"two", "both", "2", "pair"}
_KINDS = {"kind", "kinds", "type", "types", "sort", "sorts", "form", "forms"}
# "A, B and C", "coffee, cinnamon, star anise, … and pepper": three or more items
_LIST = lazy_re.compile(r"\b[\w'-]+(?: [\w'-]+){0,3}, (?:the |an? )?[\w'-]+(?: [\w'-]+){0,3},? and (?:the |an? )?[\w'-]+")


def lists_asked(question_tokens: list[str]) -> bool:
    """Does the question ask for several things by a plural noun after its wh-word?"""
    m = _PLURAL_ASKED.match(" ".join(question_tokens))
    if m is None or m.group(0).split()[-1] in _NOT_PLURAL:
        return False
    # "which two developments": a count of two is not a list of three or more; "what kind of
    # relations" asks one kind, which a sentence names without listing it
    words = m.group(0).split()
    return not set(words[1:-1]) & _COUNTS and not set(words[1:]) & _KINDS


@lru_cache(maxsize=1 << 14)
def writes_list(text: str) -> bool:
    """Does the sentence write a list of three or more items ("A, B and C")?"""
    return _LIST.search(text) is not None
