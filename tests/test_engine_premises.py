"""A question's premise must be what the articles report: the format it says a meeting had ("by
phone", "in person", "video conference") and, for when/where a named person met or visited, a
sentence about that person. A sentence that reports another format, or another person's trip
beside the one asked, is no answer. Articles written for this test."""

from __future__ import annotations

from tests.helpers.engine_stores import module_engine, quoted

CALL = """---
title: Deputy premiers discuss fertiliser supplies by phone
outlet: Test Wire
date: 2024-03-12
---
Deputy premiers discuss fertiliser supplies by phone

Deputy Prime Minister Lê Văn Thành held a phone call with Russian Deputy Prime Minister Alexei Overchuk on Tuesday.

They discussed fertiliser deliveries to the Mekong Delta and a new rail freight schedule.

Thành said the rice harvest in An Giang had broken records this spring.
"""

TALKS = """---
title: Chemical industry ministers sit down in Kazan
outlet: Test Wire
date: 2024-06-20
---
Chemical industry ministers sit down in Kazan

Vietnamese Industry Minister Đặng Thái Sơn sat down for talks with Russian Industry Minister Pavel Rudov in Kazan on Wednesday. After the talks, the two ministers watched a display of tyre factory robots and discussed polymer production.

Rudov said Tatarstan's refineries could supply Vietnamese plastics makers within two years.
"""

EXPORTS = """---
title: Russian polymer exports to grow
outlet: Test Wire
date: 2024-08-09
---
Russian polymer exports to grow

Speaking at a business forum in Moscow on Friday, Rudov said Russian refineries would double polymer exports to Vietnam, a subject he discussed with Đặng Thái Sơn earlier this summer.
"""

TRIP = """---
title: Party delegation ends working trip
outlet: Test Wire
date: 2023-09-18
---
Party delegation ends working trip

Trần Quốc Hưng, head of the Party's external relations commission, led a delegation on a working trip to Russia from September 14 to 17. In Moscow the delegation met officials of the State Duma, and Hưng thanked Security Council aide Boris Lebedev for his support of Vietnam.
"""

engine = module_engine("premises", {"call.txt": CALL, "talks.txt": TALKS, "trip.txt": TRIP, "exports.txt": EXPORTS})


def test_in_person_asked_of_people_who_only_spoke_by_phone_is_declined(engine):
    a = engine.ask("Where did Thành and Overchuk meet in person in March 2024?")
    assert not a.answered and not a.citations, a.text


def test_the_phone_call_itself_is_still_found(engine):
    a = engine.ask("When did Thành and Overchuk talk by phone?")
    assert a.answered and "phone call" in quoted(a), a.text


def test_video_conference_asked_of_talks_held_face_to_face_is_declined(engine):
    a = engine.ask("What did Đặng Thái Sơn and Rudov discuss in their video conference in June 2024?")
    assert not a.answered and not a.citations, a.text


def test_talks_held_there_are_met_in_person(engine):
    a = engine.ask("Where did Đặng Thái Sơn and Rudov meet in person?")
    assert a.answered and "Kazan" in a.text, a.text


def test_when_a_person_visited_is_not_answered_by_another_persons_trip(engine):
    a = engine.ask("When did Lebedev visit Moscow in 2023?")
    assert "September 14" not in a.text, a.text


def test_the_traveller_s_own_trip_is_still_dated(engine):
    a = engine.ask("When did Trần Quốc Hưng travel to Russia?")
    assert a.answered and "September 14" in a.text, a.text


KAZAN = """---
title: Tyre makers look to Vietnam
outlet: Test Wire
date: 2024-07-02
---
Tyre makers look to Vietnam

Tatarstan's tyre makers want to open a plant in Bình Dương, Russian Industry Minister Pavel Rudov told reporters in Kazan on Monday.

The two ministers signed a pact on polymer production in Kazan last month, Rudov said.
"""

unknown_engine = module_engine("unknown_nouns", {"kazan.txt": KAZAN, "talks.txt": TALKS})


def test_a_thing_no_article_names_is_declined_not_answered_with_a_sentence_about_the_place(unknown_engine):
    a = unknown_engine.ask("What is the population of Tatarstan?")
    assert not a.answered and not a.citations and "population" in a.text, a.text


def test_the_weather_at_a_meeting_is_declined_not_answered_with_the_meeting(unknown_engine):
    a = unknown_engine.ask("What was the weather like in Kazan when Sơn met Rudov?")
    assert not a.answered and not a.citations and "weather" in a.text, a.text


def test_a_detail_of_someones_life_no_article_gives_is_declined(unknown_engine):
    a = unknown_engine.ask("Which university did Pavel Rudov graduate from?")
    assert not a.answered and not a.citations, a.text


def test_an_unknown_noun_with_the_rest_of_the_question_in_the_quote_is_answered(unknown_engine):
    a = unknown_engine.ask("Which accord on polymer production did the two ministers sign?")
    assert a.answered and "polymer" in quoted(a), a.text


