"""Details a question states or asks for against the best sentence (knowledge/answer/detail_conflict.py):
a figure the sentence never writes among its own, a thing handed over where it writes nothing given.
Articles written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer import decision, pipeline
from knowledge.answer.detail_conflict import figures, gift_unwritten, number_conflict, place_conflict, reader_frame
from knowledge.answer.retrieve import Candidate
from tests.helpers.engine_stores import module_engine

FERRY = """---
title: Kamchatka ferry line to call at Quy Nhon
outlet: Test Wire
date: 2022-05-12
---
Kamchatka ferry line to call at Quy Nhon

QUY NHON — A ferry line from Petropavlovsk-Kamchatsky will call at Quy Nhon twice a month from July 3, the port authority said.

The ferry Vitus Bering will carry up to 350 passengers and 40 cars on each trip, the operator said.

Governor Ilya Semenov met provincial leader Pham Anh Tuan in Quy Nhon on Tuesday to discuss the line.

The operator plans a second line, to Vladivostok, next year.
"""

engine = module_engine("detail_conflict", {"ferry.txt": FERRY})


def test_figures_leave_out_years_days_and_ordinals():
    assert figures("On June 5, 2021, the 25th session agreed on 1,200 items") == {"1200"}
    assert figures("Họ trao 40 suất học bổng ngày 5/6/2020") == {"40"}
    assert figures("in the first nine months, a dozen ships") == {"9", "12"}


def test_a_figure_the_sentence_never_writes_is_a_conflict():
    sentence = "Tourists may stay without a visa for up to 30 days, double the 15 days they get now."
    assert number_conflict("Did Vietnam extend visa-free stays for Russians to 45 days?", sentence)
    assert not number_conflict("Did Vietnam extend visa-free stays to 30 days?", sentence)
    # the figure written out in words is the same figure
    assert not number_conflict("How much did trade rise in the first 9 months?", "it rose 30% in the first nine months")
    # a sentence without figures, or a question whose only numbers are a date, contradicts nothing
    assert not number_conflict("Did 45 tourists arrive?", "Tourists arrived on Monday.")
    assert not number_conflict("How many tourists arrived on October 24 and 25?", "Some 230 tourists arrived.")


def test_a_thing_handed_over_asked_needs_something_given_in_the_sentence():
    met = "Governor Ilya Semenov met provincial leader Pham Anh Tuan in Quy Nhon on Tuesday."
    assert gift_unwritten("What gift did Semenov present to Tuan?", met)
    assert gift_unwritten("Что Семёнов подарил Туану?", met)
    assert gift_unwritten("Which order did Tuan receive from Semenov?", met)
    assert not gift_unwritten("What gift did Semenov present to Tuan?", "Semenov presented Tuan with a painting.")
    assert not gift_unwritten("What award did the port receive?", "The port received the Labour Order.")
    # no thing handed over asked: "order" as in "in order to", a plain question
    assert not gift_unwritten("Which line was opened in order to help tourists?", met)
    assert not gift_unwritten("Who did Semenov meet in Quy Nhon?", met)


def test_advice_and_the_readers_own_day_are_no_news():
    line = "The ferry will carry up to 350 passengers and 40 cars on each trip."
    assert reader_frame("How do I book a ticket on the Kamchatka ferry?", line)
    assert reader_frame("Explain the rules of the ferry line.", line)
    assert reader_frame("Сколько сейчас стоит билет на паром?", line)
    assert reader_frame("Giá vé phà hôm nay là bao nhiêu?", line)
    # the sentence speaks of that day itself: "today" may be the article's
    assert not reader_frame("Who opened the line today?", "The governor opened the line today.")
    # a plain question about what was reported
    assert not reader_frame("How many passengers will the ferry carry?", line)
    assert not reader_frame("How did the two sides describe the line?", line)


def _vector(engine, question: str) -> list[float] | None:
    seen = {}
    real = pipeline._features

    def spy(*args, **kwargs):
        seen["x"] = real(*args, **kwargs)
        return seen["x"]
    pipeline._features = spy
    try:
        engine.ask(question)
    finally:
        pipeline._features = real
    return seen.get("x")


def test_the_decision_weighs_both_against_the_best_sentence(engine):
    x = _vector(engine, "Will the ferry Vitus Bering carry 500 passengers on each trip?")
    assert x is not None and x[decision.FEATURES.index("number_conflict")] == 1.0
    x = _vector(engine, "How many passengers will the ferry Vitus Bering carry on each trip?")
    assert x is None or x[decision.FEATURES.index("number_conflict")] == 0.0
    x = _vector(engine, "What gift did Semenov present to Pham Anh Tuan in Quy Nhon?")
    assert x is None or x[decision.FEATURES.index("gift_unwritten")] == 1.0
    assert not engine.ask("What gift did Semenov present to Pham Anh Tuan in Quy Nhon?").answered
    x = _vector(engine, "How do I get a ticket for the ferry Vitus Bering from Quy Nhon?")
    assert x is None or x[decision.FEATURES.index("reader_frame")] == 1.0


def _places(engine) -> tuple[dict[int, str], int, int]:
    kinds = dict(engine.conn.execute("SELECT id, kind FROM actors"))
    ids = {name: i for i, name in engine.conn.execute("SELECT id, name FROM actors WHERE kind = 'place'")}
    quy = next(i for n, i in ids.items() if "Quy" in n)
    other = ids["Vladivostok"]
    return kinds, quy, other


def test_a_yes_no_or_when_question_set_elsewhere_conflicts(engine):
    kinds, quy, other = _places(engine)
    row = engine.conn.execute("SELECT id, source_id, position, paragraph, text FROM sentences WHERE text LIKE ?",
                              ["%met provincial leader%"]).fetchone()
    met = Candidate(*row)
    # the meeting took place in Quy Nhon: asked elsewhere, a yes/no or "when" question conflicts
    def plan(answer_type, slots, words):
        return SimpleNamespace(answer_type=answer_type, slots=slots, slot_words=words)
    asked = "Did Semenov meet Tuan in Vladivostok?"
    assert place_conflict(engine.conn, asked, plan("yesno", [{other}], ["vladivostok"]), kinds, met)
    assert place_conflict(engine.conn, asked, plan("date", [{other}], ["vladivostok"]), kinds, met)
    assert not place_conflict(engine.conn, asked, plan("yesno", [{quy}], ["quy nhon"]), kinds, met)
    # a "what" question may be answered away from the place; no place asked, nothing to contradict
    assert not place_conflict(engine.conn, asked, plan("other", [{other}], ["vladivostok"]), kinds, met)
    assert not place_conflict(engine.conn, asked, plan("yesno", [], []), kinds, met)
    # the place begins a body's name: it sets no scene
    named = "When did Vladivostok State University sign with Quy Nhon?"
    assert not place_conflict(engine.conn, named, plan("date", [{other}], ["vladivostok"]), kinds, met)
