"""'The two sides signed ...' after a sentence that lists who attended a ceremony: the guests of a
ceremony are not the sides of a deal, so the signing gets no signers from them — while after talks
the two sides are still the people who held them. Articles of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2021-03-12"  # a Friday


def _signers(text: str) -> list[list[str]]:
    art = extract_article(seed_from_text(text, date=PUB))
    return [sorted(p.actor for p in e.participants) for e in art.events if e.kind == "signing"]


def test_ceremony_guests_are_not_the_sides_that_signed():
    text = ("Port handed back to Laos\n\n"
            "Thai and Lao officials held a ceremony at the river port of Pakse on March 11, at which the Thai "
            "flag was lowered for the last time.\n"
            "Lao Deputy Transport Minister Somphone Keovilay attended the ceremony together with Thai "
            "Ambassador Chanchai Ruangrit and Colonel Prasert Wongsiri.\n"
            "According to the Lao Foreign Ministry, the two sides signed documents on that Thursday that "
            "completed the return of the port to Laos.\n")
    for signers in _signers(text):
        assert "Somphone Keovilay" not in signers and "Chanchai Ruangrit" not in signers


def test_after_talks_the_two_sides_still_signed():
    text = ("Laos and Thailand sign trade deals\n\n"
            "Lao Prime Minister Phankham Viphavanh held talks with his Thai counterpart Prayut Chan-o-cha "
            "in Bangkok on Thursday.\n"
            "After the talks, the two sides signed a memorandum on cross-border trade.\n")
    assert ["Phankham Viphavanh", "Prayut Chan-o-cha"] in _signers(text)
