"""Central events of articles whose lead names nobody (issue 7): a ceremony a body held whose
people the next sentence lists as its guests ('Among the guests were A and B', 'Guests included
C'), and a message 'cabled' to a leader."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _rows(text, date="2022-10-12"):
    art = extract_article(seed_from_text(text, date=date))
    return [(e.kind, {(p.actor, p.role) for p in e.participants}, e.place) for e in art.events]


def test_guests_listed_after_a_ceremony_a_body_held_are_its_people():
    text = ("The Belarusian Embassy in Vietnam has held a ceremony in Hanoi to mark Independence Day.\n\n"
            "Among the guests were Deputy Minister Lê Thị Thu Hằng and Ambassador Oleg Kovalev.\n")
    assert ("ceremony", {("Lê Thị Thu Hằng", "participant"), ("Oleg Kovalev", "participant")}, "Hanoi") in _rows(text)


def test_guests_included_after_a_reception_a_body_held_are_its_people():
    text = ("The Indonesian Consulate General in Vladivostok held a reception on Friday to mark its national day.\n\n"
            "Guests included Vice Governor Pavel Sergeyev and businessman Anton Lisin.\n")
    rows = _rows(text)
    assert any({("Pavel Sergeyev", "participant"), ("Anton Lisin", "participant")} <= r[1] for r in rows)


def test_guests_with_no_event_told_before_make_no_event():
    text = ("The two economies have grown quickly over the past decade.\n\n"
            "Among the guests were Deputy Minister Lê Thị Thu Hằng and Ambassador Oleg Kovalev.\n")
    assert _rows(text) == []


def test_a_message_cabled_to_a_leader_is_a_message():
    text = ("HANOI — Prime Minister Lê Văn Thành has cabled a message of sympathy to Chilean President "
            "Ana Morales following the earthquake in the north of her country.\n")
    assert ("message", {("Lê Văn Thành", "sender"), ("Ana Morales", "recipient")}, None) in _rows(text)
