"""A "who" question is answered by a name: the loader ties "He said …" to its speaker, so the ranker
counts it as naming someone; the re-ranking stage (named_other, names_unasked.py) prefers the sentence
that writes a person or body the question does not name. Sentences written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer import rerank
from knowledge.answer.names_unasked import names_unasked
from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate

KINDS = {1: "person", 2: "person", 3: "org", 4: "place"}
FORMS = {1: (" Marek Zielinski ", " Zielinski "), 2: (" Anna Kowal ", " Kowal "), 3: (" Lyon Textile Museum ",),
         4: (" Lyon ",)}


def _forms(actor: int) -> tuple[str, ...]:
    return FORMS.get(actor, ())


def test_a_name_written_counts_a_pronoun_tied_to_it_does_not():
    assert names_unasked("Marek Zielinski cut the ribbon at the fair.", {1: "named"}, KINDS, set(), _forms)
    assert names_unasked("The fair was staged by the Lyon Textile Museum.", {3: "named"}, KINDS, set(), _forms)
    assert not names_unasked("He cut the ribbon at the fair.", {1: "speaker"}, KINDS, set(), _forms)
    # the person the question names, or a place, answers no "who"
    assert not names_unasked("Zielinski cut the ribbon in Lyon.", {1: "named", 4: "named"}, KINDS, {1}, _forms)
    # written without the diacritics or the case the name form has
    assert names_unasked("ANNA KOWAL opened the fair.", {2: "named"}, KINDS, set(), _forms)


def _ranked(sid: int, text: str, score: float, named: bool) -> Ranked:
    cand = Candidate(sentence_id=sid, source_id=1, position=sid, paragraph=0, text=text, bm25=0.5, ties={})
    return Ranked(cand, score, [], 0.5, True, False, named=named)


def test_for_a_who_the_sentence_writing_a_name_overtakes_the_pronoun():
    plan = SimpleNamespace(answer_type="person", city=False, speaker_asked=False, hard=[], slots=[])
    pronoun = _ranked(1, "He opened the textile fair in Lyon on Friday morning.", 4.3, False)
    named = _ranked(2, "Kowal opened the textile fair in Lyon on Friday morning.", 4.2, True)
    terms, tokens = ["opened", "textile", "fair", "lyon"], "who opened the textile fair in lyon".split()
    assert [r.cand.sentence_id for r in rerank.rerank([pronoun, named], terms, tokens, plan)] == [2, 1]
    unnamed = _ranked(2, "Kowal opened the textile fair in Lyon on Friday morning.", 4.2, False)
    assert [r.cand.sentence_id for r in rerank.rerank([pronoun, unnamed], terms, tokens, plan)] == [1, 2]
