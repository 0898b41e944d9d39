"""Openings told with no one doing them (knowledge/extract_displays.py): an exhibition 'was opened',
objects 'went on display', a collection 'opened to visitors' — the opening of whoever the next
sentences put there, placed and dated by the sentence that tells it. Articles of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2022-04-08"  # a Friday


def _openings(text: str):
    art = extract_article(seed_from_text(text, date=PUB))
    return [(sorted(p.actor for p in e.participants), e.place, e.date) for e in art.events if e.kind == "opening"]


def test_an_exhibition_that_was_opened_is_dated_and_placed_for_those_at_its_opening():
    text = ("A photo exhibition on Lao-Thai friendship was opened on Wednesday in Bangkok at the Queen's Gallery.\n"
            "At the opening, Lao Ambassador Khenthong Nuanthasing and Thai Deputy Minister Somchai Rattanakul "
            "spoke of the two peoples' ties.\n")
    assert _openings(text) == [(["Khenthong Nuanthasing", "Somchai Rattanakul"], "Bangkok", "2022-04-06")]


def test_objects_that_went_on_display_open_an_exhibition():
    text = ("Letters and photographs from the Lao independence struggle went on display at the National Museum "
            "in Bangkok on Tuesday, April 5.\n"
            "The exhibition is part of a programme marking 70 years of relations.\n"
            "Museum director Anong Srisuk said at the opening that the letters had never been shown before.\n")
    assert _openings(text) == [(["Anong Srisuk"], "Bangkok", "2022-04-05")]


def test_a_collection_that_opened_to_visitors_opens_an_exhibition():
    text = ("A collection of Lao silk opened to visitors in Bangkok on April 6.\n"
            "Speaking at the opening, Ambassador Khenthong Nuanthasing said the weavers came from Luang Prabang.\n")
    assert _openings(text) == [(["Khenthong Nuanthasing"], "Bangkok", "2022-04-06")]


def test_what_will_go_on_display_or_was_opened_by_someone_is_no_unnamed_opening():
    later = ("Letters from the Lao independence struggle will go on display at the National Museum in Bangkok "
             "next month.\nMuseum director Anong Srisuk said at the opening that the letters were rare.\n")
    assert all(o[2] is None for o in _openings(later)), _openings(later)
    by = ("A photo exhibition was opened on Wednesday in Bangkok by Lao Ambassador Khenthong Nuanthasing.\n")
    assert all(o[0] != [] for o in _openings(by))
