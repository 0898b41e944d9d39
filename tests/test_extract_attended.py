"""Events people attend, told before their people are (knowledge/extract_attended.py): the people
the following sentences tie to the ceremony, forum, opening or banquet by their own words — and
nobody the text does not place there. Articles of our own (other people, places and dates)."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2022-04-08"  # a Friday


def _events(text: str, pub: str | None = PUB):
    art = extract_article(seed_from_text(text, date=pub))
    return [(e.kind, sorted(p.actor for p in e.participants), e.place, e.date) for e in art.events]


def test_a_ceremony_held_by_a_ministry_gets_the_speaker_and_the_hand_over():
    text = ("Japan hands over rice to Laos\n\n"
            "Laos's Ministry of Agriculture on Thursday took delivery of 5,000 tonnes of rice donated by Japan, "
            "at a ceremony held at the ministry in Vientiane.\n"
            "Deputy Minister of Agriculture Phouang Parisak received the gift from Japanese Ambassador Kenichi Kobayashi.\n"
            "Speaking at the event, Kobayashi said the two countries would keep working together.\n")
    evs = [e for e in _events(text) if e[0] == "ceremony"]
    assert evs == [("ceremony", ["Kenichi Kobayashi", "Phouang Parisak"], "Vientiane", "2022-04-07")]


def test_an_award_at_a_ceremony_and_the_one_who_handed_it_over():
    lead = ("Lao leader honoured\n\n"
            "Lao President Thongloun Sisoulith was awarded the Order of Friendship at a ceremony in Vientiane on Wednesday.\n")
    # one row holds the people one sentence names: the hand-over names only its giver
    evs = [e for e in _events(lead + "Takeshi Inoue, Vice Chairman of the Japan–Laos Friendship Association, handed "
                              "over the order on behalf of the association.\n") if e[0] == "ceremony"]
    assert evs == [("ceremony", ["Thongloun Sisoulith"], "Vientiane", "2022-04-06")]
    evs = [e for e in _events(lead + "Takeshi Inoue, Vice Chairman of the Japan–Laos Friendship Association, handed "
                              "over the order to Thongloun Sisoulith.\n") if e[0] == "ceremony"]
    assert evs == [("ceremony", ["Takeshi Inoue", "Thongloun Sisoulith"], "Vientiane", "2022-04-06")]


def test_an_opening_attended_by_two_people():
    text = ("Japanese Film Week opens in Vientiane\n\n"
            "The Japanese Film Week opened at the National Cultural Hall in Vientiane on April 6, offering free films.\n"
            "The opening was attended by Japanese Ambassador Kenichi Kobayashi and Deputy Minister of Culture "
            "Bounleua Phandanouvong.\n")
    evs = [e for e in _events(text) if e[0] == "opening"]
    assert evs == [("opening", ["Bounleua Phandanouvong", "Kenichi Kobayashi"], "Vientiane", "2022-04-06")]


def test_a_forum_opened_by_one_person_and_a_dialogue_addressed_by_another():
    text = ("Business forum opens in Vientiane\n\n"
            "The Japan–Laos Business Forum opened on April 6 at the Lao Trade Centre in Vientiane.\n"
            "Somchith Inthamith, who heads the Lao chamber of commerce, opened the forum and thanked the organisers.\n"
            "He said trade had grown.\n")
    assert [e for e in _events(text) if e[0] == "forum"] == [("forum", ["Somchith Inthamith"], "Vientiane", "2022-04-06")]
    text = ("Firms meet in Osaka\n\n"
            "Businesses from Laos and Japan met for a dialogue in Osaka on April 6.\n"
            "Lao Ambassador Vilayvong Budakham, who addressed the dialogue via video link, said it was the first.\n")
    assert [e for e in _events(text) if e[0] == "forum"] == [("forum", ["Vilayvong Budakham"], "Osaka", "2022-04-06")]


def test_speakers_the_text_does_not_place_at_the_event_are_no_participants():
    text = ("Japan Day marked in Vientiane\n\n"
            "The Japanese Embassy hosted a banquet in Vientiane on April 6 to mark the holiday.\n"
            "Addressing the banquet, Japanese Ambassador Kenichi Kobayashi said ties were strong.\n"
            "Lao Deputy Foreign Minister Phoxay Khaykhamphithoune said the two countries would cooperate more.\n"
            "In a letter to the banquet, Japanese Foreign Minister Yoshimasa Hayashi sent his greetings.\n")
    evs = [e for e in _events(text) if e[0] == "reception"]
    assert evs == [("reception", ["Kenichi Kobayashi"], "Vientiane", "2022-04-06")]


def test_an_organisation_holding_an_event_alone_is_no_event():
    text = ("Workshop in Vientiane\n\n"
            "The Japanese Embassy held a workshop in Vientiane on Monday to look at trade.\n"
            "Trade had grown by five percent, the embassy said.\n")
    assert _events(text) == []
    # (a person quoted right after it spoke there: tests/test_extract_held_by_bodies.py)


def test_the_heads_of_two_states_sides_are_the_people_of_their_meeting():
    text = ("Laos and Japan hold dialogue\n\n"
            "Laos and Japan held their third strategic dialogue in Vientiane on April 6.\n"
            "Deputy Foreign Minister Thongphane Savanphet led the Lao side, while Deputy Foreign Minister "
            "Kenji Yamada headed Japan's delegation.\n")
    assert [e[:2] for e in _events(text) if e[0] == "meeting"] == [("meeting", ["Kenji Yamada", "Thongphane Savanphet"])]
    one_side = ("Laos and Japan hold dialogue\n\n"
                "Laos and Japan held their third strategic dialogue in Vientiane on April 6.\n"
                "Deputy Foreign Minister Thongphane Savanphet led the Lao side, and Vice Minister Bounkong Phimmasone "
                "headed the Lao Foreign Ministry's team.\n")  # two heads of one side
    assert [e for e in _events(one_side) if e[0] == "meeting"] == []


def test_who_attended_right_after_the_event_is_told_was_there():
    lead = ("Japanese consulate marks anniversary\n\n"
            "The Consulate General of Japan in Luang Prabang on Wednesday held a ceremony marking 70 years of "
            "diplomatic relations.\n")
    text = lead + "Consul General Hiroshi Tanaka, who attended with his wife, reviewed the ties between the two nations.\n"
    assert [e[:2] for e in _events(text)] == [("ceremony", ["Hiroshi Tanaka"])]
    # attending something else, or sentences later, says nothing of this ceremony
    text = lead + "Consul General Hiroshi Tanaka, who attended a concert in Vientiane, reviewed the ties.\n"
    assert _events(text) == []


def test_who_made_a_remark_at_a_forum_or_ceremony_was_there():
    evs = _events("Orlen Programme Director Marek Zielinski made the remark at a forum in Gdansk on April 6 on "
                  "public acceptance of wind energy.\n")
    assert evs == [("forum", ["Marek Zielinski"], "Gdansk", "2022-04-06")]
    evs = _events("Poland has opened a trade office in Porto. Polish Deputy Minister of Development Anna Kowalska made "
                  "the point at the opening ceremony.\n")
    assert [(k, ps) for k, ps, _, _ in evs] == [("opening ceremony", ["Anna Kowalska"])]
    # telling someone something at a forum says nothing of being a speaker there
    evs = _events("Marek Zielinski congratulated the organisers of a forum on wind energy in Gdansk on April 6.\n")
    assert not any(k == "forum" for k, _, _, _ in evs)


def test_one_person_attending_a_session_or_chairing_a_meeting_is_its_event():
    evs = _events("Deputy Prime Minister Andrzej Nowak attended the plenary session of the fifth Baltic Economic "
                  "Forum in the Finnish city of Turku on Thursday.\n")
    assert evs == [("session", ["Andrzej Nowak"], "Turku", "2022-04-07")]
    evs = _events("Deputy Prime Minister Andrzej Nowak on April 6 chaired a meeting in Helsinki between "
                  "representatives of 100 Polish firms and Finnish enterprises.\n")
    assert evs == [("meeting", ["Andrzej Nowak"], "Helsinki", "2022-04-06")]
    # chairing a session of one's own body meets no one
    evs = _events("Speaker Elzbieta Witek chaired the plenary session of the Sejm in Warsaw on Thursday.\n")
    assert evs == []
    # presiding over a meeting is chairing it
    evs = _events("Deputy Prime Minister Andrzej Nowak on April 6 presided over a meeting in Helsinki of "
                  "the heads of 40 Polish firms.\n")
    assert evs == [("meeting", ["Andrzej Nowak"], "Helsinki", "2022-04-06")]
    evs = _events("Deputy Prime Minister Andrzej Nowak presided over the meeting.\n")
    assert evs == []


def test_a_banquet_a_body_gave_on_a_day_is_dated_by_its_clause():
    evs = _events("Polish Ambassador Jan Kowalski said in Lisbon that Portugal was a priority partner. The envoy spoke "
                  "at a banquet that the Polish Embassy gave in the capital on April 5 to celebrate Constitution Day.\n")
    assert [e for e in evs if e[0] == "reception"] == [("reception", ["Jan Kowalski"], None, "2022-04-05")]


def test_a_celebration_spoken_at_and_a_festival_that_was_held():
    evs = _events("Polish Ambassador Jan Kowalski said on Thursday that Portugal was a priority partner. He was speaking "
                  "at a celebration hosted by the Polish Embassy in Lisbon for Constitution Day.\n")
    assert [(k, ps) for k, ps, _, _ in evs] == [("reception", ["Jan Kowalski"])]
    evs = _events("A music festival called Vistula Nights was held at Eduardo VII Park in Lisbon on April 2, bringing "
                  "together the Polish community in Portugal.\n"
                  "Polish Ambassador Jan Kowalski addressed the festival, recalling moments the two peoples shared.\n")
    assert evs == [("ceremony", ["Jan Kowalski"], "Lisbon", "2022-04-02")]


def test_talks_of_a_side_led_by_one_and_the_counterpart_who_was_the_other():
    text = ("TOKYO, May 8 – Laos wants to buy more Japanese rice next year, Japan's agricultural agency said on "
            "Tuesday. The interest was voiced during talks held in Laos on May 4-5. The Japanese side was led by "
            "Kenji Tanaka, who heads the agency's northern branch. His Lao counterpart was Bounthong Keomany, "
            "Director General of the Plant Health Department.\n")
    assert _events(text, "2022-05-10") == [("talks", ["Bounthong Keomany", "Kenji Tanaka"], "Laos", "2022-05-04")]


def test_a_body_welcoming_a_group_whose_head_the_next_sentence_names():
    text = ("The National Institute of Oceanography welcomed a delegation from the Lao Academy of Sciences in Gdansk "
            "on September 5, 2024. The Lao group was led by Professor Bounthong Keomany, Vice President of the "
            "academy.\n")
    assert [(k, ps, d) for k, ps, _, d in _events(text, "2024-09-06")] == [
        ("meeting", ["Bounthong Keomany"], "2024-09-05")]
    # a group led by someone with nothing received before it is no meeting
    text = "The Lao group was led by Professor Bounthong Keomany, Vice President of the academy.\n"
    assert _events(text, "2024-09-06") == []


def test_a_committee_meeting_that_took_place_is_the_meeting_of_its_chair():
    text = ("Laos and Cambodia review cooperation\n\n"
            "PHNOM PENH — The 12th meeting of the Laos–Cambodia Joint Committee took place in Phnom Penh on Wednesday.\n"
            "Deputy Prime Minister Sonexay Siphandone chaired the meeting.\n"
            "He said the two countries had done much together.\n")
    assert [e for e in _events(text) if e[0] in ("meeting", "session")] == [
        ("meeting", ["Sonexay Siphandone"], "Phnom Penh", "2022-04-06")]


def test_a_session_a_body_held_is_the_session_of_who_addressed_it():
    text = ("Committee reviews joint centre\n\n"
            "VIENTIANE — The Laos–Japan Joint Coordinating Committee held its 20th session in Vientiane on April 6.\n"
            "Addressing the session, Deputy Defence Minister Vongkham Phommakone praised the centre's work.\n")
    assert [e for e in _events(text) if e[0] in ("session", "meeting")] == [
        ("session", ["Vongkham Phommakone"], "Vientiane", "2022-04-06")]


def test_a_city_hosting_a_ceremony_greeted_by_video_message():
    text = ("Winners of Japanese language contest honoured\n\n"
            "Vientiane hosted the award ceremony of the 3rd Japanese Language Olympiad for Lao pupils on April 6.\n"
            "The contest was run by the Japan Foundation.\n"
            "Japanese Deputy Minister of Education Hiroshi Tanaka greeted the participants in a video message.\n")
    assert [e for e in _events(text) if e[0] in ("ceremony",)] == [
        ("ceremony", ["Hiroshi Tanaka"], "Vientiane", "2022-04-06")]


@pytest.mark.parametrize("said", [
    "In a video message, Japanese Deputy Culture Minister Keiko Sato praised the cultural cooperation of the two nations.\n",
    "Japanese Deputy Culture Minister Keiko Sato sent a video message to the festival, praising the cultural "
    "cooperation of the two nations.\n"])
def test_who_took_part_by_video_message_was_at_the_event(said):
    text = ("Lao film week under way in Tokyo\n\n"
            "TOKYO – The Lao Embassy held a film festival in Tokyo on April 6.\n" + said)
    assert [e for e in _events(text) if e[0] == "ceremony"] == [("ceremony", ["Keiko Sato"], "Tokyo", "2022-04-06")]
    # a letter or a statement is no taking part
    letter = text.replace("In a video message", "In a letter").replace("sent a video message to", "wrote a letter to")
    assert not [e for e in _events(letter) if e[0] == "ceremony"]


def test_an_exhibition_a_concert_and_a_webinar_are_events_people_take_part_in():
    evs = _events("Polish painter Zofia Nowicka showed her work at the third exhibition of amateur art in Lisbon "
                  "on April 5.\n")
    assert [(k, ps, d) for k, ps, _, d in evs] == [("ceremony", ["Zofia Nowicka"], "2022-04-05")]
    evs = _events("Polish Ambassador Jan Kowalski spoke at a concert in Lisbon on April 2 marking Constitution Day.\n")
    assert evs == [("ceremony", ["Jan Kowalski"], "Lisbon", "2022-04-02")]
    evs = _events("Consul Marta Zielinska took part in a webinar in Porto on Tuesday on seasonal work.\n")
    assert evs == [("forum", ["Marta Zielinska"], "Porto", "2022-04-05")]
    # an exhibition referred back to is no new event
    evs = _events("Zofia Nowicka was pleased with the exhibition.\n")
    assert evs == []
