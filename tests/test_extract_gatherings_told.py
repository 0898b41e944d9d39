"""Events of unseen phrasings (issue 7): a gathering told with no person in its own sentence and
the people the next sentences put there ('Opening the session, X said', 'Y also addressed the
participants', 'Addressing the opening ceremony' of a programme a body held, 'said while speaking
at an Economic Forum session'), 'presided over a ceremony', 'The talks were led by A and B',
witnesses of a signing told before, a meeting 'when A met the Consul General in X, NAME', a ship
named with the unit it is and the days it stays, a visit to 'the X group' on a trip — and what
is no event or no place: a visit that only dates a contract of years before, a country after a
delegation's 'from' phrase. Sentences of our own (Lao, Belarusian, Cambodian, Kazakh people and
places), not from any evaluation set."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2021-03-12"):  # a Friday
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.place, e.date, e.date_end)
            for e in extract_article(seed_from_text(text, date=date)).events]


def test_a_visit_that_only_dates_a_contract_of_years_before_is_no_event():
    text = ("Prime Minister Hun Manet told the ceremony that the event marked a new step for the navy.\n"
            "The boats were delivered under a 2011 contract for four patrol ships, signed when the Cambodian premier "
            "visited Minsk.\n")
    assert not any("visit" in e[0] for e in _events(text, "2016-04-08")), _events(text, "2016-04-08")
    # a contract of this year: the visit may be the news
    recent = text.replace("2011 contract", "2016 contract")
    assert any("visit" in e[0] for e in _events(recent, "2016-04-08"))


def test_a_country_after_a_delegations_from_phrase_is_not_where_it_was_received():
    evs = _events("Vice Chairman of the Da Nang People's Committee Le Trung Chinh hosted a delegation from the "
                  "Republic of Bashkortostan in Russia on Friday afternoon.\n"
                  "The Russian delegation was led by Andrei Nazarov, head of the Bashkortostan government.\n",
                  "2024-11-15")
    rec = [e for e in evs if e[0] == "reception"]
    assert rec and rec[0][1] == [("Andrei Nazarov", "visitor"), ("Le Trung Chinh", "host")], evs
    assert rec[0][2] != "Russia" and rec[0][3] == "2024-11-15", evs


def test_who_presided_over_a_ceremony_was_at_it_on_its_day():
    evs = _events("Coast Guard Commander General Le Quang Dao presided over a ceremony on March 10 at which the "
                  "Coast Guard took delivery of the patrol ship CSB-8005.\n")
    assert ("ceremony", [("Le Quang Dao", "participant")], None, "2021-03-10", None) in evs, evs


def test_the_one_who_opened_the_session_of_a_roundtable_was_at_it():
    evs = _events("Scholars from Laos and Belarus met in Minsk on March 10 for a roundtable on cooperation between "
                  "the two nations.\n"
                  "Opening the session, institute director Pavel Kovalenko said its purpose was to look back.\n")
    assert ("forum", [("Pavel Kovalenko", "participant")], "Minsk", "2021-03-10", None) in evs, evs


def test_an_online_meeting_held_is_of_who_addressed_its_participants():
    evs = _events("An online meeting was held in the Belarusian city of Gomel on March 9 to celebrate several "
                  "anniversaries together.\n"
                  "Participants marked the victory.\n"
                  "Bounmy Keola, head of the Lao department, also addressed the participants.\n")
    assert ("meeting", [("Bounmy Keola", "participant")], "Gomel", "2021-03-09", None) in evs, evs


def test_the_opening_ceremony_of_a_programme_a_body_held_is_that_programme():
    evs = _events("The Lao National Tourism Administration held a programme in Minsk on Wednesday evening to "
                  "introduce Lao tourism to Belarusian partners.\n"
                  "Several hundred delegates took part.\n"
                  "Addressing the opening ceremony, Sengdeuane Lachanthaboun, deputy head of the administration, "
                  "said that Belarus has been a main market.\n")
    assert [e[0] for e in evs] == ["forum"], evs
    assert evs[0][1] == [("Sengdeuane Lachanthaboun", "participant")] and evs[0][3] == "2021-03-10", evs


def test_a_programme_given_up_is_no_event_held():
    evs = _events("Sengdeuane Lachanthaboun heads the tour company Lao Sky Travel.\n"
                  "Because of the pandemic, the firm had to give up the charter programme it ran from Minsk.\n"
                  "Sengdeuane said she hoped the carriers would fly to Laos again.\n")
    assert evs == [], evs


def test_speaking_at_an_economic_forum_session():
    evs = _events("Laos has suggested moving towards a trade deal, Minister of Industry Khampheng Saysompheng said "
                  "on Thursday while speaking at a Minsk Economic Forum session.\n")
    assert ("forum", [("Khampheng Saysompheng", "participant")], None, "2021-03-11", None) in evs, evs


def test_met_the_consul_general_in_a_city_then_his_name():
    evs = _events("Belarus and Laos are working to restore direct flights.\n"
                  "The matter came up when Pavel Utyupin, Chairman of the Minsk City Council, met Laos's Consul "
                  "General in Minsk, Nguyen Dang Khoa, the council press centre reported.\n")
    meets = [e for e in evs if e[0] == "meeting"]
    assert meets and meets[0][1] == [("Nguyen Dang Khoa", "participant"), ("Pavel Utyupin", "participant")], evs
    assert meets[0][2] is None, evs  # 'in Minsk' is part of his title


def test_the_talks_were_led_by_two_named_people_one_by_initials():
    evs = _events("Laos and Belarus held a meeting of their Intergovernmental Committee for Military Cooperation "
                  "in Vientiane on Thursday.\n"
                  "The talks were led by Lao Deputy Defence Minister Vongkham Phommakone and V.K. Dvigalev, deputy "
                  "head of the Belarusian military cooperation committee.\n")
    talks = [e for e in evs if e[0] == "talks"]
    assert talks and talks[0][1] == [("V.K. Dvigalev", "participant"), ("Vongkham Phommakone", "participant")], evs


def test_witnesses_of_a_signing_told_just_before():
    evs = _events("Lao drug maker LaoPharma on Wednesday signed a cooperation agreement with the Belarusian Fund "
                  "in Minsk on supplying vaccines to Laos.\n"
                  "Deputy Prime Minister Chansamone Chanyalath and Belarusian Deputy Prime Minister Viktor Karankevich "
                  "witnessed the signing.\n")
    signs = [e for e in evs if e[0] == "signing"]
    assert signs and signs[0][1] == [("Chansamone Chanyalath", "participant"),
                                     ("Viktor Karankevich", "participant")], evs


def test_a_ship_named_with_its_navy_and_the_days_it_stays():
    evs = _events("The Admiral Panteleyev, a Russian Navy ship that supports rescue work, is making a port call at "
                  "Sihanoukville.\n"
                  "The vessel is staying at the port from December 2 to 9.\n", "2019-12-06")
    visits = [e for e in evs if "visit" in e[0]]
    assert len(visits) == 1 and visits[0][1] == [("Russian Navy", "visitor")], evs
    assert visits[0][3:] == ("2019-12-02", "2019-12-09"), evs


def test_a_visit_to_a_company_group_on_a_trip_is_a_visit_of_its_own():
    evs = _events("Kazakh President Kassym-Jomart Tokayev has ended his official visit to Laos.\n"
                  "In its closing stage, the Kazakh leader met Dr. Somsak, President of the Lao Academy of Sciences, "
                  "and he also paid a visit to the Phongsavanh group.\n", "2023-05-19")
    visits = [e for e in evs if "visit" in e[0]]
    assert len(visits) == 2, evs
