"""Wider event phrasing and article furniture, as general mechanisms on sentences of our own
(other people, places and dates than any evaluation's): page-header dates, one-to-many
meetings, 'sat down for talks', 'a round of consultations', recalled events, welcome ceremonies,
attendance, signings watched by 'they', site visits, trips that place what follows."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from knowledge.seedfile import parse_seed
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _art(text: str, pub: str | None = PUB):
    return extract_article(seed_from_text(text, date=pub))


def _events(text: str, pub: str | None = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in _art(text, pub).events]


def _pairs(evs, kind):
    return sorted(sorted(a for a, _ in e[1]) for e in evs if e[0] == kind)


@pytest.mark.parametrize("header, date", [
    ("Friday, May 19, 2023\n", "2023-05-19"),
    ("May 19, 2023 | 10:15 GMT+7\n\n", "2023-05-19"),
    ("March 03, 2023 8:05 AM GMT+7\n", "2023-03-03"),
    ("Published: 2023-05-19 07:30\n", "2023-05-19"),
    ("Updated: 19/05/2023 07:30\n", "2023-05-19"),
    ("Fri, 05/19/2023 - 07:30\n\n", "2023-05-19"),
    ("Sat, 06/05/2023 - 07:30\n\n", "2023-05-06"),  # day and month settled by the dateline below
])
def test_a_date_only_header_line_is_the_publication_date(header, date):
    dateline = "VIENTIANE, May 6 (KPL) – " if "06/05" in header else "VIENTIANE (KPL) – "
    text = (header + "Lao and Cambodian leaders meet in Vientiane\n\n" + dateline +
            "Lao President Thongloun Sisoulith met Cambodian King Norodom Sihamoni in Vientiane on Friday.\n")
    seed = parse_seed("la.txt", text.encode())
    assert seed.source.date == date and seed.source.title == "Lao and Cambodian leaders meet in Vientiane"
    assert seed.text[seed.body_start:].startswith("VIENTIANE")


def test_an_ambiguous_numeric_header_without_a_dateline_dates_nothing():
    seed = parse_seed("la.txt", b"Sat, 06/05/2023 - 07:30\n\nLeaders meet in Vientiane\n\nThey met on Friday.\n")
    assert seed.source.date is None and seed.source.title == "Leaders meet in Vientiane"


def test_a_headline_glued_to_the_first_line_of_the_body():
    text = ("Updated: 19/05/2023 07:30\nLao President meets Cambodian King\n(KPL) – Lao President Thongloun "
            "Sisoulith met Cambodian King Norodom Sihamoni in Vientiane on Friday.\n")
    art = extract_article(parse_seed("la.txt", text.encode()))
    assert art.source.title == "Lao President meets Cambodian King"
    assert art.sentences[0].text.startswith("Lao President Thongloun Sisoulith met")
    assert ("meeting", frozenset({("Thongloun Sisoulith", "participant"), ("Norodom Sihamoni", "participant")}),
            "Vientiane", "2023-05-19") in [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place,
                                            e.date) for e in art.events]


@pytest.mark.parametrize("text", [
    "Lao President Thongloun Sisoulith also met Cambodian Prime Minister Hun Manet and Thai Prime Minister "
    "Srettha Thavisin during his stay.\n",
    "The same day, Lao President Thongloun Sisoulith also held separate meetings with Cambodian Prime Minister "
    "Hun Manet and Thai Prime Minister Srettha Thavisin.\n",
])
def test_one_meeting_many_is_one_event_per_pair(text):
    assert _pairs(_events(text), "meeting") == [["Hun Manet", "Thongloun Sisoulith"],
                                                 ["Srettha Thavisin", "Thongloun Sisoulith"]]


@pytest.mark.parametrize("text, kind", [
    ("Lao President Thongloun Sisoulith sat down for talks with Cambodian King Norodom Sihamoni in Vientiane on "
     "Friday.\n", "talks"),
    ("Lao Deputy Foreign Minister Phongsavanh Sitthavong and Cambodian Secretary of State Kung Phoak co-chaired "
     "a round of political consultations between the two foreign ministries in Vientiane on Friday.\n", "talks"),
    # 'sat down' alone with the other side, and 'sat down for talks in X' with the side after the day
    ("Lao Deputy Prime Minister Saleumxay Kommasith sat down on Friday afternoon in Vientiane with Sok Chenda "
     "Sophea, his Cambodian counterpart.\n", "talks"),
    ("Lao Prime Minister Sonexay Siphandone sat down for talks in Vientiane on Friday with Hun Manet, who heads "
     "the Cambodian government.\n", "talks"),
])
def test_talks_in_other_frames(text, kind):
    evs = [e for e in _events(text) if e[0] == kind]
    assert len(evs) == 1 and len(evs[0][1]) == 2 and evs[0][2:] == ("Vientiane", "2023-05-19"), _events(text)


@pytest.mark.parametrize("text", [
    "They singled out several recent events, among them the state visit of Thai King Vajiralongkorn to Laos last "
    "June and Thongloun Sisoulith's phone conversation with Hun Manet in August.\n",
    "They also mentioned the official visit to Cambodia paid in September by Sonexay Siphandone, the Lao Prime "
    "Minister.\n",
    "The 2019 visit of Thai Prime Minister Prayut Chan-o-cha to Laos was recalled by both sides.\n",
])
def test_events_a_sentence_recalls_are_no_events(text):
    lead = "Lao President Thongloun Sisoulith met Cambodian Prime Minister Hun Manet in Vientiane on Friday.\n\n"
    assert [e[0] for e in _events(lead + text)] == ["meeting"], _events(lead + text)


def test_a_past_perfect_with_a_day_of_the_story_is_an_event():
    text = ("Lao President Thongloun Sisoulith met Cambodian Prime Minister Hun Manet in Vientiane on Friday.\n\n"
            "Thongloun had earlier, on May 17, talked with Thai Prime Minister Srettha Thavisin by phone.\n")
    assert ["Srettha Thavisin", "Thongloun Sisoulith"] in _pairs(_events(text), "phone call")


@pytest.mark.parametrize("text, hosts", [
    ("Thai Prime Minister Srettha Thavisin arrived in Vientiane on Thursday. On his arrival at Wattay International "
     "Airport, he was welcomed by Lao Deputy Prime Minister Saleumxay Kommasith.\n", {"Saleumxay Kommasith"}),
    ("Thai Prime Minister Srettha Thavisin arrived in Vientiane on Thursday. An official welcome ceremony was held "
     "for him at the airport.\n", set()),
])
def test_welcomes_on_arrival_are_welcome_ceremonies(text, hosts):
    cer = [e for e in _events(text) if e[0] == "welcome ceremony"]
    assert len(cer) == 1 and ("Srettha Thavisin", "visitor") in cer[0][1], _events(text)
    assert {a for a, r in cer[0][1] if r == "host"} == hosts
    assert not [e for e in _events(text) if e[0] == "reception"]


@pytest.mark.parametrize("text, kind", [
    ("Lao Prime Minister Sonexay Siphandone is attending the 2023 Mekong-Lancang Summit in Vientiane.\n", "summit"),
    ("On May 9 Lao Prime Minister Sonexay Siphandone watched the military parade in Vientiane.\n", "parade"),
])
def test_attendance_is_an_event_of_one(text, kind):
    evs = [e for e in _events(text) if e[0] == kind]
    assert len(evs) == 1 and {a for a, _ in evs[0][1]} == {"Sonexay Siphandone"} and evs[0][2] == "Vientiane"


@pytest.mark.parametrize("second", [
    "At the end of the talks, they witnessed the signing of cooperation documents.\n",
    "After the talks, the two leaders watched the signing of a package of cooperation documents.\n",
])
def test_a_signing_watched_by_the_sides_of_the_talks(second):
    text = ("Lao President Thongloun Sisoulith held talks with Cambodian Prime Minister Hun Manet in Vientiane on "
            "Friday.\n\nThongloun also met Thai Prime Minister Srettha Thavisin.\n\n" + second)
    assert _pairs(_events(text), "signing") == [["Hun Manet", "Thongloun Sisoulith"]]


def test_companies_signing_a_contract_is_no_event():
    text = ("Lao President Thongloun Sisoulith held talks with Cambodian Prime Minister Hun Manet in Vientiane on "
            "Friday.\n\nPetroLao and Sokimex also signed a contract for fuel sales.\n")
    assert _pairs(_events(text), "signing") == []


def test_a_site_visited_on_a_trip_has_no_host_state_and_stays_apart():
    text = ("Lao President Thongloun Sisoulith is on an official visit to Cambodia from May 17 to 19.\n\n"
            "On the same day, the Lao leader visited the Lao Embassy in Phnom Penh.\n")
    visits = sorted((e[0], e[1], e[2]) for e in _events(text) if "visit" in e[0])
    assert visits == [("official visit", frozenset({("Thongloun Sisoulith", "visitor"), ("Cambodia", "host")}),
                       "Cambodia"),
                      ("visit", frozenset({("Thongloun Sisoulith", "visitor")}), "Phnom Penh")], visits


def test_a_trip_places_the_meetings_that_follow_it():
    text = ("Vietnamese Ambassador to Laos Nguyễn Minh Tâm travelled to Luang Prabang province on May 16 and 17 to "
            "promote trade.\n\nOn May 17 the ambassador held a working session with Governor Khamkhan "
            "Chanthavisouk.\n\nThe ambassador also met Vice Governor Bounkhong Lachiemphone to discuss tourism.\n")
    evs = _events(text)
    visit = [e for e in evs if e[0] == "visit"]
    assert visit and visit[0][2] == "Luang Prabang" and visit[0][3] == "2023-05-16"
    assert {e[2] for e in evs if e[0] in ("working session", "meeting")} == {"Luang Prabang"}, evs


def test_later_that_afternoon_is_the_day_of_the_event_before():
    text = ("Thai Prime Minister Srettha Thavisin was welcomed by Lao Deputy Prime Minister Saleumxay Kommasith at "
            "the airport on Thursday.\n\nLater that afternoon, Srettha and Lao Prime Minister Sonexay Siphandone "
            "held talks.\n")
    talks = [e for e in _events(text) if e[0] == "talks"]
    assert talks and talks[0][3] == "2023-05-18"


def test_an_arrival_day_gives_way_to_the_visits_own_span():
    text = ("Thai Prime Minister Srettha Thavisin landed at Wattay airport in Vientiane on May 16, beginning an "
            "official visit to Laos.\n\nThe visit runs from May 16 to May 19.\n")
    art = _art(text)
    visits = [e for e in art.events if "visit" in e.kind]
    assert [(e.date, e.date_end) for e in visits] == [("2023-05-16", "2023-05-19")]


def test_a_courtesy_call_and_sitting_down_to_talk():
    text = ("Cambodian Foreign Minister Sok Chenda Sophea paid a courtesy call on Lao Prime Minister Sonexay "
            "Siphandone.\n\nSok Chenda Sophea and the city's mayor, Atsaphangthong Siphandone, also sat down to talk "
            "about tourism.\n")
    evs = _events(text)
    assert ("courtesy call", frozenset({("Sok Chenda Sophea", "visitor"), ("Sonexay Siphandone", "host")}), None,
            None) in evs
    assert ["Atsaphangthong Siphandone", "Sok Chenda Sophea"] in _pairs(evs, "talks")


def test_a_headline_line_over_a_one_block_article_is_no_sentence():
    """'Laos and Cambodia discuss ...' on the body's first line, the article below it in one block:
    the headline is dropped, so the first sentence's trip (dated by its relative clause) stands."""
    text = ("Laos and Cambodia discuss new trade pact\nA delegation of Laos's Ministry of Industry, headed by Deputy "
            "Minister Phoxay Sayavong, is in Cambodia on a five-day working trip that runs from May 15 to 19. "
            "The delegation also toured the port of Sihanoukville.")
    art = _art(text)
    assert not art.sentences[0].text.startswith("Laos and Cambodia discuss")
    visits = [(e.kind, e.place, e.date, e.date_end) for e in art.events if "visit" in e.kind]
    assert visits == [("working visit", "Cambodia", "2023-05-15", "2023-05-19")], art.events


