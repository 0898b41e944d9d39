"""A "which <noun>" question asks for a thing of a class: "which ministry" a ministry, "which
vessels" ships, "which carrier" an airline, "which universities" universities. The sentence that
quotes the question's words without one does not answer it; the one that names one does, even
where it lacks the noun itself. Articles written for this test."""

from __future__ import annotations

from knowledge.answer.answer_class import asked_class, names_class
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

RELIEF = """---
title: Russian relief reaches Quảng Ngãi
outlet: Test Wire
date: 2025-11-06
---
Russian relief reaches Quảng Ngãi

The flood relief sent to Quảng Ngãi province on Wednesday included 20 tonnes of food, tents and water filters, Deputy Governor Lê Văn Hòa said. The relief came from Russia's Ministry of Civil Defence and Emergencies on a chartered Il-76.

Hòa thanked the Russian people for the flood relief and said Quảng Ngãi would never forget the help.
"""

DRILL = """---
title: Russian ships end Cam Ranh drill
outlet: Test Wire
date: 2025-06-12
---
Russian ships end Cam Ranh drill

The joint drill off Cam Ranh ended on Tuesday after three days at sea, Rear Admiral Trần Quốc Bảo told reporters in Khánh Hòa. The frigate Admiral Kasatonov and the tanker Boris Butoma joined the drill with two Vietnamese patrol boats.

Bảo said the drill at Cam Ranh would be held every year from now on.

A friendly football tournament for the crews at the Cam Ranh stadium on Sunday drew 2,000 spectators, the organisers said. The tournament was backed by the Vietnamese lender HDBank.
"""

FLIGHTS = """---
title: Kazan flights to Nha Trang resume
outlet: Test Wire
date: 2025-12-03
---
Kazan flights to Nha Trang resume

The first Kazan–Nha Trang flight of the winter season landed at Cam Ranh airport on Saturday with 180 passengers, Khánh Hòa tourism director Trần Minh Đức said. Ural Airlines operated the flight with an Airbus A320.

Đức said more Kazan flights would follow in January.

The delegation from Kazan that came to Nha Trang on Friday included the rectors of two Russian universities, the provincial education director said. The universities were the Kazan Federal University and the Tambov State Technical University.
"""


def first(answer) -> str:
    """The quote the reply leads with: the sentence it answers from."""
    return answer.citations[0].quote if answer.citations else ""


engine = module_engine("answer_class", {"relief.txt": RELIEF, "drill.txt": DRILL, "flights.txt": FLIGHTS})


def test_which_ministry_is_answered_by_the_sentence_naming_one(engine):
    a = engine.ask("Which Russian ministry sent the flood relief to Quảng Ngãi?")
    assert a.answered and "Ministry of Civil Defence" in first(a), a.text


def test_which_vessels_is_answered_by_the_ships_named(engine):
    a = engine.ask("Which vessels took part in the Cam Ranh drill?")
    assert a.answered and "Admiral Kasatonov" in first(a), a.text


def test_which_carrier_is_answered_by_the_airline(engine):
    a = engine.ask("Which carrier operated the first Kazan–Nha Trang flight?")
    assert a.answered and "Ural Airlines" in first(a), a.text


def test_which_universities_is_answered_by_the_universities_named(engine):
    a = engine.ask("Which Russian universities sent their rectors with the Kazan delegation?")
    assert a.answered and "Kazan Federal University" in first(a), a.text


def test_vietnamese_and_russian_class_questions(engine):
    # which Russian ministry sent the flood relief …; which ships took part in the drill …
    a = engine.ask("Bộ nào của Nga đã gửi hàng cứu trợ lũ lụt cho Quảng Ngãi?")
    assert a.answered and "Ministry of Civil Defence" in first(a), a.text
    a = engine.ask("Какие корабли участвовали в учениях у Камрани?")
    assert a.answered and "Admiral Kasatonov" in first(a), a.text


def test_the_class_asked_is_read_in_three_languages():
    assert asked_class(parse("Which Vietnamese body took delivery of the cargo?").tokens)[0] == "org"
    assert asked_class(parse("Cơ quan nào của Việt Nam đã tiếp nhận lô hàng?").tokens)[0] == "org"
    assert asked_class(parse("Какая авиакомпания выполнила рейс?").tokens)[0] == "airline"
    assert asked_class(parse("Which news agency interviewed the envoy?").tokens)[0] == "media"
    # the noun only qualifies what is asked: a person, a meeting
    assert asked_class(parse("Which Russian company's chief did Hòa receive?").tokens) == (None, None)
    assert asked_class(parse("Which party congress did Hòa mention?").tokens) == (None, None)


def test_a_name_the_question_has_is_not_the_answer():
    text = "The Tomsk Film Agency co-organised the week with the Hanoi Cinema Department."
    assert names_class("org", text, {}, {}, set(), ["tomsk", "film", "agency"])
    assert not names_class("org", "The Tomsk Film Agency co-organised the week.", {}, {}, set(),
                           ["tomsk", "film", "agency"])
    # "which ministry" wants a ministry; "the Russian Government" is none
    assert not names_class("ministry", "The Russian Government sent the cargo.", {}, {}, set(), ["cargo"])
    assert names_class("vessel", "The corvette Sovershenny led the group.", {}, {}, set(), ["group"])


def test_which_bank_is_answered_by_a_lender_named_in_one_word(engine):
    """"HDBank", "Sberbank": a bank's name written as one word, "the lender" for the noun."""
    a = engine.ask("Which bank sponsored the football tournament for the crews?")
    assert a.answered and "HDBank" in first(a), a.text


def test_a_hyphenated_name_of_asked_words_is_not_a_new_one():
    """"the Laos-Cambodia Institute" is the one "which institute … the Laos-Cambodia Institute" names:
    its hyphen joins two words the question has, not a name of its own."""
    asked = ["institute", "train", "engineers", "laos", "cambodia"]
    assert not names_class("university", "They discussed funding for the Laos-Cambodia Institute in Vientiane.",
                           {}, {}, set(), asked)
    assert names_class("university", "The Mekong-Delta Institute will train the engineers.", {}, {}, set(), asked)
