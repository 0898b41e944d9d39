"""Rows that would state something false: a visit still planned, a deal signed 'back in' a year
long gone or 'during that trip' recalled, states standing in for the signers, a company's
one-word name read as a person, a party whose name holds a country's. Articles of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2022-04-08"  # a Friday


def _events(text: str, pub: str | None = PUB):
    art = extract_article(seed_from_text(text, date=pub))
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.place, e.date) for e in art.events]


def test_a_visit_planned_for_a_later_month_is_no_visit():
    text = ("Ministers prepare summit\n\n"
            "Japanese Foreign Minister Yoshimasa Hayashi held talks in Tokyo on Tuesday with his visiting Lao "
            "counterpart Saleumxay Kommasith.\n"
            "The talks focused on President Thongloun Sisoulith's visit to Japan, planned for late October.\n")
    assert [e[0] for e in _events(text)] == ["talks"]
    # the same visit told as made is one
    made = text.replace(", planned for late October", " in March")
    assert [e[0] for e in _events(made)] == ["talks", "visit"]


def test_a_deal_signed_back_in_a_year_long_gone_is_background():
    text = ("Provinces seek new deal\n\n"
            "Governor Somsak Phimmasone signed a friendship agreement with Okayama Governor Ryuta Ibaragi back in "
            "1998, and the two provinces now want a new one.\n")
    assert not any(e[0] == "signing" for e in _events(text))
    # the same act told as the article's news is a signing
    text = text.replace(" back in 1998", " in Vientiane on Tuesday")
    assert [e for e in _events(text) if e[0] == "signing"] != []


def test_during_that_trip_is_the_trip_just_recalled():
    text = ("Party leaders meet\n\n"
            "Lao Prime Minister Sonexay Siphandone received Japanese lawmaker Taro Kono in Vientiane on Tuesday.\n"
            "Kono recalled his own trip to Laos in 2015.\n"
            "During that trip, Kono and Lao Deputy Prime Minister Kikeo Khaykhamphithoune signed a memorandum of "
            "understanding.\n")
    evs = _events(text)
    assert not any(e[0] == "signing" for e in evs)
    assert [e[0] for e in evs] == ["reception"]


def test_the_two_countries_as_signers_of_their_agencies_deal_are_no_signing():
    text = ("Lao minister in Tokyo\n\n"
            "Lao Foreign Minister Saleumxay Kommasith held talks with Japanese Foreign Minister Yoshimasa Hayashi "
            "in Tokyo on Monday.\n"
            "On Monday the two countries also signed a memorandum of understanding between their space agencies.\n")
    assert [e[0] for e in _events(text)] == ["talks"]


def test_a_one_word_company_name_beside_its_noun_is_no_person():
    text = ("Lao president meets energy chief\n\n"
            "Lao President Thongloun Sisoulith received Kenji Yamada, director general of Japan's state energy "
            "corporation Marubeni, in Vientiane on Friday.\n"
            "The Marubeni chief said his company would invest more.\n")
    art = extract_article(seed_from_text(text, date=PUB))
    assert [(e.kind, sorted((p.actor, p.role) for p in e.participants)) for e in art.events] == [
        ("reception", [("Kenji Yamada", "visitor"), ("Thongloun Sisoulith", "host")])]
    assert {a.name: a.kind for a in art.actors}.get("Marubeni") == "org"


def test_a_party_named_after_its_country_is_no_state():
    text = ("Party ties\n\n"
            "Lao Deputy Prime Minister Kikeo Khaykhamphithoune and A Just Russia signed a memorandum of "
            "understanding in Vientiane on Tuesday.\n")
    evs = _events(text)
    assert evs and all(("Russia", "participant") not in e[1] for e in evs)
    assert any(("A Just Russia", "participant") in e[1] for e in evs)


def test_they_after_a_clause_with_its_own_subject_is_that_clause_s_parties():
    text = ("Savannakhet and Mie review ties\n\n"
            "Savannakhet Governor Santiphap Phomvihane held talks with Mie Governor Katsuyuki Ichimi on Tuesday.\n"
            "The province signed a sister-city deal with Kagoshima back in 2001, but because the priorities of "
            "both sides had changed, they agreed in 2019 to end it.\n")
    assert not any(e[0] == "agreement" for e in _events(text)), _events(text)
    # 'they' after the talks with no other subject before it are the talks' sides
    text = text.replace("The province signed a sister-city deal with Kagoshima back in 2001, but because the "
                        "priorities of both sides had changed, they agreed in 2019 to end it.",
                        "At the end of the talks, they agreed to open a direct flight.")
    assert [sorted(p for p, _r in e[1]) for e in _events(text) if e[0] == "agreement"] == [
        ["Katsuyuki Ichimi", "Santiphap Phomvihane"]], _events(text)
    # a subordinate clause before 'they' has no parties of its own
    text = text.replace("At the end of the talks, they agreed to open a direct flight.",
                        "Since the new airport has opened, they agreed to open a direct flight.")
    assert [sorted(p for p, _r in e[1]) for e in _events(text) if e[0] == "agreement"] == [
        ["Katsuyuki Ichimi", "Santiphap Phomvihane"]], _events(text)
