"""Honours handed over (knowledge/extract_awards.py): presenting an order, medal or prize to
someone is a ceremony of both, told by the verb alone. Sentences of our own (other people,
places and dates)."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2023-11-10"):
    art = extract_article(seed_from_text(text + "\n", date=date))
    return [(e.kind, sorted(p.actor for p in e.participants), e.place, e.date) for e in art.events]


def test_an_order_presented_to_someone_is_a_ceremony_of_both():
    evs = _events("WARSAW, November 10 – Polish Prime Minister Donald Tusk today presented the Order of Merit to "
                  "his Czech counterpart Petr Fiala in Prague.")
    assert evs == [("ceremony", ["Donald Tusk", "Petr Fiala"], "Prague", "2023-11-10")]
    evs = _events("Czech President Petr Pavel awarded Slovak Ambassador Rastislav Kacer the Order of the White Lion "
                  "in Prague on Tuesday.")
    assert evs == [("ceremony", ["Petr Pavel", "Rastislav Kacer"], "Prague", "2023-11-07")]


def test_the_honoured_of_a_passive_presentation_is_there():
    evs = _events("Slovak Ambassador Rastislav Kacer was presented with the Order of the White Lion on Tuesday.")
    assert [(k, ps, d) for k, ps, _, d in evs] == [("ceremony", ["Rastislav Kacer"], "2023-11-07")]


def test_presenting_what_is_no_honour_or_what_is_still_to_come_is_no_ceremony():
    assert _events("Czech President Petr Pavel presented the annual report to Prime Minister Petr Fiala on Tuesday.") == []
    assert _events("Czech President Petr Pavel will present the Order of the White Lion to Slovak Ambassador "
                   "Rastislav Kacer next week.") == []
