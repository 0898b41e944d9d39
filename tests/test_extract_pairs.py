"""'Their talks' and 'the two leaders' of a sentence that names no pair: the two people a subject
just before coordinates ('A and his Thai counterpart B agreed ...') — and nobody when that
subject is one person, a group, or two people of one country. Articles of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2022-09-07"  # a Wednesday


def _talks(text: str):
    art = extract_article(seed_from_text(text, date=PUB))
    return [(sorted(p.actor for p in e.participants), e.place) for e in art.events if e.kind == "talks"]


def test_their_talks_are_the_pair_the_sentence_before_names():
    text = ("Laos and Thailand map out trade\n\n"
            "Lao Prime Minister Phankham Viphavanh and his Thai counterpart Prayut Chan-o-cha agreed on Tuesday "
            "to widen cooperation in energy.\n"
            "The consensus came out of their talks in Bangkok, where the two heads of government hailed the "
            "growth of trade.\n")
    assert _talks(text) == [(["Phankham Viphavanh", "Prayut Chan-o-cha"], "Bangkok")]


def test_the_two_leaders_at_their_talks_are_the_pair_of_the_lead():
    text = ("Laos and Thailand want closer ties\n\n"
            "BANGKOK, September 6 – Lao President Thongloun Sisoulith and Thai Prime Minister Prayut Chan-o-cha "
            "voiced a shared wish on Tuesday for stronger growth of their partnership.\n"
            "Thongloun and his delegation arrived in the capital earlier in the day for his official visit.\n"
            "In their talks, the two leaders praised bilateral cooperation in recent years and the progress of "
            "joint projects.\n")
    assert _talks(text) == [(["Prayut Chan-o-cha", "Thongloun Sisoulith"], None)]


def test_no_pair_is_invented_for_their_talks():
    one = ("Lao leader in Bangkok\n\n"
           "Lao President Thongloun Sisoulith arrived in Bangkok on Tuesday for a two-day visit.\n"
           "Their talks focused on trade and energy.\n")
    same_country = ("Lao leaders agree on plan\n\n"
                    "Lao President Thongloun Sisoulith and Lao Prime Minister Phankham Viphavanh agreed on Tuesday "
                    "to widen cooperation with Thailand.\n"
                    "The consensus came out of their talks in Vientiane.\n")
    for text in (one, same_country):
        assert _talks(text) == []
