"""Central events of kinds newer articles lead with (issue 7): an interview given to the media, a
gathering someone told or spoke to ('told a seminar', 'delivered a speech to the plenary session
of the Xyz Forum'), a named forum taken part in, 'sat down on D for a working session with B', and
a host named after a military rank ('Sen. Lt. Gen. X received Y') — and none where the same
words only say where a quote comes from."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _rows(text, date):
    art = extract_article(seed_from_text(text, date=date))
    return [(e.kind, {(p.actor, p.role) for p in e.participants}, e.place, e.date) for e in art.events]


def test_interview_with_an_agency_is_an_interview_of_the_speaker():
    text = ("Consul General Hoang Van Lam said trade with the Urals had doubled.\n\n"
            "He made the remarks in an interview with the news agency TASS ahead of the fair.\n")
    assert _rows(text, "2021-03-02") == [("interview", {("Hoang Van Lam", "participant")}, None, None)]


def test_speaking_to_an_outlet_is_an_interview():
    text = "Speaking to Interfax, economist Pavel Sorokin said exports to Vietnam would grow.\n"
    assert _rows(text, "2021-03-02") == [("interview", {("Pavel Sorokin", "participant")}, None, None)]


def test_lead_told_an_agency_is_an_interview_but_not_further_down():
    lead = ("OMSK, April 4 – Omsk's bus maker plans to open a plant in Vietnam next year, its director "
            "Oleg Lebedev told the news agency RIA Novosti on Monday.\n\nThe plant would make 500 buses a year.\n\n"
            "Deputy director Anna Kirova told Interfax the first buses would be shipped in May.\n")
    assert _rows(lead, "2020-04-04") == [("interview", {("Oleg Lebedev", "participant")}, None, None)]


def test_told_an_agency_about_an_event_told_there_is_no_interview():
    text = ("DA NANG, May 6 (TASS) – Two Russian corvettes arrived at Da Nang port on Sunday for a five-day "
            "visit, Captain Igor Belov, who commands the group, told TASS.\n")
    assert not [r for r in _rows(text, "2019-05-06") if r[0] == "interview"]


def test_told_a_seminar_is_a_forum_of_the_speaker():
    text = ("HUE, October 9 – Hue wants more Russian visitors, the city's tourism director Le Thi Hoa "
            "told a seminar on Wednesday.\n")
    assert _rows(text, "2019-10-09") == [("forum", {("Le Thi Hoa", "participant")}, None, "2019-10-09")]


def test_told_the_press_is_still_a_press_meeting_not_a_forum():
    text = "Governor Ivan Sokolov told the press in Tomsk on Friday that Vietnamese students were welcome.\n"
    assert [r[0] for r in _rows(text, "2019-10-11")] == ["meeting"]


def test_speech_to_the_plenary_session_of_a_forum_is_at_the_forum():
    text = ("Deputy Prime Minister Tran Van Duc delivered a speech to the plenary session of the 5th "
            "Arctic Trade Forum in the Russian city of Murmansk.\n")
    assert _rows(text, "2021-06-02") == [("forum", {("Tran Van Duc", "participant")}, "Murmansk", None)]


def test_taking_part_in_a_named_forum_told_first():
    text = ("Deputy Minister Pham Quoc Tuan has taken part in the Kazan International Law Forum, "
            "having accepted an invitation from the organisers.\n")
    assert _rows(text, "2022-05-20") == [("forum", {("Pham Quoc Tuan", "participant")}, None, None)]


def test_sat_down_for_a_working_session_with_someone():
    text = ("Vietnam's chief auditor, Ngo Van Tuan, sat down in Kazan on May 12 for a working session "
            "with Tatarstan's Audit Chamber head Alsu Gaynullina.\n")
    assert _rows(text, "2023-05-13") == [
        ("talks", {("Ngo Van Tuan", "participant"), ("Alsu Gaynullina", "participant")}, "Kazan", "2023-05-12")]


def test_host_after_abbreviated_military_ranks():
    text = ("Deputy Minister of Public Security Sen. Lt. Gen. Nguyen Van Son received Oleg Markov, Russia's "
            "deputy interior minister, in Hanoi on Tuesday.\n")
    assert _rows(text, "2020-09-16") == [
        ("reception", {("Nguyen Van Son", "host"), ("Oleg Markov", "visitor")}, "Hanoi", "2020-09-15")]


def test_one_who_told_a_seminar_another_addressed_first_gets_a_row_of_his_own():
    text = ("TOMSK, March 3 – Ties between Tomsk and Vietnam keep growing, Governor Pavel Ivanov said on Friday.\n\n"
            "He was addressing a seminar organised by Tomsk State University.\n\n"
            "Consul Tran Minh Hai told the seminar that more students would come from Vietnam.\n")
    rows = [r for r in _rows(text, "2023-03-03") if r[0] == "forum"]
    assert [r[1] for r in rows] == [{("Pavel Ivanov", "participant")}, {("Tran Minh Hai", "participant")}]


def test_told_a_press_conference_after_talks_is_no_forum_of_its_own():
    text = ("Prime Minister Ivan Orlov held talks with his Vietnamese counterpart Le Van Khai in Hanoi on Tuesday.\n\n"
            "\u201cWe want our firms here for the long term,\u201d Orlov told a joint press conference.\n")
    assert [r[0] for r in _rows(text, "2024-03-05")] == ["talks"]


def test_one_still_to_address_a_session_is_no_one_at_the_event():
    text = ("The Moscow Security Forum opened in Moscow on Tuesday.\n\nAt the opening ceremony, Ivan Petrov "
            "read out a message from the president.\n\nGeneral Tran Duc Minh was scheduled to address the "
            "third plenary session on Wednesday.\n")
    assert [r[1] for r in _rows(text, "2019-04-16")] == [{("Ivan Petrov", "participant")}]


def test_naval_rank_is_not_part_of_the_name():
    """'Captain 2nd Rank Pavel Zorin': the model takes 'Rank' into the name; no actor may be 'Rank ...'."""
    from knowledge.nlp import get_nlp

    doc = get_nlp()("Captain 2nd Rank Pavel Zorin, who leads the flotilla, told RIA Novosti on Tuesday "
                    "that the ships would stay at Cam Ranh for four days.")
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert people == ["Pavel Zorin"]
