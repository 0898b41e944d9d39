"""Events whose people the sentence gives in less common frames: heads of the two delegations
named in the sentences after a round of talks, a welcome ceremony chaired for a delegation's
leader, a title spelled out after a comma ('Ambassador to X, NAME'), a host set off by a relative
clause, two people agreeing in a place, a deal signed 'when A met B', and a Vietnamese family name
that is an English word without its marks ('To'). Articles of our own (other people, places, dates)."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2022-04-08"  # a Friday


def _events(text: str, pub: str | None = PUB):
    art = extract_article(seed_from_text(text, date=pub))
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.place, e.date) for e in art.events]


def test_heads_of_the_two_delegations_named_after_the_round_of_talks():
    text = ("Laos, Japan finish visa talks\n\n"
            "The third round of talks on the visa deal took place in Vientiane from April 4 to 6.\n\n"
            "The Lao delegation was led by Deputy Foreign Minister Thongphane Savanphet.\n\n"
            "The Japanese side was headed by Hiroshi Tanaka, who heads the consular department of Japan's "
            "Foreign Ministry.\n")
    evs = [e for e in _events(text) if e[0] == "talks"]
    assert evs == [("talks", [("Hiroshi Tanaka", "participant"), ("Thongphane Savanphet", "participant")],
                    "Vientiane", "2022-04-04")]


def test_a_committee_session_and_its_co_chairs_told_passively():
    text = ("Committee meets\n\n"
            "The Laos-Japan intergovernmental committee met for its ninth session in Osaka on April 5.\n"
            "The Lao side was led by Deputy Prime Minister Sonexay Siphandone, while Japan's delegation was headed "
            "by Deputy Prime Minister Taro Aso.\n")
    assert [e for e in _events(text) if e[0] == "session"] == [
        ("session", [("Sonexay Siphandone", "participant"), ("Taro Aso", "participant")], "Osaka", "2022-04-05")]
    # one side only is no pair of delegations
    one = text.split("\n")[0:3] + ["The Lao side was led by Deputy Prime Minister Sonexay Siphandone.\n"]
    assert [e for e in _events("\n".join(one)) if e[0] == "session"] == []


def test_a_welcome_ceremony_chaired_for_a_delegation_has_its_host_and_guest():
    text = ("Minister welcomes guests\n\n"
            "Lao Minister of Public Security Vilay Lakhamfong chaired the official welcome ceremony for a Japanese "
            "delegation led by Kenji Yamamoto, Director of the National Police Agency, in Vientiane on Wednesday.\n")
    evs = [e for e in _events(text) if e[0] == "welcome ceremony"]
    assert evs == [("welcome ceremony", [("Kenji Yamamoto", "visitor"), ("Vilay Lakhamfong", "host")],
                    "Vientiane", "2022-04-06")]


def test_a_title_spelled_out_after_a_comma_is_its_holder():
    text = ("PM receives new envoy\n\n"
            "Prime Minister Sonexay Siphandone received the newly appointed Japanese Ambassador to Laos, Kenichi "
            "Kobayashi, in Vientiane on Tuesday.\n")
    assert [e for e in _events(text) if e[0] == "reception"] == [
        ("reception", [("Kenichi Kobayashi", "visitor"), ("Sonexay Siphandone", "host")], "Vientiane", "2022-04-05")]


def test_a_host_set_off_by_a_relative_clause_and_his_own_trip_abroad():
    text = ("Party chief meets Japanese leader\n\n"
            "Lao leader Thongloun Sisoulith, who heads the Lao People's Revolutionary Party as its General Secretary, hosted "
            "Taro Kono, leader of a Japanese party, in Tokyo on April 6 while on an official visit to Japan.\n")
    evs = _events(text)
    # (the parser hangs the place and day on the guest's name)
    assert ("reception", [("Taro Kono", "visitor"), ("Thongloun Sisoulith", "host")], "Tokyo", "2022-04-06") in evs
    # hosting someone abroad does not make the guest the traveller
    assert ("official visit", [("Japan", "host"), ("Thongloun Sisoulith", "visitor")]) in [e[:2] for e in evs]


def test_two_people_agreeing_in_a_place_held_talks_there():
    text = ("Laos and Japan extend deal\n\n"
            "Lao Prime Minister Sonexay Siphandone and his Japanese counterpart Fumio Kishida agreed in Tokyo on "
            "April 6 to extend the 1995 accord on the joint hydropower venture.\n")
    assert [e for e in _events(text) if e[0] == "talks"] == [
        ("talks", [("Fumio Kishida", "participant"), ("Sonexay Siphandone", "participant")], "Tokyo", "2022-04-06")]
    # agreeing with no place said is no meeting told
    text = text.replace(" in Tokyo", "")
    assert [e for e in _events(text) if e[0] == "talks"] == []


def test_a_deal_signed_when_two_people_met_is_theirs_on_that_day():
    text = ("Japan lends Laos $2 billion\n\n"
            "The loan accord was signed in Vientiane on Monday when Japanese Deputy Prime Minister Taro Aso met Lao "
            "Deputy Prime Minister Sonexay Siphandone.\n")
    evs = _events(text)
    pair = [("Sonexay Siphandone", "participant"), ("Taro Aso", "participant")]
    assert ("meeting", pair, "Vientiane", "2022-04-04") in evs
    assert ("signing", pair, "Vientiane", "2022-04-04") in evs


def test_to_before_a_vietnamese_given_name_is_the_family_name():
    text = ("Vietnam, Laos hold talks\n\n"
            "Vietnamese Party official Tô Huy Rứa arrived in Vientiane on Tuesday.\n"
            "After the welcome ceremony, To Huy Rua and Lao Vice President Bounthong Chitmany held talks.\n")
    assert ("talks", [("Bounthong Chitmany", "participant"), ("Tô Huy Rứa", "participant")]) in [
        e[:2] for e in _events(text)]


def test_an_envoy_of_a_leader_is_not_that_leader():
    text = ("Envoy in Tokyo\n\n"
            "Politburo member and Foreign Minister Saleumxay Kommasith, acting as special envoy of Party General "
            "Secretary Thongloun Sisoulith, was received by Japanese Prime Minister Fumio Kishida in Tokyo on "
            "Tuesday.\n"
            "The envoy said Laos valued Japan as a reliable partner.\n")
    art = extract_article(seed_from_text(text, date=PUB))
    evs = [(e.kind, sorted((p.actor, p.role) for p in e.participants)) for e in art.events]
    assert evs == [("reception", [("Fumio Kishida", "host"), ("Saleumxay Kommasith", "visitor")])]
    people = {a.name: a for a in art.actors}
    assert "special envoy" in people["Saleumxay Kommasith"].aliases
    assert not any("envoy" in t for t in people["Thongloun Sisoulith"].titles | people["Thongloun Sisoulith"].aliases)
    assert [s.speaker for s in art.statements] == ["Saleumxay Kommasith"]


def test_the_results_of_earlier_talks_are_no_new_talks():
    text = ("Envoy in Tokyo\n\n"
            "Japanese Prime Minister Fumio Kishida received Lao Foreign Minister Saleumxay Kommasith in Tokyo on "
            "Tuesday.\n"
            "Kishida praised the results of his phone talks with Lao Prime Minister Sonexay Siphandone.\n")
    assert [e[0] for e in _events(text)] == ["reception"]
    # the same call told as made is one
    text = text.replace("praised the results of his phone talks", "held phone talks")
    assert "phone call" in [e[0] for e in _events(text)]
    # talks whose results are told the same day are the story's own
    text = ("Envoy in Tokyo\n\n"
            "Japanese Prime Minister Fumio Kishida received Lao Foreign Minister Saleumxay Kommasith in Tokyo on "
            "Tuesday.\n"
            "Saleumxay informed him of the results of talks held earlier the same day with Japanese Foreign Minister "
            "Yoshimasa Hayashi.\n")
    assert "talks" in [e[0] for e in _events(text)]
