"""Interviews told by the reporter of an outlet ('spoke to a Xinhua correspondent', 'speaking to
reporters of the newspaper Izvestia'), by a clause whose main verb is the talk to an outlet ('X
spoke to Interfax before ...') and by the outlet publishing it ('The daily X published an
interview with Y') — and none for reporters of no named outlet or a talk still to come."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _interviews(text, date):
    art = extract_article(seed_from_text(text, date=date))
    return [{(p.actor, p.role) for p in e.participants} for e in art.events if e.kind == "interview"]


_OPENING = ("KAZAN, May 4 – Tatarstan expects exports of farm machinery to Laos to double this year.\n\n"
            "Shipments rose by 12 percent in the first quarter.\n\n")


def test_correspondent_of_a_named_agency_is_an_interview():
    text = _OPENING + ("Economist Irina Volkova, who advises the regional government, spoke to a Xinhua News "
                       "Agency correspondent on Tuesday.\n")
    assert _interviews(text, "2022-05-04") == [{("Irina Volkova", "participant")}]


def test_speaking_to_reporters_of_a_newspaper_is_an_interview():
    text = _OPENING + ("Trade envoy Marat Galeev said the plant would open in June.\n\n"
                       "He made the comments while speaking to reporters of the newspaper Izvestia in Kazan.\n")
    assert _interviews(text, "2022-05-04") == [{("Marat Galeev", "participant")}]


def test_spoke_to_an_agency_as_the_main_clause_is_an_interview():
    text = _OPENING + "Marat Galeev spoke to Interfax before the delegation left for Vientiane.\n"
    assert _interviews(text, "2022-05-04") == [{("Marat Galeev", "participant")}]


def test_an_outlet_publishing_an_interview_with_a_person():
    text = ("The daily Kommersant on May 3 published an interview with Boris Antonov, head of the Tatarstan "
            "chamber of commerce, in which he praised exporters.\n")
    assert _interviews(text, "2022-05-04") == [{("Boris Antonov", "participant")}]


def test_reporters_of_no_outlet_or_a_talk_to_come_is_no_interview():
    text = _OPENING + ("Marat Galeev spoke to reporters after the fair closed.\n\n"
                       "Irina Volkova will speak to Interfax next week.\n")
    assert _interviews(text, "2022-05-04") == []


def test_fronted_speaking_to_a_correspondent_is_no_interview():
    text = _OPENING + ("Speaking to a Xinhua correspondent, Irina Volkova said the harvest of the new combines "
                       "had been strong.\n")
    assert _interviews(text, "2022-05-04") == []


def test_speaking_to_reporters_of_an_agency_by_a_meeting_is_no_interview():
    text = _OPENING + ("Marat Galeev made the remarks while speaking to reporters of the Interfax agency on the "
                       "sidelines of the meeting.\n\nIrina Volkova spoke to a Xinhua correspondent after the meeting.\n")
    assert _interviews(text, "2022-05-04") == []


def test_a_correspondent_talk_of_someone_at_another_event_is_no_interview():
    text = ("KAZAN, May 4 – Trade envoy Marat Galeev met Lao Deputy Minister Somphone Keola in Kazan on Monday.\n\n"
            "Galeev later spoke to a Xinhua News Agency correspondent.\n")
    assert _interviews(text, "2022-05-04") == []

