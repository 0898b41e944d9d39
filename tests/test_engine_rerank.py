"""The learned re-ranking stage: its features, its order, and where its weights come from."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from knowledge.answer import rerank
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate

ROOT = Path(__file__).resolve().parents[1]


def _ranked(sid: int, text: str, score: float, position: int, coverage: float, source: int = 1,
            ties: dict[int, str] | None = None) -> Ranked:
    cand = Candidate(sentence_id=sid, source_id=source, position=position, paragraph=0, text=text, bm25=coverage,
                     ties=ties or {7: "named"})
    return Ranked(cand, score, [1.0], coverage, False, False)


PLAN = SimpleNamespace(answer_type="statement", city=False, speaker_asked=True, hard=[True], slots=[{7}])


def test_near_counts_the_question_phrases_the_sentence_writes_together():
    terms = ["passengers", "gain"]
    assert rerank.near(terms, "He added that passengers would gain a wider choice.") == 1.0
    assert rerank.near(terms, "Passengers from Irkutsk and Tomsk, the airline said, are flying more this year "
                              "and the carrier expects to gain share.") == 0.0
    assert rerank.near(["passengers"], "Passengers would gain.") == 0.0  # no pair to look at


def test_novel_is_what_a_sentence_adds_to_the_question():
    tokens = ["what", "did", "the", "governor", "say", "about", "the", "port"]
    assert rerank.novel(tokens, "The governor spoke about the port.") < 0.5  # spoke: the only new word
    assert rerank.novel(tokens, "The governor said the port would handle two million tonnes of grain.") > 0.5


def test_a_sentence_writing_the_questions_phrase_overtakes_one_with_its_words_scattered():
    """Level on the ranker's score, place and length: the phrase of the question, written again,
    is the better evidence."""
    terms = ["passengers", "gain"]
    tokens = ["what", "would", "passengers", "gain"]
    scattered = _ranked(1, "Passengers from Irkutsk liked the new route, and the airline hopes to gain more.", 4.02, 3, 0.7)
    phrase = _ranked(2, "He added that the passengers would gain a wider choice of routes to Irkutsk.", 4.0, 3, 0.7)
    out = rerank.rerank([scattered, phrase], terms, tokens, PLAN)
    assert [r.cand.sentence_id for r in out] == [2, 1]


def test_the_best_candidates_article_is_evidence_for_its_other_sentences():
    """The runner-up from another article falls behind a sentence of the best candidate's article
    scored a little lower."""
    terms = ["port", "cranes"]
    tokens = ["how", "many", "cranes", "at", "the", "port"]
    best = _ranked(1, "The port of Kobe ordered new cranes.", 5.0, 0, 0.9, source=1)
    other = _ranked(2, "The port of Hakata uses old cranes.", 4.31, 2, 0.9, source=2)
    same = _ranked(3, "The port of Kobe has six cranes.", 4.3, 2, 0.9, source=1)
    order = [r.cand.sentence_id for r in rerank.rerank([best, other, same], terms, tokens, PLAN)]
    assert order.index(3) < order.index(2)


def _feature(rows: list[list[float]], name: str) -> list[float]:
    return [row[rerank.FEATURES.index(name)] for row in rows]


def test_a_sentence_in_the_questions_own_words_restates_it():
    """Questions are written from a sentence: one whose longer words are mostly the question's
    restates it; one that mostly adds other matters does not."""
    tokens = ["what", "did", "the", "mayor", "of", "turku", "promise", "the", "kyoto", "delegation"]
    restating = _ranked(1, "The mayor of Turku promised the Kyoto delegation new ferries.", 4.0, 3, 0.9)
    adding = _ranked(2, "The mayor of Turku, speaking after a tour of the harbour and the shipyards, praised "
                        "the engineers and the city council.", 4.0, 3, 0.3)
    rows = rerank.feature_rows([restating, adding], ["mayor", "turku", "promise", "kyoto", "delegation"], tokens, PLAN)
    assert _feature(rows, "restates") == [1.0, 0.0]


def test_a_sentence_about_others_than_the_question_names_falls_behind():
    """Level on the ranker's score, place, length and the number of people named: the sentence
    naming two people the question does not ask about falls behind the one naming those it asks about."""
    plan = SimpleNamespace(answer_type="statement", city=False, speaker_asked=False, hard=[True, True, True],
                           slots=[{7}, {8}, {9}])
    terms = ["ferries"]
    tokens = ["what", "did", "ito", "ono", "and", "ota", "say", "about", "ferries"]
    others = _ranked(1, "Ito, Oda and Abe talked about the ferries at length.", 4.02, 3, 0.8,
                     ties={7: "named", 10: "named", 11: "named"})
    asked = _ranked(2, "Ito, Ono and Ota talked about the ferries at length.", 4.0, 3, 0.8,
                    ties={7: "named", 8: "named", 9: "named"})
    rows = rerank.feature_rows([others, asked], terms, tokens, plan)
    assert _feature(rows, "log_others")[1] == 0.0 < _feature(rows, "log_others")[0]
    out = rerank.rerank([others, asked], terms, tokens, plan)
    assert [r.cand.sentence_id for r in out] == [2, 1]


def test_rerank_keeps_every_candidate_and_leaves_the_tail_in_place():
    many = [_ranked(i, f"Sentence number {i} about the port of Kobe and its cranes.", 10.0 - i * 0.01, i, 0.5)
            for i in range(rerank.RERANK + 5)]
    out = rerank.rerank(many, ["port", "cranes"], ["port", "cranes"], PLAN)
    assert sorted(r.cand.sentence_id for r in out) == list(range(rerank.RERANK + 5))
    assert out[rerank.RERANK:] == many[rerank.RERANK:]


def test_weights_were_fitted_only_on_sets_that_had_their_blind_run():
    data = json.loads(rerank.WEIGHTS_FILE.read_text(encoding="utf-8"))
    assert set(data["weights"]) == set(rerank.FEATURES)
    assert data["fitted_on"]
    for name in data["fitted_on"] + data.get("context_gain_chosen_on", []) + data.get("title_named_chosen_on", []):
        assert (ROOT / "bench" / name / "first_run.txt").is_file(), f"{name} was never run blind before the fit"


def test_a_sentence_naming_the_person_asked_beats_a_restating_lead_for_a_who_question():
    """Level on the ranker's score: the lead restating the event names nobody who did it; the later
    sentence holding a person (typed) answers who."""
    plan = SimpleNamespace(answer_type="person", city=False, speaker_asked=False, hard=[True], slots=[{7}])
    tokens = ["who", "opened", "the", "new", "concert", "hall", "in", "tampere"]
    terms = ["opened", "concert", "hall", "tampere"]
    lead = _ranked(1, "A new concert hall was opened in Tampere on Saturday.", 4.6, 0, 1.0, ties={7: "place"})
    text = "The hall was opened by the conductor Aino Virtanen, who led the first concert in Tampere."
    cand = Candidate(sentence_id=2, source_id=1, position=3, paragraph=0, text=text, bm25=0.8,
                     ties={7: "place", 9: "person"})
    named = Ranked(cand, 4.6, [1.0], 0.8, True, False)  # typed: it holds a person the question does not name
    assert [r.cand.sentence_id for r in rerank.rerank([lead, named], terms, tokens, plan)] == [2, 1]
