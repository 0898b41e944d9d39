"""Central events in the forms newer articles lead with (issue 7): two bodies signing as the news
itself, 'met the press', 'Attending the opening were A and B', 'took part in a forum ... It was
chaired by A and B', firms gathering for a conference — each with its people, place and date, and
none of them where the same words tell something else."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text, date="2022-05-14"):
    return extract_article(seed_from_text(text, date=date)).events


def _people(ev):
    return {p.actor for p in ev.participants}


def _rows(text, date):
    """(kind, people, place, date) of the events with people."""
    return [(e.kind, _people(e), e.place, e.date) for e in _events(text, date) if e.participants]


def test_two_bodies_signing_as_the_news_is_stored_with_place_and_date():
    text = ("HANOI, May 14, 2021 (VNA) – Bamboo Airways and Russia's S7 Airlines signed a memorandum of "
            "understanding in Hanoi on Friday on code-sharing flights.\n\nThe deal covers flights between "
            "Hanoi and Novosibirsk, the carriers said.\n")
    sig = [e for e in _events(text, "2021-05-14") if e.kind == "signing"]
    assert len(sig) == 1
    assert _people(sig[0]) == {"Bamboo Airways", "S7 Airlines"}
    assert (sig[0].place, sig[0].date) == ("Hanoi", "2021-05-14")


def test_bodies_signing_during_leaders_talks_is_no_event_of_its_own():
    text = ("MOSCOW, April 3, 2019 (VNA) – Prime Minister Le Van Khoa held talks with Russian Prime Minister "
            "Pavel Orlov in Moscow on Wednesday.\n\nThe two leaders then looked on as Vinacomin signed "
            "deals with Rostec and Sibur.\n")
    evs = _events(text, "2019-04-03")
    assert any(e.kind == "talks" and _people(e) == {"Le Van Khoa", "Pavel Orlov"} for e in evs)
    assert not [e for e in evs if e.kind == "signing" and _people(e) & {"Vinacomin", "Rostec", "Sibur"}]


def test_one_company_signing_is_no_event():
    text = ("HANOI, June 2, 2020 (VNA) – Vietjet signed a contract on Tuesday to lease three aircraft.\n\n"
            "The deal is worth 90 million USD.\n")
    assert not [e for e in _events(text, "2020-06-02") if e.kind == "signing"]


def test_met_the_press_in_the_lead_is_a_meeting():
    text = ("MOSCOW, March 3, 2022 (VNA) – Vietnam's Ambassador to Russia, Tran Van Binh, met the press in "
            "Moscow on Thursday to review bilateral ties over the past year.\n\nBinh said trade had grown "
            "by a fifth.\n")
    assert _rows(text, "2022-03-03") == [("meeting", {"Tran Van Binh"}, "Moscow", "2022-03-03")]


def test_meeting_the_press_told_as_how_one_spoke_is_no_event():
    text = "OMSK, May 4, 2023 (TASS) – Meeting the press in Omsk, Governor Ilya Belkin said exports had grown.\n"
    assert _rows(text, "2023-05-04") == []


def test_met_reporters_after_talks_is_no_second_event():
    text = ("HANOI, July 8, 2021 (VNA) – Deputy Foreign Minister Pham Quoc Viet held talks with Russian "
            "Deputy Foreign Minister Igor Belov in Hanoi on Thursday.\n\nAfter the talks, Viet met "
            "reporters to brief them on the results.\n")
    evs = _events(text, "2021-07-08")
    assert not [e for e in evs if e.kind == "meeting" and _people(e) == {"Pham Quoc Viet"}]


def test_attending_the_opening_were_puts_them_at_it():
    text = ("KAZAN, October 3, 2019 (VNA) – A Vietnamese Film Week opened at the Kazan Cinema Palace on "
            "Thursday evening.\n\nAttending the opening were Tatarstan Deputy Prime Minister Irina Volkova "
            "and Vietnamese Ambassador Ngo Van Lam.\n\nThe week will show eight films.\n")
    assert _rows(text, "2019-10-03") == [("opening", {"Irina Volkova", "Ngo Van Lam"}, "Kazan", "2019-10-03")]


def test_it_was_chaired_by_after_a_forum_took_part_in():
    text = ("HUE, May 5, 2022 (VNA) – More than 150 companies from Vietnam and Russia took part in a tourism "
            "forum held in Hue on Thursday. The forum was organised by the provincial People's Committee. "
            "It was chaired by Vice Chairwoman Tran Thi Hoa and Russian Deputy Minister of Economy Ilya "
            "Sorokin.\n\nSorokin said tourism was growing.\n")
    assert _rows(text, "2022-05-05") == [("forum", {"Tran Thi Hoa", "Ilya Sorokin"}, "Hue", "2022-05-05")]


def test_firms_gathered_for_a_conference_its_first_speaker_there_not_the_topic_place():
    text = ("KAZAN, September 14, 2020 (VNA) – Vietnamese and Russian firms gathered in Kazan on Monday for "
            "a conference promoting trade between Lam Dong province and Tatarstan.\n\nThe event was part of "
            "the Days of Lam Dong in Russia.\n\nVietnamese Consul General Pham Duc Tam said trade between "
            "the two sides was growing.\n")
    assert _rows(text, "2020-09-14") == [("forum", {"Pham Duc Tam"}, "Kazan", "2020-09-14")]
