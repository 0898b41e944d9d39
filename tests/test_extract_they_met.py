"""'... when they met in PLACE on DATE': 'they' of a clause hung on the main verb are the two
people the main clause names — its subject and its object, or its two subjects."""

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

CASES = [
    ("Trade between the two countries should double by 2030, Minister Maxim Reshetnikov told his "
     "Vietnamese counterpart Nguyen Chi Dung when they met in Kazan on May 14.",
     {"Maxim Reshetnikov", "Nguyen Chi Dung"}, "Kazan", "2024-05-14"),
    ("Nguyen Kim Son, Vietnam's Minister of Education, who is visiting Russia, and Russian Minister of "
     "Health Mikhail Murashko signed a protocol on medical training when they met in Novosibirsk on "
     "Thursday.", {"Nguyen Kim Son", "Mikhail Murashko"}, "Novosibirsk", "2024-05-16"),
]


@pytest.mark.parametrize("sentence, people, place, date", CASES)
def test_they_met_are_the_main_clause_people(sentence, people, place, date):
    art = extract_article(seed_from_text(sentence + "\n", date="2024-05-17"))
    met = [e for e in art.events if e.kind in ("meeting", "talks")]
    assert len(met) == 1
    assert {p.actor for p in met[0].participants} == people
    assert (met[0].place, met[0].date) == (place, date)


def test_they_without_two_named_people_is_no_meeting():
    text = ("Minister Maxim Reshetnikov said trade would double by 2030 when they met in Kazan on May 14.\n")
    art = extract_article(seed_from_text(text, date="2024-05-17"))
    assert not [e for e in art.events if e.kind in ("meeting", "talks")]
