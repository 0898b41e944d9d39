"""The blind extractor scorer (bench/accuracy_extract.py --blind) judges what it should: names
across spellings, places inside or around gold's, contradicting roles, a state the text does
not name (a longer name holding it is no mention)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from knowledge.facts import Article, Event, Participant, Source

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
import accuracy_extract as acc  # noqa: E402


@pytest.mark.parametrize("a, b, same", [("Tô Lâm", "To Lam", True), ("Putin", "Vladimir Putin", True),
                                        ("Việt Nam", "Vietnam", True), ("Nguyen Phu Trong", "Nguyen Xuan Phuc", False),
                                        ("Vladimir Putin", "Vladimir Voronkov", False)])
def test_same_actor(a, b, same):
    assert acc.same_actor(a, b) is same


@pytest.mark.parametrize("ours, gold, verdict", [("Hanoi", "Hà Nội", "same"), ("Kremlin", "Moscow", "inside"),
                                                 ("Moscow", "Russia", "inside"), ("Russia", "Moscow", "around"),
                                                 ("Beijing", "Tianjin", "wrong"), (None, "Moscow", "empty"),
                                                 ("Moscow", None, "wrong"), ("Kazan", "Kazan Expo Centre", "around"),
                                                 ("Kazan", "Kazanskaya Street", "wrong"),
                                                 ("Tula Oblast", "Tula", "around"), ("Tula", "the Tula region", "inside"),
                                                 ("Tula Oblast", "Tver", "wrong")])
def test_place_verdict(ours, gold, verdict):
    assert acc.place_verdict(ours, gold) == verdict


def test_roles_contradict_only_when_both_are_specific():
    gold = [("Tô Lâm", "visitor"), ("Vladimir Putin", "host")]
    assert acc.participants_verdict([("Vladimir Putin", "visitor"), ("Tô Lâm", "host")], gold) == (False, False)
    assert acc.participants_verdict([("Vladimir Putin", "participant")], gold) == (True, False)
    assert acc.participants_verdict([("Putin", "host"), ("To Lam", "participant")], gold) == (True, True)
    assert acc.participants_verdict([("Dmitry Medvedev", "participant")], gold) == (False, False)


def test_a_host_state_is_true_only_where_the_gold_event_took_place_and_names_a_host():
    gold = [("Hun Manet", "visitor"), ("Ministry of Defence", "host")]
    ours = [("Hun Manet", "visitor"), ("Laos", "host")]
    assert acc.participants_verdict(ours, gold, "Vientiane", strict=False) == (True, False)
    assert acc.participants_verdict(ours, gold, "Laos", strict=False) == (True, False)
    assert acc.participants_verdict(ours, gold, "Vientiane") == (False, False)  # the first-run scorer
    assert acc.participants_verdict(ours, gold, "Bangkok", strict=False) == (False, False)  # another state
    assert acc.participants_verdict(ours, [("Hun Manet", "visitor")], "Laos", strict=False) == (False, False)
    assert acc.participants_verdict([("Hun Manet", "visitor"), ("Laos", "participant")], gold, "Laos",
                                    strict=False) == (False, False)  # only as the host


def test_a_host_state_of_a_visit_whose_gold_names_no_host_is_true():
    ours = [("Hun Manet", "visitor"), ("Laos", "host")]
    gold = [("Hun Manet", "visitor")]
    assert acc.participants_verdict(ours, gold, "Laos", strict=False, gold_kind="official visit") == (True, True)
    assert acc.participants_verdict(ours, gold, "Laos", gold_kind="official visit") == (False, False)  # first-run
    assert acc.participants_verdict(ours, gold, "Thailand", strict=False, gold_kind="visit") == (False, False)
    # a meeting's gold without a host: a host state stays unasked for
    assert acc.participants_verdict(ours, gold, "Laos", strict=False, gold_kind="meeting") == (False, False)


def test_a_gold_venue_written_with_its_city_holds_the_city():
    assert acc.place_verdict("Vientiane", "National University of Laos, Vientiane") == "around"
    assert acc.place_verdict("Luang Prabang", "National University of Laos, Vientiane") == "wrong"


def test_a_state_the_text_does_not_name():
    text = "Putin paid a state visit to the Democratic People's Republic of Korea (DPRK)."
    visit = Event("state visit", [Participant("Vladimir Putin", "visitor"), Participant("South Korea", "host")], 0,
                  place="South Korea")
    art = Article(Source("f.txt", "x"), text, [], [], [visit], [])
    assert acc._states_not_named(art) == ["f.txt: South Korea"]
    visit.participants[1] = Participant("North Korea", "host")
    visit.place = "Pyongyang"
    assert acc._states_not_named(art) == []


@pytest.mark.parametrize("kind, fam", [("business forum", "meet"), ("strategic dialogue", "meet"), ("dialogue", "meet"),
                                       ("groundbreaking ceremony", "ceremony"), ("award", "ceremony"),
                                       ("festival opening", "ceremony"), ("state visit", "visit"),
                                       ("inspection tour", "inspection tour"), ("interview", "interview"),
                                       ("press briefing", "meet"), ("press_conference", "meet"),
                                       ("working_session", "meet"), ("forum remarks", "meet"),
                                       ("conference remarks", "meet"), ("remarks", "remarks"),
                                       ("webinar", "meet"), ("exhibition", "ceremony"),
                                       ("cultural exchange", "ceremony")])
def test_family_of_a_gold_kind_by_its_last_word(kind, fam):
    assert acc.family(kind) == fam


@pytest.mark.parametrize("kind, core", [("meeting", True), ("talks", True), ("official visit", True),
                                        ("state_visit", True), ("reception", True), ("phone call", True),
                                        ("courtesy call", True), ("port call", True), ("online meeting", True),
                                        ("ceremony", False), ("conference", False), ("statement", False),
                                        ("fire", False), ("recall", False), ("callout", False)])
def test_core_kinds_are_meetings_talks_calls_and_visits_by_their_words(kind, core):
    assert acc.is_core_kind(kind) is core


def test_the_core_recall_line_counts_only_central_meetings_talks_calls_and_visits():
    text = "Kazakh minister Yerlan Sairov met Lao minister Bounleua Sinxayvoravong. Sairov opened a fair."
    met = Event("meeting", [Participant("Yerlan Sairov", "participant"), Participant("Bounleua Sinxayvoravong",
                                                                                    "participant")], 0)
    art = Article(Source("f.txt", "x"), text, [], [], [met], [])

    def gold(kind, who, central=True):
        return {"kind": kind, "participants": [{"name": n, "role": "participant"} for n in who], "place": None,
                "date": None, "date_end": None, "central": central, "sentence": None}
    golds = [gold("meeting", ["Yerlan Sairov", "Bounleua Sinxayvoravong"]), gold("ceremony", ["Yerlan Sairov"]),
             gold("official visit", ["Yerlan Sairov"]), gold("talks", ["Yerlan Sairov"], central=False)]
    c = acc.blind_score({"f.txt": art}, {"f.txt": golds}, strict=False)["counts"]
    assert (c["central_found"], c["gold_central"]) == (1, 3)
    assert (c["core_found"], c["core_central"]) == (1, 2)  # the ceremony is not core, the talks not central
    assert "meetings/talks/calls/visits" in acc.blind_table("t", {"counts": c, "lines": []})
