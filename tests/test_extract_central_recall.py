"""Central events in wider phrasing (issue 7, recall): a meeting told by how one felt at it ('was
glad to meet again with X'), talks told by what was done at them when the verb is one of reviewing
('At the talks, A and B reviewed ...'), a party's visit told as its stay in a place ('has been
working in Da Nang since Monday', 'led by X, was in Novosibirsk from ... to ...'), and a forum's
chairs named after it ('It / The event was co-chaired by A and B', 'A shared the chair with B') —
and none of them where the same words tell something else: a meeting
still to come, talks reviewed, a stay of long ago, a reported 'he' whose speaker is unknown."""

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _rows(text, date="2023-10-11"):
    """(kind, {(person, role)}, place, date) of the events with people."""
    evs = extract_article(seed_from_text(text, date=date)).events
    return [(e.kind, {(p.actor, p.role) for p in e.participants}, e.place, e.date) for e in evs if e.participants]


def test_glad_to_meet_again_is_a_meeting():
    text = ("HANOI, October 10, 2023 (VNA) – Deputy Prime Minister Le Van Thanh said he was glad to meet again "
            "with Russian Deputy Prime Minister Yuri Trutnev in Hanoi on Tuesday.\n")
    assert _rows(text) == [("meeting", {("Le Van Thanh", "participant"), ("Yuri Trutnev", "participant")},
                            "Hanoi", "2023-10-10")]


def test_glad_to_meet_again_after_talks_is_those_talks():
    text = ("HANOI, October 10, 2023 (VNA) – Deputy Prime Minister Le Van Thanh held talks with Russian Deputy "
            "Prime Minister Yuri Trutnev in Hanoi on Tuesday.\n\n"
            "Trutnev said he was pleased to meet Thanh again.\n")
    assert [r[0] for r in _rows(text)] == ["talks"]


def test_would_be_glad_to_meet_is_no_meeting():
    text = ("HANOI, October 10, 2023 (VNA) – Deputy Prime Minister Le Van Thanh said he would be glad to meet "
            "Russian Deputy Prime Minister Yuri Trutnev in Hanoi.\n")
    assert _rows(text) == []


def test_talks_told_by_what_was_reviewed_at_them():
    text = ("HANOI, October 10, 2023 (VNA) – Vietnam and Russia agreed to expand trade in farm produce.\n\n"
            "At the talks in Hanoi on Tuesday, Agriculture Minister Le Minh Hoan and his Russian counterpart "
            "Dmitry Patrushev reviewed cooperation.\n")
    talks = [r for r in _rows(text) if r[0] == "talks"]
    assert talks == [("talks", {("Le Minh Hoan", "participant"), ("Dmitry Patrushev", "participant")},
                      "Hanoi", "2023-10-10")]


def test_talks_reviewed_are_no_new_talks():
    text = ("HANOI, October 10, 2023 (VNA) – Agriculture Minister Le Minh Hoan and Russian Agriculture Minister "
            "Dmitry Patrushev agreed to expand trade in farm produce.\n\n"
            "They reviewed the talks they held in Moscow last year.\n")
    assert not [r for r in _rows(text) if r[0] == "talks"]


def test_a_reported_he_of_an_unknown_speaker_is_no_one_else():
    text = ("KAZAN, October 10, 2023 (VNA) – Deputy Prime Minister Tran Hong Ha travelled to Kazan on Tuesday.\n\n"
            "He was welcomed by Tatarstan President Rustam Minnikhanov.\n\n"
            "The head of the republic cited the region's farms as a model.\n\n"
            "The Vietnamese guest official said he was glad to be visiting the region.\n")
    assert not [r for r in _rows(text) if ("Rustam Minnikhanov", "visitor") in r[1]]


def test_a_party_working_in_a_city_since_monday_is_its_leaders_visit():
    text = ("DA NANG, October 11, 2023 (VNA) – A delegation from Ural Federal University has been working in "
            "Da Nang since Monday as part of a Russian education week.\n\n"
            "The team is headed by Sergei Kuznetsov, the university's vice-rector.\n")
    assert _rows(text) == [("visit", {("Sergei Kuznetsov", "visitor")}, "Da Nang", "2023-10-09")]


def test_a_party_working_in_a_city_since_years_is_no_visit():
    text = ("DA NANG, October 11, 2023 (VNA) – A delegation from Ural Federal University has been working in "
            "Da Nang since 2015.\n\nThe team is headed by Sergei Kuznetsov, the university's vice-rector.\n")
    assert _rows(text) == []


def test_a_party_led_by_someone_in_a_city_from_day_to_day_is_a_visit():
    text = ("MOSCOW, October 11, 2023 (VNA) – A delegation of the Hanoi University of Science, led by Professor "
            "Le Quoc Hung, was in Novosibirsk, Russia, from October 2 to 6.\n")
    assert _rows(text) == [("visit", {("Le Quoc Hung", "visitor"), ("Russia", "host")}, "Novosibirsk", "2023-10-02")]


def test_a_party_at_home_is_no_visit():
    text = "HANOI, October 11, 2023 (VNA) – A delegation of Vietnam's largest firms, led by Le Quoc Hung, is in Hanoi.\n"
    assert _rows(text) == []


@pytest.mark.parametrize("text, place", [
    ("CAN THO, October 10, 2023 (VNA) – A workshop on river management was held in Can Tho on Tuesday.\n\n"
     "It was co-chaired by Professor Nguyen Van Long, the institute's director, and Professor Igor Smirnov, "
     "director of the Russian partner.\n", "Can Tho"),
    ("HANOI, October 10, 2023 (VNA) – A round table on energy was held in Hanoi on Tuesday.\n\n"
     "Vietnamese Deputy Minister Nguyen Van Long and Russian Deputy Minister Igor Smirnov co-chaired the "
     "event, which drew 60 firms.\n", "Hanoi"),
    ("GENEVA, October 10, 2023 (VNA) – A conference on maritime law was held in Geneva on Tuesday.\n\n"
     "Ambassador Nguyen Van Long, who heads Vietnam's mission, shared the chair with Russia's envoy Igor "
     "Smirnov.\n", "Geneva"),
])
def test_the_chairs_named_after_a_forum_are_its_people(text, place):
    """'It was co-chaired by A and B', 'A and B co-chaired the event', 'A shared the chair with B'."""
    assert _rows(text) == [("forum", {("Nguyen Van Long", "participant"), ("Igor Smirnov", "participant")},
                            place, "2023-10-10")]
