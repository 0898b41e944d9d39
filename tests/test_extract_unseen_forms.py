"""Event forms the third blind evaluation showed missing on unseen text (receptions of titled
regional officials, talks + visit in one sentence, video talks with a 'counterpart', coordinated
titled names, ceremonies and working sessions, pair agreements, occasions). Sentences of our
own: other people, places and dates than the evaluation's."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2022-03-17"  # a Thursday


def _art(text: str, date: str = PUB):
    return extract_article(seed_from_text(text, date=date))


def _events(text: str, date: str = PUB):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date, e.occasion)
            for e in _art(text, date).events]


def _people(ev) -> set[str]:
    return {a for a, _ in ev[1]}


@pytest.mark.parametrize("text, kind, people, place, date", [
    # a reception by a titled regional official, the guest's title with a possessive
    ("Secretary of the Nghe An provincial Party Committee Thai Thanh Quy received Governor of Russia's "
     "Ulyanovsk Region Alexey Russkikh in Vinh city on Tuesday.\n",
     "reception", {"Thai Thanh Quy", "Alexey Russkikh"}, None, "2022-03-15"),
    # talks and the visit around them, both in one sentence
    ("Minister of National Defence General Phan Văn Giang held talks with Secretary of the Security Council "
     "of the Russian Federation Nikolai Patrushev in Moscow on Wednesday, as part of his official visit to "
     "Russia from Monday to Friday.\n",
     "talks", {"Phan Văn Giang", "Nikolai Patrushev"}, "Moscow", "2022-03-16"),
    # video talks with a 'counterpart' appositive
    ("Deputy Prime Minister Trần Hồng Hà held talks via video conference with his Russian counterpart "
     "Alexander Novak on Monday.\n",
     "talks", {"Trần Hồng Hà", "Alexander Novak"}, None, "2022-03-14"),
    # a fronted 'earlier the same day' with a role subject
    ("Chairman of the Khanh Hoa provincial People's Committee Nguyễn Tấn Tuân received Governor of "
     "Russia's Sakhalin Region Valery Limarenko in Nha Trang on Tuesday.\n\n"
     "Earlier the same day, the Russian guest held talks with Secretary of the provincial Party Committee "
     "Nguyễn Hải Ninh.\n",
     "talks", {"Valery Limarenko", "Nguyễn Hải Ninh"}, None, "2022-03-15"),
])
def test_meetings_of_titled_people(text, kind, people, place, date):
    evs = [e for e in _events(text) if e[0] == kind and _people(e) == people]
    assert evs, _events(text)
    assert evs[0][3] == date
    if place:
        assert evs[0][2] == place


def test_talks_and_visit_in_one_sentence_give_both():
    text = ("Minister of National Defence General Phan Văn Giang held talks with Russian Defence Minister "
            "Sergei Shoigu in Moscow on Wednesday, during his official visit to Russia from Monday to Friday.\n")
    kinds = {e[0]: e for e in _events(text)}
    assert "talks" in kinds and "official visit" in kinds, _events(text)
    assert kinds["official visit"][1] == {("Phan Văn Giang", "visitor"), ("Russia", "host")}
    assert (kinds["official visit"][3], kinds["talks"][3]) == ("2022-03-14", "2022-03-16")


@pytest.mark.parametrize("text, persons", [
    ("Russian Minister of Energy Nikolai Shulginov and Deputy Minister of Foreign Affairs Đỗ Hùng Việt "
     "attended the opening ceremony of the energy forum in Hanoi on March 15.\n",
     {"Nikolai Shulginov": "Minister of Energy", "Đỗ Hùng Việt": "Deputy Minister of Foreign Affairs"}),
    ("Governor of Russia's Kamchatka Territory Vladimir Solodov arrived in Da Nang on Monday.\n",
     {"Vladimir Solodov": "Governor of Russia's Kamchatka Territory"}),
])
def test_titled_names_keep_first_names_and_their_titles(text, persons):
    art = _art(text)
    got = {a.name: a for a in art.actors if a.kind == "person"}
    assert set(got) == set(persons), got
    for name, title in persons.items():
        assert any(title in t for t in got[name].titles | got[name].aliases), got[name]
        # no alias glues another person's name
        others = [n for n in persons if n != name]
        assert not any(o.split()[-1] in al for al in got[name].aliases for o in others)


def test_ceremony_and_working_session_are_events():
    text = ("Russian Minister of Energy Nikolai Shulginov and Deputy Minister of Foreign Affairs Đỗ Hùng Việt "
            "attended the opening ceremony of the energy forum in Hanoi on March 15.\n\n"
            "On the sidelines of the forum on Tuesday, the two officials held a working session, during which "
            "they agreed to expand cooperation in oil refining.\n")
    evs = _events(text)
    pair = {"Nikolai Shulginov", "Đỗ Hùng Việt"}
    cer = [e for e in evs if "ceremony" in e[0] and _people(e) == pair]
    ses = [e for e in evs if "session" in e[0] and _people(e) == pair]
    agr = [e for e in evs if e[0] == "agreement" and _people(e) == pair]
    assert cer and ses and agr, evs
    assert (cer[0][2], cer[0][3]) == ("Hanoi", "2022-03-15")
    assert ses[0][3] == "2022-03-15" and agr[0][3] == "2022-03-15"
    assert ses[0][2] == "Hanoi"  # the same pair the same day: where they met


def test_the_two_ministers_are_the_pair_of_the_latest_meeting():
    text = ("Minister of National Defence General Phan Văn Giang held talks with Russian Defence Minister "
            "Sergei Shoigu in Moscow on Wednesday.\n\n"
            "On Tuesday, the Vietnamese minister met Russian Minister of Emergency Situations Alexander Kurenkov, "
            "and the two ministers agreed to step up cooperation in disaster relief.\n")
    agr = [e for e in _events(text) if e[0] == "agreement"]
    assert agr and _people(agr[0]) == {"Phan Văn Giang", "Alexander Kurenkov"}, _events(text)
    assert agr[0][3] == "2022-03-15"


def test_signing_after_talks_is_dated_by_the_talks_and_signed_by_people():
    text = ("Minister of National Defence General Phan Văn Giang held talks with Russian Defence Minister "
            "Sergei Shoigu in Moscow on Wednesday, as part of his official visit to Russia from Monday to Friday.\n\n"
            "The two sides signed a cooperation plan for the 2022-2024 period.\n")
    sig = [e for e in _events(text) if e[0] == "signing"]
    assert sig, _events(text)
    assert _people(sig[0]) == {"Phan Văn Giang", "Sergei Shoigu"}
    assert sig[0][3] == "2022-03-16"


@pytest.mark.parametrize("tail, occasion", [
    ("The talks took place within the framework of the fifth defence policy dialogue.",
     "the fifth defence policy dialogue"),
    ("The talks took place on the occasion of the 30th anniversary of the bilateral treaty.",
     "the 30th anniversary of the bilateral treaty"),
])
def test_occasions_attach_to_the_talks(tail, occasion):
    text = ("Minister of National Defence General Phan Văn Giang held talks with Russian Defence Minister "
            f"Sergei Shoigu in Moscow on Wednesday.\n\n{tail}\n")
    talks = [e for e in _events(text) if e[0] == "talks"]
    assert talks and talks[0][4] == occasion, _events(text)


def test_a_province_is_no_person():
    text = ("Secretary of the Quang Tri provincial Party Committee Le Quang Tung received Russian Ambassador "
            "Gennady Bezdetko in Đông Hà on Monday.\n\n"
            "Mr. Tung said Quảng Trị wants more Russian tourists to visit Cua Viet port.\n")
    persons = {a.name for a in _art(text).actors if a.kind == "person"}
    assert persons == {"Le Quang Tung", "Gennady Bezdetko"}


@pytest.mark.parametrize("text, place", [
    # 'the province' is the province named last, never the visitor's own region
    ("Secretary of the Thanh Hoa provincial Party Committee Do Trong Hung received Governor of Russia's "
     "Tatarstan Rustam Minnikhanov in Sam Son on Monday. The Russian governor is on a working visit to the "
     "central province from Sunday to Tuesday.\n", "Thanh Hoa"),
    ("Governor of Russia's Kamchatka Territory Vladimir Solodov met leaders of Phu Yen on Monday. "
     "The governor is on an official visit to the province from Sunday to Tuesday.\n", "Phu Yen"),
])
def test_a_visit_to_the_province(text, place):
    visits = [e for e in _events(text) if "visit" in e[0]]
    assert visits and visits[0][2] == place, _events(text)
