"""An asked body written by the noun heading its name ("the institute", "the centre's staff") after the
article named it in full: the sentence is about that body when no other body of the article has that
head noun; an asked person written by "she" / "his" after a sentence naming that person alone. Sentences
and articles written for this test."""

from __future__ import annotations

from knowledge.answer.referred_back import head_noun, heads_of, named_back, points_back, written_back
from knowledge.answer.rank import counts
from tests.helpers.engine_stores import first_quote, module_engine

NAMES = {1: ("institute of marine biology",), 2: ("da nang institute of marine biology",),
         3: ("kursk centre for rare languages",), 4: ("institute of applied physics",), 5: ("tula city",),
         6: ("ivan petrov",)}
KINDS = {1: "org", 2: "org", 3: "org", 4: "org", 5: "place", 6: "person"}


def back(text: str, slot: set[int], article: set[int]) -> bool:
    return named_back(text, slot, article, KINDS, lambda a: NAMES.get(a, ()))


def test_the_head_noun_of_a_bodys_name():
    assert head_noun("institute of marine biology") == "institute"
    assert head_noun("kursk centre for rare languages") == "centre"
    assert head_noun("perm state linguistic university") == "university"
    assert head_noun("kursk group") is None  # too vague to stand for one body
    assert head_noun("rosatom") is None  # no common noun


def test_a_body_written_by_its_head_noun():
    assert back("Olga Lebedeva, director of the institute, said the survey would go on.", {1}, {1, 3})
    assert back("The centre's staff welcomed the guests.", {3}, {1, 3})
    assert back("Olga Lebedeva, director of the institute, said so.", {1}, {1, 2, 3})  # one institute, two entries


def test_a_head_noun_several_bodies_share_or_a_name_of_its_own_is_no_reference():
    assert not back("Olga Lebedeva, director of the institute, said so.", {1}, {1, 4})  # which institute?
    assert not back("She visited the Institute of Applied Physics.", {1}, {1})
    assert not back("Olga Lebedeva, director of the institute, said so.", {1}, {3})  # not named in the article
    assert not back("The city welcomed the guests.", {5}, {5})  # a place is not a body
    assert not written_back("An institute of that kind is rare.", heads_of({1}, {1}, KINDS, lambda a: NAMES[a]))


def test_a_hyphenated_number_word_counts():
    assert counts("crews", "Thirty-two crews are competing in the rally near Tula.")
    assert not counts("crews", "One crew against another, the rally near Tula went on.")


PEOPLE = {11: "person", 12: "person", 13: "person", 14: "person", 19: "place"}
FORMS = {11: (" Anna Sorokina ",), 12: (" Sorokina ",), 13: (" Le Van Minh ",), 14: (" Minh ",), 19: (" Perm ",)}
# the article's sentences (position, ties): 0 names Sorokina (twice over) and Minh, 1 nobody, 2 Minh, 3 Sorokina
STORY = [(0, ((11, "named"), (12, "named"), (13, "event"))), (1, ((19, "named"),)), (2, ((13, "named"),)),
         (3, ((11, "named"), (12, "named"))), (4, ()), (5, ()), (6, ()), (7, ())]


def refers(text: str, position: int, slot: set[int], ties: dict[int, str] | None = None) -> bool:
    return points_back(text, position, ties or {}, slot, PEOPLE, STORY, lambda a: FORMS[a])


def test_a_pronoun_after_a_sentence_naming_the_asked_person_alone():
    assert refers("She had taught in Perm for ten years.", 4, {11})
    assert refers("She had taught in Perm for ten years.", 3, {13})  # sentence 2 names Minh alone
    assert refers("His greetings were read out by Minh.", 4, {11}, {14: "named"})  # Minh's, not his own


def test_a_pronoun_left_unread_when_others_are_named_or_it_is_the_sentences_own():
    assert not refers("It was her last visit.", 1, {11})  # sentence 0 names Minh too
    assert not refers("She had taught in Perm for ten years.", 3, {11})  # Minh, named just before
    assert not refers("Minh, for his part, praised the students.", 4, {11}, {14: "named"})
    assert not refers("She had taught in Perm for ten years.", 8, {11})  # more than three sentences back
    assert not refers("The students thanked the teachers.", 4, {11})  # no pronoun


ARTICLE = """---
title: Marine biologists from Vladivostok visit Da Nang
outlet: Test Wire
date: 2021-05-14
---
Marine biologists from Vladivostok visit Da Nang

A team of Russian marine biologists arrived at the Institute of Marine Biology in Da Nang on Tuesday for a joint survey of coral reefs.

The visitors brought sampling equipment and will stay until the end of the month.

Associate Professor Le Thi Mai, director of the institute, said the survey was the third joint voyage since 2015.
"""

engine = module_engine("body_back", {"marine_biology.txt": ARTICLE})


def test_a_director_of_the_institute_answers_who_directs_it(engine):
    a = engine.ask("Who is the director of the Institute of Marine Biology?")
    assert a.answered and "Le Thi Mai" in first_quote(a)
