"""A yes/no question asks a visit or presence only when its act is one and its subject is named."""

from knowledge.answer.presence_asked import asks_presence
from knowledge.question import parse


def test_being_somewhere_by_name_is_presence() -> None:
    assert asks_presence(parse("Was Angela Merkel in Lisbon in 2011?", "en"))
    assert asks_presence(parse("Were Merkel and Rutte at the Porto summit?", "en"))


def test_another_act_or_a_thing_is_not() -> None:
    assert not asks_presence(parse("Is Sines one of several ports in Portugal?", "en"))
    assert not asks_presence(parse("Was the Sagres built in Germany?", "en"))
    assert not asks_presence(parse("Does Portugal still value its ties with Berlin?", "en"))


def test_a_role_is_no_one_named() -> None:
    assert not asks_presence(parse("Was the head of the port authority at the Lisbon ceremony?", "en"))


def test_a_visit_family_still_asks() -> None:
    assert asks_presence(parse("Did Angela Merkel visit Lisbon?", "en"))


def test_attending_by_name_is_presence() -> None:
    assert asks_presence(parse("Did Angela Merkel attend the cup final in Porto?", "en"))
    assert not asks_presence(parse("Did Angela Merkel sign the deal in Porto?", "en"))
