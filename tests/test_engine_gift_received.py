"""'Which order did X confer on Y?' / 'Что X подарил Y?' against a reply whose quotes only say that X
received Y (a reception of a guest): nothing given is written, so the reply declines, whether the quote
comes from retrieval or is the fact answer's own meeting line (knowledge/answer/content_asked.py). A
thing received ("will receive a laptop") or handed over still answers, and thanks for gifts ask about
the thanks. Article and sentences written for this test."""

from __future__ import annotations

from knowledge.answer.content_asked import gift_unshown
from knowledge.facts import Answer, Citation
from tests.helpers.engine_stores import module_engine

CALL = """---
title: Outgoing Belarusian envoy calls on Vice President
outlet: Test Wire
date: 2022-03-15
---
Outgoing Belarusian envoy calls on Vice President

HÀ NỘI, March 15 — Vice President Đặng Thị Ngọc Thịnh received outgoing Belarusian Ambassador Vladimir Baravikou in Hà Nội on Tuesday as he came to say goodbye at the end of his term.

Thịnh thanked the ambassador for his contributions to ties between the two countries.
"""

engine = module_engine("gift_received", {"call.txt": CALL})


def _reply(headline: str, *quotes: str) -> Answer:
    cites = [Citation(source="a.txt", title=None, outlet=None, date=None, quote=q) for q in quotes]
    return Answer(answered=True, text=headline, headline=headline, citations=cites)


def test_a_guest_received_is_nothing_given():
    met = _reply("From Test Wire:", "Vice Governor Ilya Sidorov received visiting Quảng Ninh Party Secretary "
                                    "Nguyễn Xuân Ký on Friday.")
    assert gift_unshown("Which order did Sidorov confer on Ký?", met)
    assert gift_unshown("Что Сидоров подарил Ки?", _reply("From Test Wire:", "Sidorov received him in Tomsk."))
    laptop = _reply("From Test Wire:", "The winners will receive a laptop each.")
    assert not gift_unshown("What prize will the winners get?", laptop)
    order = _reply("From Test Wire:", "Sidorov presented Ký with the Order of Friendship.")
    assert not gift_unshown("Which order did Sidorov confer on Ký?", order)


def test_thanks_for_gifts_or_why_ask_about_something_else():
    asked = _reply("From Test Wire:", "Ký asked the governor to visit Hạ Long.")
    assert not gift_unshown("Кто поблагодарил губернатора за подарки?", asked)
    assert not gift_unshown("Why did Sidorov give Ký a medal?", asked)


def test_a_meeting_line_answers_no_gift():
    line = _reply("Đặng Thị Ngọc Thịnh received Vladimir Baravikou in Hà Nội on 15 March 2022.",
                  "Vice President Đặng Thị Ngọc Thịnh received outgoing Belarusian Ambassador Vladimir Baravikou.")
    assert gift_unshown("Which state order did Thịnh confer on Baravikou?", line)
    handed = _reply("From Test Wire:", "Thịnh handed Baravikou the Friendship Order.")
    assert not gift_unshown("Which state order did Thịnh confer on Baravikou?", handed)


def test_a_reception_declines_an_order_asked(engine):
    ans = engine.ask("Which state order did Thịnh confer on Baravikou?")
    assert not ans.answered
    assert engine.ask("When did Thịnh receive Baravikou?").answered  # the meeting itself is written

