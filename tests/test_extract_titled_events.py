"""Long portfolio titles before names, anniversaries with an explicit start year, events named
inside reporting sentences, co-chaired sessions, delegations and their leaders, and the date
of a meeting within a visit. Sentences of our own, with other people, places and dates."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _art(text: str, date: str = "2021-03-19"):  # a Friday
    return extract_article(seed_from_text(text, date=date))


def _events(text: str, date: str = "2021-03-19"):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date, e.date_end)
            for e in _art(text, date).events]


def _people(art):
    return {a.name: a for a in art.actors if a.kind == "person"}


# ---- 1. a long title before a name ---------------------------------------------------------
@pytest.mark.parametrize("text, person, title_word, other", [
    ("Indonesian Minister of Agriculture and Rural Development Le Van Thanh met Deputy Chairman of the "
     "Committee on Culture and Sport Pavel Sokolov in Kazan on Tuesday.\n",
     "Le Van Thanh", "agriculture", "Pavel Sokolov"),
    ("Vietnamese Minister of Natural Resources and Environment Tran Hong Ha held talks with Russian First "
     "Deputy Minister of Energy and Housing Anton Belov in Hà Nội on Wednesday.\n",
     "Tran Hong Ha", "environment", "Anton Belov"),
    ("Russian Deputy Minister of Transport and Digital Development Irina Orlova received Director of Labour "
     "and Social Affairs Ngô Thị Minh in Moscow on Monday.\n",
     "Irina Orlova", "transport", "Ngô Thị Minh"),
])
def test_long_title_is_split_from_the_name(text, person, title_word, other):
    art = _art(text)
    people = _people(art)
    assert person in people and other in people, sorted(people)
    assert any(title_word in t.lower() for t in people[person].titles), people[person].titles
    # no title word glued into any name; no organisation carries the name
    assert not any(len(n.split()) > 3 and n not in (person, other) for n in people)
    assert not any(person.split()[-1] in a.name for a in art.actors if a.kind == "org")
    ev = [e for e in _events(text) if {a for a, _ in e[1]} == {person, other}]
    assert ev, _events(text)


def test_title_without_name_is_no_person():
    art = _art("The meeting was attended by the Chairman of the Committee for Science and Technology and "
               "the Director of Planning and Investment.\n")
    assert not [a for a in art.actors if a.kind == "person"]


# ---- 2. anniversaries: a stated start year is the start ---------------------------------------
@pytest.mark.parametrize("text, year, occasion", [
    # the start year given: no subtraction
    ("The two countries are marking the 60th anniversary of their cooperation in oil and gas, which began "
     "in 1961 with the first joint survey.\n", "1961", "their cooperation in oil and gas"),
    ("Laos and Russia celebrate the 40th anniversary of their friendship in 2018, a friendship that "
     "started in 1978.\n", "1978", "their friendship"),
    # the anniversary's own year: subtract
    ("The two countries marked the 25th anniversary of their strategic partnership in 2019.\n", "1994",
     "their strategic partnership"),
])
def test_anniversary_start_year(text, year, occasion):
    est = [e for e in _art(text).events if e.kind == "established"]
    assert [(e.date, e.occasion) for e in est] == [(year, occasion)]


@pytest.mark.parametrize("text", [
    "The city marked the 80th anniversary of the end of the siege in 2024.\n",
    "Both nations celebrated the 50th anniversary of the Victory in 1995.\n",
])
def test_anniversary_of_no_relationship_gives_no_established(text):
    assert not [e for e in _art(text).events if e.kind == "established"]


# ---- 3. an event named inside a reporting sentence --------------------------------------------
@pytest.mark.parametrize("text, kind, people, place, date", [
    ("Laos and Russia will hold a festival to mark the anniversary, Deputy Foreign Minister Trần Văn Nam "
     "said during a phone call with Russian Deputy Foreign Minister Oleg Ivanov on Tuesday.\n",
     "phone call", {"Trần Văn Nam", "Oleg Ivanov"}, None, "2021-03-16"),
    ("Director Pham Van Long said at a meeting with Russian Ambassador Pavel Kuznetsov in Huế on Monday "
     "that trade had grown.\n", "meeting", {"Pham Van Long", "Pavel Kuznetsov"}, "Hue", "2021-03-15"),
    ("Trade will double by 2030, Minister Anna Sokolova told reporters after talks with Deputy Prime "
     "Minister Đỗ Văn Chiến on Wednesday.\n", "talks", {"Anna Sokolova", "Đỗ Văn Chiến"}, None, "2021-03-17"),
])
def test_event_inside_reporting_sentence(text, kind, people, place, date):
    evs = [e for e in _events(text) if e[0] == kind and {a for a, _ in e[1]} == people]
    assert evs, _events(text)
    assert evs[0][2:4] == (place, date)


# ---- 4. co-chaired / attended sessions and forums -----------------------------------------------
@pytest.mark.parametrize("text, kind, people, place, date", [
    ("Deputy Prime Minister Trần Văn Sơn and Russian Deputy Prime Minister Alexei Overchuk co-chaired the 12th "
     "session of the Vietnam–Russia Intergovernmental Commission for trade and science in Khabarovsk on Tuesday.\n",
     "session", {"Trần Văn Sơn", "Alexei Overchuk"}, "Khabarovsk", "2021-03-16"),
    ("Minister Olga Petrova and Deputy Minister Phạm Thu Hằng chaired a session of the joint working group "
     "in Kazan on Monday.\n", "session", {"Olga Petrova", "Phạm Thu Hằng"}, "Kazan", "2021-03-15"),
    ("Ambassador Đặng Minh Khôi and Governor Ivan Smirnov attended a business forum in Vladivostok on Thursday.\n",
     "meeting", {"Đặng Minh Khôi", "Ivan Smirnov"}, "Vladivostok", "2021-03-18"),
])
def test_sessions_and_forums(text, kind, people, place, date):
    evs = [e for e in _events(text) if e[0] == kind]
    assert [({a for a, _ in e[1]}, e[2], e[3]) for e in evs] == [(people, place, date)], _events(text)


def test_plenary_session_of_one_person_is_no_event():
    text = "Chairman Vương Đình Huệ opened the fifth session of the National Assembly in Hà Nội on Monday.\n"
    assert not [e for e in _events(text) if e[0] == "session"]


# ---- 5. a delegation and its leader --------------------------------------------------------------
def test_delegation_reception_place_and_visit():
    text = ("Vice Chairman Nguyễn Đức Hải received a delegation of the State Duma led by its Deputy Chairman "
            "Sergei Neverov in Đà Nẵng on Thursday.\n\n"
            "The delegation is paying an official visit to Vietnam from Tuesday to Saturday.\n")
    evs = _events(text, "2021-03-19")  # Friday: the visit runs past publication
    rec = [e for e in evs if e[0] == "reception"]
    assert [(e[1], e[2], e[3]) for e in rec] == [
        (frozenset({("Nguyễn Đức Hải", "host"), ("Sergei Neverov", "visitor")}), "Da Nang", "2021-03-18")]
    vis = [e for e in evs if "visit" in e[0]]
    assert [(e[1], e[3], e[4]) for e in vis] == [
        (frozenset({("Sergei Neverov", "visitor"), ("Vietnam", "host")}), "2021-03-16", "2021-03-20")]
    art = _art(text)
    assert [e.confidence for e in art.events if "visit" in e.kind] == [0.6]


@pytest.mark.parametrize("phrase, pub, expected", [
    ("from Sunday to Wednesday", "2023-09-12", ("2023-09-10", "2023-09-13")),  # under way at publication
    ("from Monday to Thursday", "2024-10-11", ("2024-10-07", "2024-10-10")),   # over before it
    ("from Friday to Sunday", "2024-10-14", ("2024-10-11", "2024-10-13")),
])
def test_weekday_span_end_follows_its_start(phrase, pub, expected):
    from knowledge.dates import resolve_date

    assert resolve_date(phrase, pub)[:2] == expected


# ---- 6. a meeting within a visit keeps its own day; what was agreed there takes it ----------------
def test_meeting_within_visit_and_agreement_date():
    text = ("Russian Minister of Culture and Tourism Olga Lebedeva met Vietnamese Minister of Culture, Sports and "
            "Tourism Nguyễn Văn Hùng in Huế on Wednesday during her working visit to Vietnam from Monday to Thursday.\n\n"
            "The two sides agreed to hold a joint film week in 2022.\n")
    evs = _events(text)
    meet = [e for e in evs if e[0] == "meeting"]
    assert [(e[2], e[3]) for e in meet] == [("Hue", "2021-03-17")], evs
    assert [(e[3], e[4]) for e in evs if "visit" in e[0]] == [("2021-03-15", "2021-03-18")]
    assert [e[3] for e in evs if e[0] == "agreement"] == ["2021-03-17"]


def test_a_dialogue_one_person_co_chaired_is_his_event():
    text = "Also on Monday, Lao Deputy Minister Khamphao Ernthavanh co-chaired the sixth Laos–Japan defence dialogue.\n"
    evs = [e for e in _events(text) if e[0] == "meeting"]
    assert [({a for a, _ in e[1]}, e[3]) for e in evs] == [({"Khamphao Ernthavanh"}, "2021-03-15")], _events(text)
