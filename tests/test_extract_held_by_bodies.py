"""Events a body holds whose people the sentences after tie to them: an event co-hosted by an
embassy and the one speaking at it, a round-table the ambassador 'told', a get-together someone
joined, a conference people 'attended' (no object) in the sentences after, the first speaker after
a seminar; a deal inked in the presence of two ministers, talks a programme 'opened with'. Articles
of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2022-04-08"  # a Friday


def _events(text: str, pub: str | None = PUB):
    art = extract_article(seed_from_text(text, date=pub))
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.place, e.date) for e in art.events]


def test_an_event_co_hosted_by_an_embassy_and_who_spoke_at_it():
    text = ("Japan presents tours to Lao public\n\n"
            "The Japanese Embassy in Laos and Japan's tourism agency co-hosted an event in Vientiane on April 6 to "
            "present Japanese travel products.\n"
            "Speaking at the event, Ambassador Kenichi Kobayashi said the two countries had room to grow.\n")
    assert _events(text) == [("forum", [("Kenichi Kobayashi", "participant")], "Vientiane", "2022-04-06")]
    # no one tied to it: no row
    assert _events(text.replace("Speaking at the event, Ambassador", "In a statement, Ambassador")) == []


def test_a_round_table_the_ambassador_told():
    text = ("Firms meet in Tokyo\n\n"
            "Lao and Japanese pharmaceutical companies met on April 6 at a Tokyo round-table on medicines.\n"
            "Lao Ambassador to Japan Vilayvong Budakham told the event that only close cooperation would help.\n")
    assert _events(text) == [("forum", [("Vilayvong Budakham", "participant")], None, "2022-04-06")]


def test_a_get_together_someone_joined():
    text = ("Lawmakers mark anniversary\n\n"
            "On April 6, Vice Chairman of the National Assembly Sommad Pholsena joined members of the Laos-Japan "
            "Friendship Parliamentarian Group at a get-together held to mark the group's tenth anniversary.\n"
            "He called on both sides to step up parliamentary diplomacy.\n")
    # (a get-together held to mark an occasion is a ceremony, no meeting of a host with guests)
    assert _events(text) == [("ceremony", [("Sommad Pholsena", "participant")], None, "2022-04-06")]


def test_a_conference_and_those_who_attended_it():
    text = ("Friendship association meets\n\n"
            "The Laos-Japan Friendship Association convened its fifth conference in Vientiane on April 6 to choose "
            "its new leadership.\n"
            "More than 100 delegates attended.\n"
            "Deputy Prime Minister Kikeo Khaykhamphithoune attended and gave guidance for the association's work.\n")
    assert _events(text) == [("forum", [("Kikeo Khaykhamphithoune", "participant")], "Vientiane", "2022-04-06")]


def test_the_first_speaker_after_a_seminar_a_body_held_spoke_at_it():
    lead = ("Seminar on port trade\n\n"
            "The Lao Consulate General in Osaka and the Lao Trade Office held a seminar on trade through the port of "
            "Osaka on April 6.\n"
            "More than 30 businesses joined the event.\n")
    said = "Consul General Bounmy Vannasy said trade between the two countries had grown.\n"
    assert _events(lead + said) == [("forum", [("Bounmy Vannasy", "participant")], None, "2022-04-06")]
    # words the sentence places elsewhere are no words at the seminar
    assert _events(lead + said.replace(" said", " said in a statement")) == []
    # nor are those of someone quoted after a fourth sentence
    filler = "The seminar aimed to share information.\nIt was held online too.\nIt lasted a day.\n"
    assert _events(lead + filler + said) == []


def test_agreements_inked_in_the_presence_of_two_ministers():
    text = ("Universities sign deals\n\n"
            "Universities from Laos and Japan inked 12 cooperation agreements in Tokyo on April 6, in the presence "
            "of Lao Education Minister Phout Simmalavong and Masahito Moriyama, Japan's Minister of Education.\n")
    assert [e for e in _events(text) if e[0] == "signing"] == [
        ("signing", [("Masahito Moriyama", "participant"), ("Phout Simmalavong", "participant")], "Tokyo", "2022-04-06")]


def test_a_programme_opened_with_talks_with_a_counterpart():
    text = ("Japanese minister in Vientiane\n\n"
            "Japanese Foreign Minister Yoshimasa Hayashi started a two-day visit to Laos on Wednesday.\n"
            "The Japanese minister flew into the Lao capital on Tuesday and opened a full programme of meetings on "
            "Wednesday with talks with his Lao counterpart Saleumxay Kommasith.\n")
    assert ("talks", [("Saleumxay Kommasith", "participant"), ("Yoshimasa Hayashi", "participant")]) in [
        e[:2] for e in _events(text)]
