"""A question that asks for a person's name, which person, who led something, a thing's name or
where within a place is answered only by a sentence holding such an answer beyond what the
question names; the closest sentence that merely repeats the question's words ("the Indian
ambassador attended", "a Russian cargo ship", "talks in Tula") is no answer, and the engine
declines, or answers from a sentence just behind the best that writes the name. A role answers
"who" and "which official" ("the deputy cultural attaché … brought it"), a title with a name
answers "who is the rector". Articles written for this test."""

from __future__ import annotations

from knowledge.answer.evidence import asked_evidence
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine

LACQUER = """---
title: Vietnamese lacquer show opens in Kazan
outlet: Test Wire
date: 2025-03-11
---
Vietnamese lacquer show opens in Kazan

An exhibition of Vietnamese lacquer paintings opened at the Kazan National Gallery on Monday, drawing about 400 visitors on its first day. The Indian ambassador to Russia attended the opening, as did several Tatarstan officials, the organisers said.

The deputy cultural attaché of the Vietnamese Embassy, a former painter, travelled to Kazan to open the exhibition.

Rector Ilya Sorokin of Kazan Federal University welcomed the Vietnamese artists at the gallery.
"""

AID = """---
title: Russian aid reaches Quảng Trị
outlet: Test Wire
date: 2025-10-20
---
Russian aid reaches Quảng Trị

Forty tonnes of Russian relief goods for flood victims arrived at Cửa Việt port in Quảng Trị on Friday aboard a Russian cargo ship. The goods were handed over to the provincial Red Cross at a short ceremony at the port.

A second batch is due next month on the cargo ship Sparta IV, the Russian consul Pavel Lebedev said.
"""

TULA = """---
title: Đồng Nai delegation in Tula
outlet: Test Wire
date: 2025-05-16
---
Đồng Nai delegation in Tula

A delegation of Đồng Nai province held talks in Tula on Thursday on cooperation in machine building and farming. The delegation also visited a tractor plant outside the city.

A trade fair of Đồng Nai products opened at the Tula Exhibition Centre the same day.
"""

SHIP = """---
title: Russian survey ship visits Quy Nhơn
outlet: Test Wire
date: 2025-08-05
---
Russian survey ship visits Quy Nhơn

The Russian hydrographic ship Marshal Gelovani docked at Quy Nhơn port on Monday for a four-day friendly visit. The ship was welcomed at the pier with a military band and flowers.

Its crew will play a friendly volleyball match with local sailors on Wednesday.
"""

TRADERS = """---
title: Vietnamese traders in Yekaterinburg
outlet: Test Wire
date: 2025-09-16
---
Vietnamese traders in Yekaterinburg

A Vietnamese business delegation held talks with the Sverdlovsk regional government in Yekaterinburg on Monday on farm exports to the Urals.

The talks focused on coffee, rice and seafood, and on a direct cargo route from Đà Nẵng.

The delegation in Yekaterinburg was headed by Nguyễn Văn Bình, deputy chairman of the Vietnam Chamber of Commerce.
"""


def first(answer) -> str:
    return answer.citations[0].quote if answer.citations else ""


engine = module_engine("answer_evidence", {"lacquer.txt": LACQUER, "aid.txt": AID, "tula.txt": TULA,
                                           "ship.txt": SHIP, "traders.txt": TRADERS})


def test_what_each_question_asks_for():
    assert asked_evidence(parse("What is the name of the Indian ambassador?").tokens) == ("person", "ambassador")
    assert asked_evidence(parse("What was the name of the cargo ship that carried it?").tokens) == ("name", "ship")
    assert asked_evidence(parse("Which local official opened it?").tokens)[0] == "which_person"
    assert asked_evidence(parse("Who commanded the ship?").tokens)[0] == "which_person"
    assert asked_evidence(parse("Where in Tula were the talks?").tokens) == ("where_in", "tula")
    assert asked_evidence(parse("Who came to open the exhibition?").tokens) == ("who", None)  # a role answers it too
    assert asked_evidence(parse("Who is Ilya Sorokin?").tokens) is None  # who someone is: the article's words on him


def test_the_name_of_an_unnamed_ambassador_is_declined(engine):
    a = engine.ask("What is the name of the Indian ambassador who attended the lacquer exhibition in Kazan?")
    assert not a.answered, a.text


def test_who_came_to_open_it_is_answered_by_a_role(engine):
    a = engine.ask("Who from the Vietnamese Embassy travelled to Kazan to open the exhibition?")
    assert a.answered and "deputy cultural attaché" in first(a), a.text


def test_who_is_the_rector_is_answered_by_a_title_and_name(engine):
    a = engine.ask("Who is the rector of Kazan Federal University?")
    assert a.answered and "Ilya Sorokin" in a.text, a.text


def test_the_name_of_an_unnamed_ship_is_declined(engine):
    a = engine.ask("What was the name of the cargo ship that brought the relief goods to Cửa Việt port?")
    assert not a.answered, a.text


def test_the_name_of_a_named_ship_is_answered(engine):
    a = engine.ask("What is the name of the cargo ship that will bring the second batch?")
    assert a.answered and "Sparta IV" in a.text, a.text


def test_where_within_a_city_no_sentence_places_is_declined(engine):
    a = engine.ask("Where in Tula did the Đồng Nai delegation hold talks?")
    assert not a.answered, a.text


def test_where_within_a_city_is_answered_by_a_venue(engine):
    a = engine.ask("Where in Tula did the fair of Đồng Nai products open?")
    assert a.answered and "Tula Exhibition Centre" in a.text, a.text


def test_who_commanded_a_ship_no_sentence_names_a_commander_of_is_declined(engine):
    a = engine.ask("Who commanded the Marshal Gelovani during the Quy Nhơn visit?")
    assert not a.answered, a.text


def test_which_officer_no_sentence_names_is_declined(engine):
    a = engine.ask("Which Vietnamese naval officer welcomed the Marshal Gelovani at the Quy Nhơn pier?")
    assert not a.answered, a.text


def test_who_led_is_answered_by_the_next_sentence_naming_the_leader(engine):
    """The best sentence repeats the question's words and names nobody; the one just behind it names
    the head of the delegation, and the answer leads with it."""
    a = engine.ask("Who led the Vietnamese business delegation at the talks in Yekaterinburg?")
    assert a.answered and "Nguyễn Văn Bình" in first(a), a.text
