"""A count of one act of a story is not answered by a count of its neighbouring act (knowledge/answer/count_act.py):
signing for ratifying, the hurt for the dead, the detained for the charged. On sentences written for this test."""

from __future__ import annotations

from knowledge.answer.count_act import other_act
from knowledge.facts import Answer, Citation


def _reply(*quotes: str) -> Answer:
    cites = [Citation(source="wire.txt", title=None, outlet="Test Wire", date=None, quote=q, sentence_id=i)
             for i, q in enumerate(quotes)]
    return Answer(answered=True, text="", headline="From Test Wire:", citations=cites)


def test_a_neighbouring_act_does_not_answer_the_one_asked():
    asked = "how many states have ratified the fisheries treaty".split()
    assert other_act(asked, _reply("By the close of the Lima meeting, 41 states had signed the treaty."))
    assert not other_act(asked, _reply("Of the 41 states that signed, only 12 have ratified the treaty."))
    died = "how many miners died in the flood".split()
    assert other_act(died, _reply("Nine miners were injured when the shaft flooded in Oruro."))
    assert not other_act(died, _reply("Two miners were killed and nine injured when the shaft flooded."))
    charged = "how many fans were charged after the match".split()
    assert other_act(charged, _reply("Police detained 23 fans outside the stadium in Quito."))


def test_a_question_of_no_such_act_is_left_alone():
    assert not other_act("how many ships took part".split(), _reply("Six ships signed up for the regatta."))
    assert not other_act("how many people were hurt or killed".split(), _reply("Four were injured."))
    assert not other_act("who signed the treaty".split(), _reply("Twelve states ratified the treaty."))
    assert not other_act("how many diesel engines were hurt".split(), _reply("Ten diesel engines were sold."))
