"""A role the articles write but no stored title fits (a long appositive, a qualifier the
question adds) is searched for by its words, and a sentence answers only if it writes that role:
its head noun (a deputy's only when a deputy is asked), its portfolio and its place. A capitalised
word of the question that no entity claims must be in the answering sentence's article."""

from __future__ import annotations

from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

COUNCIL = """---
title: Deputy Prime Minister receives Russian industrialists
outlet: Test Wire
date: 2023-09-14
---
Deputy Prime Minister receives Russian industrialists

HÀ NỘI — Deputy Prime Minister Phạm Thị Hương received Oleg Morozov, Secretary of the Coordinating Council of the Russian Federation's Union of Industrialists and Entrepreneurs, in Hà Nội on Thursday.

Morozov said Russian firms hoped to open a logistics hub in Hải Phòng by 2027.

On the same day, Kirill Lebedev, Deputy Mayor of Novosibirsk, toured the Hòa Lạc high-tech park.

Novosibirsk and Hà Nội signed a twinning memorandum in 2019.
"""

RAIL = """---
title: Vietnamese and Russian transport ministers meet
outlet: Test Wire
date: 2022-05-17
---
Vietnamese and Russian transport ministers meet

HÀ NỘI — Transport Minister Nguyễn Văn Thắng held talks in Hà Nội on Monday with his Russian counterpart Vitaly Savelyev.

Savelyev offered to send a team of bridge designers to Đà Nẵng next spring.
"""


PORT = """---
title: Hải Phòng hosts Russian consul
outlet: Test Wire
date: 2024-02-08
---
Hải Phòng hosts Russian consul

HẢI PHÒNG — Hải Phòng Party chief Lê Tiến Châu hosted Russian Consul General Alexei Popov on Wednesday.

Châu asked Popov to help Russian shipping firms open offices in the port city.
"""


RECEPTION = """---
title: Russia Day reception in Đà Nẵng
outlet: Test Wire
date: 2023-06-13
---
Russia Day reception in Đà Nẵng

ĐÀ NẴNG — Russian diplomat Ivan Petrov read out a message of greetings at the Russia Day reception held in Đà Nẵng on Monday.

Speaking at the reception, Russian Ambassador Oleg Malinov said tourist arrivals from Russia had doubled.
"""


engine = module_engine("role_text", {"council.txt": COUNCIL, "rail.txt": RAIL, "port.txt": PORT,
                                     "reception.txt": RECEPTION})


def test_a_role_no_title_fits_is_found_by_its_words(engine):
    a = engine.ask("What did the Russian council secretary say firms hoped to open?")
    assert a.answered, a.text
    assert "logistics hub" in quoted(a)


def test_a_question_adding_its_own_qualifier_still_reaches_the_role(engine):
    a = engine.ask("Who toured the high-tech park, the visiting deputy mayor?")
    assert a.answered, a.text
    assert "Kirill Lebedev" in a.text


def test_a_deputy_is_no_answer_for_the_office_itself(engine):
    a = engine.ask("Who is the mayor of Novosibirsk?")
    assert not a.answered and not a.citations, a.text


def test_a_portfolio_the_text_never_writes_is_declined(engine):
    a = engine.ask("What did the Russian education secretary say firms hoped to open?")
    assert not a.answered and not a.citations, a.text


def test_a_capitalised_word_from_another_article_is_no_match(engine):
    a = engine.ask("What did Savelyev offer to send to Hòa Lạc?")
    assert not a.answered and not a.citations, a.text
    b = engine.ask("What did Savelyev offer to send?")
    assert b.answered and "bridge designers" in quoted(b)


def test_a_party_chief_is_the_party_secretary_asked_about(engine):
    a = engine.ask("What did the Hải Phòng party secretary ask the consul to do?")
    assert a.answered, a.text
    assert "open offices" in quoted(a)
    assert "Lê Tiến Châu" in engine.ask("Who is the Hải Phòng party secretary?").text


def test_which_role_asks_who_among_everyone_holding_it(engine):
    """'Which Russian diplomat …': the one titled 'diplomat' fits best, but the question asks which
    of the Russian diplomats said something, and the ambassador did."""
    q = "Which Russian diplomat spoke about tourist arrivals at the reception?"
    held = {engine.index.name(x) for m in engine.index.find(parse(q)).mentions for x in m.actor_ids}
    assert {"Ivan Petrov", "Oleg Malinov"} <= held, held
    a = engine.ask(q)
    assert a.answered and "Oleg Malinov" in quoted(a), a.text
    # named as the subject, the role keeps every holder as an alternative; its best fit is the one titled
    # 'diplomat', and what he read out picks him
    the = {engine.index.name(x) for m in engine.index.find(parse("What did the Russian diplomat read out?")).mentions
           for x in m.closest}
    assert the == {"Ivan Petrov"}, the
    b = engine.ask("What did the Russian diplomat read out?")
    assert b.answered and "message of greetings" in quoted(b), b.text
