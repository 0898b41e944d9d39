"""A question asking the name of a thing is answered by a sentence that writes one the way news does:
a few words before the noun ("the Sigma engineering centre"), in apposition ("Baltika, a joint
venture"), after "called / titled / the names", or in quotation marks by the noun; the noun the
question asks is read from its words ("the name of the joint venture Rosneft and PetroVietnam set
up": the venture). A sentence naming nothing of the kind is still no answer, and a people's or a
country's name is no name of the thing. Articles written for this test."""

from __future__ import annotations

from knowledge.answer.name_written import asked_noun, name_written
from tests.helpers.engine_stores import module_engine, quoted

PLANT = """---
title: Tomsk delegation tours Hải Phòng
outlet: Test Wire
date: 2025-04-08
---
Tomsk delegation tours Hải Phòng

A delegation of the Tomsk region toured Hải Phòng on Monday and met the city's leaders.

The guests were shown the Sigma engineering centre for precision casting, run by the city's shipbuilders.

Those projects are to be run by Tomvietgas, a joint venture that Rosneft and PetroVietnam are setting up.

Two new patrol boats were handed over to the city's border guards; the boats carry the names Bạch Đằng and Lạch Tray.

A photo show titled "River Cities of Siberia" opened at the city museum the same day.

A second delegation is due in Hải Phòng in May, the organisers said, and will visit a new shipyard in the city.
"""


engine = module_engine("name_written", {"plant.txt": PLANT})


def test_the_noun_asked_is_read_from_the_question_as_written():
    assert asked_noun("What is the name of the joint venture Rosneft and PetroVietnam are setting up?") == "venture"
    assert asked_noun("What is the name of the casting centre the delegation saw?") == "centre"
    assert asked_noun("What were the names of the two patrol boats handed over?") == "boats"
    assert asked_noun("What is the name of the Siberian photo show in Hải Phòng?") == "show"
    assert asked_noun("What is the name of the Tomsk engineering centre that casts parts?") == "centre"
    assert asked_noun("What is the name of the Russian engineer caught with the drawings?") == "engineer"
    assert asked_noun("What is the name of the firm behind the casting centre?") == "firm"  # a preposition ends it
    assert asked_noun("What is the name of the bridge over the Cấm river?") == "bridge"
    assert asked_noun("What were the names of the three Russians detained?") is None  # no lower-case noun
    assert asked_noun("Who led the delegation?") is None


def test_a_name_is_written_before_beside_or_after_the_noun():
    asked = {"what", "is", "the", "name", "of", "centre", "venture", "boats", "show"}
    assert name_written("The guests were shown the Sigma engineering centre for casting.", "centre", asked)
    assert name_written("It is run by Tomvietgas, a joint venture of two firms.", "venture", asked)
    assert name_written("The boats carry the names Bạch Đằng and Lạch Tray.", "boats", asked)
    assert name_written('A photo show titled "River Cities of Siberia" opened.', "show", asked)
    assert name_written('They saw the "Northern Lights" travelling show in the park.', "show", asked)


def test_no_name_of_the_thing_is_no_answer():
    asked = {"what", "is", "the", "name", "of", "shipyard", "ship"}
    assert not name_written("The delegation will visit a new shipyard in the city.", "shipyard", asked)
    assert not name_written("The goods came aboard a Russian cargo ship.", "ship", asked)
    assert not name_written("The boats were named after rivers of Vietnam.", "ship", asked)
    assert not name_written("Ties with Russia, a close partner, were discussed.", "partner", asked)
    assert not name_written("Although many shipyards are idle, some took orders.", "shipyard", asked)
    assert not name_written("Guests, Russian citizens among them, met Mayor Oleg Ivanov.", "citizen", asked)
    assert not name_written('A shipyard worker joined a tour of the port called "Open Harbour" that the city '
                            'runs every summer.', "ship", asked)


def test_the_name_of_a_centre_a_few_words_before_its_noun_is_answered(engine):
    a = engine.ask("What is the name of the precision casting centre the guests from Tomsk were shown?")
    assert a.answered and "Sigma" in quoted(a), a.text


def test_the_name_of_a_joint_venture_in_apposition_is_answered(engine):
    a = engine.ask("What is the name of the joint venture Rosneft and PetroVietnam are setting up?")
    assert a.answered and "Tomvietgas" in quoted(a), a.text


def test_the_names_a_sentence_gives_after_the_names_are_answered(engine):
    a = engine.ask("What are the names of the patrol boats handed over to the border guards?")
    assert a.answered and "Bạch Đằng" in quoted(a), a.text


def test_the_name_of_an_unnamed_shipyard_is_still_declined(engine):
    a = engine.ask("What is the name of the new shipyard the second delegation will visit in Hải Phòng?")
    assert not a.answered, a.text
