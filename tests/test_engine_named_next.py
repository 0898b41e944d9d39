"""News often describes someone first and names him in the next sentence ("a Russian woman was
found …" / "The woman, Elena Sokolova, is 34 …"). "What is the name of the teacher rescued …" is
answered by that next sentence; the lede's province is the scene of the sentences after it. A commune or ward written
after a Vietnamese family name is a place, never a person. Article written for this test."""

from __future__ import annotations

from knowledge.answer.evidence import asked_evidence
from knowledge.answer.place_setting import is_setting
from knowledge.answer.retrieve import Candidate
from knowledge.nlp import get_nlp
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

RESCUE = """---
title: Fishermen rescue Russian kayaker off Quảng Ngãi
outlet: Test Wire
date: 2024-04-17
---
Fishermen rescue Russian kayaker off Quảng Ngãi

Fishermen in the central province of Quảng Ngãi have rescued a Russian yoga teacher who was swept out to sea while kayaking near Lý Sơn Island on Tuesday.

The yoga teacher, Elena Sokolova, is 34 years old and comes from Siberia.

She was given first aid at the commune health station and later returned to her hotel.
"""

engine = module_engine("named_next", {"rescue.txt": RESCUE})


def test_a_participle_after_the_noun_asked_is_no_noun():
    # "found", "held", "sent": irregular pasts end the noun phrase as "-ed" ones do
    assert asked_evidence(parse("What is the name of the teacher found near the island?").tokens) \
        == ("person", "teacher")
    assert asked_evidence(parse("What was the name of the boat sent to the island?").tokens) == ("name", "boat")


def test_the_next_sentence_names_whom_the_lede_describes(engine):
    ans = engine.ask("What is the name of the yoga teacher rescued by fishermen in Quang Ngai?")
    assert ans.answered and "Elena Sokolova" in ans.citations[0].quote


def test_the_ledes_province_is_the_setting_of_the_next_paragraph(engine):
    conn = engine.conn
    place = {r[0] for r in conn.execute("SELECT id FROM actors WHERE name LIKE 'Qu%ng Ng%i'")}
    row = conn.execute("SELECT id, source_id, position, paragraph, text FROM sentences WHERE text LIKE 'The yoga teacher,%'"
                       ).fetchone()
    assert place and is_setting(conn, Candidate(*row), place, {a: "place" for a in place})


def test_a_commune_or_ward_after_a_family_name_is_no_person():
    doc = get_nlp()("A fisherman, Lê Văn Tám, 52, of Bình Lê Commune in Sơn Tịnh District, spotted the boat. "
                    "Residents of Tân Phạm Ward in Quảng Ngãi City called the police.")
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert people == ["Lê Văn Tám"]
