"""Places and the states they belong to: both Koreas apart (a bare 'Korea' is neither), capitals
abroad host their own country's visits, hyphenated foreign names stay whole. Sentences of our
own (other people, places and dates than any evaluation's)."""

from __future__ import annotations

import pytest

from knowledge import names
from knowledge.extract import extract_article
from knowledge.extract_actors import nationality_of_phrase
from tests.helpers.articles import seed_from_text

PUB = "2019-03-14"  # a Thursday


def _art(text: str):
    return extract_article(seed_from_text(text, date=PUB))


def _visits(text: str):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date, e.date_end)
            for e in _art(text).events if "visit" in e.kind]


@pytest.mark.parametrize("phrase, state", [
    ("the Democratic People's Republic of Korea (DPRK)", "North Korea"),
    ("the Democratic People’s Republic of Korea", "North Korea"),
    ("the DPRK", "North Korea"),
    ("North Korea", "North Korea"),
    ("the Republic of Korea", "South Korea"),
    ("South Korea", "South Korea"),
])
def test_a_state_visit_goes_to_the_korea_the_text_names(phrase, state):
    text = f"Lao President Bounnhang Vorachith paid a state visit to {phrase} from March 11 to 13.\n"
    visits = _visits(text)
    assert visits == [("state visit", {("Bounnhang Vorachith", "visitor"), (state, "host")}, state,
                       "2019-03-11", "2019-03-13")], visits


@pytest.mark.parametrize("city, state", [("Pyongyang", "North Korea"), ("Seoul", "South Korea"),
                                         ("Vientiane", "Laos"), ("Ulaanbaatar", "Mongolia")])
def test_a_visit_to_a_capital_is_hosted_by_its_country_when_the_text_names_it(city, state):
    text = f"Deputy Prime Minister Trịnh Đình Dũng paid an official visit to {city} on Tuesday.\n"
    visits = _visits(text)
    # the state is not named: no host is made up for the city
    assert visits == [("official visit", {("Trịnh Đình Dũng", "visitor")}, city, "2019-03-12", None)], visits
    visits = _visits(text + f"\nVietnam and {state} agreed to expand trade.\n")
    assert visits and visits[0][1] == {("Trịnh Đình Dũng", "visitor"), (state, "host")} and visits[0][2] == city


def test_a_bare_korea_is_no_state():
    assert names.canonical_country("Korea") is None
    assert names.PLACE_COUNTRY.get("Korea") is None
    art = _art("Vorachith said Laos wanted peace on the Korean Peninsula and that Korea should be reunified.\n\n"
               "Lao President Bounnhang Vorachith paid a visit to Korea on Tuesday.\n")
    assert not {"North Korea", "South Korea"} & {a.name for a in art.actors}
    for e in art.events:
        assert not {"North Korea", "South Korea"} & {p.actor for p in e.participants}, e


@pytest.mark.parametrize("phrase, state", [
    ("North Korean leader", "North Korea"), ("the South Korean foreign minister", "South Korea"),
    ("the Korean leader", None), ("DPRK Chairman", "North Korea"), ("Mongolia's President", "Mongolia"),
])
def test_nationality_of_korean_role_phrases(phrase, state):
    assert nationality_of_phrase(phrase) == state


@pytest.mark.parametrize("text, name", [
    ("Former President Moon Jae-in met Vietnamese Ambassador Nguyễn Vũ Tùng in Seoul on Monday.\n", "Moon Jae-in"),
    ("Mongolian Prime Minister Luvsannamsrai Oyun-Erdene met President Võ Văn Thưởng in Hanoi on Monday.\n",
     "Luvsannamsrai Oyun-Erdene"),
    ("Cuban President Miguel Díaz-Canel met Prime Minister Phạm Minh Chính in Havana on Monday.\n",
     "Miguel Díaz-Canel"),
])
def test_hyphenated_names_stay_whole(text, name):
    art = _art(text)
    persons = {a.name for a in art.actors if a.kind == "person"}
    assert name in persons, persons
    meetings = [e for e in art.events if e.kind == "meeting"]
    assert meetings and name in {p.actor for p in meetings[0].participants}


def test_a_visit_told_after_an_event_and_begun_that_day_does_not_place_it():
    """'Also on May 6, X attended …; later that day X flew on to begin a visit to Y': the event was
    before the visit began, so it is not placed in Y; an event the day after is."""
    text = ("Chilean President Gabriel Boric met Peruvian Prime Minister Alberto Otarola in Lima on May 6.\n\n"
            "Also on May 6, Boric attended a ceremony at the Petroperu headquarters.\n\n"
            "Later that day, Boric flew from Lima to Quito to begin a state visit to Ecuador from May 6 to 9.\n\n"
            "On May 7, Boric attended a ceremony at the Quito Stock Exchange.\n")
    art = extract_article(seed_from_text(text, date="2019-05-10"))
    cer = [(e.date, e.place) for e in art.events if e.kind == "ceremony"]
    assert ("2019-05-06", "Ecuador") not in cer and ("2019-05-07", "Ecuador") in cer, cer


_SAME_DAY = ("Thai Prime Minister Srettha Thavisin received Japanese Foreign Minister Yoko Kamikawa in Bangkok "
             "on Tuesday.{sep}The two sides discussed rice exports and rail links.{sep}"
             "On the same day, Srettha also received Malaysian Trade Minister Tengku Zafrul Aziz{where}.\n")


@pytest.mark.parametrize("sep", ["\n\n", "\n"])  # blank-line paragraphs, and one paragraph a line
def test_the_same_day_in_a_paragraph_of_its_own_carries_no_place(sep):
    """'On the same day, X also received Y' in its own paragraph names no place: the lead
    sentence's city is an inference the text does not make, so the meeting stays unplaced."""
    evs = [e for e in _art(_SAME_DAY.format(sep=sep, where="")).events if "Tengku Zafrul Aziz" in
           {p.actor for p in e.participants}]
    assert evs and all(e.place is None and e.date == "2019-03-12" for e in evs), evs


@pytest.mark.parametrize("text", [
    _SAME_DAY.format(sep=" ", where=""),  # one paragraph: the lead's Bangkok is in it
    _SAME_DAY.format(sep="\n\n", where=" at Government House in Bangkok"),
])
def test_the_same_day_keeps_a_place_its_paragraph_names(text):
    evs = [e for e in _art(text).events if "Tengku Zafrul Aziz" in {p.actor for p in e.participants}]
    assert evs and all(e.place == "Bangkok" for e in evs), evs


def test_a_day_of_a_visit_told_paragraphs_later_is_not_placed_by_the_visit():
    text = ("Laotian Deputy Foreign Minister Phoxay Khaykhamphithoune paid an official visit to Cambodia from "
            "March 4 to 6.\n\nHe praised the friendship between the two neighbours.\n\n"
            "On March 5, Phoxay held talks with Cambodian Secretary of State Kung Phoak.\n")
    evs = [e for e in _art(text).events if "visit" not in e.kind and "Kung Phoak" in {p.actor for p in e.participants}]
    assert evs and all(e.place is None for e in evs), evs
