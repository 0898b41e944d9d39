"""An adjective's comparative, superlative and '-en' verb stem as the adjective: 'wider', 'widest',
'widened' ~ 'wide'; 'largest' ~ 'large'; 'deepening' ~ 'deep'. Short words in -er and words in -est
that are words of their own ('order', 'power', 'interest', 'forest') keep their own stems."""

from __future__ import annotations

import pytest

from knowledge.answer.rank import term_hits
from knowledge.answer.retrieve import stem


@pytest.mark.parametrize("adjective,forms", [
    ("wide", ("wider", "widest", "widen", "widened", "widening")),
    ("large", ("larger", "largest")),
    ("deep", ("deeper", "deepest", "deepen", "deepened", "deepening")),
    ("big", ("biggest",)), ("high", ("higher", "highest")), ("safe", ("safer", "safest")),
    ("broad", ("broaden", "broadens")), ("tight", ("tighten", "tightening")),
])
def test_degrees_and_en_verbs_stem_as_the_adjective(adjective, forms):
    assert {stem(f) for f in forms} == {stem(adjective)}


@pytest.mark.parametrize("word,other", [("order", "ord"), ("power", "pow"), ("after", "aft"), ("offer", "off"),
                                        ("interest", "inter"), ("forest", "for"), ("request", "requ"),
                                        ("meter", "met"), ("listen", "list")])
def test_words_of_their_own_keep_apart(word, other):
    assert stem(word) != stem(other)


def test_question_word_found_in_another_degree():
    assert term_hits(["widen"], "Lisbon and Porto agreed on wider links between their ports") == [1.0]
    assert term_hits(["largest"], "Ghana hosted a large trade fair in Kumasi") == [1.0]
    assert term_hits(["deeper"], "The two parties vowed to deepen ties") == [1.0]
    assert term_hits(["interest"], "The rangers walked through the forest") == [0.0]
