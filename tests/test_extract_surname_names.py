"""A full name the model leaves untagged is recovered from the surname the article tags
elsewhere ('General of the Army Andrei Belousov' ... 'Belousov said'). Our own sentences."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from knowledge.nlp import get_nlp
from knowledge.nlp_surnames import names_from_surnames


def _persons(doc) -> list[str]:
    return [e.text for e in doc.ents if e.label_ == "PERSON"]


def _doc(words: str, pos: str, persons=()):
    """A parsed-looking doc: the model's tags (`pos`, one per word) and its PERSON spans
    (token ranges) — the model's output fixed, so the test does not depend on its mistakes."""
    doc = Doc(get_nlp().vocab, words=words.split(), pos=pos.split())
    doc.ents = [Span(doc, s, e, label="PERSON") for s, e in persons]
    return doc


# 'General of the Army Andrei Belousov met Somsak Thepsutin' with the guest's name untagged
FIRST = ("General of the Army Andrei Belousov met Somsak Thepsutin .", "PROPN ADP DET PROPN PROPN PROPN VERB PROPN PROPN PUNCT")


def test_the_words_before_a_tagged_surname_complete_the_name_up_to_the_rank():
    first = _doc(*FIRST, persons=[(7, 9)])
    later = _doc("Belousov said so .", "PROPN VERB ADV PUNCT", persons=[(0, 1)])
    names_from_surnames([first, later])
    assert _persons(first) == ["Andrei Belousov", "Somsak Thepsutin"]


def test_no_surname_tagged_in_the_article_adds_nothing():
    first = _doc(*FIRST, persons=[(7, 9)])
    names_from_surnames([first, _doc("The talks went well .", "DET NOUN VERB ADV PUNCT")])
    assert _persons(first) == ["Somsak Thepsutin"]


def test_a_title_before_the_surname_is_never_made_part_of_the_name():
    doc = _doc("Minister Belousov arrived .", "PROPN PROPN VERB PUNCT")
    names_from_surnames([doc, _doc("Andrei Belousov spoke .", "PROPN PROPN VERB PUNCT", persons=[(0, 2)])])
    assert _persons(doc) == []
