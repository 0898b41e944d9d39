"""How well the best sentence fits the question beyond shared words (knowledge/answer/sentence_fit.py):
a year the question states that the passage never writes, and a sentence mostly about something else
(the names of what the question asks about not counted as else); both are features of the decision's
vector (weighed by bench/fit_decision.py)."""

from __future__ import annotations

import sqlite3
from types import SimpleNamespace

from knowledge.answer import decision, sentence_fit
from knowledge.answer.retrieve import Candidate


def _conn() -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE sentences (id INTEGER PRIMARY KEY, source_id INT, position INT, text TEXT)")
    texts = ["The Kazan Opera toured Hue in the spring of 2011.",
             "Its director, Marat Galeev, led the company of 60 dancers.",
             "They gave four performances at the Hue Citadel."]
    conn.executemany("INSERT INTO sentences (source_id, position, text) VALUES (7, ?, ?)", list(enumerate(texts)))
    return conn


def _cand(position: int, text: str) -> Candidate:
    return Candidate(sentence_id=position + 1, source_id=7, position=position, paragraph=0, text=text)


def test_the_passage_is_the_sentence_and_its_two_neighbours():
    conn = _conn()
    passage = sentence_fit.around(conn, _cand(1, "Its director, Marat Galeev, led the company of 60 dancers."))
    assert len(passage) == 3 and passage[0].endswith("2011.")
    assert len(sentence_fit.around(conn, _cand(0, "The Kazan Opera toured Hue in the spring of 2011."))) == 2


def test_a_year_written_next_to_the_sentence_counts_as_written():
    passage = sentence_fit.around(_conn(), _cand(1, ""))
    assert not sentence_fit.year_unwritten("Who led the Kazan Opera dancers in Hue in 2011?", passage)
    assert sentence_fit.year_unwritten("Who led the Kazan Opera dancers in Hue in 2014?", passage)
    assert not sentence_fit.year_unwritten("Who led the Kazan Opera dancers in Hue?", passage)


def test_a_sentence_about_other_things_is_off_the_question():
    question = "How many performances did the Kazan Opera give at the Hue Citadel?"
    near = sentence_fit.off_question(question, ["performances", "citadel"], "They gave four performances at the Hue Citadel.")
    far = sentence_fit.off_question(question, ["performances", "citadel"],
                                    "The Kazan Opera was founded in 1939 and has staged ballets across Europe and Asia.")
    assert near < 0.5 < far
    # a question asked in Vietnamese is read through its English search words
    assert sentence_fit.off_question("Nhà hát Kazan biểu diễn mấy buổi ở Huế?", ["performances", "citadel"],
                                     "They gave four performances at the Hue Citadel.") < 0.5


def test_the_names_of_what_is_asked_are_not_off_the_question():
    """A role asked is its holder: the holder's name written in the sentence is what is asked."""
    store = SimpleNamespace(name_forms=lambda actor: {4: ("marat galeev",), 5: ("hue",)}[actor])
    names = sentence_fit.asked_names(store, SimpleNamespace(slots=[{4}, {5}]))
    assert names == ["marat galeev", "hue"]
    sentence = "Its director, Marat Galeev, said the tour of Hue was a success."
    asked = ["director", "tour"]
    assert sentence_fit.off_question("What did the opera's director say about the tour?", asked + names, sentence) < \
        sentence_fit.off_question("What did the opera's director say about the tour?", asked, sentence)


def test_the_decision_vector_carries_them():
    cand = SimpleNamespace(bm25=1.0)
    best = SimpleNamespace(slots=[1.0], score=3.0, coverage=0.5, typed=True, fits=False, cand=cand)
    plan = SimpleNamespace(speaker_asked=False, slots=[{1}], answer_type="number")
    x = decision.vector(best, SimpleNamespace(score=2.0), plan, 0, False, False, False, False, True, "en", False,
                        False, (0.0, 1.5), False, fit=(True, 0.75))
    assert len(x) == len(decision.FEATURES)
    assert x[decision.FEATURES.index("year_unwritten")] == 1.0 and x[decision.FEATURES.index("off_question")] == 0.75


def test_the_passage_is_read_only_for_a_question_stating_a_year():
    conn = _conn()
    cand = _cand(1, "Its director, Marat Galeev, led the company of 60 dancers.")
    assert sentence_fit.year_unwritten_around("Who led the Kazan Opera dancers in Hue in 2014?", conn, cand)
    assert not sentence_fit.year_unwritten_around("Who led the Kazan Opera dancers in Hue in 2011?", conn, cand)
    conn.close()  # no year asked: the store is not read at all
    assert not sentence_fit.year_unwritten_around("Who led the Kazan Opera dancers in Hue?", conn, cand)
