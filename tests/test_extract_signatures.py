"""'put his signature to the memorandum alongside Y' is a signing by both; 'Rector' is a title,
not part of the name. Sentences of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2019-03-14"  # a Thursday


def _signings(text: str):
    art = extract_article(seed_from_text(text, date=PUB))
    return [(frozenset(p.actor for p in e.participants), e.date) for e in art.events if e.kind == "signing"]


def test_put_their_signatures_to_a_memorandum_is_a_signing():
    got = _signings("Minister Nguyễn Chí Dũng and Russian Economy Minister Maxim Oreshkin put their signatures "
                    "to a memorandum on investment on Tuesday.\n")
    assert got == [({"Nguyễn Chí Dũng", "Maxim Oreshkin"}, "2019-03-12")], got


def test_a_signature_put_alongside_a_rector_is_signed_by_both():
    got = _signings("Nguyễn Văn Bình, who heads the Vietnam–Belarus friendship society, put his signature to "
                    "the agreement alongside Rector Andrei Korol.\n")
    assert got == [({"Nguyễn Văn Bình", "Andrei Korol"}, None)], got


def test_no_signing_without_a_signed_document_or_yet_to_come():
    assert _signings("Minister Nguyễn Chí Dũng put his signature on the guest book.\n") == []
    assert _signings("Minister Nguyễn Chí Dũng will put his signature to the agreement next week.\n") == []
    assert _signings("Minister Nguyễn Chí Dũng put pressure on the contract's partners.\n") == []


def test_a_document_signed_by_two_people_is_their_signing():
    got = _signings("Laos's Champasak province and Japan's Nara prefecture have signed a memorandum on friendly "
                    "ties.\nThe document was signed by Viengthong Hatsachan, Governor of Champasak, and Nara "
                    "Governor Shogo Arai.\n")
    assert got == [({"Viengthong Hatsachan", "Shogo Arai"}, None)], got
    # a document signed by no one named: no signing of people
    assert _signings("The memorandum was signed by the two provinces last week.\n") == []


def test_a_vietnamese_name_the_model_types_as_a_work_of_art_is_a_person():
    from spacy.tokens import Span

    from knowledge.nlp import fix_entity_types, get_nlp

    doc = get_nlp().make_doc("The document was signed by Trần Văn Hòa and the governor.")
    doc.ents = [Span(doc, 5, 8, label="WORK_OF_ART")]
    assert [(e.text, e.label_) for e in fix_entity_types(doc).ents] == [("Trần Văn Hòa", "PERSON")]
    doc = get_nlp().make_doc("They watched War and Peace at the theatre.")
    doc.ents = [Span(doc, 2, 5, label="WORK_OF_ART")]
    assert [e.label_ for e in fix_entity_types(doc).ents] == ["WORK_OF_ART"]
