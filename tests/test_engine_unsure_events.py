"""An event the extractor doubts (confidence below the stating threshold) is never stated: not as
the answer line, not as one line of several, not in a profile's list or the timeline — its
sentence may still be quoted. Hand-built facts on an article written for this test."""

from __future__ import annotations

from knowledge.answer.compose import LEAD_IN
from tests.data.engine_articles import C, L, P, make
from tests.helpers.engine_stores import engine_from_articles

TEXT = """---
title: Forestry officials meet in Tomsk
outlet: Unsure Wire
date: 2019-03-22
---
Forestry officials meet in Tomsk

Deputy Minister of Agriculture Hà Công Tuấn met Russian forestry chief Pavel Dudin in Tomsk on Wednesday.

Dudin and Tuấn had also seen each other at a timber fair in Novosibirsk, a spokesman recalled.

The two officials agreed to exchange seed samples.
"""

TUAN = P("Hà Công Tuấn", {"Tuấn"}, {"Deputy Minister of Agriculture"})
DUDIN = P("Pavel Dudin", {"Dudin"}, {"Russian forestry chief"})
FILE = "unsure_tomsk_2019.txt"
SURE = dict(at="met Russian forestry chief", kind="meeting", parts=[("Hà Công Tuấn", "participant"),
                                                                    ("Pavel Dudin", "participant")],
            place="Tomsk", date="2019-03-20", date_phrase="on Wednesday", date_how="weekday<=pub", confidence=0.9)
UNSURE = dict(at="timber fair", kind="meeting", parts=[("Hà Công Tuấn", "participant"), ("Pavel Dudin", "participant")],
              place="Novosibirsk", confidence=0.4)


def _engine(tmp_path, events):
    art = make(FILE, TEXT, {"title": "Forestry officials meet in Tomsk", "outlet": "Unsure Wire", "date": "2019-03-22"},
               [TUAN, DUDIN, C("Việt Nam"), C("Russia"), L("Tomsk"), L("Novosibirsk")], events, [],
               body_start=TEXT.index("Forestry officials meet in Tomsk\n\n"))
    return engine_from_articles(tmp_path, art, texts={FILE: TEXT})


def _stated(answer) -> str:
    """The reply without its quotes: the head line and the event lines."""
    return "\n".join([answer.headline] + [line for line in answer.text.split("\n") if line.startswith("•")])


def test_a_doubted_event_is_no_line_beside_a_sure_one(tmp_path):
    eng = _engine(tmp_path, [SURE, UNSURE])
    try:
        a = eng.ask("Where did Hà Công Tuấn meet Pavel Dudin?")
        assert a.answered and "Tomsk" in a.headline
        assert "Novosibirsk" not in _stated(a)
    finally:
        eng.close()


def test_only_doubted_events_are_quoted_under_a_plain_lead_in(tmp_path):
    eng = _engine(tmp_path, [UNSURE])
    try:
        a = eng.ask("Where did Tuấn meet Dudin?")
        assert "Novosibirsk" not in a.headline
        if a.answered:
            assert all(c.quote in TEXT for c in a.citations)
    finally:
        eng.close()


def test_profiles_and_the_timeline_leave_doubted_events_out(tmp_path):
    eng = _engine(tmp_path, [SURE, UNSURE])
    try:
        assert [i.place for i in eng.timeline()] == ["Tomsk"]
        prof = eng.who("Pavel Dudin")
        assert "1 meeting or visit" in prof.headline and "Novosibirsk" not in prof.text
    finally:
        eng.close()
