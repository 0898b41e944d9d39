"""The crude stem treats a verb or noun in '-ply' / '-lly' as its inflections do: 'reply' ~ 'replied' ~
'replies', 'supply' ~ 'supplies'. Stripping '-ly' as from an adverb made 'reply' 'rep' and 'supply'
'supp', which no inflected form matches, so "when he replied" did not carry the question's 'reply'.
Adverbs keep their adjective: 'deeply' ~ 'deep', 'newly' ~ 'new', 'fully' ~ 'full'."""

from __future__ import annotations

import pytest

from knowledge.answer.rank import term_hits
from knowledge.answer.retrieve import stem


@pytest.mark.parametrize("base,forms", [("reply", ("replied", "replies")), ("supply", ("supplied", "supplies")),
                                        ("apply", ("applied", "applies"))])
def test_ply_verbs_stem_as_their_inflections(base, forms):
    assert {stem(f) for f in forms} == {stem(base)}


@pytest.mark.parametrize("adverb,adjective", [("deeply", "deep"), ("newly", "new"), ("fully", "full"),
                                              ("quickly", "quick")])
def test_adverbs_keep_their_adjective(adverb, adjective):
    assert stem(adverb) == stem(adjective)


def test_question_word_found_in_its_inflection():
    assert term_hits(["replies"], "Yatskin replied that the two cities would keep in touch") == [1.0]
    assert term_hits(["supplies"], "Russia will supply the turbines next year") == [1.0]
