"""Courtesy calls told by the verb ('X called on Y'), letters received ('B received a letter of
thanks from A' is A's message, never a reception of A), messages 'of congratulations to B', and
'the same day' after a day an earlier sentence names with no event of its own, the meeting a
sayer was 'speaking at', a host's greeting of a flight's passengers, and how two 'first' or
'last met' as background (issue 7: a wrong field is worse than an empty one). Sentences of our own:
other people, places and dates."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _events(text: str, date: str = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=date)).events]


def test_calling_on_a_named_person_is_a_courtesy_call_of_the_caller():
    evs = _events("JAKARTA (Antara) – New Lao Ambassador Khamphao Ernthavanh called on Indonesian Foreign "
                  "Minister Retno Marsudi in Jakarta on Tuesday.\n")
    assert evs == [("courtesy call", frozenset({("Khamphao Ernthavanh", "visitor"), ("Retno Marsudi", "host")}),
                    "Jakarta", "2023-05-16")]


def test_a_farewell_call_is_a_courtesy_call():
    evs = _events("Outgoing Thai Ambassador Chutintorn Gongsakdi paid a farewell call on Cambodian Prime "
                  "Minister Hun Manet in Phnom Penh on Monday.\n")
    assert [e[:2] for e in evs] == [("courtesy call", frozenset({("Chutintorn Gongsakdi", "visitor"),
                                                                 ("Hun Manet", "host")}))]


def test_calling_on_someone_to_act_or_on_a_day_is_no_call():
    assert _events("Indonesian President Joko Widodo called on Ferdinand Marcos to resume the fishery talks.\n") == []
    assert _events("Indonesian President Joko Widodo called on Monday for calm in the region.\n") == []


def test_a_letter_received_from_someone_is_their_message_not_a_reception():
    evs = _events("Malaysian Prime Minister Anwar Ibrahim on Monday received a letter of thanks from Singaporean "
                  "Prime Minister Lee Hsien Loong.\n")
    assert evs == [("message", frozenset({("Lee Hsien Loong", "sender"), ("Anwar Ibrahim", "recipient")}),
                    None, "2023-05-15")]


def test_receiving_a_thing_is_no_reception():
    evs = _events("Philippine President Ferdinand Marcos received the first batch of vaccines from Japanese "
                  "Prime Minister Fumio Kishida on Wednesday.\n")
    assert not any(k == "reception" for k, *_ in evs)


def test_a_message_of_congratulations_goes_to_whom_it_is_addressed():
    evs = _events("Thai Prime Minister Srettha Thavisin has sent a message of congratulations to Indonesian "
                  "President Joko Widodo on the country's Independence Day.\n")
    assert [e[:2] for e in evs] == [("message", frozenset({("Srettha Thavisin", "sender"),
                                                           ("Joko Widodo", "recipient")}))]


def test_the_same_day_is_the_day_an_earlier_sentence_names_not_the_page_date():
    evs = _events("The Bangkok Days festival got under way on May 15 at the Siam Theatre in Bangkok.\n"
                  "The Jakarta delegation headed by Heru Budi Hartono called the same day on Governor "
                  "Chadchart Sittipunt.\n")
    assert [(e[0], e[3]) for e in evs] == [("courtesy call", "2023-05-15")]


def test_a_meeting_the_sayer_was_speaking_at_is_the_sayers():
    evs = _events("Indonesian Foreign Minister Retno Marsudi said on Tuesday, speaking in Jakarta at a meeting "
                  "with Australian Foreign Minister Penny Wong, that the two countries would expand trade.\n")
    assert [e[:3] for e in evs] == [("meeting", frozenset({("Retno Marsudi", "participant"),
                                                           ("Penny Wong", "participant")}), "Jakarta")]


def test_a_host_greeting_an_arriving_flights_passengers_holds_its_welcome_there_that_day():
    evs = _events("A Scoot plane with 180 Singaporean tourists took off from Changi and landed at Phu Quoc "
                  "early on Tuesday.\nKien Giang Vice Chairman Le Quoc Anh greeted the passengers at the foot "
                  "of the steps, handing them flowers.\n")
    assert [(e[0], e[1], e[3]) for e in evs] == [("welcome ceremony", frozenset({("Le Quoc Anh", "host")}),
                                                  "2023-05-16")]


def test_greeting_guests_with_no_arrival_told_is_no_welcome_ceremony():
    assert _events("Deputy Prime Minister Tran Luu Quang greeted the guests at a gala dinner in Hanoi on "
                   "Tuesday.\n") == []


def test_how_two_first_or_last_met_is_recalled_not_stored():
    evs = _events("Prime Minister Anwar Ibrahim held phone talks with Thai Prime Minister Srettha Thavisin on "
                  "Wednesday.\nThe two leaders first met in Bangkok in October.\nThey last met in Jakarta in "
                  "March.\n")
    assert [e[0] for e in evs] == ["phone call"]


def test_first_then_is_a_sequence_of_the_news_not_a_recollection():
    evs = _events("Prime Minister Anwar Ibrahim first met Thai Prime Minister Srettha Thavisin in Bangkok on "
                  "Wednesday and then visited a rubber plant.\n")
    assert ("meeting", frozenset({("Anwar Ibrahim", "participant"), ("Srettha Thavisin", "participant")}),
            "Bangkok", "2023-05-17") in evs
