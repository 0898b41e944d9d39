"""The attribute or role a question asks of a thing, which the best sentence (or a runner-up the
reply would quote) must write (knowledge/answer/asked_focus.py, through asked_detail.unwritten).
Articles written for this test."""

from __future__ import annotations

from knowledge.answer.asked_detail import unwritten
from knowledge.answer.asked_focus import focus
from tests.helpers.engine_stores import module_engine

SHIPYARD = """---
title: Nakhodka shipyard opens office in Hai Phong
outlet: Test Wire
date: 2022-03-09
---
Nakhodka shipyard opens office in Hai Phong

HAI PHONG — The Vostok Marine shipyard of Nakhodka opened a representative office in Hai Phong on Tuesday.

Vostok Marine is a joint venture set up by the Nakhodka city government and the Vietnamese firm Bien Xanh.

The office will help Vietnamese shipowners order tugboats and ferries from the yard, the company said.
"""

# the attribute's and role's words are in the store, about other things: no unknown word declines the question
FESTIVAL = """---
title: Film week in Hanoi
outlet: Test Wire
date: 2022-04-02
---
Film week in Hanoi

HANOI — Director Nikita Orlov opened a week of Russian films in the capital on Friday.

The chairman of the city's film club thanked the guests, and a registered charity sold tickets.
"""

engine = module_engine("asked_focus", {"shipyard.txt": SHIPYARD, "festival.txt": FESTIVAL})


def _no(question: str, sentence: str, runners_up: tuple[str, ...] = ()) -> bool:
    return unwritten(question, question.lower().rstrip("?").split(), sentence, list(runners_up))


def test_the_attribute_asked_is_read_from_its_phrase():
    assert focus("What is the registered capital of Vostok Marine?") == "capital"
    assert focus("What was the voter turnout in the Primorye election?") == "turnout"
    assert focus("Who is Vostok Marine's general director?") == "director"
    assert focus("Who chairs the Hai Phong shipowners' club?") == "lead"
    # the kind of answer, a noun given by a figure or an instance, a verb the pattern takes for a noun
    assert focus("What is the purpose of the office?") is None
    assert focus("What is the relationship between the two yards?") is None
    assert focus("What was the meeting meant to prepare?") is None
    assert focus("What are the two sides hoping to build?") is None
    assert focus("Which ferries did the yard build?") is None


def test_a_tie_an_effect_or_a_mood_is_told_by_instance_not_by_its_noun():
    # "the link between", "the consequences of", "the mood in": a sentence tells what joins them, what
    # followed or what was heard, and never needs the noun itself
    assert focus("What is the link between Pavel Orlov and Bien Xanh?") is None
    assert focus("What is Bien Xanh's connection to Vostok Marine?") is None
    assert focus("What were the consequences of the storm?") is None
    assert focus("What was the mood in the shipyard during the launch?") is None
    assert not _no("What were the consequences of the storm?", "The storm hit Nakhodka on Monday, leaving two ferries sunk.")
    assert not _no("What was the mood in the shipyard during the launch?", "Workers cheered as the tug slid into the bay.")
    # an attribute asked is still read, and unwritten when no word of it is there
    assert focus("What is the annual turnover of Bien Xanh?") == "turnover"
    assert _no("What is the annual turnover of Bien Xanh?", "Bien Xanh builds tugboats in Hai Phong.")


def test_an_attribute_or_role_the_sentence_never_writes_is_unwritten():
    venture = "Vostok Marine is a joint venture set up by the Nakhodka city government and the firm Bien Xanh."
    assert _no("What is the registered capital of Vostok Marine?", venture)
    assert _no("Who is the general director of Vostok Marine?", venture)
    assert _no("Who chairs Vostok Marine?", venture)
    assert _no("What was the score of the final?", "Sixteen teams played 31 matches in the cup.")
    # written: the word, a form of it, a word of leading, a quoted title
    assert not _no("What is the registered capital of Vostok Marine?", "Its charter capital is 5 million USD.")
    assert not _no("Who is the general director of Vostok Marine?", "Vostok Marine's head, Pavel Orlov, spoke.")
    assert not _no("Who chairs Vostok Marine?", "The board is led by Pavel Orlov.")
    assert not _no("What is the title of his book?", 'He presented his book "Sea Roads" to the guests.')
    assert not _no("What is the tanker's displacement?", "It displaces roughly 9,000 tonnes.")
    # a runner-up the reply quotes beside the best sentence writes it
    assert not _no("Who is the head of Vostok Marine?", venture, ("Pavel Orlov, director general of Vostok Marine, said so.",))


def test_the_engine_declines_an_attribute_no_article_gives(engine):
    ans = engine.ask("What is the registered capital of Vostok Marine?")
    assert not ans.answered and not ans.citations
    ans = engine.ask("Who is the general director of Vostok Marine?")
    assert not ans.answered and not ans.citations
    ans = engine.ask("Who chairs Vostok Marine?")
    assert not ans.answered and not ans.citations
    ans = engine.ask("Who set up Vostok Marine?")
    assert ans.answered and "Bien Xanh" in ans.text
