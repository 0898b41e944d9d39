"""The act a question asks is checked in the sentence, as news words it: "agree" is also written
"concurred", "ask for" "pressed for"; a hope or a wish is often written otherwise ("would like",
"is keen to") and is not required; "thanks to X" gives a cause and asks no thanks. Article
written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine

IRKUTSK = """---
title: Irkutsk and Quảng Ninh widen ties
outlet: Test Wire
date: 2025-10-08
---
Irkutsk and Quảng Ninh widen ties

Irkutsk Governor Igor Kobzev received a Quảng Ninh delegation led by provincial chairman Bùi Văn Khắng on Tuesday.
Kobzev and Khắng concurred on opening a joint coal-mining training centre in Hạ Long.
The Quảng Ninh delegation pressed for a direct charter route between Irkutsk and Vân Đồn airport.
Kobzev said Irkutsk would like its students to spend a summer term in Hạ Long.
New visa rules are expected to lift Siberian arrivals in Quảng Ninh to 90,000 a year, officials said.
Khắng ordered the provincial tourism department to print its brochures in Russian.
"""

engine = module_engine("acts_worded", {"irkutsk.txt": IRKUTSK})


def test_agree_finds_concurred(engine):
    ans = engine.ask("What did Kobzev and Khang agree on?")
    assert ans.answered and "coal-mining training centre" in ans.citations[0].quote


def test_ask_for_finds_pressed_for(engine):
    ans = engine.ask("What did the Quang Ninh delegation ask for?")
    assert ans.answered and "charter route" in ans.citations[0].quote


def test_a_wish_written_would_like(engine):
    ans = engine.ask("What did Kobzev wish for Irkutsk students?")
    assert ans.answered and "summer term" in ans.citations[0].quote


def test_thanks_to_asks_no_thanks(engine):
    ans = engine.ask("How many Siberian arrivals a year are expected thanks to the new visa rules?")
    assert ans.answered and "90,000" in ans.text


def test_a_request_is_found_written_as_an_order(engine):
    ans = engine.ask("What did Khang request of the provincial tourism department?")
    assert ans.answered and "brochures in Russian" in ans.citations[0].quote, ans.text
