"""Articles written one paragraph a line, with a sub-headline line, and regions the model takes
for people. Sentences of our own, with other people, places and dates than any evaluation's."""

from __future__ import annotations

from knowledge.extract import extract_article
from knowledge.segment import paragraphs
from tests.helpers.articles import seed_from_text

PUB = "2022-03-18"


def _events(text: str, pub: str | None = PUB):
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.date)
            for e in extract_article(seed_from_text(text, date=pub)).events]


def _texts(text: str) -> list[str]:
    return [text[s:e] for s, e in paragraphs(text, 0)]


def test_a_headline_line_in_a_line_per_paragraph_block_stands_alone():
    text = ("Provincial leader welcomes Kazan mayor on Asia tour\n"
            "Chairman Lê Quang Vinh hosted Ilsur Metshin in Cần Thơ on March 16.\n"
            "The two sides discussed river transport.\n")
    got = _texts(text)
    # the headline (first, unpunctuated) is dropped; it no longer runs into the sentence below
    assert got == ["Chairman Lê Quang Vinh hosted Ilsur Metshin in Cần Thơ on March 16.\n"
                   "The two sides discussed river transport."], got


def test_hard_wrapped_prose_stays_one_paragraph():
    text = ("Chairman Lê Quang Vinh hosted Ilsur Metshin in Cần Thơ on\n"
            "March 16, and the two men discussed river transport and\n"
            "Tourism links between their cities.\n")
    assert _texts(text) == [text.rstrip("\n")]


def test_a_headline_line_makes_no_event_of_its_own():
    text = ("Top official hosts Tambov governor during Russia trip\n"
            "Deputy Prime Minister Lê Văn Thành received Maxim Egorov, Governor of Russia's Tambov region, "
            "on March 16, 2022.\n"
            "Thành praised Tambov's interest in expanding cooperation with Việt Nam.\n")
    evs = _events(text)
    assert evs == [("reception", [("Lê Văn Thành", "host"), ("Maxim Egorov", "visitor")], "2022-03-16")], evs


def test_a_region_named_before_region_is_no_guest():
    # the model tags 'Tambov' a person where no 'region' follows; the article's 'Tambov region' says otherwise
    text = ("Deputy Prime Minister Lê Văn Thành received Maxim Egorov, Governor of Russia's Tambov region, "
            "on March 16, 2022.\n\n"
            "Thành praised Tambov's interest in expanding cooperation with Việt Nam.\n\n"
            "He said the governor would encourage Tambov businesses to expand trade with Vietnamese localities.\n")
    evs = _events(text)
    assert evs == [("reception", [("Lê Văn Thành", "host"), ("Maxim Egorov", "visitor")], "2022-03-16")], evs