def test_a_full_name_typed_as_a_body_is_the_person_the_article_names_by_surname():
    """'with Valentina Petrova' typed as an organisation while 'Petrova' is a person elsewhere."""
    from knowledge.nlp import get_nlp
    from knowledge.nlp_surnames import names_from_surnames
    from spacy.tokens import Span

    nlp = get_nlp()
    d1, d2 = nlp.make_doc("She met Darya Petrova there."), nlp.make_doc("Petrova said so.")
    d1.ents = [Span(d1, 2, 4, label="ORG")]
    d2.ents = [Span(d2, 0, 1, label="PERSON")]
    names_from_surnames([d1, d2])
    assert [(e.text, e.label_) for e in d1.ents] == [("Darya Petrova", "PERSON")]
    d3 = nlp.make_doc("She met Petrova Holding there.")
    d3.ents = [Span(d3, 2, 4, label="ORG")]
    names_from_surnames([d3, d2])
    assert [(e.text, e.label_) for e in d3.ents] == [("Petrova Holding", "ORG")]


def test_a_meeting_held_by_a_body_and_co_chaired_by_two_people_is_theirs():
    text = ("Japan–Korea committee meets in Osaka\n\n"
            "The joint committee of the Japan–Korea Research Centre held its 12th meeting in Osaka on May 16, "
            "co-chaired by Korean Vice Minister of Science Lee Jong-ho and Japanese Vice Minister Hiroshi Sato.\n")
    assert [(e[0], sorted(a for a, _ in e[1]), e[2]) for e in _events(text) if e[0] == "meeting"] == [
        ("meeting", ["Hiroshi Sato", "Lee Jong-ho"], "Osaka")]


