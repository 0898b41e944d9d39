"""Openings told with no one doing them, for extract_attended: 'A statue of X was unveiled in Y on
D', 'An exhibition of Z was opened on D in Moscow', 'Documents on X went on display at the museum
on D', 'A collection of porcelain opened to visitors in Hà Nội on D'. Each is the opening of whoever
the next sentences put there ('Speaking at the opening, X said', 'The ceremony was attended by Y');
its place and day come from the sentence that tells it."""

from __future__ import annotations

from knowledge.extract_event_nouns import OPENS, fresh
from knowledge.extract_gathering_forms import by_agent
from knowledge.extract_irrealis import hypothetical

# what is unveiled or inaugurated at an opening ceremony no one is named holding
_INAUGURATED = {"inaugurate", "unveil"}
# 'went on display / on show / on view': what a museum or gallery opens to the public
_SHOWN = {"display", "show", "view"}
# 'opened to visitors / to the public'
_VISITORS = {"visitors", "public"}


def _open_verb(v) -> bool:
    return v.pos_ == "VERB" and not hypothetical(v) and not by_agent(v)


def opened_unnamed(t, b) -> str | None:
    """'opening' when the noun t (b: the head of its conjuncts) tells an opening no one is named
    doing (see the module docstring), else None. Not 'the exhibition was opened by X' (the agent's
    act, which the usual rules read), nor what 'will go on display' (still to come)."""
    h, dep = b.head, b.dep_
    if dep == "nsubjpass" and fresh(t) and _open_verb(h) and (
            h.lemma_.lower() in _INAUGURATED or h.lemma_.lower() == "open" and t.lower_ in OPENS):
        return "opening"
    if dep == "pobj" and h.lower_ == "on" and t.lower_ in _SHOWN and not any(c.dep_ == "det" for c in t.children) \
            and h.head.lemma_.lower() == "go" and h.head.tag_ in ("VBD", "VBN") and _open_verb(h.head):
        return "opening"
    if dep == "pobj" and h.lower_ == "to" and t.lower_ in _VISITORS and h.head.lemma_.lower() == "open" \
            and h.head.tag_ in ("VBD", "VBN") and _open_verb(h.head) \
            and not any(c.dep_ in ("dobj", "nsubjpass") for c in h.head.children):
        return "opening"
    return None
