"""One actor per person across romanisations of a Russian given name and with or without a
patronymic; namesakes stay apart; a dateline's place is a word the articles know. Articles
written for this test (other people, places and dates than the seeds)."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import engine_from_texts

CALL = """---
title: Vietnamese and Russian agriculture ministers speak by phone
outlet: Test Wire
date: 2020-05-14
---
Vietnamese and Russian agriculture ministers speak by phone

Agriculture Minister Lê Minh Tâm spoke by telephone with Russian Agriculture Minister Dmitriy Patrakov on Wednesday.

Patrakov said Russia would buy 30,000 tonnes of Vietnamese shrimp this year.
"""

VISIT = """---
title: Russian agriculture minister in the Mekong Delta
outlet: Test Wire
date: 2021-10-02
---
Russian agriculture minister in the Mekong Delta

CẦN THƠ, October 1, 2021 (VNA) – Russian Agriculture Minister Dmitry Patrakov toured a rice research institute in the city on Friday.

Dmitry Ivanovich Patrakov said the institute's seeds could suit the Russian Far East.

Trade official Andrei Patrakov, a namesake, was not part of the delegation.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = engine_from_texts(tmp_path_factory.mktemp("identity"), {"call.txt": CALL, "visit.txt": VISIT})
    yield eng
    eng.close()


def _people(engine, surname: str) -> list[str]:
    return sorted(name for (_k, name, kind) in engine.index.actors.values() if kind == "person" and surname in name)


def test_romanisations_and_a_patronymic_are_one_person_namesakes_two(engine):
    people = _people(engine, "Patrakov")
    assert len(people) == 2, people
    assert any(p.startswith("Andrei") for p in people)


def test_a_question_about_him_finds_both_articles(engine):
    a = engine.ask("What did Dmitry Patrakov say?")
    assert a.answered
    text = a.text + " ".join(c.quote for c in a.citations)
    assert "shrimp" in text or "seeds" in text


def test_the_dateline_place_is_a_word_the_articles_know(engine):
    """'Cần Thơ' is written only in the dateline: a question naming it is not
    declined as naming something no article has."""
    a = engine.ask("What did Patrakov tour in Can Tho?")
    assert "don't mention" not in a.text
    assert a.answered and "rice research institute" in " ".join(c.quote for c in a.citations)


def test_a_phone_question_matches_a_telephone_sentence(engine):
    a = engine.ask("When did Tâm talk with Patrakov on the phone?")
    assert a.answered
    assert "Wednesday" in a.text or "13 May 2020" in a.text


@pytest.mark.parametrize("question", ["What is Dmitry Patrakov's position?", "What post does Patrakov hold?"])
def test_a_question_about_someones_office_gets_the_title_the_articles_give(engine, question):
    a = engine.ask(question)
    assert a.answered
    assert "Agriculture Minister" in a.headline


FORUM = """---
title: Women's forum in Hanoi
outlet: Test Wire
date: 2022-03-09
---
Women's forum in Hanoi

Russian senator Svetlana Kuzmiyenko addressed a women's forum in Hanoi on Tuesday.
"""

FORUM2 = """---
title: Russian senator meets Vietnamese women's union
outlet: Test Wire
date: 2022-03-11
---
Russian senator meets Vietnamese women's union

Senator Svetlana Kuzmienko met leaders of the Vietnam Women's Union in Hanoi on Thursday.

Her colleague Oleg Kuzmienko, a namesake, stayed in Moscow.
"""


def test_surname_romanisations_are_one_person_other_given_names_stay_apart(tmp_path):
    eng = engine_from_texts(tmp_path, {"forum.txt": FORUM, "forum2.txt": FORUM2})
    try:
        people = sorted(n for (_k, n, kind) in eng.index.actors.values() if kind == "person" and "Kuzm" in n)
        assert len(people) == 2, people  # Svetlana (both spellings) and Oleg
        assert any(p.startswith("Oleg") for p in people)
    finally:
        eng.close()
