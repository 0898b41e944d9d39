"""Events of unseen articles the extractor used to miss: members of a body met as the body's
people, 'a series of meetings with the authorities of X', 'was present at the congress, which
opened in X on D', and a forum named with 'the' when nothing was told before it ('The general made
the remarks at the 8th Xyz Dialogue, the annual conference held in Y'), and what one announced or
proposed there, or said at an exhibition or a meeting no one is named holding ('announced the figure
at a press conference', 'made the proposal at the congress')."""

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2015-03-04"):
    art = extract_article(seed_from_text(text + "\n", date=date))
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.place, e.date) for e in art.events]


def test_members_of_a_body_met_make_a_meeting_of_the_one_who_met_them():
    evs = _events("Thai Prime Minister Srettha Thavisin met members of the Japan-Thailand Friendship Society "
                  "in Tokyo on March 4 during his official visit to Japan.")
    assert any(k == "meeting" and ps == [("Srettha Thavisin", "participant")] for k, ps, _, _ in evs), evs


def test_a_series_of_meetings_with_the_authorities_of_a_region():
    evs = _events("Indonesian Ambassador to Japan Heri Akhmadi held a series of meetings with the authorities "
                  "of Hokkaido in Sapporo on March 2, seeking support for Indonesian workers there.")
    assert any(k == "meeting" and ps == [("Heri Akhmadi", "participant")] for k, ps, _, _ in evs), evs


def test_meetings_in_the_plural_alone_are_still_no_event():
    evs = _events("Indonesian Ambassador to Japan Heri Akhmadi said regular meetings with the authorities "
                  "of Hokkaido had helped Indonesian workers.")
    assert not any(k == "meeting" for k, _, _, _ in evs), evs


def test_present_at_a_congress_that_opened_in_a_city_on_a_day():
    evs = _events("Amir Hamzah, a member of the party's central committee, was present at the Labour Party's "
                  "12th congress, which opened in Jakarta on March 3, 2015.")
    assert ("session", [("Amir Hamzah", "participant")], "Jakarta", "2015-03-03") in evs, evs


def test_the_general_speaking_at_a_named_dialogue_told_first():
    evs = _events("CANBERRA, June 7, 2015 - Australian Defence Chief General Peter Cosgrove confirmed on Sunday "
                  "that his country will buy three submarines.\n"
                  "The general made the remarks at the 14th Jakarta Security Dialogue, the annual regional "
                  "security conference held in Jakarta.", date="2015-06-07")
    assert any(k == "forum" and ps == [("Peter Cosgrove", "participant")] and place == "Jakarta"
               for k, ps, place, _ in evs), evs


def test_a_guest_visit_welcomed_by_the_host_under_his_title_is_no_new_visit():
    evs = _events("Health Minister Teodoro Herbosa on Wednesday afternoon received Japanese Ambassador to the "
                  "Philippines Kazuhiko Koshikawa at the headquarters of the Ministry of Health.\n"
                  "The minister welcomed the ambassador's visit and working session with the ministry.")
    assert [k for k, _, _, _ in evs] == ["reception"], evs


def test_a_cultural_exchange_a_province_staged_is_the_event_of_who_addressed_its_audience():
    evs = _events("The northern province of Chiang Mai staged a Thailand–Japan cultural exchange on Thursday, "
                  "October 29.\n"
                  "Addressing the audience, Somchai Wongsawat, vice governor of the province, said ties had "
                  "grown.\n"
                  "Japanese Consul General Hiroshi Tanaka said the two peoples were close.\n"
                  "\"Our towns carry the partnership forward,\" the consul general told the gathering.",
                  date="2020-10-30")
    assert ("ceremony", [("Somchai Wongsawat", "participant")], None, "2020-10-29") in evs, evs
    # the gathering is that exchange, not a meeting of its own
    assert not any(k == "meeting" for k, _, _, _ in evs), evs


