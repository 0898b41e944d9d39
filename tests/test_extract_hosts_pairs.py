"""Event forms the blind sets eval47-54 showed missing or wrong: talks 'with him' after a welcome
ceremony, 'the two ministers' named just before, 'when the two met', talks set off at the end
of a proposal, a group's guest who briefs 'the host', a compatriot's greeting at the airport, an
event attended in a clause that only times the news, a body's name before a person's, 'the
Russian capital'. Sentences of our own: other people, places and dates than the evaluations'."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-12"  # a Friday


def _events(text: str, date: str = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=date)).events]


def _people(evs, kind):
    return [e[1] for e in evs if e[0] == kind]


def test_him_in_the_subjects_own_clause_is_the_other_person():
    evs = _events("Interior Minister Trần Quốc Bảo presided over a welcome ceremony for Sergei Volkov, Deputy "
                  "Head of the Russian Emergency Service, and then held talks with him in Đà Nẵng on Thursday.\n")
    assert frozenset({("Trần Quốc Bảo", "participant"), ("Sergei Volkov", "participant")}) in _people(evs, "talks")


def test_the_two_ministers_are_the_ministers_named_just_before():
    evs = _events("Transport Minister Lê Hoàng Phúc and Russia's Minister of Transport Pavel Kostin agreed on "
                  "the need to expand rail freight.\nThe two ministers held talks in Hải Phòng right after Phúc "
                  "chaired a welcome ceremony for the Russian guest.\n")
    talks = [e for e in evs if e[0] == "talks"]
    assert [(e[1], e[2]) for e in talks] == [
        (frozenset({("Lê Hoàng Phúc", "participant"), ("Pavel Kostin", "participant")}), "Hai Phong")]
    # a pair that holds no ministry is no 'two ministers'
    evs = _events("Rector Lê Hoàng Phúc and Professor Pavel Kostin agreed on the need to expand exchanges.\n"
                  "The two ministers held talks in Hải Phòng on Wednesday.\n")
    assert not _people(evs, "talks")


def test_when_the_two_met_names_the_teller_and_the_told():
    evs = _events("The party treasures its ties with Russian communists, Party official Nguyễn Văn Nên told "
                  "Duma deputy Oleg Smolin when the two met in Kazan on May 4.\n")
    assert ("meeting", frozenset({("Nguyễn Văn Nên", "participant"), ("Oleg Smolin", "participant")}), "Kazan",
            "2023-05-04") in evs


def test_talks_set_off_after_a_proposal_are_the_proposers():
    evs = _events("Governor of Russia's Tomsk Oblast Vladimir Mazur proposed on May 3 that Vietnamese and Russian "
                  "universities expand exchanges, during talks in Moscow with Vietnamese Ambassador Đặng Minh Khôi.\n")
    assert [(e[1], e[2]) for e in evs if e[0] == "talks"] == [
        (frozenset({("Vladimir Mazur", "participant"), ("Đặng Minh Khôi", "participant")}), "Moscow")]


def test_who_briefs_the_host_after_a_group_is_received_is_the_guest():
    evs = _events("Trần Thị Minh Hạnh, deputy head of the Ministry of Construction, on Wednesday received a "
                  "delegation from Russian builder Rostec.\nRostec's regional director, A.V. Petrov, briefed the "
                  "host on the company's projects.\n")
    assert ("reception", frozenset({("Trần Thị Minh Hạnh", "host"), ("A.V. Petrov", "visitor")}), None,
            "2023-05-10") in evs


def test_a_compatriot_greeting_at_the_airport_is_no_hosting():
    text = ("Russian Deputy Prime Minister Ivan Sokolov arrived in Huế on Tuesday for a working visit.\n"
            "{greeter} greeted him at the airport.\n")
    evs = _events(text.format(greeter="Russian Ambassador Oleg Petrov"))
    assert not any(("Oleg Petrov", "host") in e[1] for e in evs)
    evs = _events(text.format(greeter="Deputy Foreign Minister Phạm Thu Trang"))
    assert frozenset({("Phạm Thu Trang", "host"), ("Ivan Sokolov", "visitor")}) in _people(evs, "welcome ceremony")


def test_an_event_attended_in_a_clause_that_times_the_news_is_not_stored():
    evs = _events("Minister Lê Văn Hòa said ties had grown after President Võ Thanh Tâm paid a state visit to "
                  "Russia and joined the celebration of the city's founding day in Kazan.\n")
    assert not any(("Võ Thanh Tâm", "participant") in e[1] for e in evs)


def test_a_body_named_before_a_person_is_no_part_of_the_name_and_the_russian_capital_is_moscow():
    evs = _events("Chairman of the Hue People's Committee Phan Dang Khoa and Moscow Mayor Sergey Sobyanin met in the "
                  "Russian capital on Tuesday.\nKhoa is leading a delegation of the city on a working visit to "
                  "Moscow.\n")
    assert ("meeting", frozenset({("Phan Dang Khoa", "participant"), ("Sergey Sobyanin", "participant")}), "Moscow",
            "2023-05-09") in evs


def test_his_in_an_on_phrase_of_accompanying_is_the_accompanied():
    evs = _events("Rector Phạm Văn Lâm belongs to the delegation accompanying President Lương Văn Hòa on his state "
                  "visit to Belarus from May 8 to 10.\n")
    visits = [e for e in evs if "visit" in e[0]]
    assert visits and all(("Lương Văn Hòa", "visitor") in e[1] and ("Phạm Văn Lâm", "visitor") not in e[1]
                          for e in visits)
    # 'met X during his trip': his is the subject's
    evs = _events("Prime Minister Lương Văn Hòa met Speaker Igor Sergeyevich Malkov in Minsk on Tuesday during his "
                  "trip to Belarus.\n")
    assert any(("Lương Văn Hòa", "visitor") in e[1] for e in evs if "visit" in e[0])


def test_a_gala_is_a_ceremony_and_who_attended_with_someone_brought_them():
    evs = _events("A music gala was held in Kazan on May 6 to celebrate the city's twinning with Huế.\n"
                  "Speaking at the gala, Marat Gilfanov, deputy mayor of Kazan, praised the students.\n")
    assert ("ceremony", frozenset({("Marat Gilfanov", "participant")}), "Kazan", "2023-05-06") in evs
    evs = _events("A get-together was held in Huế on Thursday to mark the anniversary of the twinning.\n"
                  "Poet Trần Thị Lan attended together with Russian Consul Andrei Popov.\n")
    assert any({("Trần Thị Lan", "participant"), ("Andrei Popov", "participant")} <= e[1] for e in evs)


def test_it_was_attended_by_puts_people_at_the_event_told_before():
    evs = _events("The award ceremony of the chemistry contest took place in Huế on Thursday afternoon.\n"
                  "It was attended by Pavel Smirnov, director of the Russian Centre of Science and Culture.\n")
    assert ("ceremony", frozenset({("Pavel Smirnov", "participant")}), "Hue", "2023-05-11") in evs


def test_a_crowd_gathered_to_mark_an_occasion_is_a_ceremony_of_its_first_speaker():
    evs = _events("Hundreds of former students gathered in Huế on Wednesday to mark 40 years of the exchange "
                  "programme.\nThe first group left for Kazan in 1983.\nRector Lê Thanh Bình said the graduates now "
                  "led many schools.\n")
    assert ("ceremony", frozenset({("Lê Thanh Bình", "participant")}), "Hue", "2023-05-10") in evs
    # gathering for no occasion makes no ceremony
    evs = _events("Hundreds of former students gathered in Huế on Wednesday.\nRector Lê Thanh Bình said the "
                  "graduates now led many schools.\n")
    assert not any(e[0] == "ceremony" for e in evs)


def test_the_russian_visitor_is_the_guest_and_the_same_day_is_not_an_asides_day():
    evs = _events("Party chief Lê Văn Nam received visiting Russian Deputy Prime Minister Igor Levitin in Huế on "
                  "Thursday.\nLevitin, who had arrived on Wednesday for an official visit, praised the ties.\n"
                  "Prime Minister Trần Minh Đức also received the Russian visitor the same day.\n")
    assert ("reception", frozenset({("Trần Minh Đức", "host"), ("Igor Levitin", "visitor")}), None,
            "2023-05-11") in evs
    # with no guest told before, 'the visitor' is nobody
    evs = _events("Prime Minister Trần Minh Đức received the visitor on Thursday.\n")
    assert not any(e[0] == "reception" for e in evs)
