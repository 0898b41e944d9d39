"""Extraction on hand-written articles (other officials, places, dates, formats) that the rules
were not tuned on; expected facts as data."""

from __future__ import annotations

import pytest

from tests.helpers.articles import events, extracted, statements

CHINH, MISHUSTIN = "Phạm Minh Chính", "Mikhail Mishustin"
PHUC, PUTIN = "Nguyễn Xuân Phúc", "Vladimir Putin"
TRUNG, MORGULOV, MAI = "Lê Hoài Trung", "Igor Morgulov", "Phan Văn Mãi"

EXPECTED_EVENTS = {
    # front matter, "(VOVWORLD) -", headline caption debris; "on Tuesday" in a Wednesday piece
    "phone_call_2023.txt": [
        ("phone call", frozenset({(CHINH, "caller"), (MISHUSTIN, "callee")}), None, "2023-03-14", None),
    ],
    # dateline "MOSCOW, November 30 (VNA) –" and no publication date: dates stay unknown
    "kremlin_reception_2021.txt": [
        ("reception", frozenset({(PHUC, "visitor"), (PUTIN, "host")}), "Kremlin", None, None),
        ("official visit", frozenset({(PHUC, "visitor"), ("Russia", "host")}), "Russia", None, None),
    ],
    # "date ... VIETNAM, April 10 - HCM CITY —" dateline, Monday in a Wednesday piece, "On the same day"
    "deputy_fm_hcmc_2019.txt": [
        ("talks", frozenset({(TRUNG, "participant"), (MORGULOV, "participant")}), "Ho Chi Minh City",
         "2019-04-08", None),
        ("established", frozenset({("Vietnam", "participant"), ("Russia", "participant")}), None, "1994", None),
        ("meeting", frozenset({(MORGULOV, "participant"), (MAI, "participant")}), None, "2019-04-08", None),
    ],
}
EXPECTED_STATEMENTS = {
    "phone_call_2023.txt": [(1, CHINH, "affirm"), (2, CHINH, "propose"), (3, MISHUSTIN, "say"),
                            (4, MISHUSTIN, "invite")],
    "kremlin_reception_2021.txt": [(1, PUTIN, "say"), (2, PUTIN, "say"), (3, PHUC, "thank"), (4, PHUC, "stress")],
    "deputy_fm_hcmc_2019.txt": [(2, TRUNG, "say"), (3, MORGULOV, "express"), (3, MORGULOV, "highlight"),
                                (4, MORGULOV, "say"), (4, MORGULOV, "welcome")],
}


@pytest.mark.parametrize("name", sorted(EXPECTED_EVENTS))
def test_events(name):
    assert events(extracted(name)) == EXPECTED_EVENTS[name]


@pytest.mark.parametrize("name", sorted(EXPECTED_STATEMENTS))
def test_statements(name):
    assert statements(extracted(name)) == EXPECTED_STATEMENTS[name]


@pytest.mark.parametrize("name, sentence, verb, topics", [
    ("phone_call_2023.txt", 1, "affirm", {"partnership", "trade"}),
    ("phone_call_2023.txt", 2, "propose", {"oil and gas", "education", "tourism"}),
    ("phone_call_2023.txt", 3, "say", {"energy", "tourism"}),
    ("kremlin_reception_2021.txt", 2, "say", {"energy", "defence", "science and technology"}),
    ("kremlin_reception_2021.txt", 3, "thank", {"history"}),
    ("kremlin_reception_2021.txt", 4, "stress", {"asean", "multilateral"}),
    ("deputy_fm_hcmc_2019.txt", 2, "say", {"investment", "culture", "education"}),
    ("deputy_fm_hcmc_2019.txt", 4, "say", {"asean"}),
])
def test_topics(name, sentence, verb, topics):
    st = [s for s in extracted(name).statements if s.sentence == sentence and s.verb == verb]
    assert st and topics <= set(st[0].topics)


def test_direct_quote_content_excludes_quote_marks():
    st = [s for s in extracted("kremlin_reception_2021.txt").statements if s.sentence == 2][0]
    assert st.content.startswith("Our relations have been tested by time")
    assert st.content.endswith("high technology")
    assert st.speaker_phrase == "the Russian leader"


def test_invitation_is_not_a_visit():
    art = extracted("phone_call_2023.txt")
    assert not any("visit" in e.kind for e in art.events)


def test_unknown_publication_date_keeps_phrase():
    rec, visit = extracted("kremlin_reception_2021.txt").events
    assert rec.date is None and rec.date_phrase == "on November 30"
    assert visit.date_phrase == "from November 28 to December 2"


@pytest.mark.parametrize("name, person, titles, aliases", [
    ("phone_call_2023.txt", CHINH, {"Prime Minister"}, {"Prime Minister Chính", "Mr. Chính", "Pham Minh Chinh",
                                                        "the Vietnamese counterpart"}),
    ("phone_call_2023.txt", MISHUSTIN, {"Russian Prime Minister"}, {"Mr. Mishustin", "the Russian Prime Minister"}),
    ("kremlin_reception_2021.txt", PHUC, {"State President"}, {"President Phúc", "the Vietnamese leader"}),
    ("kremlin_reception_2021.txt", PUTIN, {"Russian President"}, {"Putin", "the Russian leader"}),
    ("deputy_fm_hcmc_2019.txt", MORGULOV, {"Russian Deputy Foreign Minister"},
     {"Morgulov", "the Russian diplomat", "the Russian Deputy Foreign Minister"}),
    ("deputy_fm_hcmc_2019.txt", MAI, {"Chairman of the municipal People's Committee"}, {"Phan Van Mai"}),
])
def test_people(name, person, titles, aliases):
    actors = {a.name: a for a in extracted(name).actors}
    assert actors[person].kind == "person"
    assert actors[person].titles == titles
    assert aliases <= actors[person].aliases


def test_every_person_actor_is_named_in_the_text():
    for name in EXPECTED_EVENTS:
        art = extracted(name)
        for a in art.actors:
            if a.kind == "person":
                assert a.name in art.text
