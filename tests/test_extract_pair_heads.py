"""Sides told by their rank or their bodies: 'the two heads of state met' after a pair signed a
statement, the heads of two companies named in apposition ('A of X and B of Y'), a Vietnamese
name of three syllables with no title before it, and where a signing the verb places was done."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2019-04-08"):
    art = extract_article(seed_from_text(text + "\n", date=date))
    return [(e.kind, sorted(p.actor for p in e.participants), e.place) for e in art.events]


def test_the_two_heads_of_state_are_the_pair_named_just_before():
    evs = _events("SANTIAGO, April 8, 2019 – Chilean President Sebastián Piñera and Peruvian President Martín "
                  "Vizcarra issued a joint statement in Santiago on Monday on mining.\n"
                  "Vizcarra stayed in the Chilean capital for a day after the Pacific Alliance summit.\n"
                  "The two heads of state met behind closed doors, and their talk centred on copper.")
    meets = [ps for k, ps, _ in evs if k == "meeting"]
    assert meets == [["Martín Vizcarra", "Sebastián Piñera"]], evs


def test_heads_of_two_companies_in_apposition_sign_for_them():
    evs = _events("The heads of the two companies, Nikolai Brunich of Zarubezhneft and Tran Van Minh of "
                  "PetroVietnam, signed several cooperation agreements in Moscow on Sunday.")
    assert ("signing", ["Nikolai Brunich", "Tran Van Minh"], "Moscow") in evs, evs  # (not 'Brunich' as a body)


def test_a_three_syllable_vietnamese_name_needs_no_title():
    evs = _events("The heads of the two banks, Anna Petrova of Sberbank and Phung Dinh Thuc of Vietcombank, signed "
                  "a loan accord in Hanoi on Sunday.")
    assert ("signing", ["Anna Petrova", "Phung Dinh Thuc"], "Hanoi") in evs, evs
