"""Days and places an event takes from the occasion around it: the arrival that opens a visit,
'during which', 'during his stay', 'After the talks', a conjoined act; who welcomed or briefed
a visitor; a caption line inside a block. Sentences of our own (other people, places, dates)."""

from __future__ import annotations

import pytest

from knowledge import segment
from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday
ARRIVAL = ("Thai Prime Minister Srettha Thavisin and his wife landed at Wattay airport in Vientiane on May 16, "
           "beginning an official visit to Laos.\n\nThe visit runs from May 16 to May 18.\n\n")


def _events(text: str, pub: str | None = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date, e.date_end)
            for e in extract_article(seed_from_text(text, date=pub)).events]


def _one(evs, kind):
    found = [e for e in evs if e[0] == kind]
    assert len(found) == 1, evs
    return found[0]


@pytest.mark.parametrize("second, hosts", [
    ("At the airport the guests were greeted in a welcome ceremony by Saleumxay Kommasith, Laos's Deputy Prime "
     "Minister, together with Phongsavanh Sitthavong, Vientiane's ambassador in Bangkok.\n",
     {"Saleumxay Kommasith", "Phongsavanh Sitthavong"}),
    ("An official welcome ceremony was held for him at the airport.\n", set()),
])
def test_what_happens_at_the_airport_happens_on_the_arrival_day_in_the_arrival_city(second, hosts):
    evs = _events(ARRIVAL + second)
    visit = _one(evs, "official visit")
    assert visit[3:] == ("2023-05-16", "2023-05-18")  # the visit's own span beats its arrival day
    cer = _one(evs, "welcome ceremony")
    assert ("Srettha Thavisin", "visitor") in cer[1] and {a for a, r in cer[1] if r == "host"} == hosts
    assert cer[2:4] == ("Vientiane", "2023-05-16")


def test_shortly_after_arriving():
    evs = _events("Thai Prime Minister Srettha Thavisin touched down in Vientiane around midday on May 16 to begin "
                  "an official visit.\n\nShortly after arriving, Srettha met Lao Prime Minister Sonexay Siphandone.\n")
    visit = _one(evs, "official visit")
    assert visit[2] == "Vientiane" and visit[3] == "2023-05-16"  # the visit goes where the plane landed
    meeting = _one(evs, "meeting")
    assert meeting[3] == "2023-05-16" and meeting[2] == "Vientiane"


def test_during_which_and_during_his_stay():
    evs = _events("Thai Prime Minister Srettha Thavisin paid a one-day visit to Laos on Tuesday, during which he and "
                  "Lao Prime Minister Sonexay Siphandone held talks in Vientiane.\n\nSrettha also met Lao President "
                  "Thongloun Sisoulith and National Assembly Chairman Saysomphone Phomvihane during his stay.\n")
    assert _one(evs, "talks")[2:4] == ("Vientiane", "2023-05-16")
    meetings = [e for e in evs if e[0] == "meeting"]
    # dated by the visit 'during his stay'; not placed at the visited country the sentence does not
    # name (a coarser guess than the text gives, and a contradiction of any city asked)
    assert len(meetings) == 2 and {e[3] for e in meetings} == {"2023-05-16"} and {e[2] for e in meetings} == {None}


def test_after_the_talks_is_the_day_of_the_talks():
    evs = _events("Lao President Thongloun Sisoulith held talks with Cambodian Prime Minister Hun Manet in "
                  "Vientiane on Tuesday.\n\nAfter the talks, the two leaders adopted a joint declaration on their "
                  "partnership.\n")
    dec = _one(evs, "joint declaration")
    assert {a for a, _ in dec[1]} == {"Thongloun Sisoulith", "Hun Manet"} and dec[2:4] == ("Vientiane", "2023-05-16")


def test_a_conjoined_act_shares_the_day():
    evs = _events("Thai Prime Minister Srettha Thavisin was welcomed by Lao Deputy Prime Minister Saleumxay Kommasith "
                  "at the airport on Thursday.\n\nLater that afternoon, Srettha and Lao Prime Minister Sonexay "
                  "Siphandone held talks and co-chaired the fourth session of the joint committee.\n")
    assert _one(evs, "talks")[3] == _one(evs, "session")[3] == "2023-05-18"


def test_a_conjunct_with_its_own_day_is_no_background():
    evs = _events("Lao President Thongloun Sisoulith arrived in Moscow on May 8.\n\nThe Lao leader had accepted an "
                  "invitation to the celebrations, and on May 9 he watched the military parade in Moscow.\n")
    parade = _one(evs, "parade")
    assert parade[1] == {("Thongloun Sisoulith", "participant")} and parade[2:4] == ("Moscow", "2023-05-09")


def test_who_briefed_the_visitor_at_a_site_is_its_host():
    evs = _events("Lao President Thongloun Sisoulith is on an official visit to Cambodia from May 17 to 19.\n\n"
                  "On the same day, the Lao leader visited the Lao Embassy in Phnom Penh, where Ambassador Phoxay "
                  "Khaykhamphithoune briefed him on the Lao community.\n")
    site = _one(evs, "visit")
    assert site[1] == {("Thongloun Sisoulith", "visitor"), ("Phoxay Khaykhamphithoune", "host")}
    assert site[2] == "Phnom Penh"


def test_the_visitors_home_country_named_on_a_trip_keeps_the_trips_place():
    evs = _events("Vietnamese Ambassador to Laos Nguyễn Minh Tâm travelled to Luang Prabang province on May 16 and "
                  "17.\n\nGovernor Khamkhan Chanthavisouk said his province was interested in Vietnam.\n\nThe "
                  "ambassador also met Vice Governor Bounkhong Lachiemphone to discuss tourism.\n")
    assert _one(evs, "meeting")[2] == "Luang Prabang"


def test_a_caption_line_inside_a_block_takes_only_itself():
    text = ("(KPL) – Lao President Thongloun Sisoulith met Cambodian King Norodom Sihamoni on Tuesday.\n"
            "The two leaders discussed trade.\n"
            "Lao President meets Cambodian King - ảnh 1Sihamoni accepted an invitation to visit Laos.\n")
    paras = [text[s:e] for s, e in segment.paragraphs(text, 0, "Lao President meets Cambodian King")]
    assert paras == ["Lao President Thongloun Sisoulith met Cambodian King Norodom Sihamoni on Tuesday.\n"
                     "The two leaders discussed trade.",
                     "Sihamoni accepted an invitation to visit Laos."]
