"""Extraction on the two original seeds: the exact events and statements, written out as data."""

from __future__ import annotations

import pytest

from tests.helpers.articles import events, extracted, statements

S000 = "000_660d5ccee3f9ddf8.txt"
S003 = "003_ba13613c7541d8ad.txt"
TRONG_000, TRONG_003 = "Nguyen Phu Trong", "Nguyễn Phú Trọng"
PUTIN, LAVROV, SON = "Vladimir Putin", "Sergey Lavrov", "Bùi Thanh Sơn"

EXPECTED_EVENTS = {
    S000: [
        ("talks", frozenset({(TRONG_000, "participant"), (PUTIN, "participant")}), "Hanoi", "2024-06-20", None),
        ("state visit", frozenset({(PUTIN, "visitor"), ("Vietnam", "host")}), "Vietnam", "2024-06-19", "2024-06-20"),
        ("joint declaration", frozenset({("Vietnam", "participant"), ("Russia", "participant")}), None,
         "2024-06-20", None),
    ],
    S003: [
        ("meeting", frozenset({(TRONG_003, "participant"), (LAVROV, "participant")}), "Hanoi", "2022-07-06", None),
        ("visit", frozenset({(LAVROV, "visitor"), ("Vietnam", "host")}), "Vietnam", None, None),
        ("established", frozenset({("Vietnam", "participant"), ("Russia", "participant")}), None, "2012", None),
        ("talks", frozenset({(LAVROV, "participant"), (SON, "participant")}), None, "2022-07-06", None),
    ],
}

EXPECTED_STATEMENTS = {
    S000: [
        (1, TRONG_000, "congratulate"), (2, TRONG_000, "affirm"), (3, TRONG_000, "say"), (3, TRONG_000, "add"),
        (3, TRONG_000, "believe"), (4, TRONG_000, "emphasize"), (5, TRONG_000, "say"), (6, PUTIN, "emphasize"),
        (7, PUTIN, "say"), (8, PUTIN, "agree"),
    ],
    S003: [
        (0, TRONG_003, "say"), (2, TRONG_003, "say"), (3, TRONG_003, "say"), (4, TRONG_003, "share"),
        (5, TRONG_003, "wish"), (6, TRONG_003, "ask"), (7, LAVROV, "express"), (7, LAVROV, "speak highly"),
        (8, LAVROV, "note"), (9, LAVROV, "inform"), (9, LAVROV, "affirm"), (10, LAVROV, "say"), (10, LAVROV, "thank"),
    ],
}


@pytest.mark.parametrize("seed", [S000, S003])
def test_events_exact(seed):
    assert events(extracted(seed)) == EXPECTED_EVENTS[seed]


@pytest.mark.parametrize("seed", [S000, S003])
def test_statements_exact(seed):
    assert statements(extracted(seed)) == EXPECTED_STATEMENTS[seed]


@pytest.mark.parametrize("seed, sentence, verb, topic", [
    (S000, 1, "congratulate", "elections"),
    (S000, 2, "affirm", "partnership"),
    (S000, 4, "emphasize", "ukraine"),
    (S000, 4, "emphasize", "international law"),
    (S000, 7, "say", "foreign policy"),
    (S003, 2, "say", "history"),
    (S003, 9, "affirm", "partnership"),
    (S003, 10, "say", "asean"),
    (S003, 10, "thank", "asean"),
])
def test_statement_topics(seed, sentence, verb, topic):
    st = [s for s in extracted(seed).statements if s.sentence == sentence and s.verb == verb]
    assert st and topic in st[0].topics


