"""Visits a sentence tells as still to come: one whose run-up, eve or preparation the sentence's
own act falls in, and one a time clause ties to a main clause in the future tense. Neither is
stored; the act the sentence reports still is."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2022-03-10"):
    art = extract_article(seed_from_text(text + "\n", date=date))
    return [(e.kind, sorted(p.actor for p in e.participants)) for e in art.events]


def test_a_visit_in_whose_run_up_talks_were_held_lies_ahead():
    for lead in ("in the run-up to", "ahead of", "on the eve of", "in preparation for"):
        evs = _events("Chilean Deputy Trade Minister Rosa Vial received Peruvian Ambassador Jorge Salas in "
                      "Santiago on Wednesday.\n"
                      f"The meeting was held {lead} a visit to Chile by Peruvian President Ana Lopez.")
        assert not any("visit" in k for k, _ in evs), (lead, evs)
        assert ("reception", ["Jorge Salas", "Rosa Vial"]) in evs


def test_a_visit_a_future_main_clause_waits_for_lies_ahead():
    texts = ("Officials said the two banks will sign a loan to build a port in Callao when Prime Minister "
             "Ana Lopez travels to Chile in late May.",
             "According to Vial, when the premier visits, the leaders will look at joint work in mining.")
    for text in texts:
        evs = _events("Chilean Deputy Trade Minister Rosa Vial met Peruvian Ambassador Jorge Salas in Santiago "
                      "on Wednesday.\n" + text)
        assert not any("visit" in k for k, _ in evs), (text, evs)


def test_a_time_clause_of_the_past_tells_a_visit_that_happened():
    evs = _events("The two banks signed a loan to build a port in Callao when Prime Minister Ana Lopez travelled "
                  "to Chile on March 2.")
    assert any("visit" in k and ps == ["Ana Lopez", "Chile"] for k, ps in evs), evs


def test_a_meeting_a_speaker_talks_of_in_a_quote_is_not_reported_by_it():
    evs = _events("Chilean Deputy Trade Minister Rosa Vial met Peruvian Ambassador Jorge Salas in Santiago on "
                  "Wednesday.\n"
                  "\"The meeting between President Gabriel Boric and the head of Peru's government matters greatly "
                  "to us,\" the deputy minister said.")
    assert not any("Gabriel Boric" in ps for _, ps in evs), evs
    assert any(ps == ["Jorge Salas", "Rosa Vial"] for _, ps in evs)  # the meeting the article reports stays
