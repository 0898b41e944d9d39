"""What a reader takes as written though the words differ from the question's: a port named as "the port
of X" or "X Port" (spaCy reads it as an organisation), a noun of a name the store knows that is no head
noun asked, a superlative of rank, "4.000" for "4,000", "an eight-page statement" for how many pages. Sentences written for these tests."""

from __future__ import annotations

import sqlite3

from knowledge.answer import detail_shown, kind_shown
from knowledge.answer.anchors_unwritten import _figure_written
from knowledge.answer.rank import counts

_ASKED = {"which", "korean", "port", "does", "the", "ferry", "sail", "to", "from", "haiphong"}


def test_a_port_named_beside_its_noun_is_shown():
    assert detail_shown._named_with("The ferry docks at the Korean port of Busan each week.", "port", _ASKED)
    assert detail_shown._named_with("It sails to Incheon Port twice a month.", "port", _ASKED)
    assert detail_shown._named_with("The ferry sails to the group's Container Port of Mokpo.", "port", _ASKED)


def test_no_port_named_shows_none():
    assert not detail_shown._named_with("The ferry sails from Haiphong to a Korean port.", "port", _ASKED)
    assert not detail_shown._named_with("The ferry uses the port twice a month.", "port", _ASKED)


def test_a_noun_inside_a_known_name_is_not_the_head_asked():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE actors (id INTEGER PRIMARY KEY, name TEXT, kind TEXT)")
    conn.execute("INSERT INTO actors (name, kind) VALUES ('Kazan Institute of Geology', 'org')")
    raw = "Which kazan institute of geology jubilee is the model for the festival?"
    assert detail_shown._noun_in_name(conn, raw, "institute")
    assert not detail_shown._noun_in_name(conn, "Which institute hosted the festival?", "institute")
    assert detail_shown.asked("which moscow park hosted it".split(), "Which Moscow park hosted it?") == ("place", "park")
    assert detail_shown._in_name("institute", "Which Kazan Institute of Geology jubilee is the model?")
    assert not detail_shown._in_name("institute", "Which Kazan institute hosted it?")


def test_a_superlative_answers_a_rank_asked():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentence_parses (sentence_id INTEGER, parse TEXT)")
    words = {"what", "rank", "does", "the", "lotus", "medal", "have"}
    assert kind_shown._shown(conn, "rank", "rank", 1, "The Lotus Medal is the highest honour the city gives.", words)
    assert not kind_shown._shown(conn, "rank", "rank", 1, "The Lotus Medal is an honour the city gives.", words)


def test_dotted_thousands_are_the_figure_written_with_a_comma():
    assert _figure_written("7.500", ["Volunteers handed out 7,500 leaflets."])
    assert _figure_written("7.500", ["Volunteers handed out 7.500 leaflets."])
    assert not _figure_written("7.5", ["Volunteers handed out 7,500 leaflets."])


def test_a_figure_joined_to_the_noun_counts_it():
    assert counts("pages", "The envoys signed a twelve-page memorandum.")
    assert counts("members", "The club chose a 9-member board.")
    assert not counts("pages", "The envoys signed a long memorandum of many pages.")
