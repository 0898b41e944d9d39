"""Follow-up context over a store the real loader builds: a whole question that names nobody asks
about everyone, whatever was asked before; fragments, pronouns and 'and …' still lean on the
previous turn."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import engine_from_texts
from tests.helpers.question_set import claim_of

ARTICLE = """---
title: Deputy ministers meet in Da Nang, culture ministers in Hue
outlet: Test Wire
date: 2023-05-14
---
Russian Deputy Foreign Minister Andrei Rudakov met Vietnamese Deputy Foreign Minister Le Van Tam in Da Nang on 3 April 2023.

The two deputy ministers discussed cooperation in education and tourism.

Russian Culture Minister Olga Lebedeva visited Hue on 12 May 2023.

In Hue, Lebedeva met Vietnamese Culture Minister Tran Quoc Hung.

Tran Quoc Hung said that cultural exchange brings the two peoples closer.
"""

RUDAKOV, TAM, LEBEDEVA, HUNG = "Andrei Rudakov", "Le Van Tam", "Olga Lebedeva", "Tran Quoc Hung"


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = engine_from_texts(tmp_path_factory.mktemp("followups"), {"ministers_2023.txt": ARTICLE})
    yield eng
    eng.close()


def ask_after(engine, earlier: list[str], question: str):
    ctx = None
    for q in earlier:
        ctx = engine.ask(q, ctx).context
    return engine.ask(question, ctx)


@pytest.mark.parametrize("earlier", [
    ["Who did Rudakov meet?"],
    ["When did Lebedeva visit Hue?"],
    ["Who did Rudakov meet?", "When?"],
])
@pytest.mark.parametrize("question", ["Who met whom?", "Ai gặp ai?", "Кто с кем встречался?"])
def test_a_whole_question_naming_nobody_ignores_the_earlier_people_and_places(engine, earlier, question):
    fresh = engine.ask(question)
    assert fresh.answered and all(name in claim_of(fresh) for name in (RUDAKOV, TAM, LEBEDEVA, HUNG))
    after = ask_after(engine, earlier, question)
    assert after.text == fresh.text
    assert after.context["actors"] == []  # and the next "he" has nobody from before to mean


def test_fragments_still_lean_on_the_previous_question(engine):
    with_whom = ask_after(engine, ["When did Lebedeva visit Hue?"], "With whom?")
    assert with_whom.answered and HUNG in claim_of(with_whom) and RUDAKOV not in with_whom.text
    when = ask_after(engine, ["Who did Rudakov meet?"], "When?")
    assert when.answered and "3 April 2023" in claim_of(when) and "12 May" not in when.text
    talks = ask_after(engine, ["Who did Rudakov meet?"], "Where did the talks take place?")
    assert talks.answered and "Da Nang" in claim_of(talks) and "Hue" not in talks.text


def test_pronouns_and_follow_up_markers_still_carry_the_person(engine):
    where = ask_after(engine, ["Who did Rudakov meet?"], "Where did they meet?")
    assert where.answered and "Da Nang" in claim_of(where) and "Hue" not in where.text
    anded = ask_after(engine, ["Who did Lebedeva meet?"], "And who met whom?")
    assert anded.answered and HUNG in claim_of(anded) and RUDAKOV not in anded.text


@pytest.mark.parametrize("question, sentence_has", [
    ("What did he say about cultural exchange?", "brings the two peoples closer"),
    ("What did she say cultural exchange brings?", "brings the two peoples closer"),
    ("Which subjects did they discuss?", "education and tourism"),
])
def test_a_pronoun_with_nobody_before_is_searched_by_its_words(engine, question, sentence_has):
    """No earlier question for "he" to lean on: the question is searched as one naming no one,
    not declined as "who do you mean"."""
    a = engine.ask(question)
    assert a.answered and sentence_has in a.citations[0].quote, a.text
