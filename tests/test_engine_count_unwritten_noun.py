"""A "how many <noun>" reply is no count of the noun when every quote either writes it only as a thing its
figures do not count or neither writes nor counts it: "How many Vietnamese students study at Perm State
University?" is not answered by "Its laboratories host Vietnamese students on 30 joint projects" quoted
with the sentence before it, "The university opened a campus with 12 buildings". A quote that writes the
noun in another form ("student exchanges"), or counts people in general for a group of people asked
("some 270 people"), still may count it. Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.count_noun import other_noun
from knowledge.facts import Answer, Citation
from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts

PERM = """---
title: Perm university welcomes Hưng Yên delegation
outlet: Test Wire
date: 2021-10-14
---
Perm university welcomes Hưng Yên delegation

A delegation of Hưng Yên province led by Vice Chairman Đặng Ngọc Quỳnh visited Perm State University on Wednesday.
Perm State University opened a new campus with 12 buildings on the Kama river.
Its laboratories also host Vietnamese students on 30 joint projects.
The university has signed 14 agreements on student exchanges with Vietnamese schools.
Some 270 people attended the welcome dinner for the guests.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("count_unwritten_noun"), {"perm.txt": PERM})


def _reply(engine, *starts: str) -> Answer:
    """A reply quoting the sentences that begin so, in that order."""
    cites = []
    for start in starts:
        sid, text = engine.conn.execute("SELECT id, text FROM sentences WHERE text LIKE ?", (start + "%",)).fetchone()
        cites.append(Citation("perm.txt", None, "Test Wire", "2021-10-14", text, sid))
    return Answer(answered=True, text="From Test Wire:", headline="From Test Wire:", citations=cites)


def _tokens(question: str) -> list[str]:
    return parse(question).tokens


def test_a_quote_neither_writing_nor_counting_the_noun_is_no_count(engine):
    reply = _reply(engine, "Its laboratories", "Perm State University opened")
    assert other_noun(engine.conn, _tokens("How many Vietnamese students study at Perm State University?"), reply)


def test_the_noun_written_in_another_form_may_be_counted(engine):
    reply = _reply(engine, "Its laboratories", "The university has signed")
    assert not other_noun(engine.conn, _tokens("How many Vietnamese students study at Perm State University?"), reply)


def test_people_in_general_may_count_a_group_asked(engine):
    reply = _reply(engine, "Its laboratories", "Some 270 people")
    assert not other_noun(engine.conn, _tokens("How many Vietnamese students came to the dinner?"), reply)
