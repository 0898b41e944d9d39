"""Sides of a reception the tree blurs: 'Receiving A, title, B, title, said ...' makes B the host
(not a second guest), and 'welcomed the participants, alongside Y' makes no guest of Y. Sentences
of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _roles(text: str) -> list[set[tuple[str, str]]]:
    evs = extract_article(seed_from_text(text, date="2021-03-10")).events
    return [{(p.actor, p.role) for p in e.participants} for e in evs if e.kind in ("reception", "welcome ceremony")]


def test_fronted_receiving_chain_makes_the_later_name_the_host():
    roles = _roles("Receiving Sergei Ivanov, a senior Russian diplomat, Trần Văn Nam, chairman of the provincial "
                   "People's Committee, praised the friendship between Vietnam and Russia.\n")
    assert roles == [{("Trần Văn Nam", "host"), ("Sergei Ivanov", "visitor")}]


def test_fronted_receiving_with_initial_keeps_both_sides():
    roles = _roles("Receiving Mikhail A. Petrov, a senior Russian official, Nguyễn Văn Thành, chairman of the "
                   "provincial People's Committee, spoke highly of the partnership between Vietnam and Russia.\n")
    assert roles == [{("Nguyễn Văn Thành", "host"), ("Mikhail A. Petrov", "visitor")}]


def test_fronted_receiving_with_a_subject_is_unchanged():
    roles = _roles("Receiving Ambassador Pavel Orlov in Hanoi on Monday, Trần Văn Nam said ties were strong.\n")
    assert roles == [{("Trần Văn Nam", "host"), ("Pavel Orlov", "visitor")}]


def test_a_companion_alongside_the_welcomed_participants_is_no_guest():
    roles = _roles("Irina Sokolova, rector of the academy, and Pavel Orlov, Russia's deputy trade representative "
                   "in Vietnam, also welcomed the participants, alongside institute director Sergei Belov.\n")
    assert not any(("Sergei Belov", "visitor") in r for r in roles)


def test_a_plain_reception_keeps_its_guest():
    roles = _roles("Deputy Minister Lê Văn Hùng received Russian Ambassador Pavel Orlov in Hanoi on Monday.\n")
    assert roles == [{("Lê Văn Hùng", "host"), ("Pavel Orlov", "visitor")}]
