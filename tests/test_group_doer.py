""""Who attended / greeted X" answered by people written as a group, by what they are: the subject of
the asked verb ("Staff of the consulate … attended the reception") or its agent after "by" ("were
greeted … by students of the university"); not a group the question itself names, not people merely
present in another clause, and not the thing a passive is said of. Article written for this test."""

from __future__ import annotations

from knowledge.answer.evidence import stored_parse
from knowledge.answer.group_doer import people_do
from tests.helpers.engine_stores import module_engine

KAZAN = """---
title: Huế dancers welcomed in Kazan
outlet: Test Wire
date: 2023-10-06
---
Huế dancers welcomed in Kazan

The Kazan city government held a reception on Friday for a visiting dance troupe from Huế.

Mayor Ilsur Metshin welcomed the dancers at the city hall.

Staff of the Vietnamese consulate and members of the local friendship society attended the reception.

The dancers were greeted at the airport by students of Kazan Federal University.
"""

engine = module_engine("group_doer", {"kazan.txt": KAZAN})


def _doc(engine, start: str):
    sid = engine.conn.execute("SELECT id FROM sentences WHERE text LIKE ?", [start + "%"]).fetchone()[0]
    return stored_parse(engine.conn, sid)


def test_a_group_as_the_subject_of_the_asked_verb(engine):
    assert people_do(_doc(engine, "Staff of"), ["attended"], {"reception"})
    assert people_do(_doc(engine, "Staff of"), ["attend"], {"reception"})  # any form of the verb


def test_a_group_as_the_agent_after_by(engine):
    assert people_do(_doc(engine, "The dancers were greeted"), ["greeted"], {"dancers", "airport"})


def test_no_group_doing_the_act(engine):
    assert not people_do(_doc(engine, "Mayor Ilsur"), ["attended"], {"reception"})  # a named person: rank's own
    assert not people_do(_doc(engine, "Staff of"), ["greeted"], set())  # another act
    assert not people_do(_doc(engine, "The Kazan city"), ["held"], set())  # a body (body_doer.py), no people
    # the dancers are what the passive is said of, not its doer
    assert not people_do(_doc(engine, "The dancers were greeted"), ["greeted"], {"students"})


def test_a_group_the_question_names_is_not_the_answer(engine):
    assert not people_do(_doc(engine, "Staff of"), ["attended"], {"staff", "members"})


def test_one_person_by_a_role_alone_is_no_group():
    from knowledge.sentence_parse import Parsed, Tok

    toks = [Tok("A", "DET", "det", 0, 3), Tok("senior", "ADJ", "amod", 1, 3), Tok("Russian", "ADJ", "amod", 2, 3),
            Tok("officer", "NOUN", "nsubj", 3, 4), Tok("praised", "VERB", "ROOT", 4, 4), Tok("the", "DET", "det", 5, 6),
            Tok("team", "NOUN", "dobj", 6, 4)]
    doc = Parsed(toks, [])
    for t in toks:
        t.doc = doc
    assert not people_do(doc, ["praised"], set())
    toks[3].text = "officers"
    assert people_do(doc, ["praised"], set())
