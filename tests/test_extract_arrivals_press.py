"""Events told in other frames than a meeting verb: an arrival abroad, talks told through what
was said at them ('told his guest during their talks'), a congress and who addressed it, a
press meeting an article leads with, a port call of ships whose commander is named later, and
an end date written 'until' — general mechanisms on sentences of our own (other people,
places and dates than any evaluation's)."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _events(body: str, pub: str = PUB):
    art = extract_article(seed_from_text("Title\n\n" + body, date=pub))
    return [(e.kind, {(p.actor, p.role) for p in e.participants}, e.place, e.date, e.date_end) for e in art.events]


def test_an_arrival_abroad_is_a_visit_and_talks_are_told_by_what_was_said_at_them():
    evs = _events("Mongolian Defence Minister Gursed Saikhanbayar flew into Vientiane on Monday to meet Laos' "
                  "leaders.\n\"Our ties are strong,\" Lao Defence Minister Chansamone Chanyalath told his guest "
                  "during their talks on Tuesday.\n")
    assert ("visit", {("Gursed Saikhanbayar", "visitor"), ("Laos", "host")}, "Vientiane", "2023-05-15", None) in evs
    assert [(e[1], e[3]) for e in evs if e[0] == "talks"] == [
        ({("Chansamone Chanyalath", "participant"), ("Gursed Saikhanbayar", "participant")}, "2023-05-16")]


def test_talks_told_by_what_a_host_told_his_guest_at_them():
    evs = _events("Mongolian Defence Minister Gursed Saikhanbayar is paying an official visit to Laos.\n\"Our ties are "
                  "strong,\" Lao Defence Minister Chansamone Chanyalath told his guest during their talks on Tuesday.\n")
    assert [(e[1], e[3]) for e in evs if e[0] == "talks"] == [
        ({("Chansamone Chanyalath", "participant"), ("Gursed Saikhanbayar", "participant")}, "2023-05-16")]


@pytest.mark.parametrize("body", [
    "Lao Prime Minister Sonexay Siphandone arrived in Vientiane on Friday after a trip abroad.\n",  # home
    "Prime Minister Sonexay Siphandone arrived in Hanoi on Friday.\n",  # of no known country
    "Lao Prime Minister Sonexay Siphandone arrived in Hanoi on Friday for an official visit to Vietnam.\n",
])
def test_an_arrival_home_or_of_a_visit_told_already_makes_no_second_visit(body):
    evs = _events(body)
    assert len([e for e in evs if "visit" in e[0]]) <= 1
    assert all("visit" in e[0] for e in evs) and not any(e[0] == "visit" and "Vientiane" == e[2] for e in evs)


def test_a_congress_is_a_session_of_those_who_address_it():
    evs = _events("VIENTIANE, May 12 – The Laos–Cambodia Friendship Association of Champasak province held its "
                  "fourth congress in Pakse city on May 12.\nAddressing the congress, Vilayvanh Bouddakham, Governor "
                  "of the province, urged the association to do more.\n")
    assert [(e[0], e[1], e[3]) for e in evs] == [("session", {("Vilayvanh Bouddakham", "participant")}, "2023-05-12")]


@pytest.mark.parametrize("body, who", [
    ("VIENTIANE – Lao Ambassador Khamphao Ernthavanh told journalists in Vientiane on May 16 that Lao Culture Days "
     "would be held in Hanoi in June.\n", "Khamphao Ernthavanh"),
    ("PHNOM PENH – Tourism is growing, the Lao consul general in Pakse said on Tuesday. Sounthone Xayachack made the "
     "remarks at a meeting with reporters.\n", "Sounthone Xayachack"),
])
def test_a_press_meeting_an_article_leads_with_is_a_meeting_of_the_speaker(body, who):
    evs = _events(body)
    assert [(e[0], e[1]) for e in evs] == [("meeting", {(who, "participant")})]


def test_a_remark_to_reporters_after_talks_is_no_meeting_of_its_own():
    evs = _events("Lao President Thongloun Sisoulith held talks with Cambodian King Norodom Sihamoni in Vientiane on "
                  "Monday.\n\"Our trade will double,\" Thongloun told reporters after the talks.\n")
    assert [e[0] for e in evs] == ["talks"]


@pytest.mark.parametrize("body, leader, place, dates", [
    ("Three ships of the Indian Eastern Fleet arrived in Hai Phong on Saturday for a four-day visit that will last "
     "until May 17.\nThe group is made up of two frigates and a tanker.\nThe Indian naval delegation is headed by "
     "Rear Admiral Rajesh Dhankhar.\n", "Rajesh Dhankhar", "Hai Phong", ("2023-05-13", "2023-05-17")),
    ("A group of three vessels from the Eastern Fleet of the Indian Navy docked at Cam Ranh International Port in "
     "central Vietnam on Thursday, beginning a visit that will last five days. Some 500 sailors are on board, under "
     "the command of Sanjay Bhalla.\n", "Sanjay Bhalla", "Vietnam", ("2023-05-18", None)),
])
def test_a_port_call_of_ships_is_the_visit_of_the_commander_named_after_it(body, leader, place, dates):
    evs = _events("Vietnam welcomes Indian sailors\n\n" + body)
    assert [(e[0], e[1], e[2], e[3:]) for e in evs] == [
        ("visit", {(leader, "visitor"), ("Vietnam", "host")}, place, dates)]


def test_a_russian_family_name_the_model_leaves_untagged_is_a_person():
    evs = _events("Three ships of the Russian Baltic Fleet arrived in Hai Phong on Saturday for a four-day visit.\n"
                  "Some 400 sailors are on board, under the command of Igor Kovalenko.\n")
    assert [(e[0], e[1], e[2]) for e in evs] == [("visit", {("Igor Kovalenko", "visitor")}, "Hai Phong")]


def test_a_visit_that_will_last_until_a_day_after_publication_ends_that_day():
    evs = _events("Three ships of the Indian Eastern Fleet arrived in Hai Phong on Saturday for a four-day visit that "
                  "will last until May 17.\nThe Indian naval delegation is headed by Rear Admiral Rajesh Dhankhar.\n",
                  pub="2023-05-13")
    assert [e[3:] for e in evs] == [("2023-05-13", "2023-05-17")]


def test_ships_whose_commander_is_never_named_make_no_visit():
    evs = _events("Three ships of the Indian Eastern Fleet arrived in Hai Phong on Saturday for a four-day visit.\n"
                  "The group is made up of two frigates and a tanker.\n")
    assert evs == []


@pytest.mark.parametrize("body, who", [
    ("A Lao People's Revolutionary Party delegation headed by Thongsavanh Phomvihane has taken part in the congress "
     "of Cambodia's ruling People's Party.\n", "Thongsavanh Phomvihane"),
    ("Lao Minister Saleumxay Kommasith took part in the congress of the Cambodian party in Phnom Penh on Monday.\n",
     "Saleumxay Kommasith"),
])
def test_taking_part_in_a_congress_is_a_session_of_who_took_part(body, who):
    assert [(e[0], e[1]) for e in _events(body)] == [("session", {(who, "participant")})]


def test_a_delegation_met_by_a_province_s_unnamed_leaders_is_a_meeting_of_its_head():
    evs = _events("The leadership of Champasak province met on Monday with a delegation of Cambodia's Senate headed "
                  "by its Deputy President Kong Sam Ol to discuss trade.\n"
                  "The leadership of Champasak province met on Tuesday with students.\n")
    assert [(e[0], e[1], e[3]) for e in evs] == [("meeting", {("Kong Sam Ol", "participant")}, "2023-05-15")]


def test_a_reception_told_right_after_a_visit_to_a_body_is_that_visit_s_hosting():
    evs = _events("Lao Ambassador Khamphao Ernthavanh paid a courtesy visit to the Vietnam Institute of Archaeology "
                  "on Friday.\nHe was received at the institute's headquarters in Hanoi by its director Nguyen Giang "
                  "Hai.\n")
    assert [(e[0], e[1], e[2], e[3]) for e in evs] == [
        ("visit", {("Khamphao Ernthavanh", "visitor"), ("Nguyen Giang Hai", "host")}, "Hanoi", "2023-05-19")]


def test_a_reception_after_a_visit_to_a_state_stays_an_event_of_its_own():
    evs = _events("Lao Prime Minister Sonexay Siphandone paid an official visit to Vietnam on Thursday.\n"
                  "He was received in Hanoi by Vietnamese President Vo Van Thuong.\n")
    assert sorted(e[0] for e in evs) == ["official visit", "reception"]


def test_a_reception_told_right_after_a_visit_names_who_hosted_the_visit():
    evs = _events("Lao Prime Minister Sonexay Siphandone travelled to Quang Binh province on Thursday as his "
                  "official visit to Vietnam continued.\nHe was welcomed by Vietnamese Deputy Prime Minister Tran "
                  "Luu Quang.\n")
    visit = next(e for e in evs if "visit" in e[0])
    assert ("Tran Luu Quang", "host") in visit[1] and ("Sonexay Siphandone", "visitor") in visit[1]
    assert not any(r == "host" and "Quang Binh" in a for a, r in visit[1])
    assert any(e[0] == "reception" for e in evs)


def test_a_reception_of_another_guest_after_a_visit_names_no_host_of_it():
    evs = _events("Lao Prime Minister Sonexay Siphandone paid an official visit to Vietnam on Thursday.\n"
                  "Vietnamese President Vo Van Thuong received Cambodian Senate President Hun Sen on Friday.\n")
    visit = next(e for e in evs if "visit" in e[0])
    assert not any(a == "Vo Van Thuong" for a, _ in visit[1])


def test_a_reception_retold_after_the_sentence_that_told_it_during_a_visit_adds_no_host():
    evs = _events("Lao President Thongloun Sisoulith was received by Vietnamese President Vo Van Thuong in Hanoi "
                  "on Thursday, during his official visit to Vietnam from Wednesday to Friday.\n"
                  "Thuong welcomed the Lao leader and praised the two countries' special ties.\n")
    visit = next(e for e in evs if "visit" in e[0])
    assert not any(a == "Vo Van Thuong" for a, _ in visit[1])



@pytest.mark.parametrize("body, who", [
    ("Hanoi wants more flights from Kazan, tourism official Pavel Orlov told reporters.\n", "Pavel Orlov"),
    ("\"We share the grief of the families,\" spokeswoman Tran Thi Lan told the press.\n", "Tran Thi Lan"),
    ("Governor Pavel Gromov told journalists the plant would open next spring.\n", "Pavel Gromov"),
])
def test_a_bare_remark_to_reporters_is_a_press_meeting_below_the_stating_threshold(body, who):
    # no day, place or party of the press of its own: mostly where a quote comes from, never stated
    art = extract_article(seed_from_text("Title\n\n" + body, date=PUB))
    assert [(e.kind, e.participants[0].actor, e.confidence < 0.5) for e in art.events] == [("meeting", who, True)]


def test_a_remark_to_a_visiting_party_of_journalists_is_a_press_meeting():
    art = extract_article(seed_from_text("Title\n\nThe governor of Tomsk region, Viktor Rudenko, told a group of "
                                         "visiting foreign journalists that his region wants Vietnamese investors.\n",
                                         date=PUB))
    assert [(e.kind, e.participants[0].actor, e.confidence >= 0.5) for e in art.events] == [
        ("meeting", "Viktor Rudenko", True)]
