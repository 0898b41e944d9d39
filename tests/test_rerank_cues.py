"""The re-ranking's list cue: a plural "which / what" asks several things, and a sentence writing
"A, B and C" names them."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer import rerank
from knowledge.answer.rank import Ranked
from knowledge.answer.rerank_cues import lists_asked, writes_list
from knowledge.answer.retrieve import Candidate

PLAN = SimpleNamespace(answer_type="other", city=False, speaker_asked=False, hard=[], slots=[])


def _ranked(sid: int, text: str, score: float, position: int) -> Ranked:
    cand = Candidate(sentence_id=sid, source_id=1, position=position, paragraph=0, text=text, bm25=0.5, ties={})
    return Ranked(cand, score, [], 0.5, False, False)


def test_a_plural_after_the_wh_word_asks_a_list():
    assert lists_asked("which baltic ports did the ferry call at".split())
    assert lists_asked("what dishes were served at the dinner".split())
    assert not lists_asked("what did the mayor say".split())  # a verb, not a plural noun
    assert not lists_asked("what is the name of the ship".split())
    assert not lists_asked("which news agency reported the fire".split())
    assert not lists_asked("who opened the fair".split())


def test_a_list_is_three_items_or_more():
    assert writes_list("The menu offered borscht, pelmeni and blini.")
    assert writes_list("The ferry called at Tallinn, Riga, Klaipeda and Gdansk.")
    assert not writes_list("The ferry called at Tallinn and Riga.")


def test_a_list_counts_only_when_the_question_asks_several_things():
    listing = _ranked(1, "The ferry called at Tallinn, Riga, Klaipeda and Gdansk.", 2.0, 3)
    col = rerank.FEATURES.index("listed")
    terms = ["ferry"]
    assert rerank.feature_rows([listing], terms, "which ports did the ferry call at".split(), PLAN)[0][col] == 1.0
    assert rerank.feature_rows([listing], terms, "when did the ferry call at riga".split(), PLAN)[0][col] == 0.0


def test_a_count_of_two_is_not_a_list_asked():
    assert not lists_asked("which two ports did the ferry link".split())
    assert lists_asked("which three ports did the ferry link".split())


def test_a_kind_asked_is_not_a_list_asked():
    assert not lists_asked("what kind of ties link the two ports".split())
    assert not lists_asked("what kinds of goods did the ferry carry".split())
    assert lists_asked("what goods did the ferry carry".split())