def test_a_noun_naming_the_kind_of_answer_is_no_reason_to_decline(unknown_engine):
    a = unknown_engine.ask("In which sector do Tatarstan's tyre makers want to open a plant?")
    assert a.answered and "Bình Dương" in quoted(a), a.text


FLIGHTS = """---
title: New charter links Irkutsk and Nha Trang
outlet: Test Wire
date: 2024-11-08
---
New charter links Irkutsk and Nha Trang

Russian carrier Azur Air opened a charter route between Irkutsk and Nha Trang on Friday, with two flights a week until April.

The Khánh Hòa tourism department said the charter would bring about 9,000 Russian visitors to the province this winter.

The province's football club, Khánh Hòa FC, hosted a friendly match for the first passengers.
"""

flight_engine = module_engine("unknown_attributes", {"flights.txt": FLIGHTS, "kazan.txt": KAZAN})


def test_an_unknown_attribute_of_a_known_thing_is_declined(flight_engine):
    # the charter is in the article, its price is not: "the Irkutsk charter" is no support
    a = flight_engine.ask("What is the ticket price of the Irkutsk–Nha Trang charter?")
    assert not a.answered and not a.citations and "price" in a.text, a.text


def test_an_unknown_role_of_a_known_club_is_declined(flight_engine):
    a = flight_engine.ask("Who is the current coach of Khánh Hòa's football club?")
    assert not a.answered and not a.citations, a.text


def test_a_known_thing_asked_by_its_own_words_is_answered(flight_engine):
    a = flight_engine.ask("How many flights a week does the Irkutsk–Nha Trang charter have?")
    assert a.answered and "two flights a week" in quoted(a), a.text


def test_what_two_people_discussed_in_a_city_they_never_met_in_is_declined(engine):
    # they sat down for talks in Kazan; a sentence from Moscow recalls it, but places no meeting there
    a = engine.ask("What did Đặng Thái Sơn and Rudov discuss in Moscow?")
    assert not a.answered and not a.citations and "meeting in Moscow" in a.text, a.text


def test_what_two_people_discussed_in_a_month_they_did_not_meet_is_declined(engine):
    a = engine.ask("What did Đặng Thái Sơn and Rudov discuss in August 2024?")
    assert not a.answered and not a.citations and "august 2024" in a.text.lower(), a.text


def test_what_two_people_discussed_where_they_met_is_answered(engine):
    a = engine.ask("What did Đặng Thái Sơn and Rudov discuss in Kazan in June 2024?")
    assert a.answered and "Kazan" in quoted(a), a.text


def test_the_replys_own_count_of_statements_is_no_figure_for_how_much():
    # "how much coffee does the province export": a list of what someone said, headed "(3 statements in my
    # sources …)", writes no figure of an article; a statement that gives one does answer
    from knowledge.answer import pipeline
    from knowledge.answer.intent import Plan
    from knowledge.facts import Answer

    def fits(headline: str) -> bool:
        return pipeline._fits_type(Answer(answered=True, text=headline, headline=headline), Plan("number", []))

    assert not fits("Lê Văn Nam said that the province's growers want closer ties with Russian buyers."
                    " (3 statements in my sources, by Lê Văn Nam)")
    assert fits("Lê Văn Nam said that the province sells 12,000 tonnes of coffee to Russia a year."
                " (3 statements in my sources, by Lê Văn Nam)")


speech_engine = module_engine("occasions", {"kazan.txt": KAZAN, "talks.txt": TALKS, "flights.txt": FLIGHTS})


def test_what_someone_said_at_an_occasion_his_articles_never_name_is_declined(speech_engine):
    # the match is in an article about the charter, which never names Rudov; his statements are elsewhere
    a = speech_engine.ask("What did Rudov say at the football match?")
    assert not a.answered and not a.citations and "football match" in a.text, a.text


def test_what_someone_said_where_he_spoke_is_answered(speech_engine):
    a = speech_engine.ask("What did Rudov tell reporters in Kazan?")
    assert a.answered and "Bình Dương" in quoted(a), a.text


def test_a_verb_after_its_subject_is_no_unknown_noun():
    # "will the winter service connect with": 'connect', which no article writes, is the verb of "the
    # winter service", not a thing asked that no article names (the reply would decline for it)
    from knowledge.answer.support import unknown_nouns
    from knowledge.question import parse

    assert unknown_nouns(parse("Which cities will the winter service connect with Phú Quốc?"), ["connect"]) == []
    assert unknown_nouns(parse("Could the Kemerovo delegation attend?"), ["attend"]) == []
    # a noun after a form of "be" or the question word is still the thing asked
    assert [n for n, _ in unknown_nouns(parse("What was the ticket price of the Kemerovo charter?"), ["price"])] == ["price"]
    assert [n for n, _ in unknown_nouns(parse("What gift did the delegation bring?"), ["gift"])] == ["gift"]
