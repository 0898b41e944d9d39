"""A sentence's parse as the loader saw it (words, parts of speech, dependencies, entities), kept in
the store so that answering never loads spaCy.

Checks at question time ask what kind of name a quoted sentence holds (a person, an organisation,
a name after a title). Parsing the sentence then cost the first such question about four seconds
and ~185 MB for the model; the loader parses every sentence anyway, so it writes the few fields
those checks read (`encode`) and the engine reads them back (`decode`) into objects that answer
the same attribute names as spaCy's (`text`, `pos_`, `dep_`, `i`, `head`, `ents`, `label_`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field


@dataclass
class Tok:
    """One word: its text, coarse part of speech, dependency label and head (an index)."""

    text: str
    pos_: str
    dep_: str
    i: int
    head_i: int
    doc: "Parsed" = field(repr=False, default=None)  # type: ignore[assignment]

    @property
    def head(self) -> "Tok":
        return self.doc.toks[self.head_i]


@dataclass
class Ent:
    """An entity the loader's pipeline tagged: its label and the words it spans."""

    label_: str
    start: int
    end: int
    text: str


@dataclass
class Parsed:
    """A parsed sentence: indexable and iterable by word like a spaCy Doc, with its entities."""

    toks: list[Tok]
    ents: list[Ent]

    def __iter__(self):
        return iter(self.toks)

    def __len__(self) -> int:
        return len(self.toks)

    def __getitem__(self, key):
        return self.toks[key]


EMPTY = Parsed([], [])


def encode(span, start: int, end: int, offset: int = 0) -> str:
    """The words of a spaCy span that lie within the characters [start, end) of the file (`offset`:
    where the span's doc starts in it), as compact JSON: the sentence's text is trimmed of debris the
    parser's sentence may still hold."""
    keep = [t for t in span if offset + t.idx >= start and offset + t.idx + len(t.text) <= end and not t.is_space]
    index = {t.i: k for k, t in enumerate(keep)}
    toks = [[t.text, t.pos_, t.dep_, index.get(t.head.i, k)] for k, t in enumerate(keep)]
    ents = [[e.label_, index[e.start], index[e.end - 1] + 1] for e in span.ents
            if e.start in index and e.end - 1 in index]
    return json.dumps({"t": toks, "e": ents}, ensure_ascii=False, separators=(",", ":"))


def decode(data: str | None) -> Parsed:
    """The stored parse back as a Doc-like object (EMPTY for none)."""
    if not data:
        return EMPTY
    raw = json.loads(data)
    doc = Parsed([], [])
    doc.toks = [Tok(text, pos, dep, i, head, doc) for i, (text, pos, dep, head) in enumerate(raw["t"])]
    doc.ents = [Ent(label, a, b, " ".join(t.text for t in doc.toks[a:b])) for label, a, b in raw["e"]]
    return doc
