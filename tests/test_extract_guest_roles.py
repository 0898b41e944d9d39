"""Who 'the visiting official' is, and what 'welcomed' welcomed: a role phrase marked as the
guest's names only someone the article has shown as a visitor (never the most salient person
by guess), and 'welcomed the results of A's talks with B' receives no one. Sentences of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2022-04-20"):
    return extract_article(seed_from_text(text, date=date)).events


def test_welcoming_the_results_of_talks_is_no_reception():
    evs = _events(
        "Prime Minister Bounthong Chitmany received Igor Levitin, an aide to the Russian President, in "
        "Vientiane on Tuesday.\n\n"
        "Bounthong welcomed the results of Levitin's talks with Deputy Minister Sonexay Phomvihane on Monday.\n")
    recs = [e for e in evs if e.kind == "reception"]
    assert [{(p.actor, p.role) for p in e.participants} for e in recs] == [
        {("Bounthong Chitmany", "host"), ("Igor Levitin", "visitor")}]


def test_welcoming_a_guest_is_still_a_reception():
    evs = _events("Prime Minister Bounthong Chitmany welcomed Igor Levitin, an aide to the Russian President, "
                  "in Vientiane on Tuesday.\n")
    assert any(e.kind == "reception" and ("Igor Levitin", "visitor") in {(p.actor, p.role) for p in e.participants}
               for e in evs)


def test_the_visiting_official_is_not_guessed_when_no_one_is_a_visitor():
    # no event shows a visitor: 'the visiting official' stays unresolved, so the 'he' after it is
    # still the man the story follows, not the minister he met
    evs = _events(
        "Trần Văn Lộc, deputy head of the Party's Commission for External Relations, spent three days "
        "in Kazan from April 11.\n\n"
        "On April 11 he sat down with Marat Gafurov, Tatarstan's Minister of Trade, to discuss trade.\n\n"
        "Also on April 12, the visiting official held a discussion with scholars at Kazan University.\n\n"
        "On April 13 he received Oleg Karimov, who heads a regional export agency.\n")
    rec = [e for e in evs if e.kind == "reception"]
    assert rec and all(("Marat Gafurov", "host") not in {(p.actor, p.role) for p in e.participants} for e in rec)
    assert ("Trần Văn Lộc", "host") in {(p.actor, p.role) for p in rec[0].participants}


QUOTED = ("Russia will do its utmost to expand the partnership with Cambodia, Valentina Orlova, a deputy speaker of "
          "the State Duma, told Prime Minister Hun Manet when the two met in Phnom Penh on April 19.\n\n"
          "She pledged more flights between the two capitals.\n\n"
          "Hun Manet described his guest's working visit as a milestone for the two countries.\n")


def test_a_speaker_after_the_quote_is_the_telling_verbs_subject():
    art = extract_article(seed_from_text(QUOTED, date="2022-04-20"))
    met = [e for e in art.events if e.kind in ("meeting", "talks")]
    assert [(e.place, e.date) for e in met] == [("Phnom Penh", "2022-04-19")]
    assert {"Valentina Orlova", "Hun Manet"} <= {p.actor for p in met[0].participants}
    assert [st.speaker for st in art.statements if st.sentence in (0, 1)] == ["Valentina Orlova"] * 2


def test_his_guests_visit_is_never_the_hosts_own():
    art = extract_article(seed_from_text(QUOTED, date="2022-04-20"))
    assert not [e for e in art.events if "visit" in e.kind and ("Hun Manet", "visitor") in
                {(p.actor, p.role) for p in e.participants}]


def test_the_visiting_official_the_sentence_names_is_still_the_guest():
    evs = _events("Laos hopes to deepen its partnership with Russia so that both nations benefit, President Thongloun "
                  "Sisoulith told General Sergei Rudskoy, Chief of Russia's General Staff, when he received the visiting "
                  "official in Vientiane on April 19.\n")
    assert any(e.kind == "reception" and ("Sergei Rudskoy", "visitor") in {(p.actor, p.role) for p in e.participants}
               for e in evs)