def test_a_body_that_met_co_chaired_by_two_people_is_their_meeting():
    text = ("Japan–Korea group meets online\n\n"
            "The senior working group that Japan and Korea run on energy projects met by teleconference on May 16, "
            "co-chaired by Korean Vice Minister of Energy Lee Jong-ho and Japanese Vice Minister Hiroshi Sato.\n")
    assert [(e[0], sorted(a for a, _ in e[1])) for e in _events(text) if e[0] == "meeting"] == [
        ("meeting", ["Hiroshi Sato", "Lee Jong-ho"])]


def test_talks_after_a_welcome_ceremony_for_the_guest_give_the_guest_a_welcome():
    text = ("Lao and Thai leaders hold talks\n\n"
            "VIENTIANE, May 19 (KPL) – Lao President Thongloun Sisoulith and Srettha Thavisin, Prime Minister of "
            "Thailand, held talks in the capital after an official welcome ceremony for the Thai guest earlier in "
            "the day.\n")
    assert [e[:2] for e in _events(text) if e[0] == "welcome ceremony"] == [
        ("welcome ceremony", frozenset({("Srettha Thavisin", "visitor")}))]
    text = "Laos marks new year\n\nThe minister spoke after a welcome ceremony for the new year in Vientiane.\n"
    assert not [e for e in _events(text) if "ceremony" in e[0]]
