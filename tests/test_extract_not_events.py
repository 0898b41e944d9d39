"""Words that tell of no event of the story, and words that are no party to one: a meeting
someone is getting ready for, a visit someone was asked to pay, and the place and date of a
dateline the parser hangs on the subject; and who made a trip someone was praised or thanked
for, and who was on a call in which thanks for an act were given."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2023-10-06"):
    art = extract_article(seed_from_text(text + "\n", date=date))
    return [(e.kind, sorted(p.actor for p in e.participants), e.date) for e in art.events]


def test_a_meeting_being_got_ready_for_has_not_happened():
    evs = _events("LUANDA, October 5, 2023 (Reuters) – Angolan Foreign Minister Tete António and his Czech "
                  "counterpart Jan Lipavský agreed on Thursday to reopen the consulate in Benguela.\n"
                  "The deal was sealed as the Angolan minister was getting ready for a meeting with President "
                  "Petr Pavel.")
    assert not any("Petr Pavel" in ps for _, ps, _ in evs)


def test_a_visit_someone_was_asked_to_pay_is_no_visit():
    evs = _events("Prime Minister Marcel Ciolacu held phone talks with his Finnish counterpart Petteri Orpo "
                  "on October 4, 2023.\n"
                  "Ciolacu also asked Orpo to come to Romania on an official visit at an early date.")
    assert [k for k, _, _ in evs if "visit" in k] == []
    assert any(k == "phone call" for k, _, _ in evs)  # the call itself is still told


def test_dateline_place_and_country_are_no_signatories():
    evs = _events("NARVA, Estonia, June 14, 2022 – Prime Minister Kaja Kallas and the leaders of the three "
                  "Baltic states signed an energy treaty on Tuesday.", date="2022-06-14")
    signings = [ps for k, ps, _ in evs if k == "signing"]
    assert signings and all("Kaja Kallas" in ps for ps in signings)
    assert not any(x in ps for ps in signings for x in ("NARVA", "Narva", "Estonia"))


def test_the_one_praised_or_thanked_for_a_trip_made_it():
    for text in ("HELSINKI, March 16 – Finnish Interior Minister Mari Rantanen hosted a delegation led by Polish "
                 "Interior Minister Tomasz Siemoniak on March 16.\n"
                 "The Finnish minister praised the Polish guest for making the trip despite the stormy weather.",
                 "Finnish Interior Minister Mari Rantanen received Polish Interior Minister Tomasz Siemoniak in "
                 "Helsinki on Monday.\nRantanen thanked Siemoniak for paying the visit at a busy time."):
        visits = [ps for k, ps, _ in _events(text, date="2024-03-18") if k == "visit"]
        assert visits and all(ps == ["Tomasz Siemoniak"] for ps in visits)


def test_a_call_the_thanks_were_given_in_has_the_thanker_as_its_side():
    evs = _events("Chilean President Gabriel Boric thanked Argentina for helping Chile fight the wildfires during "
                  "a telephone conversation with Argentine President Javier Milei on Tuesday.", date="2024-02-08")
    calls = [ps for k, ps, _ in evs if k == "phone call"]
    assert calls == [["Gabriel Boric", "Javier Milei"]]


def test_a_visit_someone_would_pay_lies_ahead():
    evs = _events("Chilean Foreign Minister Alberto Coloma held talks with Indian Foreign Minister "
                  "Rajesh Kumar in New Delhi on Monday.\n"
                  "He said President Gabriel Boric would pay a visit to India in the coming time.", date="2024-03-05")
    assert not any("visit" in k for k, _, _ in evs)
    assert any(k == "talks" for k, _, _ in evs)  # what did happen is still told


def test_talks_a_programme_includes_are_planned():
    evs = _events("LIMA, May 6 – Kenyan Foreign Minister Musalia Mudavadi arrived in Lima on Monday.\n"
                  "His programme includes talks with President Dina Boluarte and Prime Minister Gustavo Adrianzen.",
                  date="2024-05-07")
    assert not any(k == "talks" for k, _, _ in evs)


def test_a_signing_both_sides_backed_is_not_done():
    evs = _events("Finnish Prime Minister Petteri Orpo and his Estonian counterpart Kristen Michal spoke by "
                  "telephone on May 5, looking for ways to boost trade.\n"
                  "The two sides supported signing a plan for energy cooperation until 2035.", date="2025-05-06")
    assert not any(k == "signing" for k, _, _ in evs)
    assert any(k == "phone call" for k, _, _ in evs)


def test_an_event_dated_after_the_article_has_not_taken_place():
    evs = _events("Peruvian President Dina Boluarte received Chilean Foreign Minister Alberto Coloma in Lima on "
                  "Tuesday.\nBoluarte and Chilean President Gabriel Boric hold talks in Arica on December 12, 2024, "
                  "Coloma said.", date="2024-05-02")
    assert [k for k, _, _ in evs] == ["reception"]
    # the same words in an article of later that month tell talks that took place
    later = _events("Peruvian President Dina Boluarte and Chilean President Gabriel Boric held talks in Arica "
                    "on December 12, 2024.",
                    date="2024-12-13")
    assert [(k, d) for k, _, d in later] == [("talks", "2024-12-12")]


def test_visiting_people_is_no_trip_to_a_place():
    evs = _events("Polish Ambassador to Brazil Jakub Skiba held talks with Governor Eduardo Leite in Porto Alegre on "
                  "May 3.\nWhile visiting Polish traders at the market, Skiba said he hoped the Brazilian economy "
                  "would grow in the second half of 2024.", date="2024-05-06")
    assert [k for k, _, _ in evs] == ["talks"]


def test_a_visit_told_by_its_month_on_the_way_to_something_else_is_recalled():
    told = ("Peruvian President Dina Boluarte received Chilean Foreign Minister Alberto Coloma in Lima on Tuesday.\n"
            "The border fund was first announced in early March 2024, when Chilean President Gabriel Boric visited "
            "Peru.\n"
            "It is only the second trip to Peru by a Chilean foreign minister since 2010, after Heraldo Munoz's visit "
            "in July 2015.")
    for date in ("2024-03-20", None):  # (an article without a date cannot tell how old a visit is by its day)
        assert [k for k, _, _ in _events(told, date=date)] == ["reception"]


def test_a_trip_the_article_says_is_scheduled_to_start_has_not_begun():
    text = ("SANTIAGO – Spanish Deputy Prime Minister Carlos Cuerpo told Chilean reporters that the main purpose of "
            "Prime Minister Pedro Sanchez's visit to Chile was to deepen trade between the two countries.\n"
            "He spoke ahead of the trip, which was scheduled to start on October 9, 2023.")
    assert not any("visit" in k for k, _, _ in _events(text, date="2023-10-05"))
    # without the second sentence the visit is told as a fact
    assert any("visit" in k for k, _, _ in _events(text.split("\n")[0], date="2023-10-05"))
