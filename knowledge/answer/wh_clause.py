"""The question words that do not type a question: a Vietnamese question's closing one, and a later clause's.

Moved out of intent.py (answer_type reads both) with its patterns compiled once.
"""

from __future__ import annotations

from knowledge import lazy_re
from knowledge.question import Question

_WH = r"what|which|who|whom|whose|how|why|where|when"
_WH_WORDS = set(_WH.split("|")) | {"many", "much"}
_FIRST_WH = lazy_re.compile(rf"\b({_WH})\b")
_CLAUSE_WH = lazy_re.compile(r"(?<!\band)(?<!\bor)(?<!,)(?<!\bsince)(?<!\buntil)(?<!\btill) (when|who|where)\b")
_CLOSING = {("who",): "person", ("whom",): "person", ("who", "is"): "person", ("when",): "date", ("where",): "place"}


def closing_wh(q: Question) -> str | None:
    """A Vietnamese question's only question word, closing it ("Tổng lãnh sự Nga tại lễ kỷ niệm là
    ai?", "lễ kỷ niệm diễn ra ở đâu?"), types it as an English one opening it would: the words
    before it ("anniversary") are what is asked about, not what is asked."""
    if q.lang != "vi":
        return None
    toks = q.tokens
    kind = _CLOSING.get(tuple(toks[-2:])) or _CLOSING.get(tuple(toks[-1:]))
    rest = toks[:-2] if toks[-2:] == ["who", "is"] else toks[:-1]
    return kind if kind and not set(rest) & _WH_WORDS else None


def no_clause_wh(text: str) -> str:
    """The question with a later clause's wh-word taken out: a "when", "who" or "where" after the
    question's own wh-word opens a clause ("what did Phuc reply when the host welcomed him" asks
    no date), unless joined to it ("where and when …", "… and since when")."""
    m = _FIRST_WH.search(text)
    if m is None:
        return text
    head, tail = text[:m.end()], text[m.end():]
    return head + _CLAUSE_WH.sub(" ", tail)


# the anniversary is what is asked: "which anniversary", "какую годовщину", "lễ kỷ niệm nào"
_ANNIVERSARY_ASKED = lazy_re.compile(r"\b(which|what|какую|какой|какая|какие|каким)\s+(\w+\s+){0,2}"
                                     r"(anniversar|годовщин|юбиле)|\bky niem\s+(\w+\s+){0,2}(nao|gi|may)\b")


def anniversary_backdrop(raw: str, eng: str, person_asked: bool) -> bool:
    """Is the anniversary only the occasion of what is asked? "Lãnh đạo Việt Nam nào dự lễ kỷ niệm …"
    (which leader attended the anniversary ceremony) asks a person: a Vietnamese "lễ kỷ niệm" reads
    "anniversary celebration" in English, so the word stands in many a question that asks for a
    person. Only when the anniversary itself is not the asked noun ("which anniversary …")."""
    return person_asked and not (_ANNIVERSARY_ASKED.search(raw) or _ANNIVERSARY_ASKED.search(eng))
