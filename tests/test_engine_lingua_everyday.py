"""Vietnamese everyday words (friends, fishermen, nautical miles, cash, a round's classifier) and a
"nào" written after a place's own name, which asks for the head noun before it ("Đại sứ Việt Nam
tại Nga nào": which ambassador), on articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.question import parse
from knowledge.question.order import which_before_noun
from tests.helpers.engine_stores import module_engine, quoted

RESCUE = """---
title: Fishermen rescue two tourists off Quy Nhon
outlet: Test Wire
date: 2021-07-09
---
Fishermen rescue two tourists off Quy Nhon

BINH DINH — A fishing crew rescued two Polish tourists whose boat had drifted for a day in the East Sea.

The fishermen found the boat about 22 nautical miles from Quy Nhon beach on Tuesday morning.

The tourists' hotel later handed the crew 5 million VND in cash as thanks.
"""

KAZAN = """---
title: Vietnamese photo exhibition opens in Kazan
outlet: Test Wire
date: 2022-05-17
---
Vietnamese photo exhibition opens in Kazan

KAZAN — A photo exhibition on Vietnam's heritage opened in Kazan on Monday.

Vietnamese Ambassador to Russia Hoang Minh Tuan attended the opening together with Kazan Mayor Ilsur Metshin.
"""

engine = module_engine("lingua_everyday", {"rescue.txt": RESCUE, "kazan.txt": KAZAN})


@pytest.mark.parametrize("question, words", [
    ("Ngư dân phát hiện chiếc xuồng cách bãi biển bao nhiêu hải lý?", "fishermen boat from beach nautical miles"),
    ("Ông ấy trao bao nhiêu tiền mặt?", "how much cash"),
    ("Sự kiện diễn ra cách đây bao nhiêu năm?", "ago how many years"),
    ("Phạm Tuân gặp lại người bạn bay cùng nào?", "which crewmate"),
    ("Đợt khảo sát thứ hai bắt đầu ngày nào?", "survey second began"),
    ("Quân và dân bắn rơi bao nhiêu máy bay?", "army people downed aircraft"),
])
def test_everyday_words_read_as_english(question, words):
    toks = parse(question).tokens
    assert all(w in toks for w in words.split()), toks
    assert not {"dot", "mat", "ngu", "ly"} & set(toks), toks


def test_which_after_a_place_name_asks_the_head_before_it():
    assert which_before_noun(["vietnamese", "ambassador", "in", "russia", "which", "attended"])[:3] == \
        ["which", "vietnamese", "ambassador"]
    assert which_before_noun(["deputy", "chairman", "people", "committee", "nghe", "an", "province", "which"])[:2] \
        == ["which", "deputy"]
    # a common noun or a state named after its noun keeps "which" where it is
    assert which_before_noun(["lam", "working", "in", "province", "which"])[-2:] == ["which", "province"]
    assert which_before_noun(["joint", "venture", "with", "company", "vietnam", "which"])[2:4] == ["with", "which"]


@pytest.mark.parametrize("question, words", [
    ("Ngư dân phát hiện chiếc xuồng cách bãi biển Quy Nhơn bao nhiêu hải lý?", "22 nautical miles"),
    ("Khách sạn đã trao bao nhiêu tiền mặt cho các ngư dân?", "5 million VND"),
    ("Đại sứ Việt Nam tại Nga nào dự lễ khai mạc triển lãm ở Kazan?", "Hoang Minh Tuan"),
])
def test_vietnamese_questions_find_their_sentence(engine, question, words):
    a = engine.ask(question)
    assert a.answered and words in quoted(a) and words.split()[0] in a.text, a.text