def test_an_exchange_of_views_is_no_event_held():
    evs = _events("The two institutes held an exchange of views on Thursday.\n"
                  "At the exchange, Professor Somchai Wongsawat said cooperation had grown.", date="2020-10-30")
    assert not any(k == "ceremony" for k, _, _, _ in evs), evs


def test_a_charge_d_affaires_named_by_surname_is_a_person_at_the_ceremony():
    evs = _events("Goods were handed over at a ceremony in Manila on September 20.\n"
                  "Speaking at the ceremony, Indian Chargé d'Affaires Sharma conveyed the condolences of his "
                  "government.", date="2024-09-21")
    assert ("ceremony", [("Sharma", "participant")], "Manila", "2024-09-20") in evs, evs


def test_received_in_a_place_then_the_guest_with_no_comma():
    evs = _events("Rector Ivan Petrov on Monday received in Tomsk Nguyen Van Hai, head of the Vietnamese "
                  "students' association.")
    assert any(k == "reception" and ps == [("Ivan Petrov", "host"), ("Nguyen Van Hai", "visitor")]
               and place == "Tomsk" for k, ps, place, _ in evs), evs


def test_a_meeting_told_as_what_led_up_to_the_news_is_background():
    evs = _events("Rosoboronexport refused to close that deal, the paper said, largely after Chilean President "
                  "Gabriel Boric and Argentine President Javier Milei met recently.")
    assert not any(k == "meeting" for k, _, _, _ in evs), evs


def test_a_meeting_told_recently_in_the_main_clause_is_still_an_event():
    evs = _events("Chilean President Gabriel Boric and Argentine President Javier Milei met recently in Santiago.")
    assert any(k == "meeting" for k, _, _, _ in evs), evs



@pytest.mark.parametrize("text, kind, who", [
    # a proposal made at a congress named first: the session of who made it
    ("Malaysian youth leader Siti Rahmah made the proposal at the second congress of the Asian Youth Council, "
     "which wrapped up in Manila on March 2.", "session", "Siti Rahmah"),
    # a figure announced at a press conference: a forum of who announced it
    ("Tan Sri Mohamad Salleh, head of the Malaysian Chamber of Commerce, announced the figure at a press conference "
     "in Kuala Lumpur on Tuesday.", "forum", "Mohamad Salleh"),
    # remarks made at a meeting of ministers, held by no one named: a meeting of the speaker
    ("Thai Commerce Minister Jurin Laksanawisit made the remarks at a meeting of trade ministers held in Bangkok "
     "on March 3.", "meeting", "Jurin Laksanawisit"),
])
def test_what_one_made_known_at_a_gathering_puts_one_at_it(text, kind, who):
    evs = _events(text)
    assert any(k == kind and [n.split("Tan Sri ")[-1] for n, _ in ps] == [who] for k, ps, _, _ in evs), evs


def test_a_figure_announced_at_a_press_conference_takes_its_place_and_day():
    evs = _events("Mohamad Salleh announced the figure at a press conference in Kuala Lumpur on Tuesday.")
    assert ("forum", [("Mohamad Salleh", "participant")], "Kuala Lumpur", "2015-03-03") in evs, evs


def test_figures_announced_in_a_report_make_no_gathering():
    evs = _events("Tan Sri Mohamad Salleh announced the figure in a report on Tuesday.")
    assert not evs, evs


@pytest.mark.parametrize("text, kind, who, place", [
    ("A plenum of the Thai side of the Thailand-Japan Joint Committee opened on March 3, attended by General "
     "Prayut Chan-o-cha.", "session", "Prayut Chan-o-cha", None),
    ("A conference on maritime trade opened in Jakarta on March 3, attended by Foreign Minister Retno Marsudi.",
     "forum", "Retno Marsudi", "Jakarta"),
])
def test_an_event_that_opened_attended_by_someone_is_his(text, kind, who, place):
    assert (kind, [(who, "participant")], place, "2015-03-03") in _events(text)


def test_an_event_that_opened_with_no_one_attending_named_makes_no_row():
    assert not _events("A conference on maritime trade opened in Jakarta on March 3, attended by 300 delegates.")
