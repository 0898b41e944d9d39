"""A question restricting its answer to one side ("Which Russian company …", "Who led the Vietnamese
delegation?") is not answered by a sentence whose entities beyond the question are all the other
side's (knowledge/answer/side_asked.py); an entity of unknown side never blocks, and a sentence
naming the side asked answers. Articles written for this test."""

from __future__ import annotations

import pytest

from knowledge.answer.side_asked import (_known_place, _person_side, _writes_asked, _written_side, asked_nation,
                                         sentence_words, written_of)
from knowledge.question import parse
from knowledge.sentence_parse import Parsed, Tok
from tests.helpers.engine_stores import module_engine

TIMBER = """---
title: Timber deal signed in Khabarovsk
outlet: Test Wire
date: 2024-03-14
---
Timber deal signed in Khabarovsk

KHABAROVSK — Vietnamese furniture company Hoa Sen Woodcraft on Wednesday signed a three-year contract to buy pine logs from the Khabarovsk region.

The company's director, Le Thi Mai, said the first shipment would reach Quy Nhon in May.
"""

ROWING = """---
title: Rowing regatta held on the Perfume River
outlet: Test Wire
date: 2023-09-02
---
Rowing regatta held on the Perfume River

HUE — A friendly rowing regatta was held on the Perfume River on Saturday.

The Vietnamese team was led by coach Dang Van Toan, who said his crews had trained for a month.

The Russian team was led by coach Pavel Orlov, who praised the calm water.
"""

engine = module_engine("side_asked", {"timber.txt": TIMBER, "rowing.txt": ROWING})


@pytest.mark.parametrize("question, want", [
    ("Which Russian company signed the timber contract?", ("Russia", False)),
    ("Which Vietnamese province hosted the regatta?", ("Vietnam", True)),
    ("Who led the Russian team at the regatta?", ("Russia", False)),
    ("Who spoke for the Vietnamese side?", ("Vietnam", False)),
    ("Кто из вьетнамских тренеров выступил?", ("Vietnam", False)),
    ("Who received the Russian team?", None),  # the answer is the host, of either side
    ("What did the Russian team say?", None),
])
def test_the_side_a_question_asks(question, want):
    assert asked_nation(parse(question).tokens) == want


def _doc(words: list[tuple[str, str]]) -> Parsed:
    doc = Parsed([Tok(w, p, "", i, i) for i, (w, p) in enumerate(words)], [])
    for t in doc.toks:
        t.doc = doc
    return doc


def test_a_role_written_of_a_country():
    doc = _doc([("the", "DET"), ("Russian", "ADJ"), ("deputy", "NOUN"), ("minister", "NOUN"), ("spoke", "VERB")])
    assert written_of(doc, 3) == "Russia"
    doc = _doc([("Russian", "ADJ"), ("guests", "NOUN"), ("met", "VERB"), ("the", "DET"), ("minister", "NOUN")])
    assert written_of(doc, 4) is None  # the country of someone else, across the verb


def test_only_the_other_sides_firm_answers_no_question_of_one_side(engine):
    a = engine.ask("Which Russian company signed the contract to buy pine logs?")
    assert not a.answered and not a.citations, a.text


def test_the_firm_of_the_side_asked_answers(engine):
    a = engine.ask("Which Vietnamese company signed the contract to buy pine logs?")
    assert a.answered and "Hoa Sen Woodcraft" in a.text, a.text


def test_the_leader_of_the_side_asked_is_quoted_first(engine):
    a = engine.ask("Who led the Russian team at the rowing regatta?")
    assert a.answered and "Orlov" in a.citations[0].quote, a.text
    a = engine.ask("Who led the Vietnamese team at the rowing regatta?")
    assert a.answered and "Dang Van Toan" in a.citations[0].quote, a.text


def test_a_sides_plan_asks_a_thing_not_a_side():
    assert asked_nation(parse("What does the Vietnamese side plan to build in Da Lat?").tokens) is None
    assert asked_nation(parse("Что российская сторона намерена построить?").tokens) is None


def test_a_verb_ends_the_phrase_a_country_is_read_in():
    text = "The Russian delegation visited the Perm Motors plant."
    doc = _doc([(w, "VERB" if w == "visited" else "PROPN") for w in text.rstrip(".").split()])
    words = sentence_words(text, doc)
    assert _written_side(["perm", "motors"], words) is None
    words = sentence_words("The Russian engine maker Perm Motors exhibited.", _doc([("exhibited", "VERB")]))
    assert _written_side(["perm", "motors"], words) == "Russia"


@pytest.mark.parametrize("question, sentence, nation, want", [
    ("Which Russian squad stayed on in Da Nang?",
     "Russia's under-18 national chess squad stayed on in Da Nang for a rematch.", "Russia", True),
    ("Which Vietnamese label was shown at the Kazan fair?",
     "Golden Lotus, a Vietnamese label sold in Tatarstan, was shown.", "Vietnam", True),
    ("Which Russian squad stayed on in Da Nang?",
     "Vietnam's under-18 squad stayed on in Da Nang.", "Russia", False),
    ("Which Russian squad stayed on in Da Nang?",
     "The Russian coach praised the Vietnamese squad.", "Russia", False),  # the squad is another's
])
def test_the_noun_asked_written_of_the_side_asked(question, sentence, nation, want):
    words = sentence_words(sentence, _doc([("praised", "VERB")]))
    assert _writes_asked(parse(question).tokens, words, nation) is want


def test_an_unknown_name_is_russian_only_when_a_person_is_asked():
    words = sentence_words("Golden Lotus was shown.", _doc([]))
    assert _person_side("Golden Lotus", words, True) == "Russia"
    assert _person_side("Golden Lotus", words, False) is None  # a brand the tagger took for a person
    assert _person_side("Tran Van Khoa", words, False) == "Vietnam"


def test_a_name_the_tagger_took_for_a_place_is_a_body_of_unknown_side():
    assert _known_place("Moscow") and _known_place("Hai Phong")
    assert not _known_place("Technopromexport")
