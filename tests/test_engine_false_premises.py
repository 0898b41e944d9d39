"""False premises built from real names, and details the articles don't give, are declined: two
people the articles never put together (one named in a Russian case), a time still to come that a
sentence of a past act cannot give, a title written before another person's name, a gift nobody
handed over. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

TALKS = """---
title: Deputy foreign ministers hold consultations in Hue
outlet: Test Wire
date: 2021-04-15
---
Deputy foreign ministers hold consultations in Hue

Deputy Foreign Minister Nguyễn Quốc Dũng held consultations with Russian Deputy Foreign Minister Igor Morgulov in Huế on Wednesday.

The two sides discussed the Mekong water programme and a new consular agreement.
"""

FORUM = """---
title: Kaluga governor opens investment forum
outlet: Test Wire
date: 2022-10-05
---
Kaluga governor opens investment forum

Kaluga Governor Vladislav Shapsha opened a regional investment forum in Kaluga on Tuesday, with delegations from twelve countries.

The third regional congress of Vietnamese traders was held at the forum's exhibition hall on the same day.

Consul General Trần Văn Minh told the traders that Kaluga's factories were keen to buy Vietnamese textiles.

Shapsha hosted a dinner for the foreign delegations in the evening.
"""

PLANT = """---
title: Hydropower plant in Quang Tri begins operation
outlet: Test Wire
date: 2019-07-02
---
Hydropower plant in Quang Tri begins operation

The Rao Quán hydropower plant in Quảng Trị province, built with turbines from Power Machines, began generating electricity on Monday.

Power Machines signed the turbine contract with the Quảng Trị investor in March 2016.
"""

CONSUL = """---
title: Consul general ends term in Yekaterinburg
outlet: Test Wire
date: 2023-02-20
---
Consul general ends term in Yekaterinburg

Consul General Lê Thị Hoa, who is wrapping up her term in Yekaterinburg, met Sverdlovsk officials on Friday.
"""

engine = module_engine("false_premises", {"talks.txt": TALKS, "forum.txt": FORUM, "plant.txt": PLANT,
                                          "consul.txt": CONSUL})


def test_two_people_never_together_asked_in_russian_case_is_declined(engine):
    # Shapsha is in the store, but never with Dũng: a sentence of Dũng's talks with Morgulov is no answer
    a = engine.ask("Когда Нгуен Куок Зунг встречался с Шапшой?")
    assert not a.answered and not a.citations


def test_two_people_who_met_asked_in_russian_case_is_answered(engine):
    a = engine.ask("Когда Нгуен Куок Зунг встречался с Моргуловым?")
    assert a.answered and "Morgulov" in quoted(a)


def test_when_will_asked_of_a_past_act_is_declined(engine):
    a = engine.ask("When will the next congress of Vietnamese traders be held?")
    assert not a.answered and not a.citations


def test_when_will_asked_of_a_plan_is_still_answered(engine):
    from knowledge.answer.tense_checks import asks_future, tells_future
    assert asks_future("When will the plant start generating electricity?")
    assert asks_future("Where will the next session be held?")
    assert asks_future("Where will the 12th session of the joint commission be held?")  # the coming one
    assert asks_future("In which city will the first annual forum of the mayors take place?")
    assert not asks_future("Where was the 12th session of the joint commission held?")
    assert not asks_future("Where will the concert be held?")  # no ordinal: a programme's venue is stated as a fact
    assert not asks_future("Where will the plant be built?")  # a fact a present-tense sentence states too
    assert not asks_future("When did the plant start generating electricity?")
    assert tells_future("The plant is expected to start generating electricity in 2027.")
    assert tells_future("The next session will be held in Hà Nội.")
    assert not tells_future("The plant began generating electricity on Monday.")


def test_when_will_the_plant_start_is_declined_when_it_already_has(engine):
    a = engine.ask("When will the Rao Quán plant start generating electricity?")
    assert not a.answered and not a.citations


def test_title_before_another_name_is_not_the_title_holder(engine):
    # the consul general who spoke is Minh; Hoa, named after the same title, never spoke at the forum:
    # the title read as "consul" (then "general") before her name is hers alone
    from knowledge.question import detect_language, parse

    text = "What did Consul General Lê Thị Hoa say at the Kaluga investment forum?"
    found = engine.index.find(parse(text, detect_language(text)))
    named = next(m for m in found.mentions if m.how == "alias" and "hoa" in m.text.lower())
    assert all(m.actor_ids <= named.actor_ids for m in found.mentions if m.how == "role")
    assert "keen to buy" not in quoted(engine.ask(text))


def test_gift_asked_of_a_dinner_is_declined(engine):
    a = engine.ask("What gift did Shapsha present to the foreign delegations at the dinner?")
    assert not a.answered and not a.citations


def test_an_exact_date_asked_is_a_date():
    from knowledge.answer.intent import answer_type
    from knowledge.question import detect_language, parse

    for text in ("On what exact date was the forum opened?", "Which precise day did the congress open?"):
        assert answer_type(parse(text, detect_language(text)))[0] == "date"
