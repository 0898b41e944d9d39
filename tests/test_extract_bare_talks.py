"""Talks reported only as 'A and B discussed X during talks in PLACE on DAY' (no article before
'talks', and the 'during' phrase hung on an infinitive inside the object): the pair who discussed
were at the talks. A bare 'talks' after one person is no
event. Sentences of our own (Kazakh, Vietnamese, Lao people and places), not from any evaluation set."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2022-05-04"  # a Wednesday


def _events(text: str):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=PUB)).events]


def test_a_pair_who_discussed_during_bare_talks_held_talks_there():
    evs = _events("Aidar Kuanyshev, who heads the Kazakh news agency Kazinform, and Tran Van Long, chief of "
                  "Vietnam's VNA agency, discussed ways to broaden ties between the two agencies during talks "
                  "in Astana on Monday.\n")
    talks = [e for e in evs if e[0] == "talks"]
    assert len(talks) == 1, evs
    assert {a for a, _ in talks[0][1]} == {"Aidar Kuanyshev", "Tran Van Long"}
    assert talks[0][2] == "Astana" and talks[0][3] == "2022-05-02"


def test_one_person_speaking_during_bare_talks_makes_no_event():
    # a bare 'talks' may be any negotiation of his: not enough to put the next speaker there too
    evs = _events("Aidar Kuanyshev said during talks in Astana on Monday that the agency would open "
                  "an office in Hanoi.\nFor his part, Tran Van Long said the office was welcome.\n")
    assert not [e for e in evs if e[0] == "talks"], evs
