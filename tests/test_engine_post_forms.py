"""A post asked of a named person is answered by a title joined by hyphens ("vice-rector",
"editor-in-chief"), by a membership or an academic rank written beside the name ("a full member of the
Academy", "Professor X"), and the words only qualifying the post noun ("X's full diplomatic title")
leave the question a post question (holders.asked_post, post_written with POST_NOUNS). On an article
written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import first_quote, module_engine

KAZAN = """---
title: Kazan and Hue universities sign a student exchange deal
outlet: Test Wire
date: 2019-04-11
---
Kazan and Hue universities sign a student exchange deal

Kazan Federal University and Hue University signed a student exchange agreement in Kazan on Wednesday, the first such deal between the two schools.

The university has held a leading position in chemistry teaching in the Volga region for decades.

Marat Safiullin, vice-rector of Kazan Federal University, and Tran Minh Hoang, deputy-director of the Hue University of Sciences, signed the documents.

The delegation from Hue was led by Nguyen Quoc Binh, a full member of the Vietnam Union of Science and Technology Associations.

Binh said twenty students would go to Kazan each year.
"""

engine = module_engine("post_forms", {"kazan.txt": KAZAN})


def test_a_hyphened_title_answers_the_post_asked(engine):
    a = engine.ask("What was Marat Safiullin's position?")
    assert a.answered and "vice-rector" in first_quote(a), a.text


def test_a_membership_answers_the_post_asked(engine):
    a = engine.ask("What title does Nguyen Quoc Binh hold?")
    assert a.answered and "full member" in first_quote(a), a.text


def test_hyphened_titles_and_their_deputies():
    from knowledge.answer.holders import POST_NOUNS, post_written

    text = "Marat Safiullin, vice-rector of Kazan Federal University, signed the documents."
    assert post_written(text, ("Marat Safiullin",))
    assert not post_written(text, ("Marat Safiullin",), deputies=False)  # a vice-rector heads nothing
    assert post_written("It was led by Editor-in-chief Ivan Petrov.", ("Ivan Petrov",))
    member = "Nguyen Quoc Binh, a full member of the Union, spoke."
    assert not post_written(member, ("Nguyen Quoc Binh",)) and post_written(member, ("Nguyen Quoc Binh",), POST_NOUNS)


def test_words_qualifying_the_post_noun():
    from knowledge.answer.holders import _post_qualifiers
    from knowledge.question import parse as parse_question

    assert _post_qualifiers(parse_question("What was Safiullin's full diplomatic title?")) == {"full", "diplomatic"}
    assert _post_qualifiers(parse_question("What other post does Binh hold?")) == set()
    assert _post_qualifiers(parse_question("What Duma post did Binh hold?")) == set()  # a body named, not a qualifier
