"""A document asked: of the few best sentences, the one naming a kind of document
(knowledge/answer/document_named.py) answers, not a better-scored one writing only "the document"."""

from __future__ import annotations

class _Cand:
    def __init__(self, text: str):
        self.text = text


class _Ranked:
    def __init__(self, text: str, score: float):
        self.cand, self.score, self.typed = _Cand(text), score, True


def test_a_document_asked_is_one_the_sentence_names():
    """ "What document are they drafting": "the document was drafted by …" names none; a memorandum does."""
    from knowledge.answer import document_named

    ranked = [_Ranked("The document was drafted by the Mongolian Foreign Ministry.", 5.0),
              _Ranked("The two ministries are drafting a memorandum on river transport.", 4.0)]
    assert document_named.prefer("document", ranked)[0].cand.text.startswith("The two ministries")
    assert document_named.prefer("other", ranked)[0].cand.text.startswith("The document")
    far = [ranked[0], _Ranked("A memorandum on river transport is being drafted.", 2.0)]
    assert document_named.prefer("document", far)[0].cand.text.startswith("The document")
