"""Names asked in fuller or inflected forms than the store has them, role phrases with a place
qualifier, and agreement answers that stay with the pair asked about (hand-built store, own names)."""

import pytest

from knowledge.question import parse
from tests.data.engine_articles import C, L, P, _front, make
from tests.helpers.engine_stores import engine_from_articles

TEXT = """---
title: Kamchatka governor visits Thai Binh
outlet: Test Wire
date: 2024-11-15
---
Kamchatka governor visits Thai Binh

Governor of Kamchatka Krai Tkachenko met Secretary of the Thai Binh Provincial Party Committee Lê Văn Thành in Thái Bình on Monday.

Tkachenko and Thành agreed to open a direct shipping line between Petropavlovsk and Thái Bình.

General Secretary Trương Minh Khoa received Russian Deputy Prime Minister Dmitry Orlov in Hà Nội on Tuesday.

Orlov and Khoa signed a memorandum on energy cooperation.

Russian Agriculture Minister Sokolov met Vietnamese Agriculture Minister Đỗ Thị Hạnh in Hà Nội on Wednesday.

Sokolov and Hạnh agreed to expand rice and fish exports.

Pavel Sokolov, a Russian diplomat, said the talks in Hà Nội were useful.
"""


def article():
    tk = P("Tkachenko", {"Governor Tkachenko"}, {"Governor of Kamchatka Krai"})
    th = P("Lê Văn Thành", {"Thành"}, {"Secretary of the Thai Binh Provincial Party Committee"})
    kh = P("Trương Minh Khoa", {"Khoa"}, {"General Secretary"})
    orl = P("Dmitry Orlov", {"Orlov"}, {"Russian Deputy Prime Minister"})
    so = P("Sokolov", set(), {"Russian Agriculture Minister"})
    ha = P("Đỗ Thị Hạnh", {"Hạnh"}, {"Vietnamese Agriculture Minister"})
    ps = P("Pavel Sokolov", set(), {"Russian diplomat"})
    return make("test_kamchatka_2024.txt", TEXT, {"title": "Kamchatka governor visits Thai Binh", "outlet": "Test Wire",
                                                  "date": "2024-11-15"},
                [tk, th, kh, orl, so, ha, ps, C("Russia"), C("Việt Nam"), L("Thái Bình"), L("Hà Nội"),
                 L("Petropavlovsk")],
                [
                    dict(at="Tkachenko met Secretary", kind="meeting", parts=[("Tkachenko", "participant"),
                         ("Lê Văn Thành", "participant")], place="Thái Bình", date="2024-11-11",
                         date_phrase="on Monday", date_how="weekday<=pub"),
                    dict(at="agreed to open a direct shipping line", kind="agreement",
                         parts=[("Tkachenko", "participant"), ("Lê Văn Thành", "participant")], place="Thái Bình",
                         date="2024-11-11", date_phrase="on Monday", date_how="same occasion"),
                    dict(at="received Russian Deputy Prime Minister", kind="reception",
                         parts=[("Trương Minh Khoa", "host"), ("Dmitry Orlov", "guest")], place="Hà Nội",
                         date="2024-11-12", date_phrase="on Tuesday", date_how="weekday<=pub"),
                    dict(at="signed a memorandum on energy", kind="signing",
                         parts=[("Dmitry Orlov", "participant"), ("Trương Minh Khoa", "participant")],
                         place="Hà Nội", date="2024-11-12", date_phrase="on Tuesday", date_how="same occasion"),
                    dict(at="Sokolov met Vietnamese", kind="meeting", parts=[("Sokolov", "participant"),
                         ("Đỗ Thị Hạnh", "participant")], place="Hà Nội", date="2024-11-13",
                         date_phrase="on Wednesday", date_how="weekday<=pub"),
                    dict(at="agreed to expand rice", kind="agreement",
                         parts=[("Sokolov", "participant"), ("Đỗ Thị Hạnh", "participant")], place="Hà Nội",
                         date="2024-11-13", date_phrase="on Wednesday", date_how="same occasion"),
                ],
                [dict(at="Pavel Sokolov, a Russian diplomat", speaker="Pavel Sokolov", verb="say",
                      content="the talks in Hà Nội were useful")],
                body_start=_front(TEXT))


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    eng = engine_from_articles(tmp_path_factory.mktemp("surnames"), article())
    yield eng
    eng.close()


