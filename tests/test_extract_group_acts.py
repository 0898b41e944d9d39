"""A delegation's own visit or meeting whose leader a later sentence names ('A delegation from X
visited Y. The guests were led by W.', '... W, head of the delegation, said'): W is its visitor;
and a group received, 'The visitors ... were led by W'. Sentences of our own (Kazakh, Lao, Thai
people and places), not from any evaluation set."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _events(text: str):
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=PUB)).events]


def test_a_delegation_visit_whose_guests_are_said_to_be_led_by_a_person():
    evs = _events("On May 4, a delegation from the Consulate General of Laos in Kazan visited the Kazan Federal "
                  "University.\nThe Lao guests were led by Consul General Khamphao Ernthavanh, who came with his "
                  "assistant.\n")
    assert ("visit", [("Khamphao Ernthavanh", "visitor")], "Kazan", "2023-05-04") in evs, evs


def test_a_delegation_meeting_whose_head_is_named_next():
    evs = _events("A delegation from the Budget Committee of Kazakhstan's Mazhilis met leaders of Chiang Mai "
                  "province on May 17 to discuss a new road.\nYerlan Sairov, deputy chairman of the committee and "
                  "head of the delegation, said work was slow.\n")
    assert ("meeting", [("Yerlan Sairov", "visitor")], None, "2023-05-17") in evs, evs


def test_the_head_of_the_delegation_in_apposition():
    evs = _events("A delegation from Kazakhstan visited Vientiane on Monday.\nThe head of the delegation, Deputy "
                  "Minister Yerlan Sairov, said ties were strong.\n")
    assert any(k == "visit" and ("Yerlan Sairov", "visitor") in ps and d == "2023-05-15" for k, ps, _, d in evs), evs


def test_visitors_received_who_came_from_a_body_and_were_led_by_a_person():
    evs = _events("Deputy Prime Minister Saleumxay Kommasith received a Thai delegation at the Government office on "
                  "Monday.\nThe visitors came from the Thai Audit Office and were led by Somchai Wongsawat, its "
                  "chairman.\n")
    assert ("reception", [("Saleumxay Kommasith", "host"), ("Somchai Wongsawat", "visitor")], None,
            "2023-05-15") in evs, evs


def test_no_leader_named_no_event_and_a_named_head_is_not_doubled():
    assert not [e for e in _events("A delegation from Kazakhstan visited Vientiane on Monday.\n"
                                   "The weather was fine.\n") if e[0] in ("visit", "meeting")]
    evs = _events("A delegation headed by Deputy Minister Yerlan Sairov visited Vientiane on Monday.\n"
                  "The head of the delegation, Yerlan Sairov, said ties were strong.\n")
    assert sum(1 for k, ps, _, _ in evs if k == "visit" and ("Yerlan Sairov", "visitor") in ps) == 1, evs


def test_a_visit_planned_by_a_delegation_is_not_noted():
    evs = _events("A delegation from Kazakhstan will visit Vientiane next week.\n"
                  "The head of the delegation, Deputy Minister Yerlan Sairov, said ties were strong.\n")
    assert not [e for e in evs if e[0] == "visit"], evs


def test_the_head_of_another_group_is_no_guest():
    evs = _events("Later, Vice-Rector Somchai Wongsawat welcomed the delegation at the rectorate.\nProfessor Bounleua "
                  "Sinxayvoravong and Yerlan Sairov, head of the Kazakh national group, also attended the meeting.\n")
    assert not any(("Yerlan Sairov", "visitor") in ps for _, ps, _, _ in evs), evs


def test_a_received_delegation_whose_head_is_named_after_a_sentence_about_the_talks():
    evs = _events("Vientiane Mayor Atsaphangthong Siphandone hosted a delegation from Thailand's Ministry of "
                  "Culture at the city hall on Monday.\nThe talks were devoted to festivals and museums.\nHeading "
                  "the visiting group was Sermsak Pongpanich, Thailand's Minister of Culture.\n")
    assert any(k == "reception" and ps == [("Atsaphangthong Siphandone", "host"), ("Sermsak Pongpanich", "visitor")]
               for k, ps, _, _ in evs), evs


def test_the_head_of_the_delegation_named_by_its_side():
    """'The head of the Kazakh delegation, W': the group visiting, named by its side, is the one led."""
    evs = _events("A delegation of the Kazakh Mining Institute has made a study visit to a university in Kazan.\n"
                  "The visitors toured the laboratories.\nThe head of the Kazakh delegation, Yerlan Sairov, said "
                  "the visit was useful.\n")
    assert any(k == "visit" and ps == [("Yerlan Sairov", "visitor")] for k, ps, _, _ in evs), evs
