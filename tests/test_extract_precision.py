"""Precision first: background clauses are no events, a visit's roles fit its place (repaired
from the sentence or dropped), and the wider phrasing of receptions and talks. Sentences of our
own, with other people, places and dates than any evaluation's."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-19"  # a Friday


def _events(text: str, pub: str | None = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=pub)).events]


LEAD = ("Lao President Thongloun Sisoulith arrived in Beijing on Wednesday evening for a state visit to China "
        "from May 17 to 20.\n\n")
VISIT = ("state visit", frozenset({("Thongloun Sisoulith", "visitor")}), "China", "2023-05-17")


@pytest.mark.parametrize("background", [
    "This was Thongloun Sisoulith's fifth trip to China since 2001.\n",
    "It was the first visit by a Lao head of state to China since 2016.\n",
    "Last year, Thongloun Sisoulith visited Cambodia and met Prime Minister Hun Sen in Phnom Penh.\n",
    "Thongloun Sisoulith previously visited Japan in 2019, when he met Prime Minister Shinzo Abe in Tokyo.\n",
    "Thongloun Sisoulith had met Chinese President Xi Jinping in Vientiane before the pandemic.\n",
    "Thongloun Sisoulith has visited China five times.\n",
    "Two years ago, Chinese President Xi Jinping held talks with Thongloun Sisoulith in Vientiane.\n",
])
def test_background_clauses_are_no_events(background):
    evs = _events(LEAD + background)
    assert [e for e in evs if "visit" not in e[0]] == [], evs
    visits = [e for e in evs if "visit" in e[0]]
    # the background neither adds a visit nor dates or widens the one reported
    assert len(visits) == 1 and visits[0][0] == "state visit" and visits[0][3] == "2023-05-17", visits
    assert {a for a, r in visits[0][1] if r == "visitor"} == {"Thongloun Sisoulith"}


def test_a_since_phrase_dates_nothing():
    evs = _events("Chinese President Xi Jinping met Lao President Thongloun Sisoulith in Beijing, their first "
                  "meeting since 2019.\n")
    assert [e[3] for e in evs if e[0] == "meeting"] == [None], evs


@pytest.mark.parametrize("text, visitor, host_person", [
    # 'who is on an official visit to X': the one the clause is about travels
    ("Chinese President Xi Jinping received Lao President Thongloun Sisoulith, who is on an official visit to "
     "China, in Beijing on Thursday.\n", "Thongloun Sisoulith", None),
    # "X's visit" / 'welcoming his visit' after a reception: the guest's visit, never the host's
    ("Chinese President Xi Jinping received Lao President Thongloun Sisoulith in Beijing on Thursday, "
     "welcoming his visit to China.\n", "Thongloun Sisoulith", None),
    # the visitor read off the subject is of the visited country: repaired from the other side
    ("Chinese President Xi Jinping held talks with Lao President Thongloun Sisoulith in Beijing on Thursday, "
     "the first day of an official visit to China.\n", "Thongloun Sisoulith", "Xi Jinping"),
])
def test_the_visitor_is_the_one_who_travels(text, visitor, host_person):
    visits = [e for e in _events(text) if "visit" in e[0]]
    assert len(visits) == 1, visits
    roles = visits[0][1]
    assert {a for a, r in roles if r == "visitor"} == {visitor}
    assert ("China", "host") in roles and ("Xi Jinping", "visitor") not in roles
    if host_person:
        assert (host_person, "host") in roles


def test_a_visit_of_ones_own_country_without_a_guest_is_dropped():
    evs = _events("Chinese President Xi Jinping paid an official visit to China on Monday.\n")
    assert [e for e in evs if "visit" in e[0]] == []


@pytest.mark.parametrize("text, host, guest, place, date", [
    ("Mongolian Prime Minister Luvsannamsrai Oyun-Erdene hosted Lao Prime Minister Sonexay Siphandone in "
     "Ulaanbaatar on Monday.\n", "Luvsannamsrai Oyun-Erdene", "Sonexay Siphandone", "Ulaanbaatar", "2023-05-15"),
    # headline-like present tense the parser reads as a noun ('hosts')
    ("Mongolian Prime Minister Luvsannamsrai Oyun-Erdene hosts visiting Lao Prime Minister Sonexay Siphandone.\n",
     "Luvsannamsrai Oyun-Erdene", "Sonexay Siphandone", None, None),
    ("Lao Prime Minister Sonexay Siphandone was welcomed by Mongolian Prime Minister Luvsannamsrai Oyun-Erdene "
     "at the State Palace on Monday afternoon.\n", "Luvsannamsrai Oyun-Erdene", "Sonexay Siphandone", None,
     "2023-05-15"),
    ("Lao Prime Minister Sonexay Siphandone arrived in Ulaanbaatar on Sunday.\n\nMongolian President Ukhnaagiin "
     "Khurelsukh hosted a banquet in honour of the Lao guest on Monday evening.\n", "Ukhnaagiin Khurelsukh",
     "Sonexay Siphandone", None, "2023-05-15"),
])
def test_hosts_and_welcomes_are_receptions(text, host, guest, place, date):
    recs = [e for e in _events(text) if e[0] == "reception"]
    assert recs == [("reception", frozenset({(host, "host"), (guest, "visitor")}), place, date)], _events(text)


def test_welcoming_as_a_manner_of_speaking_is_no_reception():
    evs = _events("Mongolian Prime Minister Luvsannamsrai Oyun-Erdene held talks with Lao Prime Minister Sonexay "
                  "Siphandone in Ulaanbaatar on Monday.\n\nWelcoming him, Oyun-Erdene said the visit would deepen "
                  "ties.\n")
    assert [e[0] for e in evs] == ["talks"], evs


def test_talks_after_the_welcome_ceremony():
    evs = _events("Lao Prime Minister Sonexay Siphandone held talks with Mongolian Prime Minister Luvsannamsrai "
                  "Oyun-Erdene at the State Palace in Ulaanbaatar on Monday after the official welcome ceremony.\n")
    assert ("talks", frozenset({("Sonexay Siphandone", "participant"),
                                ("Luvsannamsrai Oyun-Erdene", "participant")}), "Ulaanbaatar", "2023-05-15") in evs


@pytest.mark.parametrize("text, place, date", [
    # talks known only from what each side said at them
    ("Cambodian Foreign Minister Prak Sokhonn is on an official visit to Vietnam from May 17 to 19.\n\n"
     "At the talks in Hanoi on Wednesday, Foreign Minister Bùi Thanh Sơn said Vietnam valued its ties with "
     "Cambodia.\n\nFor his part, Sokhonn thanked Vietnam for its support.\n", "Hanoi", "2023-05-17"),
    ("Cambodian Foreign Minister Prak Sokhonn is on an official visit to Vietnam from May 17 to 19.\n\n"
     "At the talks, Sokhonn and Foreign Minister Bùi Thanh Sơn agreed to finish the border demarcation.\n",
     None, None),
])
def test_talks_evidenced_by_what_was_said_at_them(text, place, date):
    talks = [e for e in _events(text) if e[0] == "talks"]
    assert talks == [("talks", frozenset({("Prak Sokhonn", "participant"), ("Bùi Thanh Sơn", "participant")}),
                      place, date)], _events(text)


def test_talks_evidence_needs_two_sides():
    evs = _events("Foreign Minister Bùi Thanh Sơn met the press on Wednesday.\n\n"
                  "During the talks, Sơn said Vietnam valued its ties with Cambodia.\n")
    assert [e for e in evs if e[0] == "talks"] == []


def test_a_place_the_sentence_names_for_the_act_is_the_meetings():
    evs = _events("Lao President Bounnhang Vorachith was speaking in Pyongyang at a meeting with Chairman Kim "
                  "Yong Nam on Tuesday.\n")
    assert ("meeting", frozenset({("Bounnhang Vorachith", "participant"), ("Kim Yong Nam", "participant")}),
            "Pyongyang", "2023-05-16") in evs


@pytest.mark.parametrize("opening", [
    "date 2023-10-09\n",
    "Prime Minister arrives in Hanoi\n\n date 2023-10-09 \n",
    "Ulaanbaatar, October 9, 2023 (MNA) – ",
    "---\ndate: 2023-10-09\n---\n",
])
def test_an_arrival_on_a_weekday_dates_the_visit_it_begins(opening):
    from knowledge.seedfile import parse_seed

    text = (opening + "Mongolian Prime Minister Luvsannamsrai Oyun-Erdene arrived in Hanoi on Sunday afternoon, "
            "starting an official visit to Vietnam.\n")
    art = extract_article(parse_seed("mn.txt", text.encode()))
    assert art.source.date == "2023-10-09"
    visits = [e for e in art.events if "visit" in e.kind]
    assert len(visits) == 1 and visits[0].date == "2023-10-08" and visits[0].date_phrase == "on Sunday afternoon"
    # the dateline is no part of the sentence, and its date dates nothing
    assert art.sentences[0].text.startswith("Mongolian Prime Minister")


def _visits_with_confidence(text: str):
    return [(frozenset((p.actor, p.role) for p in e.participants), e.confidence)
            for e in extract_article(seed_from_text(text, date=PUB)).events if "visit" in e.kind]


@pytest.mark.parametrize("text, sure", [
    # the visitor named by the clause about him, which tells the trip by its own verb: sure enough to
    # state ('who is on an official visit' only sets the scene: test_extract_passing)
    ("Chinese President Xi Jinping received Lao President Thongloun Sisoulith, who is paying an official visit "
     "to China, in Beijing on Thursday.\n", True),
    # the visitor only inferred from the other side of the sentence's talks: stored, never stated
    ("Chinese President Xi Jinping held talks with Lao President Thongloun Sisoulith in Beijing on Thursday, "
     "the first day of an official visit to China.\n", False),
    # a visit in a sentence without a subject: the visitor is a guess from the sentence before
    # (not 'arrived in Beijing': an arrival abroad is a visit of its own, sure enough to state)
    ("Lao President Thongloun Sisoulith spoke to students in Beijing on Thursday.\n\nThe first day of an official "
     "visit to China.\n", False),
])
def test_unsure_visitors_are_stored_below_the_stating_threshold(text, sure):
    visits = _visits_with_confidence(text)
    assert len(visits) == 1 and ("Thongloun Sisoulith", "visitor") in visits[0][0], visits
    assert (visits[0][1] >= 0.5) is sure, visits


@pytest.mark.parametrize("text, person, body", [
    ("Trade Minister Ana Lopez held a working session in Lima on May 4 with Pedro Alvarez, President of Andes "
     "Mining Holding, one of Peru's largest miners.\n", "Pedro Alvarez", "Mining Holding"),
    ("Pacific National University President Carla Ruiz held talks in Lima on May 4 with Ambassador Omar Haddad.\n",
     "Omar Haddad", "National University"),
])
def test_a_body_the_model_types_as_a_person_is_no_participant(text, person, body):
    """A name ending in 'Holding' or 'University' names a body, never a person: it is no
    participant of the talks and no person of the article."""
    art = extract_article(seed_from_text(text, date="2023-05-05"))
    parts = {p.actor for e in art.events for p in e.participants}
    assert person in parts and not any(body in p for p in parts), art.events
    assert not any(body in a.name for a in art.actors if a.kind == "person")


def test_the_two_sides_of_a_relative_clause_are_its_own_sentences_sides():
    """'..., where the two sides signed ...' speaks of the meeting of its own sentence: with the
    authorities of a province nobody named, it is no signing of the article's main pair; after
    talks of two named people, it is theirs."""
    lead = ("Peruvian Prime Minister Alberto Otarola received Chilean Governor Claudio Orrego in Lima on May 8.\n\n"
            "Orrego said the purpose of his visit was to build on commitments made by the two countries' leaders.\n\n")
    told = ("He told the host that his delegation had earlier held a working session with the authorities of Cusco "
            "province, where the two sides signed a cooperation agreement.\n")
    assert not [e for e in _events(lead + told) if e[0] == "signing"]
    own = ("On May 9, Orrego held talks with Cusco Governor Werner Salcedo in Cusco, where the two sides signed a "
           "cooperation agreement.\n")
    signings = [e[1] for e in _events(lead + own) if e[0] == "signing"]
    assert signings == [frozenset({("Claudio Orrego", "participant"), ("Werner Salcedo", "participant")})], signings
