"""A "when was X founded" reply whose quotes found only something else is no answer.

"In what year was the University of Danang founded?" is not answered by "FEFU was founded in 1899",
nor "When was the shipyard founded?" by "the 15th anniversary of establishing their partnership",
nor "В каком году был основан центр …?" by "the Consortium of Technical Universities, set up in 2023":
the date each writes is the start of another body. A question asking when something was founded,
established, set up or created is read for the thing asked (its words beside the question's and
founding words); each quote, in the loader's stored parse, for the thing its founding word starts —
the subject of "was founded", the noun "set up in 2023" follows, the object of "set up its parish",
the noun after "the founding of", the subject of "Founded in 2008, the venture …". The reply is
declined when every quote writing a founding founds another thing: a name (a proper noun) none of
whose words the question writes, or a relationship between countries ("partnership", "ties") when
the question asks none. A thing written around ("the venture", "its founding", "the association")
may be the one asked, so it never declines; nor does a quote writing no founding at all.
"""

from __future__ import annotations

import re
import sqlite3

from knowledge.answer.evidence import stored_parse
from knowledge.facts import Answer
from knowledge.names import DEMONYMS, canonical_country, fold
from knowledge.question import Question

# the question's words that ask for a founding date ("founded", "thành lập" read "established")
_ASK_FOUNDED = {"founded", "found", "establish", "established", "created", "formed", "founding", "establishment"}
_ASK_WHEN = {"when", "year", "date", "day"}
# a sentence's words that start a body: the verbs (and "set" of "set up") and their nouns
_FOUND_VERBS = {"founded", "established", "created", "formed", "set", "founding", "establishing", "creating"}
_FOUND_NOUNS = {"founding", "establishment", "creation", "formation"}
_RELATION_NOUNS = {"partnership", "relations", "relationship", "ties", "friendship", "cooperation", "alliance"}
_NOUN_DEPS = {"compound", "amod", "nmod", "poss", "prep", "pobj", "appos", "flat", "conj"}


def asks_founding(tokens: list[str]) -> bool:
    """Does the question (its English reading) ask when something was founded or set up?"""
    words = set(tokens)
    setup = any(a == "set" and b == "up" for a, b in zip(tokens, tokens[1:]))
    return bool(words & _ASK_WHEN) and (bool(words & _ASK_FOUNDED) or setup)


def other_founded(conn: sqlite3.Connection, q: Question, question: str, ans: Answer) -> bool:
    """Does every quote that writes a founding found a thing other than the one asked? The thing asked
    is read in the question as typed (`question`: "FEFU" before its acronym is spelled out), as parsed,
    in its English reading and, for a Russian one, its Latin spelling ("Новатэк": novatek)."""
    if not ans.answered or not asks_founding(q.tokens):
        return False
    text = " ".join([question, q.raw, *q.tokens, *q.latin])
    asked = {w for w in re.findall(r"[a-z0-9]+", fold(text)) if len(w) >= 3}
    relation_asked = bool(asked & _RELATION_NOUNS)
    verdicts = [_founds_other(conn, c.sentence_id, asked, relation_asked) for c in ans.citations
                if c.sentence_id is not None]
    written = [v for v in verdicts if v is not None]
    return bool(written) and all(written)


def _founds_other(conn: sqlite3.Connection, sentence_id: int, asked: set[str], relation_asked: bool) -> bool | None:
    """True when the sentence founds only other things, False when it founds one that may be the
    thing asked, None when it writes no founding the parse can place."""
    doc = stored_parse(conn, sentence_id)
    things = [t for tok in doc for t in [_founded_thing(tok)] if t is not None]
    if not things:
        return None
    return all(_other(doc, t, asked, relation_asked) and not _founder_asked(doc, t, asked) for t in things)


def _founded_thing(tok):
    """The noun a founding word starts, or None when it starts none the parse tells."""
    word = tok.text.lower()
    kids = [k for k in tok.doc if k.head_i == tok.i and k.i != tok.i]
    if word in _FOUND_NOUNS or word == "founding" and tok.pos_ == "NOUN":
        return next((k for o in kids if o.dep_ == "prep" and o.text.lower() == "of"
                     for k in tok.doc if k.head_i == o.i and k.dep_ == "pobj"), None) \
            or next((k for k in kids if k.dep_ == "poss"), None)
    if word not in _FOUND_VERBS or tok.pos_ not in ("VERB", "AUX"):
        return None
    if word == "set" and not any(k.text.lower() == "up" for k in kids):
        return None
    for dep in ("nsubjpass", "dobj"):
        if (k := next((k for k in kids if k.dep_ == dep), None)) is not None:
            return k
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head  # "the Consortium …, set up in 2023"
    if tok.dep_ == "advcl":  # "Founded in 2008, the venture extracted …"
        subject = next((k for k in tok.doc if k.head_i == tok.head_i and k.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i > tok.i:
            return subject
        # "… through the Consortium of Technical Universities, set up in 2023": the noun before the comma
        before = [t for t in tok.doc.toks[:tok.i] if t.pos_ != "PUNCT"]
        if before and before[-1].pos_ in ("NOUN", "PROPN") and tok.i >= 1 and tok.doc[tok.i - 1].text == ",":
            return _phrase_head(tok.doc, before[-1])
    return None


def _phrase_head(doc, tok):
    """The noun a word of a noun phrase belongs to ("Universities" of "the Consortium of Technical
    Universities": Consortium), up through "of" and compounds."""
    while tok.dep_ in ("pobj", "compound") and tok.head_i != tok.i:
        up = tok.head
        if tok.dep_ == "pobj" and up.text.lower() == "of" and up.head.pos_ in ("NOUN", "PROPN"):
            tok = up.head
        elif tok.dep_ == "compound":
            tok = up
        else:
            break
    return tok


def _other(doc, thing, asked: set[str], relation_asked: bool) -> bool:
    """Is the thing founded (a noun and the words written with it) plainly not the one asked?"""
    if thing.pos_ == "PRON":
        return False  # "its founding", "it was set up": written around, maybe the thing asked
    if thing.text.lower() in _RELATION_NOUNS:
        return not relation_asked
    if not any(t.pos_ == "PROPN" for t in _phrase(doc, thing)):
        return False  # "the venture", "the association": written around
    names = _names(doc, thing)
    return bool(names) and not names & asked


def _founder_asked(doc, thing, asked: set[str]) -> bool:
    """Does the question name who set the thing up ("when did Rosatom set up its subsidiary" beside
    "Rosatom created NovaWind")? Then the thing founded is likely the one it describes."""
    if thing.dep_ != "dobj":
        return False
    founder = next((k for k in doc if k.head_i == thing.head_i and k.dep_ == "nsubj"), None)
    return founder is not None and bool(_names(doc, founder) & asked)


def _names(doc, head) -> set[str]:
    """The words (three letters or more, folded) of a noun's phrase that are no country or people."""
    names = {w for t in _phrase(doc, head) for w in re.findall(r"[a-z0-9]+", fold(t.text)) if len(w) >= 3}
    return {w for w in names if w not in DEMONYMS and not canonical_country(w)}


def _phrase(doc, head) -> list:
    """The head noun and the words written with it (compounds, modifiers, "of …"), to three levels."""
    out, frontier = [head], [head]
    for _ in range(3):
        frontier = [k for k in doc if k.head_i in {f.i for f in frontier} and k.i not in {o.i for o in out}
                    and k.dep_ in _NOUN_DEPS]
        out.extend(frontier)
    return out
