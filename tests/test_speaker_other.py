""""What did X say / tell Y": a sentence whose statement the loader gave another speaker is no answer.
The addressee ("what did X tell Y") and a person named later ("during Z's visit") do not speak, so Y's or
Z's statement does not fit; a passage naming X in which a third person speaks is no statement of X's.
Articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.intent import make_plan
from knowledge.question import parse
from tests.helpers.engine_stores import engine_from_texts, quoted

PORT = """---
title: Port talks in Vladivostok
outlet: Test Wire
date: 2022-03-15
---
Port talks in Vladivostok

VLADIVOSTOK, March 15 — Primorye Deputy Governor Oleg Lisovsky received Hai Phong port director Tran Quang Khai in Vladivostok on Tuesday.

The Hai Phong port would like to open a direct container line to Vladivostok before the end of the year, Tran Quang Khai said after the talks.
"""

FAIR = """---
title: Trade fair in Perm
outlet: Test Wire
date: 2021-10-05
---
Trade fair in Perm

PERM, October 5 — Vietnamese Consul Nguyen Huu Tam opened a trade fair of Vietnamese goods in Perm on Tuesday.

Perm Region trade chief Irina Kolesnikova, who welcomed Nguyen Huu Tam at the fair, said the region hoped to double its purchases of Vietnamese coffee.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    return engine_from_texts(tmp_path_factory.mktemp("speaker_other"), {"port.txt": PORT, "fair.txt": FAIR})


def test_the_one_told_does_not_speak(engine):
    ans = engine.ask("What did Oleg Lisovsky tell Tran Quang Khai about the container line?")
    assert "container line" not in quoted(ans), ans.text
    ans = engine.ask("What did Tran Quang Khai say about the container line?")
    assert ans.answered and "container line" in quoted(ans), ans.text


def test_a_passage_where_another_speaks_is_no_statement(engine):
    ans = engine.ask("What did Nguyen Huu Tam say about Vietnamese coffee?")
    assert "double its purchases" not in quoted(ans), ans.text
    ans = engine.ask("What did Irina Kolesnikova say about Vietnamese coffee?")
    assert ans.answered and "double its purchases" in quoted(ans), ans.text


def test_the_speaker_is_named_before_the_speech_verb(engine):
    q = parse("What did Oleg Lisovsky tell Tran Quang Khai during the visit?")
    plan = make_plan(q, engine.index.find(q))
    assert dict(zip(plan.slot_words, plan.speaks)) == {"oleg lisovsky": True, "tran quang khai": False}
    q = parse("Where did Oleg Lisovsky meet Tran Quang Khai?")
    assert make_plan(q, engine.index.find(q)).speaks == []


def test_a_speaker_named_before_a_verb_of_speech_speaks_whoever_else_the_loader_heard():
    from knowledge.answer.intent import Plan
    from knowledge.answer.rank import Ranked
    from knowledge.answer.retrieve import Candidate
    from knowledge.answer.speaker_checks import _speaks_by_name

    plan = Plan(answer_type="statement", terms=[], slots=[{7}], slot_words=["Lisovsky"], hard=[True],
                speaker_asked=True)

    def ranked(text: str) -> Ranked:
        cand = Candidate(sentence_id=1, source_id=1, position=1, paragraph=1, text=text)
        return Ranked(cand=cand, score=1.0, slots=[1.0], coverage=1.0, typed=False, fits=False, known=1.0)

    assert _speaks_by_name(plan, [0], ranked("Meeting port director Khai, Lisovsky praised the new container line."))
    assert _speaks_by_name(plan, [0], ranked("Khai said he and Lisovsky hoped to open the line soon."))
    assert not _speaks_by_name(plan, [0], ranked("Khai, who welcomed Lisovsky at the port, said the line would open."))
