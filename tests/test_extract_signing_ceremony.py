"""A signing told as a ceremony: 'Speaking at the signing ceremony, X ...' puts X at a signing
(never a ceremony of one), 'A and B put their names to the document' is their signing, and 'the
ceremony' after a signing the article told is that signing, not a second event."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text):
    return extract_article(seed_from_text(text, date="2023-04-12")).events


def test_speaking_at_the_signing_ceremony_is_a_signing():
    text = ("Vietnam's Ministry of Health and the Russian Ministry of Health signed a plan of medical "
            "cooperation on Tuesday.\n\nSpeaking at the signing ceremony, Deputy Minister of Health "
            "Trần Văn Thuấn praised the work of Russian doctors in Vietnam.\n")
    evs = _events(text)
    assert not [e for e in evs if "ceremony" in e.kind]
    signings = [e for e in evs if e.kind == "signing"]
    assert [[p.actor for p in e.participants] for e in signings] == [["Trần Văn Thuấn"]]


def test_put_their_names_to_the_document_is_a_signing():
    text = ("Vietnam's State Audit Office and the Accounts Chamber of Russia signed a memorandum in Moscow "
            "on Tuesday.\n\nState Auditor General Ngô Văn Tuấn and Boris Kovalchuk, chairman of the Russian "
            "chamber, put their names to the document.\n\nSpeaking at the ceremony, Tuấn said the two "
            "bodies would share their experience.\n")
    evs = _events(text)
    signings = [e for e in evs if e.kind == "signing"]
    assert len(signings) == 1
    assert {p.actor for p in signings[0].participants} == {"Ngô Văn Tuấn", "Boris Kovalchuk"}
    assert not [e for e in evs if "ceremony" in e.kind]
