"""A question's act worded otherwise by news: a noun asked where the article writes its verb
("invitation": invited, "decision": decided, "preparations": prepared), an intention asked as a plan
and written as an aim, a giving asked as "provide" and written "offered", a rank asked as "main"
and written "key", a speaker asked by "spoke" and written by what he stressed, a sending asked by
"sent" and written by those "representing". Article written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.paraphrases import paraphrases
from knowledge.answer.rank import term_hits
from knowledge.answer.word_forms import verb_stems
from tests.helpers.engine_stores import module_engine

ASTRAKHAN = """---
title: Astrakhan and Quảng Ninh widen links
outlet: Test Wire
date: 2025-09-18
---
Astrakhan and Quảng Ninh widen links

Astrakhan Governor Igor Babushkin arrived in Hạ Long on Tuesday, invited by the Quảng Ninh provincial People's Committee.
Volga Shipyard director Pavel Zorin toured Cẩm Phả port on Wednesday with provincial officials.
The Volga Shipyard aims to open a repair dock in Cẩm Phả port by 2027, its director Pavel Zorin said.
Astrakhan and Quảng Ninh have been partners since the two provinces signed a friendship memorandum in 2015.
The two provinces offered each other technical training and help with customs paperwork.
Fish processing is the key sector of the Astrakhan economy, Babushkin noted.
At the evening banquet, Quảng Ninh Vice Chairwoman Nguyễn Thị Hạnh stressed that the friendship between the two regions had stood for forty years.
Diplomats representing Kazakhstan, Laos and Mongolia were among the guests at the banquet.
The provincial council met on Wednesday with the Astrakhan delegation.
The provincial council decided on Wednesday to open a trade office in Astrakhan next spring.
"""

engine = module_engine("worded_acts", {"astrakhan.txt": ASTRAKHAN})


def test_a_noun_finds_the_verb_it_names():
    assert verb_stems("invitation") == ("invit",)
    assert verb_stems("decision") == ("decid",)
    assert verb_stems("preparations") == ("prepar",)
    assert term_hits(["invitation"], "Babushkin arrived, invited by the committee.") == [0.9]
    assert term_hits(["decision"], "The council decided to open an office.") == [0.9]


def test_no_verb_a_noun_only_looks_like():
    assert verb_stems("formation") == ()  # no "form", which begins "former"
    assert verb_stems("foundation") == ()  # no "found" of "find"
    assert verb_stems("quotation") == ()  # no 'quot' of "quota"
    assert verb_stems("cooperation") == ()  # its verb's forms share its stem already
    assert term_hits(["decision"], "The council met on Wednesday.") == [0.0]


def test_the_words_news_varies_for_a_plan_a_giving_a_rank():
    assert "aim" in paraphrases("plan") and "aircraft" not in paraphrases("plan")
    assert "aircraft" in paraphrases("plane")
    assert term_hits(["plan"], "The shipyard aims to open a repair dock.") == [0.9]
    assert term_hits(["provide"], "The provinces offered each other training.") == [0.9]
    assert term_hits(["main"], "Fish processing is the key sector.") == [0.9]


@pytest.mark.parametrize("question, expected", [
    ("What does the Volga Shipyard plan to do in Cam Pha port?", "repair dock"),
    ("What did Astrakhan and Quang Ninh provide each other?", "technical training"),
    ("What is the main sector of the Astrakhan economy?", "Fish processing"),
    ("Which Quang Ninh official spoke at the evening banquet?", "Nguyễn Thị Hạnh"),
    ("Which countries sent diplomats to the banquet?", "Kazakhstan"),
    ("What was the provincial council's decision on Wednesday?", "trade office"),
])
def test_the_act_worded_otherwise_finds_its_sentence(engine, question, expected):
    ans = engine.ask(question)
    assert ans.answered and expected in ans.text
