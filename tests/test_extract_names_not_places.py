"""Names the lexicon would read as a place or a state: a Vietnamese name written without
diacritics whose last syllable is a city ('Dang Quoc Hue' cut into 'Dang Quoc' and the city of
Huế), and a company named after its country ('Singapore Airlines', 'Vietnam Railways') — the
person keeps the whole name and the event gains no city, the country is no side of what the
company does (issue 7: precision first). Sentences of our own: other people, places and dates;
and the engine answers what a company 'said' from the officers whose title names it."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text
from tests.helpers.engine_stores import module_engine

PUB = "2022-11-25"  # a Friday


def _art(text: str):
    return extract_article(seed_from_text(text, date=PUB))


def _events(art):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place) for e in art.events]


def test_a_name_ending_in_a_city_syllable_is_one_person_and_no_place():
    art = _art("Deputy Minister Dang Quoc Hue received Thai Ambassador Urawadee Sriphiromya in Da Nang on Tuesday.\n")
    people = {a.name for a in art.actors if a.kind == "person"}
    assert "Dang Quoc Hue" in people and "Dang Quoc" not in people
    assert not any(a.name == "Hue" for a in art.actors)
    assert _events(art) == [("reception", frozenset({("Dang Quoc Hue", "host"), ("Urawadee Sriphiromya", "visitor")}),
                             "Da Nang")]


def test_the_city_after_a_full_name_or_after_in_stays_a_place():
    art = _art("Governor Le Van Thanh arrived in Hue on Monday. Mr Dang Quoc met the students in Hue on Tuesday.\n")
    assert any(a.name == "Hue" and a.kind == "place" for a in art.actors)
    assert "Le Van Thanh" in {a.name for a in art.actors if a.kind == "person"}


def test_a_company_named_after_its_country_is_no_country():
    art = _art("Singapore Airlines and Qatar Airways signed a code-share agreement in Doha on Wednesday.\n"
               "Indonesian Deputy Minister Arif Budiman met Singapore Airlines chief executive Michael Turner "
               "in Jakarta on Thursday.\n")
    kinds = {a.name: a.kind for a in art.actors}
    assert kinds.get("Singapore Airlines") == "org" and "Singapore" not in kinds
    assert not any(p.actor == "Singapore" for e in art.events for p in e.participants)
    meeting = next(e for e in art.events if e.kind == "meeting")
    assert {p.actor for p in meeting.participants} == {"Arif Budiman", "Michael Turner"}


def test_a_country_before_a_title_or_a_body_stays_the_country():
    art = _art("Indonesia President Joko Widodo met Malaysian Prime Minister Anwar Ibrahim in Bogor on Monday.\n")
    assert any(a.name == "Indonesia" and a.kind == "country" for a in art.actors)


RAIL = """---
title: Lao railway signs with Chinese partner
outlet: Test Wire
date: 2023-03-10
---
Lao railway signs with Chinese partner

Laos Railways and China Railway Group signed a maintenance contract in Vientiane on Thursday.

Laos Railways Managing Director Khamsouk Phommachanh said the contract would cut repair times by half.

He added that passengers would see fewer delays from next year.
"""

engine = module_engine("company_officers", {"rail.txt": RAIL})


def test_what_a_company_executive_said_is_found_by_the_title_naming_the_company(engine):
    a = engine.ask("What did the Laos Railways director say passengers would see?")
    assert a.citations and "fewer delays" in a.citations[0].quote


def test_the_owner_of_a_post_met_is_no_party_to_the_meeting():
    art = _art("Deputy Foreign Minister Ha Kim Ngoc met Thai Prime Minister Paetongtarn Shinawatra's special envoy "
               "Pansak Vinyaratn in Bangkok on Monday.\n"
               "Foreign Minister Bui Thanh Son received Indian Prime Minister Narendra Modi's adviser in Hanoi on Tuesday.\n")
    people = {p.actor for e in art.events for p in e.participants}
    assert "Paetongtarn Shinawatra" not in people and "Narendra Modi" not in people
    assert [(e.kind, {p.actor for p in e.participants}) for e in art.events] == [
        ("meeting", {"Ha Kim Ngoc", "Pansak Vinyaratn"})]


def test_the_owner_of_a_delegation_leads_it_into_the_talks():
    art = _art("Later that day, Sokha's delegation held talks with Indonesian Deputy Minister Arif Budiman in Jakarta.\n"
               .replace("Sokha's", "Governor Chea Sokha's"))
    assert any("Chea Sokha" in {p.actor for p in e.participants} for e in art.events)


def test_a_russian_name_written_family_name_first_keeps_its_family_name():
    art = _art("Chief Justice Tran Van Son held talks in Hanoi on Tuesday with Chief Justice of Russia Sokolov Andrei "
               "Ivanovich, who was on a visit.\n")
    people = {a.name for a in art.actors if a.kind == "person"}
    assert "Sokolov Andrei Ivanovich" in people and "Andrei Ivanovich" not in people
