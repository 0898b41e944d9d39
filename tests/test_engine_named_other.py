"""A question naming its festival, refinery or airport, answered by a lead quote about another one of the
same kind, is declined (knowledge/answer/named_other.py); a lead quote naming the asked one, writing it by
a short form, or naming no other thing of that kind keeps the reply. Sentences written for this test."""

from __future__ import annotations

from knowledge.answer.named_other import asked_named, other_named
from knowledge.facts import Answer, Citation
from tests.helpers.engine_stores import module_engine

FESTIVALS = """---
title: Hue puppeteers win at Kursk folk festival
outlet: Test Wire
date: 2021-09-14
---
Hue puppeteers win at Kursk folk festival

A water puppet troupe from Hue won the Golden Mask at the Kursk Nightingale Folk Festival, which ran from September 6 to 10.

Blagoveshchensk holds the Amur Autumn festival every October.
"""

engine = module_engine("named_other", {"festivals.txt": FESTIVALS})


def _reply(*quotes: str) -> Answer:
    cites = [Citation(source="t.txt", title=None, outlet=None, date=None, quote=q) for q in quotes]
    return Answer(answered=True, text="", headline="From t.txt:", citations=cites)


def test_the_asked_name_and_its_head_are_read():
    assert asked_named("Which prize did the troupe win at the Amur Autumn festival?", "en") == [
        ("festival", ["amur", "autumn"])]
    assert asked_named("Đoàn rối nhận giải gì tại liên hoan Amur Autumn?", "vi") == [("festival", ["amur", "autumn"])]
    assert asked_named("Chuyến bay hạ cánh ở sân bay Cát Bi lúc mấy giờ?", "vi") == [("airport", ["cat", "bi"])]
    assert asked_named("Which prize did the troupe win at the festival?", "en") == []  # no name: nothing to hold


def test_a_lead_quote_about_another_named_thing_is_caught():
    q = "When did the flight land at Cat Bi airport?"
    assert other_named(q, "en", _reply("The flight landed at Phu Bai International Airport at 9 pm on Sunday."))
    assert not other_named(q, "en", _reply("The flight landed at the Cat Bi terminal at 9 pm."))  # the name written
    assert not other_named(q, "en", _reply("The flight landed at the airport at 9 pm on Sunday."))  # none other named
    q = "Nhà máy lọc dầu Long Son khởi công năm nào?"
    assert other_named(q, "vi", _reply("Work on the Van Phong refinery began in 2005, its owner said."))
    assert not other_named(q, "vi", _reply("Work on the Long Son plant began in 2018."))
    q = "Liên hoan phim Đà Nẵng 2019 bế mạc lúc mấy giờ?"  # the city's name written as one word in English
    assert not other_named(q, "vi", _reply("The 2nd Danang Asian Film Festival closed on Sunday night."))


def test_the_asked_festival_quoted_keeps_the_reply(engine):
    a = engine.ask("What did the water puppet troupe win at the Kursk Nightingale Folk Festival?")
    assert a.answered and "Golden Mask" in a.text, a.text
