"""Stored-event precision (issue 7): 'the same day' after a background date long before the page's
date is the news day, not the background's; 'received the Friendship Order' (an honour's proper
name, one merged token) receives no guest; a person's name right before an academy's is the academy's name.
Sentences of our own: other people, places and dates."""

from __future__ import annotations

from knowledge.extract import extract_article
from knowledge.extract_same_day import background_day
from tests.helpers.articles import seed_from_text

PUB = "2024-02-09"  # a Friday


def _events(text: str, date: str = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=date)).events]


def test_the_same_day_after_a_background_date_is_the_news_day():
    evs = _events("Thai Commerce Minister Phumtham Wechayachai held talks in Bangkok with Malaysian "
                  "Trade Minister Tengku Zafrul Aziz, who is visiting Thailand.\n"
                  "The two countries signed a border trade accord on October 3 last year.\n"
                  "On the same day, Thai Prime Minister Srettha Thavisin received Tengku Zafrul Aziz.\n")
    rec = [e for e in evs if e[0] == "reception"]
    assert rec and all(e[3] != "2023-10-03" for e in rec)


def test_a_background_day_is_one_long_before_the_page():
    assert background_day("2023-10-03", "2024-02-09")
    assert not background_day("2024-02-05", "2024-02-09")
    assert not background_day("2023-10-03", None)


def test_receiving_an_honour_by_its_name_is_no_reception():
    evs = _events("Several officers of the Lao police received Cambodia's Friendship Order and Friendship "
                  "Medal at a ceremony held at the Cambodian Embassy in Vientiane on Tuesday.\n")
    assert not any(e[0] == "reception" for e in evs)


def test_a_person_named_in_a_bodys_name_is_part_of_the_body():
    import spacy
    from spacy.tokens import Doc, Span

    from knowledge.nlp_entity_types import _named_bodies

    doc = Doc(spacy.blank("en").vocab, words="A team from the Kaysone Phomvihane National Academy of Politics "
                                             "met Somsavat Lengsavad Federal Institute staff".split())
    ents = [Span(doc, 4, 6, "PERSON"), Span(doc, 6, 10, "ORG"), Span(doc, 11, 13, "PERSON"), Span(doc, 13, 15, "ORG")]
    got = [(e.text, e.label_) for e in _named_bodies(doc, ents)]
    assert got == [("Kaysone Phomvihane National Academy of Politics", "ORG"),
                   ("Somsavat Lengsavad Federal Institute", "ORG")]
    # a person before a body that is no school or academy keeps their name ('X Foreign Ministry')
    doc2 = Doc(spacy.blank("en").vocab, words="Somsavat Lengsavad Foreign Ministry".split())
    got2 = [(e.text, e.label_) for e in _named_bodies(doc2, [Span(doc2, 0, 2, "PERSON"), Span(doc2, 2, 4, "ORG")])]
    assert got2 == [("Somsavat Lengsavad", "PERSON"), ("Foreign Ministry", "ORG")]
