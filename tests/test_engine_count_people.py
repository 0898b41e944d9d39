"""A count of a nation's people or firms ("how many Russian tourists", "Сколько российских туристов",
"how many companies from Vietnam") is answered only by a sentence naming that nation: a figure of all
visitors or all exhibitors counts something else (knowledge/answer/count_people.py). On an article
written for this test."""

from __future__ import annotations

from knowledge.answer.count_people import asked_nation, nation_written, others_counted, people_asked
from knowledge.question import parse
from tests.helpers.engine_stores import module_engine, quoted

RESORT = """---
title: Phan Thiet resort town counts its foreign guests
outlet: Test Wire
date: 2018-11-20
---
Phan Thiet resort town counts its foreign guests

PHAN THIET, November 19 – The resort town of Phan Thiet received 612,000 foreign visitors in the first ten months of the year, the Binh Thuan tourism department said on Monday.

Of them, 148,000 were Russian holidaymakers, most of whom flew in on charter flights from Novosibirsk and Irkutsk.

The town's food fair on Sunday drew 85 stalls from nine countries, among them Thailand, Laos and Malaysia.
"""

engine = module_engine("count_people", {"resort.txt": RESORT})


def test_the_nation_counted_is_read_in_every_language():
    assert asked_nation(parse("How many Russian tourists visited Phan Thiet?").tokens) == "Russia"
    assert asked_nation(parse("Сколько российских туристов посетили Фантхьет?").tokens) == "Russia"
    assert asked_nation(parse("How many stalls from Vietnam were at the fair?").tokens) == "Vietnam"
    assert asked_nation(parse("How many Soviet experts served there?").tokens) == "Russia"
    assert asked_nation(parse("How many Russians visited Phan Thiet?").tokens) == "Russia"
    assert asked_nation(parse("How many tourists visited Phan Thiet?").tokens) is None
    assert nation_written("Russia", "148,000 were Russian holidaymakers")
    assert nation_written("Vietnam", "stalls from Việt Nam")
    assert not nation_written("Russia", "612,000 foreign visitors")
    assert nation_written("Russia", "a charter flight from Novosibirsk brought 150 tourists")
    assert not nation_written("Russia", "a charter flight to Novosibirsk took 150 tourists")


def test_a_figure_of_everyone_does_not_count_one_nation(engine):
    for question in ("How many Thai stall holders took part in the Phan Thiet food fair?",
                     "How many Chinese tourists did Phan Thiet receive in the first ten months?"):
        a = engine.ask(question)
        assert not a.answered and not a.citations, (question, a.text)


def test_the_figure_of_that_nation_answers(engine):
    a = engine.ask("How many Russian tourists visited Phan Thiet?")
    assert a.answered and "148,000" in quoted(a) and "612,000" not in quoted(a), a.text
    a = engine.ask("How many foreign visitors did Phan Thiet receive in the first ten months?")
    assert a.answered and "612,000" in quoted(a), a.text


def test_a_figure_of_another_nation_counts_someone_else():
    assert others_counted("Vietnam", "Some 700 Soviet engineers helped finish the dam.")
    assert not others_counted("Russia", "Some 700 Soviet engineers helped finish the dam.")  # one state, two names
    assert not others_counted("Vietnam", "Some 700 Soviet engineers trained 2,000 Vietnamese workers.")
    assert not others_counted("Vietnam", "The dam employed 5,000 workers.")  # no nation: count_people.kept's own test
    assert not others_counted("Laos", "The fair drew 85 stalls.")


def test_things_a_nation_has_may_be_counted_beside_another_nations_people():
    camp = "Some 300 Lao students from 40 colleges across Belarus met in Minsk."
    assert others_counted("Belarus", camp)  # "how many Belarusians": the figure is the Lao students'
    assert not others_counted("Belarus", camp, people=False)  # "how many Belarusian colleges": Belarus is named
    assert others_counted("Belarus", "Some 300 Lao students met in Vientiane.", people=False)  # Belarus unnamed
    assert people_asked("how many belarusians came".split())
    assert people_asked("how many belarusian students came".split())
    assert not people_asked("how many belarusian colleges sent students".split())
    assert not people_asked("how many belarusian investment projects are there".split())


DAM = """---
title: Veterans recall the building of the Song Hinh dam
outlet: Test Wire
date: 2019-04-02
---
Veterans recall the building of the Song Hinh dam

DONG NAI — Veterans of Vietnam's Song Hinh hydropower dam met in Dong Nai on Monday to recall its construction. Some 450 Soviet engineers and fitters worked on the site for six years.
"""

dam_engine = module_engine("count_people_dam", {"dam.txt": DAM})


def test_the_engine_declines_a_count_of_another_nation(dam_engine):
    a = dam_engine.ask("How many Vietnamese engineers worked on the Song Hinh dam site?")
    assert not a.answered and not a.citations, a.text
    a = dam_engine.ask("How many Soviet engineers worked on the Song Hinh dam site?")
    assert a.answered and "450" in quoted(a), a.text


def test_a_figure_of_others_counts_them_whoever_else_the_sentence_names():
    # the asked nation named, but not counted: the embassy's country, not the dead
    assert others_counted("Laos", "Three Thai fishermen drowned off Vientiane, the Thai embassy in Laos said.")
    assert others_counted("Chile", "The prize went to 40 young engineers from Poland, Brazil and Argentina.")
    assert not others_counted("Brazil", "The prize went to 40 young engineers from Poland, Brazil and Argentina.")
    assert not others_counted("Mexico", "Some 300 Mexicans and two Chilean guides crossed the pass.")
    assert not others_counted("Brazil", "Lima welcomed 90,000 visitors from Brazil last year.")
