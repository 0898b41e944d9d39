"""The content of an exchange asked — what two people discussed, what someone said — against quotes that
write none of it (knowledge/answer/content_asked.py): a reception with no word of its topics, or an
attendance with no word of speech, is declined; a quote writing the talks, a topic or a speech answers.
Articles written for this test."""

from __future__ import annotations

from knowledge.answer.content_asked import discussion_unwritten, promise_unwritten, speech_unwritten
from knowledge.facts import Answer, Citation
from tests.helpers.engine_stores import module_engine

RECEPTION = """---
title: Tomsk governor in Quy Nhon
outlet: Test Wire
date: 2023-04-12
---
Tomsk governor in Quy Nhon

QUY NHON, April 12 — Binh Dinh Party Secretary Ho Quoc Dung received Tomsk Governor Vladimir Mazur in Quy Nhon on Wednesday.

Earlier in the day, Mazur toured a seafood processing plant on the city's outskirts.
"""

CONGRESS = """---
title: Veterans' union holds its congress in Quy Nhon
outlet: Test Wire
date: 2023-05-20
---
Veterans' union holds its congress in Quy Nhon

QUY NHON, May 20 — The Binh Dinh veterans' union held its fifth congress in Quy Nhon on Saturday.

Russian Consul General Pavel Zhidkov and a group from the Tomsk veterans' council were also present at the congress.
"""

engine = module_engine("content_asked", {"reception.txt": RECEPTION, "congress.txt": CONGRESS})


def _reply(headline: str, *quotes: str) -> Answer:
    cites = [Citation(source="a.txt", title=None, outlet=None, date=None, quote=q) for q in quotes]
    return Answer(answered=True, text=headline, headline=headline, citations=cites)


def test_a_meeting_with_no_word_of_its_topics_answers_no_discussion():
    met = _reply("X received Y.", "The same day, the governor also received the chairman of the port company.")
    assert discussion_unwritten("What did the governor and the chairman discuss?", [], met)
    talks = _reply("X received Y.", "The two sides discussed fisheries and port investment.")
    assert not discussion_unwritten("What did the governor and the chairman discuss?", [], talks)
    topic = _reply("X met Y.", "The governor met the chairman to look at cooperation in shipping.")
    assert not discussion_unwritten("What did the governor and the chairman talk about?", [], topic)
    assert not discussion_unwritten("Where did the governor meet the chairman?", [], met)  # no content asked


def test_a_passage_of_attendance_answers_no_statement():
    head = "My sources report no statement by Pavel Zhidkov about veterans, but this passage names Pavel Zhidkov:"
    present = _reply(head, "Consul General Pavel Zhidkov was also present.")
    assert speech_unwritten("What did Zhidkov say at the congress?", [], present)
    spoke = _reply(head, "Addressing the congress, Zhidkov praised the veterans' work.")
    assert not speech_unwritten("What did Zhidkov say at the congress?", [], spoke)
    own = _reply("Pavel Zhidkov said that the veterans were welcome.", "Consul General Pavel Zhidkov was also present.")
    assert not speech_unwritten("What did Zhidkov say at the congress?", [], own)  # a statement of his own


def test_the_engine_declines_a_discussion_nobody_reports(engine):
    assert not engine.ask("What did Ho Quoc Dung and Vladimir Mazur discuss?").answered
    assert engine.ask("When did Ho Quoc Dung receive Vladimir Mazur?").answered


def test_the_engine_declines_a_speech_nobody_reports(engine):
    assert not engine.ask("What did Pavel Zhidkov say at the veterans' congress?").answered
    assert engine.ask("Who attended the veterans' congress in Quy Nhon?").answered


def test_a_promise_asked_needs_a_commitment_quoted():
    noted = _reply("From a.txt:", "About 40 students of the lyceum learn Korean every year, the deputy mayor noted.")
    assert promise_unwritten("What did Igor Semenov promise the Ninh Binh deputy mayor?", [], noted)
    pledged = _reply("From a.txt:", "Semenov said his university would grant ten scholarships to Ninh Binh students.")
    assert not promise_unwritten("What did Igor Semenov promise the Ninh Binh deputy mayor?", [], pledged)
    assert not promise_unwritten("What did Igor Semenov tell the Ninh Binh deputy mayor?", [], noted)  # no promise asked


def test_the_engine_declines_a_promise_nobody_reports(engine):
    assert not engine.ask("What did Vladimir Mazur promise Ho Quoc Dung?").answered
