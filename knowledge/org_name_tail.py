"""Organisation names the entity step cut short where a country name inside them was tagged on its
own ('Central Bank of the' | 'Russian Federation', 'State Bank of' | 'Vietnam'): a name never ends
in 'of' or 'of the', so the name is completed from the words that follow it in the sentence —
otherwise no question could match it and an answer would state a fragment."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_LINKS = frozenset({"of", "the", "for"})


def _cut_short(words: list[str]) -> bool:
    """True when the name ends in 'of' or 'of the' (or 'for'): a span that stops mid-name."""
    if len(words) < 2:
        return False
    return words[-1] in ("of", "for") or (words[-1] == "the" and words[-2] in ("of", "for"))


def _capitalised(tok: Token) -> bool:
    """A word that can continue a proper name ('Russian', 'Federation', 'Viet-Nam', 'UAE')."""
    text = tok.text
    return text[:1].isupper() and any(ch.isalpha() for ch in text)


def _sentence_end(span: Span) -> int:
    """Where `span`'s sentence ends in its doc (the doc's end when it has no sentence bounds)."""
    try:
        return span.sent.end
    except ValueError:
        return len(span.doc)


def _tail(doc: Doc, i: int, limit: int) -> list[str]:
    """The words from doc[i] that continue a name: an entity that starts there (after an
    optional 'the') taken whole ('Russian Federation', 'Republic of Korea') — so a title or person
    after it ('Vietnam Governor Nguyen') is not swallowed — else capitalised words joined by
    'of'/'the'/'for', stopping at a person."""
    lead: list[str] = []
    if i < limit and doc[i].lower_ == "the":
        lead, i = [doc[i].text], i + 1
    if i < limit and doc[i].ent_iob_ == "B" and doc[i].ent_type_ != "PERSON" and _capitalised(doc[i]):
        j = i + 1
        while j < limit and doc[j].ent_iob_ == "I":
            j += 1
        return lead + [t.text for t in doc[i:j]]
    tail: list[str] = []
    pending: list[str] = []
    while i < limit and doc[i].ent_type_ != "PERSON":
        tok = doc[i]
        if _capitalised(tok):
            tail += pending + [tok.text]
            pending = []
        elif tok.lower_ in _LINKS and len(pending) < 2:
            pending.append(tok.text)
        else:
            break
        i += 1
    return lead + tail if tail else []


def completed_name(span: Span) -> str:
    """`span`'s text, extended over the name that follows it in its sentence when the span ends
    in 'of'/'of the'; unchanged otherwise or when nothing name-like follows."""
    text = span.text
    if not _cut_short(text.split()):
        return text
    tail = _tail(span.doc, span.end, _sentence_end(span))
    return text + " " + " ".join(tail) if tail else text
