"""Names that are not what they look like: a body named for the two states it serves ('the
Chile-Peru Research Centre') is no place in either, and a Vietnamese family name before words
the model types as a province ('Tran Hoa Binh', 'Hòa Bình' being one) makes a person."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2021-09-08"):
    art = extract_article(seed_from_text(text + "\n", date=date))
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.place) for e in art.events]


def test_a_body_named_for_two_states_places_no_visit_in_either():
    for text in ("Chilean Defence Minister Maya Fernandez visited the Chile-Peru Tropical Centre on September 7 "
                 "and thanked the Peruvian scientists working there.",
                 "Brazilian Defence Minister José Múcio visited the Brazil-Argentina Nuclear Centre on September 7."):
        evs = _events(text)
        visits = [e for e in evs if "visit" in e[0]]
        assert visits and all(place not in ("Peru", "Chile", "Brazil", "Argentina") for _, _, place in visits), evs


def test_a_family_name_before_a_province_name_is_a_person():
    evs = _events("Chief Justice of the Supreme People's Court Nguyen Hoa Binh received Chilean Chief Justice "
                  "Juan Carlos Fuentes in Hanoi on September 7.")
    assert ("reception", [("Juan Carlos Fuentes", "visitor"), ("Nguyen Hoa Binh", "host")], "Hanoi") in evs, evs
