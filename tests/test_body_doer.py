""""Who organised / co-hosted / backed X" answered by a body doing the act: its subject ("The union
organised the cup"), its partner after "with" ("co-hosted the fair with the council"), the giver
of support ("with support from the bank"), or the act's noun ("Organisers were …"); a body merely
present or the subject of a passive is none. Sentences written for this test."""

from __future__ import annotations

from knowledge.answer.body_doer import body_does
from knowledge.answer.holders import agent_written

NAMES = {1: ("Kazan Sambo Union",), 2: ("British Council",), 3: ("Lukoil",)}
KINDS = {1: "org", 2: "org", 3: "org", 4: "person"}
TIES = {1: "named", 2: "named", 3: "named"}


def does(text: str, verb: str, asked: set[int] = frozenset()) -> bool:
    return body_does(text, [verb], TIES, KINDS, set(asked), lambda a: NAMES.get(a, ()))


def test_a_body_as_the_subject_of_the_asked_verb():
    assert does("The Kazan Sambo Union organised the tournament in May.", "organised")
    assert does("The Kazan Sambo Union in Tatarstan has also organised the cup.", "organised")
    assert does("The Kazan Sambo Union and the British Council jointly organised the evening.", "organised")
    assert does("The British Council hosted the reading.", "organised")  # a verb of the same act


def test_a_body_as_partner_supporter_or_named_by_the_acts_noun():
    assert does("The province co-hosted the fair with the British Council.", "hosted")
    assert does("Students organised the week with support from Lukoil and local residents.", "backed")
    assert does("Organisers were the British Council and the city library.", "organised")


def test_a_body_present_asked_or_acted_upon_is_no_doer():
    assert not does("Staff of the Kazan Sambo Union took part in the cup.", "organised")
    assert not does("The British Council was organised by the city.", "organised")
    assert not does("The Kazan Sambo Union organised the tournament.", "organised", {1})
    assert not does("Students organised the week with support from Lukoil.", "organised")
    assert not does("The British Council opened the fair.", "organised")


def test_an_adverb_before_by():
    assert agent_written("The fair was organised jointly by the city's youth union.", ["organised"])
