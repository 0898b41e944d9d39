"""A Vietnamese question's lower-case syllables are common words ("tỉnh nào": which province), which
Vietnamese names share ("Hà Tĩnh"); a name in the reply is new to the question unless the question
writes it as a name (knowledge/answer/name_written.question_words). Article written for this test."""

from __future__ import annotations

from knowledge.answer.name_written import fresh_name, question_words
from knowledge.question import detect_language, parse
from tests.helpers.engine_stores import module_engine

TWINS = """---
title: Lipetsk and a Vietnamese province agree to cooperate
outlet: Test Wire
date: 2019-04-18
---
Lipetsk and a Vietnamese province agree to cooperate

LIPETSK, April 18 — The Lipetsk region signed a cooperation agreement on Thursday with the central Vietnamese province of Hà Tĩnh, its governor Igor Artamonov said.

The two sides plan to exchange delegations of farmers and teachers next year.
"""

engine = module_engine("vi_question_words", {"twins.txt": TWINS})


def _words(text: str) -> set[str]:
    return question_words(text, parse(text, detect_language(text)).tokens)


def test_a_vietnamese_question_names_with_its_capitalised_syllables_only():
    words = _words("Vùng Lipetsk ký thỏa thuận hợp tác với tỉnh nào của Việt Nam?")
    assert fresh_name("Hà Tĩnh", words)  # "tỉnh" asks the kind, it names no "Tĩnh"
    assert not fresh_name("Lipetsk", words)
    assert not fresh_name("Việt Nam", words)
    asked = _words("Tỉnh Hà Tĩnh ký thỏa thuận hợp tác với vùng nào của Nga?")
    assert not fresh_name("Hà Tĩnh", asked)  # written as a name, even opening the question


def test_an_english_question_keeps_every_word():
    assert not fresh_name("Minh", _words("Which city did Minh visit?"))
    assert not fresh_name("Tula", _words("Which province is twinned with tula?"))


def test_a_vietnamese_name_sharing_a_syllable_with_the_question_answers(engine):
    a = engine.ask("Vùng Lipetsk ký thỏa thuận hợp tác với tỉnh nào của Việt Nam?")
    assert a.answered and "Hà Tĩnh" in a.text, a.text


def test_a_place_asked_with_its_noun_is_also_the_place_stored_by_its_bare_name():
    """"tỉnh Tver" reads "Tver province": one article writes the noun, another only "Tver" (which the
    extractor may store as an organisation)."""
    from knowledge.match.index import ActorIndex

    ix = ActorIndex({1: ("tver province", "Tver province", "place"), 2: ("tver", "Tver", "org"),
                     3: ("ninh binh", "Ninh Binh", "place")},
                    [(1, "Tver province"), (2, "Tver"), (3, "Ninh Binh")], [])
    mentions = ix.find(parse("Tỉnh nào của Việt Nam kết nghĩa với tỉnh Tver?", "vi")).mentions
    assert [sorted(m.actor_ids) for m in mentions if "tver" in m.text] == [[1, 2]]
    bare = ix.find(parse("Which Vietnamese province is twinned with Tver?", "en")).mentions
    assert [sorted(m.actor_ids) for m in bare if "tver" in m.text] == [[2]]  # the bare name stays itself


def test_vao_dip_gi_asks_the_occasion_as_nhan_dip_gi_does():
    from knowledge.answer.intent import answer_type

    for text in ("Bà Matviyenko sang Hà Nội vào dịp gì?", "Ba Matviyenko sang Ha Noi vao dip gi?",
                 "Ông Shoigu đến Hải Phòng trong dịp nào?"):
        assert answer_type(parse(text, "vi"))[0] == "reason", text