@pytest.mark.parametrize("seed, sentence, verb, content", [
    (S000, 2, "affirm", "Vietnam always values the traditional relationship and comprehensive strategic "
                        "partnership with Russia, considering it a top priority in its foreign policy"),
    (S000, 5, "say", "Vietnam is ready to contribute to promoting dialogue and negotiations in that direction"),
    (S000, 6, "emphasize", "Vietnam is a friend and reliable partner of Russia and the relationship between the "
                           "two countries has been tested over time"),
    (S003, 10, "say", "Russia supported the central role of ASEAN in the region"),
    (S003, 0, "say", "Việt Nam attaches great importance to the comprehensive strategic partnership with Russia "
                     "as well as bilateral cooperation"),
])
def test_statement_content_is_reported_clause(seed, sentence, verb, content):
    st = [s for s in extracted(seed).statements if s.sentence == sentence and s.verb == verb]
    assert st and st[0].content == content


@pytest.mark.parametrize("seed", [S000, S003])
def test_statement_content_is_verbatim_in_its_sentence(seed):
    art = extracted(seed)
    for st in art.statements:
        assert st.content in art.sentences[st.sentence].text


def test_event_date_phrases_and_how():
    art = extracted(S000)
    talks, visit, decl = art.events
    assert (talks.date_phrase, talks.date_how) == ("on Thursday", "weekday<=pub")
    assert (visit.date_phrase, visit.date_how) == ("from Wednesday to Thursday", "weekday<=pub")
    assert decl.date_how == "same occasion"
    art3 = extracted(S003)
    assert art3.events[0].date_phrase == "on Wednesday"
    assert (art3.events[3].date_phrase, art3.events[3].date_how) == ("earlier the same day", "same day")


def test_anniversary_sets_establishment_not_meeting_date():
    art = extracted(S003)
    meeting, visit, est, _ = art.events
    assert meeting.date == "2022-07-06"  # not 2022 nor 2012
    assert visit.date is None and visit.occasion.startswith("the 10th anniversary of establishing")
    assert est.occasion == "their Comprehensive Strategic Partnership"
    assert est.date_how.startswith("anniversary arithmetic")


def test_greetings_are_not_meetings():
    art = extracted(S003)
    assert not any(p.actor == "Dmitry Medvedev" for e in art.events for p in e.participants)
    assert not any(p.actor == PUTIN for e in art.events for p in e.participants)


def test_seed_actors_titles_and_aliases():
    a000 = {a.name: a for a in extracted(S000).actors}
    a003 = {a.name: a for a in extracted(S003).actors}
    assert a000[TRONG_000].titles == {"Party General Secretary"}
    assert {"Mr. Trong", "General Secretary", "Party leader", "the Vietnamese Party leader",
            "Party General Secretary"} <= a000[TRONG_000].aliases
    assert a000[PUTIN].titles == {"Russian President"}
    assert {"President Putin", "the Russian President", "Putin"} <= a000[PUTIN].aliases
    assert a003[LAVROV].titles == {"Russian Minister of Foreign Affairs"}
    assert {"Lavrov", "Russian minister Lavrov", "the Russian diplomat", "the Russian foreign minister"} \
        <= a003[LAVROV].aliases
    assert a003["Dmitry Medvedev"].titles == {"Chairman of the United Russia Party"}
    assert "the Vietnamese counterpart" in a003[SON].aliases
    assert {"Hà Nội"} <= a003["Hanoi"].aliases and a003["Hanoi"].kind == "place"
    assert a003["Vietnam"].kind == "country" and "Việt Nam" in a003["Vietnam"].aliases
    assert a003["Soviet Union"].kind == "country"
    # the same person across seeds meets on one folded key
    assert extracted(S000).actors[[a.name for a in extracted(S000).actors].index(TRONG_000)].key == \
        [a for a in extracted(S003).actors if a.name == TRONG_003][0].key


def test_no_debris_in_names_or_sentences():
    for seed in (S000, S003):
        art = extracted(seed)
        for a in art.actors:
            assert "ảnh" not in a.name and all("ảnh" not in x for x in a.aliases)
        for s in art.sentences:
            assert s.text == art.text[s.start:s.end]
            assert "ảnh 1" not in s.text and "Related News" not in s.text
            assert not s.text.startswith(("(VOVWORLD)", "date ", "VIETNAM", "HÀ NỘI")) and "— VNS" not in s.text
