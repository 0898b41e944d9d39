"""The learned re-ranking stage: its features, its order, and where its weights come from."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from knowledge.answer import rerank
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate

ROOT = Path(__file__).resolve().parents[1]


def _ranked(sid: int, text: str, score: float, position: int, coverage: float, source: int = 1) -> Ranked:
    cand = Candidate(sentence_id=sid, source_id=source, position=position, paragraph=0, text=text, bm25=coverage,
                     ties={7: "named"})
    return Ranked(cand, score, [1.0], coverage, False, False)


PLAN = SimpleNamespace(answer_type="statement", city=False, speaker_asked=True, hard=[True])


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
    out = rerank.rerank([best, other, same], terms, tokens, PLAN)
    assert [r.cand.sentence_id for r in out] == [1, 3, 2]


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
    for name in data["fitted_on"]:
        assert (ROOT / "bench" / name / "first_run.txt").is_file(), f"{name} was never run blind before the fit"
