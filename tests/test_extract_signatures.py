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
