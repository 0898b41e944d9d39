"""A "who" question tied to one side is declined when the reply offers only the other side's people:
"Who headed the Russian delegation at the conference?" is not answered by the Vietnamese institute
head who opened it (knowledge/answer/side_shown.py). On an article written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer.side_shown import other_side_offered
from knowledge.facts import Answer, Citation
from tests.helpers.engine_stores import module_engine

SURVEY = """---
title: Nha Trang conference sums up fourth joint sea survey
outlet: Test Wire
date: 2019-10-04
---
Nha Trang conference sums up fourth joint sea survey

NHA TRANG, Oct 3 – A conference in Nha Trang has presented the results of the fourth joint sea survey of the Institute of Oceanography and the Russian Pacific Oceanological Institute.

Professor Trần Quốc Hùng, director of the Institute of Oceanography, opened the conference on Thursday.

The survey ship spent forty days in the waters off Khánh Hòa province, taking samples at sixty stations.
"""

engine = module_engine("side_shown", {"survey.txt": SURVEY})


def test_the_other_sides_person_does_not_answer(engine):
    declined = engine.ask("Who headed the Russian delegation at the Nha Trang conference?")
    assert not declined.answered, declined.text
    a = engine.ask("Who opened the Nha Trang conference?")  # no side asked: the same person answers
    assert a.answered and "Hùng" in a.text, a.text


class _Index(SimpleNamespace):
    def kind(self, aid: int) -> str:
        return "person"

    def name(self, aid: int) -> str:
        return self.names[aid]


_PEOPLE = _Index(names={1: "Tran Quoc Hung", 2: "Pavel Orlov", 3: "Anna Berg"},
                 exact={"tran quoc hung": {1}, "pavel orlov": {2}, "anna berg": {3}}, max_n=3,
                 nationality={1: {"Vietnam"}, 2: {"Russia"}})


def _reply(head: str) -> Answer:
    return Answer(True, head, head, [Citation("x.txt", None, "Test Wire", "2019-10-04", "A quote.")])


def test_only_people_known_of_the_other_side_block():
    russian = "who headed the russian delegation at the conference ?".split()
    assert other_side_offered(None, _PEOPLE, russian, _reply("Tran Quoc Hung: conference."))
    assert not other_side_offered(None, _PEOPLE, russian, _reply("Pavel Orlov: conference."))
    # one of the side asked among those offered, or one of unknown side: not blocked
    assert not other_side_offered(None, _PEOPLE, russian, _reply("Tran Quoc Hung and Pavel Orlov: conference."))
    assert not other_side_offered(None, _PEOPLE, russian, _reply("Anna Berg: conference."))
    vietnamese = "which vietnamese official opened the conference ?".split()
    assert other_side_offered(None, _PEOPLE, vietnamese, _reply("Pavel Orlov: conference."))
    # no side asked, or a place asked: never blocked
    assert not other_side_offered(None, _PEOPLE, "who opened the conference ?".split(), _reply("Pavel Orlov."))
    assert not other_side_offered(None, _PEOPLE, "which vietnamese province hosted it ?".split(),
                                  _reply("Pavel Orlov."))


def test_one_of_the_side_asked_quoted_keeps_the_reply(monkeypatch):
    """A head line naming the other side's person, over a quote naming one of the side asked, answers
    ("X and Russian Ambassador Y attended"); a person the question names is no answer offered."""
    from knowledge.answer import side_shown
    russian = "which russian ambassador attended the launch ?".split()
    monkeypatch.setattr(side_shown, "_named", lambda *_a: ({1}, {1}))
    assert other_side_offered(None, _PEOPLE, russian, _reply("Tran Quoc Hung: launch."))
    monkeypatch.setattr(side_shown, "_named", lambda *_a: ({1}, {1, 2}))
    assert not other_side_offered(None, _PEOPLE, russian, _reply("Tran Quoc Hung: launch."))
    assert not side_shown._beyond({2}, _PEOPLE, set("which vietnamese official met pavel orlov ?".split()))
