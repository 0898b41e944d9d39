"""Event forms the blind sets eval55-58 showed missing or wrong: messages sent from afar.
Sentences of our own: other people, places and dates than the sets'."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-12"  # a Friday


def _events(text: str, date: str = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=date)).events]


# messages ------------------------------------------------------------------------------------

def test_a_telegram_congratulating_someone_is_a_message_from_sender_to_recipient():
    evs = _events("Kazakh President Kassym-Jomart Tokayev has sent a telegram congratulating Mongolian Prime "
                  "Minister Luvsannamsrain Oyun-Erdene on his re-election.\n")
    assert evs == [("message", frozenset({("Kassym-Jomart Tokayev", "sender"),
                                          ("Luvsannamsrain Oyun-Erdene", "recipient")}), None, None)]


def test_a_message_sent_to_someone_is_dated_by_its_own_day_and_has_no_place():
    evs = _events("Prime Minister Anwar Ibrahim sent a congratulatory message on Tuesday to Christopher Luxon, "
                  "who has just become Prime Minister of New Zealand.\n")
    assert evs == [("message", frozenset({("Anwar Ibrahim", "sender"), ("Christopher Luxon", "recipient")}),
                    None, "2023-05-09")]


def test_congratulations_sent_and_a_congratulation_in_a_letter_are_messages():
    evs = _events("Indian Prime Minister Narendra Modi has sent his congratulations to Anthony Albanese on his "
                  "election as head of the Australian government.\n")
    assert [e[:2] for e in evs] == [("message", frozenset({("Narendra Modi", "sender"),
                                                           ("Anthony Albanese", "recipient")}))]
    evs = _events("President Joko Widodo congratulated Ferdinand Marcos in a letter on Monday.\n")
    assert [e[0] for e in evs] == ["message"]


def test_no_message_from_a_body_or_in_a_hypothetical():
    assert _events("The ministry sent a message to Ambassador Pavel Orlov.\n") == []
    assert _events("If elected, Senator Maria Santos would send a message to President Joko Widodo.\n") == []


def test_a_message_is_no_meeting_for_the_engine_and_its_line_says_who_sent_it():
    from knowledge.answer.records import event_family
    from knowledge.reply import event_line

    assert event_family("message") == "other"
    assert event_line("message", [("Joko Widodo", "sender"), ("Ferdinand Marcos", "recipient")], None,
                      "on 8 May 2023") == "Joko Widodo sent a message to Ferdinand Marcos on 8 May 2023."
