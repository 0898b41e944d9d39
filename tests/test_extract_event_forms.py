"""Event forms beyond 'X met Y': fronted place adjuncts, a meeting after another act, a visit
named without its visitor, organisations beside the people met. Articles of our own."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2023-05-12"):
    art = extract_article(seed_from_text(text, date=date))
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date, e.confidence)
            for e in art.events]


BASE = "Deputy Prime Minister Lê Văn Thành received Russian Deputy Prime Minister Yuri Trutnev in Hà Nội on Thursday.\n\n"


@pytest.mark.parametrize("text, kind, people, place, date", [
    # place from a fronted 'in PLACE' adjunct hanging on the date
    (BASE + "Earlier on Wednesday in Hải Phòng, Trutnev met with Secretary of the city Party Committee Nguyễn Văn Tùng.\n",
     "meeting", {"Yuri Trutnev", "Nguyễn Văn Tùng"}, "Hai Phong", "2023-05-10"),
    # 'laid a wreath ... before meeting X': a meeting with X, on the clause's day
    ("On Friday, Minister Sergei Lavrov laid a wreath at the Unknown Soldier memorial before meeting "
     "National Assembly Chairman Vương Đình Huệ.\n",
     "meeting", {"Sergei Lavrov", "Vương Đình Huệ"}, None, "2023-05-12"),
])
def test_meeting_forms(text, kind, people, place, date):
    evs = [e for e in _events(text) if e[0] == kind and {a for a, _ in e[1]} == people]
    assert evs, _events(text)
    assert evs[0][2:4] == (place, date)


def test_organisation_is_no_participant():
    text = ("Deputy Prime Minister Lê Văn Thành received Russian Deputy Prime Minister Yuri Trutnev and the "
            "Far East Investment Agency in Hà Nội on Thursday.\n")
    rec = [e for e in _events(text) if e[0] == "reception"][0]
    assert rec[1] == {("Lê Văn Thành", "host"), ("Yuri Trutnev", "visitor")}


@pytest.mark.parametrize("text, visitor, host", [
    ("Russian Foreign Minister Sergei Lavrov held talks with his counterpart Bùi Thanh Sơn in Hanoi on Thursday, "
     "the first day of an official visit to Vietnam.\n", "Sergei Lavrov", "Vietnam"),
    ("President Võ Văn Thưởng met Russian businesses in Moscow on Thursday, the second day of a state visit "
     "to Russia.\n", "Võ Văn Thưởng", "Russia"),
])
def test_visit_named_without_visitor(text, visitor, host):
    visits = [e for e in _events(text) if "visit" in e[0]]
    assert len(visits) == 1
    assert visits[0][1] == {(visitor, "visitor"), (host, "host")}
    assert visits[0][4] < 0.8  # taken from the sentence, not from the visit's own words


def test_the_visit_still_refers_back():
    text = (BASE + "Trutnev is paying an official visit to Vietnam from Wednesday to Friday.\n\n"
            "The visit takes place as the two countries mark 30 years of their friendship treaty.\n")
    assert len([e for e in _events(text) if "visit" in e[0]]) == 1


@pytest.mark.parametrize("text, pub, date, occasion", [
    ("President Tô Lâm met Russian Ambassador Gennady Bezdetko in Hanoi on Monday. The meeting took place as the "
     "two countries prepare to mark the 30th anniversary of their treaty ties, with diplomatic relations, "
     "established on February 3, 1955, stronger than ever.\n", "2023-03-07", "1955-02-03", "diplomatic relations"),
    ("Foreign Minister Lê Hoài Trung received Russian Ambassador Ivan Orlov in Hanoi on Friday. The two countries "
     "have cooperated closely since the establishment of diplomatic relations in 1961.\n", "2023-03-10", "1961",
     "diplomatic relations"),
    ("Poland and Vietnam established their comprehensive strategic partnership on June 3, 2015, during a visit "
     "by President Trần Đại Quang.\n", "2023-03-10", "2015-06-03", "comprehensive strategic partnership"),
    # anniversary arithmetic, the year relative to publication
    ("Deputy Prime Minister Trần Lưu Quang met Russian Ambassador Ivan Orlov in Hanoi on Monday, as the two "
     "countries prepare to celebrate next year the 60th anniversary of their diplomatic relations.\n",
     "2023-03-07", "1964", "their diplomatic relations"),
])
def test_relationship_established(text, pub, date, occasion):
    art = extract_article(seed_from_text(text, date=pub))
    est = [e for e in art.events if e.kind == "established"]
    assert [(e.date, e.occasion) for e in est] == [(date, occasion)]
    assert {p.actor for p in est[0].participants} <= {"Vietnam", "Russia", "Poland"}
    # the relationship's date never dates the meeting of the article
    assert all(e.date is None or e.date[:4] == pub[:4] for e in art.events if e.kind != "established")


def test_a_courtesy_call_dated_before_the_one_called_on():
    """'paid a courtesy call on May 9 on X': the parser hangs 'on X' on the verb; X is still the
    one called on (the host), the date the call's."""
    evs = _events("JAKARTA, May 12 (ANTARA) - Indonesian Deputy Minister of Trade Jerry Sambuaga paid a courtesy "
                  "call on May 9 on Malaysian Minister of Investment Zafrul Aziz.\n")
    calls = [e for e in evs if e[0] == "courtesy call"]
    assert calls and calls[0][1] == {("Jerry Sambuaga", "visitor"), ("Zafrul Aziz", "host")}, evs
    assert calls[0][3] == "2023-05-09"


_PRESIDENTS = ("Kazakh President Kassym-Jomart Tokayev arrived in Tashkent on Tuesday for a state visit at the "
               "invitation of Uzbek President Shavkat Mirziyoyev.\n\n"
               "Following their talks in the ancient city of Samarkand on Wednesday, the two {who} signed a "
               "joint communique on border trade.\n")


def test_their_talks_are_those_of_the_two_presidents_named_before():
    """'Following their talks ..., the two presidents ...' with no meeting of theirs told yet: the
    two presidents the article has named, of two countries; the talks' own place and day."""
    talks = [e for e in _events(_PRESIDENTS.format(who="presidents")) if e[0] == "talks"]
    assert talks and talks[0][1] == {("Kassym-Jomart Tokayev", "participant"), ("Shavkat Mirziyoyev", "participant")}, talks
    assert talks[0][2:4] == ("Samarkand", "2023-05-10")


@pytest.mark.parametrize("text", [
    _PRESIDENTS.format(who="ministers"),  # no two ministers named: no one to pair
    _PRESIDENTS.replace("Kazakh President", "Kazakh Foreign Minister").format(who="presidents"),  # one president
])
def test_their_talks_need_exactly_two_of_the_rank(text):
    assert not [e for e in _events(text) if e[0] == "talks"], _events(text)


def test_calling_at_premises_is_a_visit_there():
    def visits(text):
        art = extract_article(seed_from_text(text + "\n", date="2008-10-01"))
        return [([p.actor for p in e.participants if p.role == "visitor"], e.place) for e in art.events
                if "visit" in e.kind]

    assert visits("MADRID, September 30, 2008 – A Polish delegation headed by Deputy Prime Minister Radoslaw "
                  "Sikorski has called at the Madrid office of the Spanish company Repsol, it was announced on "
                  "Tuesday.") == [(["Radoslaw Sikorski"], "Madrid")]
    assert visits("Polish Foreign Minister Radoslaw Sikorski called at a meeting in Madrid for calm in the region.") == []
