"""Event forms the blind sets eval95-98 showed missing or wrong (issue 7): condolences or
congratulations offered to someone from afar, a role spelt out by a name after it ('his
counterpart, X'), a workshop 'was held' with no one named and its first speaker, who cut the
ribbon at a ceremony told before, who 'came to the opening', and a Vietnamese name opening a
sentence before its title. Sentences of our own (Kazakh, Kyrgyz, Malaysian, Lao people and
places), not from any evaluation set."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2021-03-12"):  # a Friday
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=date)).events]


def test_condolences_offered_to_someone_are_a_message():
    evs = _events("Kazakh President Kassym-Jomart Tokayev has offered his condolences to Kyrgyz President "
                  "Sadyr Japarov over the deadly floods in Osh.\n")
    assert evs == [("message", [("Kassym-Jomart Tokayev", "sender"), ("Sadyr Japarov", "recipient")], None, None)]


def test_congratulations_offered_face_to_face_are_no_message():
    at_talks = _events("At the talks, Kazakh President Kassym-Jomart Tokayev expressed condolences to Kyrgyz "
                       "President Sadyr Japarov over the floods.\n")
    assert not any(e[0] == "message" for e in at_talks), at_talks
    after_reception = _events("Kyrgyz President Sadyr Japarov received Kazakh President Kassym-Jomart Tokayev in "
                              "Bishkek.\nThe guest offered his congratulations to Sadyr Japarov on his re-election.\n")
    assert [e[0] for e in after_reception] == ["reception"]
    assert _events("Kazakh President Kassym-Jomart Tokayev expressed his thanks to Kyrgyz President Sadyr "
                   "Japarov.\n") == []


def test_a_counterpart_spelt_out_by_a_name_is_that_name_only():
    evs = _events("Kazakh President Kassym-Jomart Tokayev has sent a telegram of condolences to Kyrgyz President "
                  "Sadyr Japarov after the death of Kyrgyz Prime Minister Akylbek Japarov.\n"
                  "Kazakh Prime Minister Olzhas Bektenov sent a separate message of condolences to his Kyrgyz "
                  "counterpart, Adylbek Kasymaliev.\n")
    assert evs[1][1] == [("Adylbek Kasymaliev", "recipient"), ("Olzhas Bektenov", "sender")]


def test_a_workshop_held_with_no_one_named_is_of_its_first_speaker():
    evs = _events("VIENTIANE — A workshop on river transport was held on March 9 at the Lao National Cultural "
                  "Hall in Vientiane.\n"
                  "Organisers said trade along the Mekong was growing.\n"
                  "Lao Deputy Minister Phongsavanh Sitthavong praised the work of the river ports.\n")
    assert [(e[0], e[1], e[2]) for e in evs] == [("forum", [("Phongsavanh Sitthavong", "participant")], "Vientiane")]


def test_a_workshop_held_together_with_talks_leaves_the_first_speaker_to_the_talks():
    evs = _events("A welcome ceremony for the guests was held at the ministry on Tuesday, followed by talks "
                  "co-chaired by Minister Sonexay Siphandone and Minister Roman Sklyar.\n"
                  "Sonexay Siphandone welcomed the visit.\n")
    assert not any(e[0] == "ceremony" and e[1] == [("Sonexay Siphandone", "participant")] for e in evs), evs


def test_who_cut_the_ribbon_was_at_the_ceremony_told_before():
    text = ("ALMATY, March 9, 2021 — Air Astana and Almaty International Airport held a ceremony on Tuesday to mark "
            "the carrier's first flights to Kuala Lumpur.\n"
            "The first flight left in the morning.\n"
            "Passengers were given flowers at the gate.\n"
            "Malaysian Ambassador to Kazakhstan Mohamad Aznir cut the ribbon together with representatives of the "
            "airline.\n")
    evs = _events(text)
    assert [(e[0], e[1]) for e in evs] == [("ceremony", [("Mohamad Aznir", "participant")])]
    # no ceremony told before: a ribbon alone is no event
    assert _events(text.split("\n", 1)[1]) == []


def test_who_came_to_the_opening_was_at_it():
    evs = _events("Ambassador Nguyen Van Tam and local customers came to the opening.\n")
    assert [(e[0], e[1]) for e in evs] == [("opening", [("Nguyen Van Tam", "participant")])]


def test_a_vietnamese_name_opening_a_sentence_before_its_title_is_a_person():
    art = extract_article(seed_from_text("Vu Minh Khoi, Vietnam's ambassador to Laos, came to the opening.\n",
                                         date="2021-03-12"))
    assert ("Vu Minh Khoi", "person") in [(a.name, a.kind) for a in art.actors]
    # a run of capitalised words with no title after its comma is no name by this reading
    art = extract_article(seed_from_text("Vu Minh Khoi, Laos and Cambodia signed the accord.\n", date="2021-03-12"))
    assert "Vu Minh Khoi" not in [a.name for a in art.actors]


def test_a_virtual_meeting_a_body_hosted_is_of_who_told_its_participants():
    evs = _events("Almaty's Committee for External Relations hosted a virtual meeting on March 9 marking 20 years "
                  "of ties between Almaty and Penang.\n"
                  "Penang Chief Minister Chow Kon Yeow told participants that the two cities were close partners.\n")
    assert [(e[0], e[1], e[3]) for e in evs] == [("meeting", [("Chow Kon Yeow", "participant")], "2021-03-09")]
    # a person's 'held a meeting with B' is the usual meeting of the two, no body's gathering
    evs = _events("Kazakh Foreign Minister Murat Nurtleu held a meeting with Malaysian Foreign Minister Zambry "
                  "Abdul Kadir in Astana.\n")
    assert [e[0] for e in evs] == ["meeting"] and len(evs[0][1]) == 2


def test_a_round_of_consultations_two_states_held_is_of_who_attended_the_meeting():
    evs = _events("Laos and Kazakhstan held their fifth round of consular consultations in Vientiane on Thursday.\n"
                  "Kazakhstan's Ambassador Kairat Umarov attended the meeting.\n")
    assert [(e[0], e[1]) for e in evs] == [("meeting", [("Kairat Umarov", "participant")])]


def test_a_meeting_someone_took_part_in_is_theirs():
    evs = _events("Kazakh Security Council Secretary Gizat Nurdauletov took part on Wednesday in an Almaty meeting "
                  "of senior security officials.\n")
    assert [(e[0], e[1]) for e in evs] == [("meeting", [("Gizat Nurdauletov", "participant")])]


def test_a_round_table_told_as_a_subject_is_of_who_spoke_there():
    text = ("ASTANA — Kazakhstan and Laos are working to lift barriers to their rice trade, the trade ministry said.\n"
            "A round table on rice sales formed part of the mission.\n"
            "Speaking there, Deputy Trade Minister Aizhan Bizhanova said exports would double.\n")
    assert [(e[0], e[1]) for e in _events(text)] == [("forum", [("Aizhan Bizhanova", "participant")])]
    # a round table still to come is no event told
    future = text.replace("formed part of", "will form part of")
    assert _events(future) == []


def test_graduates_met_are_the_news_an_article_leads_with():
    evs = _events("Lao President Thongloun Sisoulith met Lao graduates of Kazakh universities at the National Cultural "
                  "Hall on Friday.\n")
    assert [(e[0], e[1]) for e in evs] == [("meeting", [("Thongloun Sisoulith", "participant")])]
    # told after the visit's own news, students met are its side show
    evs = _events("Lao President Thongloun Sisoulith held talks with Kazakh President Kassym-Jomart Tokayev in Astana "
                  "on Thursday.\nLater, Thongloun Sisoulith met Lao students at the embassy.\n")
    assert [e[0] for e in evs] == ["talks"], evs
