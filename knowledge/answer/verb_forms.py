"""The forms of an irregular English verb are one word: a question's "give" is the article's "gave",
its "send" the article's "sent". The crude stem (retrieve.stem) makes "signed" and "signs" one, but
no suffix rule makes "gave" "give". Used where a decline rests on the question's words being absent
from the quote (support.unsupported): "what gift did X give Y" and "X … gave it to Y" share the act.

Forms match as whole words, never as a word's beginning: "sent" is no "sentence".
"""

from __future__ import annotations

import re

from knowledge.answer.retrieve import stem
from knowledge.names import fold

# the forms of one verb (base, past, participle where they differ): verbs of handing and sending
_FORMS = "give gave given | send sent | bring brought | hand handed | present presented | offer offered"


def _table() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for line in _FORMS.split("|"):
        forms = line.split()
        for f in forms:
            out.setdefault(stem(f), set()).update(stem(o) for o in forms if stem(o) != stem(f))
    return {k: frozenset(v) for k, v in out.items()}


FORMS = _table()


def forms_written(words: list[str], text: str) -> bool:
    """Does the text write another form of one of these verbs ("gave" for "give"), as a whole word?"""
    stems = {stem(w) for w in re.findall(r"[a-z0-9]+", fold(text))}
    return any(not FORMS.get(stem(w), frozenset()).isdisjoint(stems) for w in words)
