"""How long a visit lasted and where it went when its own words do not say: 'arrived on Monday
for a two-day visit' ends on Tuesday; a visit with no destination went to the country where its
visitor held talks on one of its days, told next to it. Sentences of our own (Kazakh, Lao,
Thai people and places), not from any evaluation set."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _visits(text: str):
    return [(frozenset((p.actor, p.role) for p in e.participants), e.place, e.date, e.date_end)
            for e in extract_article(seed_from_text(text, date=PUB)).events if "visit" in e.kind]


@pytest.mark.parametrize("text,end", [
    ("Kazakh Foreign Minister Murat Nurtleu arrived in Vientiane on Monday for a two-day visit.\n", "2023-05-16"),
    ("Kazakh Foreign Minister Murat Nurtleu arrived in Vientiane on Monday for a 3-day official visit.\n",
     "2023-05-17"),
    # no count of days: no end date made up
    ("Kazakh Foreign Minister Murat Nurtleu arrived in Vientiane on Monday for an official visit.\n", None),
])
def test_an_arrival_for_a_visit_of_n_days_ends_it_n_days_on(text, end):
    vs = _visits(text)
    assert len(vs) == 1 and vs[0][2] == "2023-05-15" and vs[0][3] == end, vs


def test_a_visit_without_destination_goes_where_its_visitor_held_talks_on_its_days():
    vs = _visits("Kazakh Foreign Minister Murat Nurtleu held talks with his Lao counterpart Saleumxay Kommasith in "
                 "Vientiane on Tuesday.\n"
                 "Nurtleu, who took office in 2022, arrived on Monday for a two-day visit.\n")
    assert vs == [(frozenset({("Murat Nurtleu", "visitor"), ("Laos", "host")}), "Laos", "2023-05-15",
                   "2023-05-16")], vs


def test_talks_outside_the_visits_days_give_it_no_destination():
    vs = _visits("Kazakh Foreign Minister Murat Nurtleu held talks with Thai Foreign Minister Don Pramudwinai in "
                 "Bangkok on Thursday.\n"
                 "Nurtleu, who took office in 2022, arrived on Monday for a two-day visit.\n")
    assert len(vs) == 1 and vs[0][1] is None, vs
