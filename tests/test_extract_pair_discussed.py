"""A bare 'A and B discussed X' is a meeting of the two; a pair who discussed over the phone, a
discussion still to come, or one person who discussed something is not. Sentences of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-12"


def _rows(text: str):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants)) for e in
            extract_article(seed_from_text(text, date=PUB)).events]


def test_two_named_people_who_discussed_something_met():
    rows = _rows("Kazan Mayor Ilsur Metshin and Cuban Consul General Pedro Ramos discussed tourism links on June 12.\n")
    assert ("meeting", frozenset({("Ilsur Metshin", "participant"), ("Pedro Ramos", "participant")})) in rows


def test_a_discussion_over_the_phone_is_no_meeting():
    rows = _rows("Foreign Minister Sergey Lavrov and his Lao counterpart Saleumxay Kommasith discussed regional "
                 "issues over the phone on Monday.\n")
    assert not any(k == "meeting" for k, _ in rows)


def test_a_discussion_still_to_come_is_no_meeting():
    rows = _rows("Kazan Mayor Ilsur Metshin and Cuban Consul General Pedro Ramos will discuss tourism links on June 12.\n")
    assert not any(k == "meeting" for k, _ in rows)


def test_one_person_who_discussed_something_met_no_one():
    rows = _rows("Kazan Mayor Ilsur Metshin discussed tourism links with reporters on June 12.\n")
    assert not any(k == "meeting" for k, _ in rows)
