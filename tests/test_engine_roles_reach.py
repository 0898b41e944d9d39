"""Questions that reach the right sentence although the article names the person by a role or a
pronoun the loader could not tie, and roles worded differently from the article's titles: on
articles written for this test (other people, places and dates than the seeds)."""

from __future__ import annotations

import pytest

from tests.helpers.engine_stores import engine_from_texts, quoted

TALKS = """---
title: Vietnamese and Russian transport ministers meet in Hanoi
outlet: Test Wire
date: 2022-05-17
---
Vietnamese and Russian transport ministers meet in Hanoi

HÀ NỘI — Transport Minister Nguyễn Văn Thắng held talks in Hà Nội on Monday with his Russian counterpart Vitaly Savelyev.

Thắng asked Russia to help train Vietnamese railway engineers at Russian universities.

In reply, the Russian minister praised Vietnam's progress in building expressways.

He offered to send a team of bridge designers to Đà Nẵng next spring.

In 2021, 14,000 tonnes of cargo crossed between the two countries by rail, the ministers noted.
"""

FIRM = """---
title: Prime Minister receives Gazprom Neft chief
outlet: Test Wire
date: 2023-02-09
---
Prime Minister receives Gazprom Neft chief

HÀ NỘI — Prime Minister Lê Văn Bình received Alexander Dyukov, General Director of Russia's Gazprom Neft, in Hà Nội on Wednesday.

Dyukov said the company planned to drill three new wells off Vũng Tàu by 2025.

Chairwoman of the National Assembly Trương Thị Mai met Russian senators in Hà Nội on the same day.
"""

WRONG_NAT = """---
title: Vietnamese and Russian health ministers sign a plan
outlet: Test Wire
date: 2021-11-03
---
Vietnamese and Russian health ministers sign a plan

MOSCOW — Health Minister Trần Thị Hoa met her Russian counterpart Pavel Lebedev in Moscow on Tuesday.

Hoa thanked Russia for the vaccines it had supplied.

In reply, the Russian minister praised Vietnam's hospitals.
"""


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = engine_from_texts(tmp_path_factory.mktemp("roles_reach"),
                            {"talks.txt": TALKS, "firm.txt": FIRM, "nat.txt": WRONG_NAT})
    yield eng
    eng.close()



def test_a_sentence_opening_with_he_is_found_for_the_person_before_it(engine):
    a = engine.ask("What did Savelyev offer to send?")
    assert a.answered
    assert "bridge designers" in quoted(a)


def test_the_russian_minister_is_never_the_vietnamese_one(engine):
    """'the Russian minister' after a Vietnamese minister named by her surname alone."""
    a = engine.ask("What did Trần Thị Hoa praise?")
    assert "hospitals" not in a.text
    b = engine.ask("What did Pavel Lebedev say about Vietnam's hospitals?")
    assert b.answered and "praised Vietnam's hospitals" in quoted(b)
    assert "Trần Thị Hoa praised" not in b.text


def test_a_counterpart_holds_the_rank_of_the_one_he_met_for_role_questions(engine):
    a = engine.ask("What did the Russian transport minister offer?")
    assert a.answered
    assert "bridge designers" in quoted(a)
    assert "Savelyev" in a.text or "He offered" in quoted(a)


@pytest.mark.parametrize("question, name", [
    ("When did the prime minister receive the Gazprom Neft chief?", "Dyukov"),
    ("Who is the Vietnamese parliament chief?", "Trương Thị Mai"),
    ("Who is the Vietnamese transprot minister?", "Nguyễn Văn Thắng"),  # a misspelt portfolio
])
def test_roles_worded_otherwise_than_the_title_find_the_holder(engine, question, name):
    a = engine.ask(question)
    assert a.answered, a.text
    assert name in a.text


def test_a_role_nobody_holds_is_still_declined(engine):
    a = engine.ask("What did the Russian defence chief say about expressways?")
    assert not a.answered and not a.citations


def test_a_year_the_sentence_itself_names_fits_a_number_question(engine):
    """The article is dated 2022; the sentence gives the 2021 figure."""
    a = engine.ask("How much cargo crossed by rail in 2021?")
    assert a.answered and "14,000 tonnes" in a.text
    b = engine.ask("How much cargo crossed by rail in 2019?")
    assert "14,000" not in b.text


def test_an_envoy_is_the_ambassador_and_a_possessive_without_its_apostrophe_is_read():
    from knowledge.match.roles import parse_title, role_fits
    from knowledge.question import parse

    assert role_fits(parse_title("the Russian envoy"), parse_title("Russian Ambassador"))
    assert not role_fits(parse_title("the Russian envoy"), parse_title("Russian Deputy Prime Minister"))
    assert "russia" in parse("who is russias ambassador to vietnam").tokens


def test_the_question_word_decides_the_answer_type_and_how_they_talked_is_a_format():
    from knowledge.answer.intent import answer_type
    from knowledge.question import parse

    assert answer_type(parse("Who welcomed Savelyev at the airport when he landed in Hanoi?"))[0] == "person"
    assert answer_type(parse("When did Savelyev land in Hanoi?"))[0] == "date"
    assert answer_type(parse("How did Thắng and Savelyev communicate in May?"))[0] == "format"


def test_a_common_noun_is_never_an_actor_alias():
    """An extractor that named an airport 'Airport' does not make 'at the airport' a person asked about."""
    from knowledge.match.index import ActorIndex
    from knowledge.question import parse

    ix = ActorIndex({1: ("vnukovo airport", "Vnukovo Airport", "place"), 2: ("ivan petrov", "Ivan Petrov", "person")},
                    [(1, "Airport"), (1, "Vnukovo Airport"), (2, "Petrov")], [])
    found = ix.find(parse("Who met Petrov at the airport?"))
    assert [sorted(m.actor_ids) for m in found.mentions] == [[2]]
    named = ix.find(parse("Who met Petrov at Vnukovo Airport?")).mentions
    assert sorted(sorted(m.actor_ids) for m in named) == [[1], [2]]
