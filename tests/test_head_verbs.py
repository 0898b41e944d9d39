"""An office written by the verb of holding it ("who heads the …") is the office asked only when the
body headed is the one the question names. Names and bodies made up for this test."""

from __future__ import annotations

from knowledge.match.head_verbs import body_after, body_asked

TEXT = "irina volkova, who heads the tomsk seed bank, said the vault was full."


def _end(text: str, verb: str) -> int:
    return text.index(verb) + len(verb)


def test_the_body_is_the_clause_after_the_verb():
    assert body_after(TEXT, _end(TEXT, "who heads")) == ["the", "tomsk", "seed", "bank"]


def test_the_body_asked_shares_a_distinctive_word():
    end = _end(TEXT, "who heads")
    assert body_asked(TEXT, end, {"director", "tomsk", "seed", "bank", "spoke"})
    assert not body_asked(TEXT, end, {"director", "general", "aeroflot", "opened"})  # another body asked
    assert not body_asked(TEXT, end, set())  # no body asked at all


def test_title_words_alone_say_nothing_of_which_body():
    text = "oleg sorin, who heads the state department of archives, opened the fair."
    assert not body_asked(text, _end(text, "who heads"), {"state", "department", "director", "fair"})
