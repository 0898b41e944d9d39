"""Lead events a later aside must not lose or misdate, and central events told in phrasings of
their own: a visit ended on a day ('departed ..., ending a two-day visit'), 'the first visit ...
in <this year>', named occasions a body hosts ('a Cambodia Culture Day'), who spoke 'In his
address', credentials accepted by a head of state. Sentences of our own (Lao, Thai, Cambodian,
Mongolian people and places), not from any evaluation set."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2024-02-08"  # a Thursday


def _events(text: str, pub: str | None = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date, e.date_end)
            for e in extract_article(seed_from_text(text, date=pub)).events]


LEAVE = ("Thai Prime Minister Srettha Thavisin departed from Vientiane on Wednesday afternoon, ending a "
         "two-day official visit to Laos made at the invitation of Prime Minister Sonexay Siphandone.")


def test_a_visit_ended_on_a_day_spans_the_days_before_it():
    visits = [e for e in _events(LEAVE + "\n") if "visit" in e[0]]
    assert [(v[3], v[4]) for v in visits] == [("2024-02-06", "2024-02-07")], visits


def test_the_first_visit_in_this_year_neither_dates_nor_drops_the_lead_visit():
    text = LEAVE + (" It was Srettha's first trip to Laos as head of the Thai Government and the first "
                    "official visit any foreign leader made to Laos in 2024.\n")
    visits = [e for e in _events(text) if "visit" in e[0]]
    assert [(v[3], v[4]) for v in visits] == [("2024-02-06", "2024-02-07")], visits


def test_a_visit_told_in_an_aside_of_an_earlier_year_stays_background():
    text = ("Thai Prime Minister Srettha Thavisin held talks with Lao Prime Minister Sonexay Siphandone in "
            "Vientiane on Tuesday.\n\nThe two reviewed the accords signed when Sonexay visited Thailand in 2022.\n")
    assert [e[0] for e in _events(text)] == ["talks"], _events(text)


def test_a_named_occasion_hosted_by_a_body_is_an_event_of_who_opened_it():
    text = ("Luang Prabang has recently hosted a Cambodia Culture Day organised by the Cambodian Consulate "
            "General.\n\nOpening the programme, Consul General Chea Sokha said the friendship of the two "
            "peoples kept growing.\n")
    evs = [e for e in _events(text) if e[0] == "ceremony"]
    assert [e[1] for e in evs] == [{("Chea Sokha", "participant")}], _events(text)


def test_who_speaks_in_his_address_after_a_gathering_was_at_it():
    text = ("Diplomats, scholars and students gathered in Vientiane on Monday, February 5, as the Thai Consulate "
            "General celebrated the anniversary of ties between Thailand and Laos.\n\nIn his address, Consul "
            "General Somchai Rattanakul looked back on the milestones of the relationship.\n")
    evs = [e for e in _events(text) if e[0] == "ceremony"]
    assert [(e[1], e[2], e[3]) for e in evs] == [({("Somchai Rattanakul", "participant")}, "Vientiane", "2024-02-05")], \
        _events(text)


def test_credentials_accepted_by_a_head_of_state_are_a_ceremony_of_both():
    text = ("Lao President Thongloun Sisoulith on February 6 accepted the letters of credence of Mongolia's new "
            "ambassador, Batbold Ganzorig, at a ceremony in Vientiane.\n")
    evs = [e for e in _events(text) if e[0] == "ceremony"]
    assert [(e[1], e[3]) for e in evs] == [({("Thongloun Sisoulith", "participant"),
                                            ("Batbold Ganzorig", "participant")}, "2024-02-06")], _events(text)


def test_a_named_occasion_only_proposed_is_no_event():
    text = ("Lao Prime Minister Sonexay Siphandone held talks with Thai Prime Minister Srettha Thavisin in Vientiane "
            "on Tuesday.\n\nSrettha proposed organising a Thai Culture Week in Vientiane in 2025, and he invited a "
            "Lao delegation to the celebrations.\n")
    assert [e[0] for e in _events(text)] == ["talks"], _events(text)


def test_a_teleconference_held_by_bodies_is_a_meeting_of_its_first_speaker():
    text = ("Leaders of Luang Prabang and the Thai city of Chiang Mai held a teleconference on Tuesday to discuss "
            "their cooperation.\n\nKhamphan Phommathat, Secretary of the provincial Party Committee, said the two "
            "cities had much in common.\n")
    evs = [e for e in _events(text) if e[0] == "meeting"]
    assert [(e[1], e[3]) for e in evs] == [({("Khamphan Phommathat", "participant")}, "2024-02-06")], _events(text)


def test_an_ordinal_meeting_that_took_place_is_one_of_its_first_speaker():
    text = ("The second meeting of the Laos–Thailand farm working group took place by videoconference on Tuesday.\n\n"
            "Deputy Minister Phet Phomphiphak urged both countries to open their markets wider.\n")
    evs = [e for e in _events(text) if e[0] == "meeting"]
    assert [(e[1], e[3]) for e in evs] == [({("Phet Phomphiphak", "participant")}, "2024-02-06")], _events(text)


def test_a_statue_unveiled_is_an_opening_of_its_first_speaker():
    text = ("A bronze statue of King Fa Ngum was unveiled in Vientiane on February 5.\n\nSpeaking at the event, "
            "Lao President Thongloun Sisoulith said the king had founded the nation.\n")
    evs = [e for e in _events(text) if e[0] == "opening"]
    assert [(e[1], e[2], e[3]) for e in evs] == [({("Thongloun Sisoulith", "participant")}, "Vientiane", "2024-02-05")], \
        _events(text)


def test_those_at_an_opening_inside_a_region_named_for_a_city_are_not_placed_in_the_city():
    text = ("A Lao trade centre was inaugurated on February 5 in the town of Serpukhov in Russia's Moscow Oblast.\n\n"
            "Among those at the opening were Lao Ambassador Khenthong Nuanthasing, Sergei Volkov, deputy head of "
            "the regional government, and staff of the embassy.\n")
    evs = [e for e in _events(text) if e[0] == "opening"]
    assert len(evs) == 1 and evs[0][1] == {("Khenthong Nuanthasing", "participant"),
                                           ("Sergei Volkov", "participant")} and evs[0][2] != "Moscow", _events(text)


def test_who_a_country_was_represented_by_at_an_opening_was_there():
    text = ("An exhibition of Lao silk opened on February 5 at the Textile Museum in Bangkok.\n\nLaos was "
            "represented at the opening by Ambassador Khenthong Nuanthasing and by Vilay Souksavath, first "
            "secretary of the Lao Embassy in Thailand.\n")
    evs = [e for e in _events(text) if e[0] == "opening"]
    assert [e[1] for e in evs] == [{("Khenthong Nuanthasing", "participant"), ("Vilay Souksavath", "participant")}], \
        _events(text)


def test_a_congress_held_under_the_chairmanship_of_a_person_is_hers():
    text = ("The Vientiane Laos–Thailand Friendship Association held its fifth congress, covering the 2024-2029 "
            "term, in the capital on February 5 under the chairmanship of Bounmy Phommasane, chairwoman of the "
            "Vientiane Union of Friendship Organisations.\n")
    evs = [e for e in _events(text) if e[0] == "session"]
    assert [e[1] for e in evs] == [{("Bounmy Phommasane", "participant")}], _events(text)


def test_talks_that_brought_two_people_together_are_theirs():
    text = ("Laos and Thailand have agreed to step up defence ties following talks between the chiefs of their "
            "general staffs.\n\nThe talks brought together Lao People's Army Chief of the General Staff Khamliang "
            "Outhakaysone, a lieutenant general who is also Deputy Defence Minister, and Thailand's Chief of the "
            "Defence Forces, General Songwit Noonpackdee.\n")
    evs = [e for e in _events(text) if e[0] == "talks"]
    assert [e[1] for e in evs] == [{("Khamliang Outhakaysone", "participant"), ("Songwit Noonpackdee", "participant")}], \
        _events(text)


def test_telling_a_visiting_minister_is_meeting_him():
    text = ("Lao Defence Minister General Chansamone Chanyalath told a visiting Thai Deputy Defence Minister, "
            "Natthaphon Narkphanit, on Wednesday that Laos wants closer defence ties.\n")
    evs = [e for e in _events(text) if e[0] == "meeting"]
    assert [e[1] for e in evs] == [{("Chansamone Chanyalath", "participant"), ("Natthaphon Narkphanit", "participant")}], \
        _events(text)