def names_found(engine, question):
    found = engine.index.find(parse(question))
    return [sorted(engine.index.name(a) for a in m.actor_ids) for m in found.mentions]


@pytest.mark.parametrize("question", ["Who did Igor Tkachenko meet?", "Who did Tkachenko meet?"])
def test_full_name_matches_a_surname_only_person(engine, question):
    assert names_found(engine, question) == [["Tkachenko"]]
    a = engine.ask(question)
    assert a.answered and "Lê Văn Thành" in a.text


def test_a_first_name_alone_never_selects_another_surname(engine):
    # "Dmitry" is Orlov's first name, "Sokolov" is both a surname-only person and Pavel Sokolov's surname
    assert names_found(engine, "Who did Dmitry Sokolov meet?") == [["Sokolov"]]
    a = engine.ask("Who did Dmitry Sokolov meet?")
    assert a.answered and "Hạnh" in a.text and "Orlov" not in a.text and "Khoa" not in a.text


def test_a_contradicted_full_name_is_a_stranger(engine):
    # Orlov is stored as Dmitry Orlov: "Ivan Orlov" is someone else, and nobody else either
    a = engine.ask("Who did Ivan Orlov meet?")
    assert not a.answered and "Ivan Orlov" in a.text and not a.citations


def test_a_matching_full_name_still_resolves(engine):
    assert names_found(engine, "Who did Pavel Sokolov meet?")[0] == ["Pavel Sokolov"]


@pytest.mark.parametrize("question", ["Кто встретился с Игорем Ткаченко?", "С кем встречался Дмитрий Орлов?",
                                      "Кто встретился с Дмитрием Орловым?", "С кем встречался Соколов?"])
def test_russian_inflected_names(engine, question):
    found = names_found(engine, question)
    assert len(found) == 1 and len(found[0]) == 1, found
    a = engine.ask(question)
    assert a.answered, a.text


def test_russian_inflected_first_name_is_not_an_unknown_word(engine):
    a = engine.ask("Кто встретился с Игорем Ткаченко?")
    assert a.answered and "igorem" not in a.text.lower()


@pytest.mark.parametrize("question", ["Who did the Thai Binh Party Secretary meet?",
                                      "Who did the party secretary of Thai Binh meet?",
                                      "Who did the Secretary of the Thai Binh Provincial Party Committee meet?"])
def test_role_with_a_place_qualifier_is_the_provincial_holder(engine, question):
    a = engine.ask(question)
    assert a.answered and a.text.splitlines()[0].startswith("Lê Văn Thành") and "Khoa" not in a.text


def test_role_with_a_place_nobody_holds_it_for_is_declined_not_the_national_leader(engine):
    a = engine.ask("Who did the Hai Phong Party Secretary meet?")
    assert not a.answered and not a.citations and "Khoa" not in a.text.splitlines()[0]


@pytest.mark.parametrize("question", ["Who did the Kamchatka governor meet?", "Who did the Governor of Kamchatka Krai meet?"])
def test_region_qualifier_before_or_after_the_title(engine, question):
    a = engine.ask(question)
    assert a.answered and a.text.splitlines()[0].startswith("Tkachenko met Lê Văn Thành")


@pytest.mark.parametrize("question, own, others", [
    ("What did Tkachenko and Thanh agree on?", "shipping line", ("memorandum", "rice")),
    ("What did Sokolov and Hanh agree on?", "rice and fish", ("memorandum", "shipping")),
])
def test_agreement_answer_stays_with_the_pair_asked(engine, question, own, others):
    a = engine.ask(question)
    assert a.answered and own in a.text and not any(o in a.text for o in others)
