"""Calls told by their medium, and what an article recalls or plans rather than reports: visits
of months ago (in an aside, or after the lead when dated only by a month or a year), visits looked
forward to or invited, 'the trip' as the setting of another act.
Sentences of our own (Lao, Thai, Cambodian people and places), not from any evaluation set."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _events(text: str, pub: str | None = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=pub)).events]


@pytest.mark.parametrize("text", [
    "Lao President Thongloun Sisoulith spoke by telephone with Thai Prime Minister Srettha Thavisin on Tuesday.\n",
    "Lao President Thongloun Sisoulith talked by phone on Tuesday with Thai Prime Minister Srettha Thavisin.\n",
    "Lao President Thongloun Sisoulith held talks by telephone with Thai Prime Minister Srettha Thavisin on "
    "Tuesday.\n",
])
def test_talking_by_phone_is_a_call_with_no_caller_invented(text):
    evs = _events(text)
    calls = [e for e in evs if e[0] == "phone call"]
    assert len(calls) == 1 and not [e for e in evs if e[0] == "talks"], evs
    # 'spoke by phone with' does not say who called whom
    assert calls[0][1] == {("Thongloun Sisoulith", "participant"), ("Srettha Thavisin", "participant")}
    assert calls[0][3] == "2023-05-16"


def test_talking_face_to_face_stays_talks():
    evs = _events("Lao President Thongloun Sisoulith talked with Thai Prime Minister Srettha Thavisin in "
                  "Vientiane on Tuesday.\n")
    assert [e[0] for e in evs] == ["talks"], evs


LEAD = "Lao President Thongloun Sisoulith spoke by telephone with Thai Prime Minister Srettha Thavisin on Tuesday.\n\n"


@pytest.mark.parametrize("planned", [
    "Srettha said he looked forward to welcoming Thongloun on a visit to Thailand.\n",
    "Srettha conveyed an invitation from King Vajiralongkorn for Thongloun to pay a state visit to Thailand and "
    "attend the Mekong summit in 2024.\n",
])
def test_visits_looked_forward_to_or_invited_are_no_events(planned):
    evs = _events(LEAD + planned)
    assert [e[0] for e in evs] == ["phone call"], evs


@pytest.mark.parametrize("recalled", [
    "They reviewed the agreements reached during Srettha's official visit to Laos in January.\n",
    "They reviewed the agreements reached during Thongloun's state visit to Thailand in 2021.\n",
])
def test_visits_long_before_the_article_are_background(recalled):
    evs = _events(LEAD + recalled)
    assert [e[0] for e in evs] == ["phone call"], evs


@pytest.mark.parametrize("recalled", [
    "He listed the main exchanges of 2022, including the phone conversation between Lao President Thongloun "
    "Sisoulith and Thai Prime Minister Srettha Thavisin and visits to Laos by two Thai ministers.\n",
    "He praised the results of the recent telephone conversation between Lao President Thongloun Sisoulith and "
    "Thai Prime Minister Srettha Thavisin.\n",
])
def test_exchanges_listed_or_called_recent_are_background(recalled):
    """A call listed among a year's exchanges, or 'the recent' one whose results are praised, is one
    the article looks back on: no event of its own."""
    evs = _events("Lao Ambassador Khamphao Ernthavanh received Thai Governor Chadchart Sittipunt in Vientiane "
                  "on Tuesday.\n" + recalled)
    assert [e[0] for e in evs] == ["reception"], evs


def test_a_visit_begun_days_before_the_article_is_its_news():
    evs = _events("Thai Prime Minister Srettha Thavisin is in Laos on an official visit from May 10 to 20.\n")
    assert [(e[0], e[3]) for e in evs] == [("official visit", "2023-05-10")], evs


@pytest.mark.parametrize("second", [
    "During the trip, Srettha and Lao Deputy Prime Minister Saleumxay Kommasith signed a memorandum on energy.\n",
    "Saleumxay Kommasith called the visit a milestone for the two neighbours.\n",
])
def test_the_trip_referred_to_names_no_new_visitor(second):
    evs = _events("Thai Prime Minister Srettha Thavisin arrived in Vientiane on Tuesday for an official visit to "
                  "Laos.\n\n" + second)
    visitors = {a for e in evs if "visit" in e[0] for a, r in e[1] if r == "visitor"}
    assert visitors == {"Srettha Thavisin"}, evs


@pytest.mark.parametrize("phrase, want", [
    ("in January", ("2023-01", None)),  # the latest January on or before publication
    ("in May", ("2023-05", None)),
    ("in June", ("2022-06", None)),
])
def test_a_bare_month_is_the_latest_such_month(phrase, want):
    from knowledge.dates import find_date_phrases, resolve_date

    assert [p for _, _, p in find_date_phrases(f"They met {phrase}.")] == [phrase]
    assert resolve_date(phrase, PUB)[:2] == want


def test_a_month_word_in_lower_case_or_before_a_year_is_no_bare_month():
    from knowledge.dates import find_date_phrases

    assert [p for _, _, p in find_date_phrases("It grew in march and in 2022, in June 2021.")] == [
        "in 2022", "in June 2021"]


def test_a_main_clause_event_weeks_before_the_article_is_still_reported():
    evs = _events("Lao Foreign Minister Saleumxay Kommasith met Thai Foreign Minister Parnpree Bahiddha-Nukara in "
                  "Luang Prabang on 2 March 2023.\n\nCambodian Prime Minister Hun Manet visited Vientiane on 15 May "
                  "2023.\n")
    assert ("meeting", "2023-03-02") in [(e[0], e[3]) for e in evs], evs


@pytest.mark.parametrize("recalled", [
    "In early December 2021, Thai Prime Minister Srettha Thavisin visited Laos and held talks with its leaders.\n",
    "Lao President Thongloun Sisoulith and Thai Prime Minister Srettha Thavisin met in Bangkok in February.\n",
    "Lao Foreign Minister Saleumxay Kommasith held talks with Thai Foreign Minister Parnpree Bahiddha-Nukara in "
    "2019.\n",
])
def test_a_main_clause_event_dated_only_by_a_month_long_past_is_background(recalled):
    """News tells its own event by the day; one dated only by a month or a year that ended over a
    month before the article is recalled, in a main clause too."""
    evs = _events(LEAD + recalled)
    assert [e[0] for e in evs] == ["phone call"], evs


def test_a_signing_dated_by_its_year_or_a_lead_dated_by_its_month_is_kept():
    evs = _events(LEAD + "Lao Energy Minister Phoxay Sayasone and Thai Energy Minister Pirapan Salirathavibhaga "
                  "signed a memorandum on power trade in 2019.\n")
    assert any(e[0] == "signing" and e[3] == "2019" for e in evs), evs
    evs = _events("Thai Prime Minister Srettha Thavisin paid a working visit to Laos in February.\n")
    assert any("visit" in e[0] and e[3] == "2023-02" for e in evs), evs


def test_an_event_of_the_articles_own_month_dated_by_the_month_is_kept():
    evs = _events("Thai Prime Minister Srettha Thavisin visited Laos in May and held talks with its leaders.\n")
    assert any("visit" in e[0] and e[3] == "2023-05" for e in evs), evs


def test_a_signing_in_a_since_clause_is_background():
    evs = _events(LEAD + "Trade has doubled in the three years since Laos signed its transit agreement with "
                         "Thailand.\n")
    assert [e[0] for e in evs] == ["phone call"], evs


def test_an_aside_in_a_sentence_about_years_ago_is_background():
    evs = _events(LEAD + "That treaty was signed by the two leaders on 12 October 2020, when Thongloun was "
                         "visiting Thailand.\n")
    assert not [e for e in evs if "visit" in e[0]], evs


def test_states_holding_a_dialogue_name_no_participants():
    evs = _events("Laos and Thailand held their sixth strategic dialogue in Vientiane on Tuesday.\n\nThe "
                  "dialogue was co-chaired by Lao Deputy Foreign Minister Phoxay Khaykhamphithoune.\n")
    assert not [e for e in evs if {a for a, _ in e[1]} <= {"Laos", "Thailand"}], evs


def test_one_sentence_a_line_is_split_at_the_line_end():
    second = ("At Wattay airport, the Thai leader was greeted by Saleumxay Kommasith, Deputy Prime Minister of Laos, "
              "and his deputy Kikeo Khaykhamphithoune.")
    third = ("Thai Ambassador to Laos Pornpimol Kanchanalak and members of the Thai community living in Vientiane "
             "also came to the airport to welcome him.")
    art = extract_article(seed_from_text(
        f"Thai Prime Minister Srettha Thavisin arrived in Vientiane on Tuesday.\n{second}\n{third}\n", date=PUB))
    assert [s.text for s in art.sentences][1:] == [second, third]


def test_a_line_ending_a_sentence_starts_the_next_one_for_the_parser():
    from knowledge.nlp import get_nlp, line_sentence_starts

    doc = line_sentence_starts(get_nlp().make_doc("He was greeted by Kikeo.\nThai envoys came too, as Mr.\nSmith did."))
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["He", "Thai"]  # not 'Smith': 'Mr.' ends no sentence


def test_a_trip_that_only_says_when_something_was_agreed_is_no_visit_of_the_article():
    lead = ("Japan hands over rice to Laos\n\n"
            "VIENTIANE, April 6 (KPL) – Laos's Ministry of Agriculture on Wednesday took delivery of 5,000 tonnes of "
            "rice donated by Japan.\n")
    recalled = lead + ("The donation carried out understandings reached at the top level during Lao President "
                       "Thongloun Sisoulith's trip to Japan, which ran from March 2 to 5, 2022.\n")
    assert not [e for e in _events(recalled, None) if "visit" in e[0]]
    # meetings held during the trip are the trip's own news: the visit stays
    held = lead + ("Thongloun Sisoulith informed the minister of the results of meetings held during his visit "
                   "to Japan.\n")
    assert [e[:3] for e in _events(held, None) if "visit" in e[0]] == [
        ("visit", frozenset({("Thongloun Sisoulith", "visitor"), ("Japan", "host")}), "Japan")]
