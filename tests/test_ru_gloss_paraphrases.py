"""The English word a Russian question's gloss gives finds the sentence that writes its other sense:
"первоначальная" is "original", news writes "initial"; "присутствовал при" is "witnessed", news writes
"attended". "Handed" is kept apart from "passed on": as one family it lost prize questions. Sentences
written for this test."""

from __future__ import annotations

from knowledge.answer.rank import term_hits


def test_a_gloss_finds_the_word_news_writes_for_it():
    assert term_hits(["original"], "He put the initial output of the mill at 500 tonnes.") == [0.9]
    assert term_hits(["witnessed"], "The signing was attended by Deputy Minister Oleg Sokolov.") == [0.9]
    assert term_hits(["rescuer"], "Lifeguard Tran Van Duc pulled the swimmer ashore.") == [0.9]
    assert term_hits(["aid"], "Fishermen came to help the stranded sailors off Phu Quoc.") == [0.9]


def test_an_unrelated_sentence_gets_no_paraphrase_credit():
    assert term_hits(["handed"], "The envoy passed on greetings from the governor of Perm.") == [0.0]
    assert term_hits(["original"], "He put the output of the mill at 500 tonnes.") == [0.0]
