"""A story's dateline ('JAKARTA, March 4, 2021 (Antara) –') dates the meeting its lead sentence
reports with no day of its own, and places it where its paragraph names the city too (the engine
checks a stated place against the quoted text, which holds no dateline) — only where one side is
at home, no third country is named, the meeting was not held by video, and (for the day) the act
is told in the past tense."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2021-03-04"):
    art = extract_article(seed_from_text(text + "\n", date=date))
    return [(e.kind, sorted(p.actor for p in e.participants), e.place, e.date) for e in art.events]


def test_the_dateline_dates_a_lead_meeting_and_places_it_where_the_paragraph_names_the_city():
    lead = ("JAKARTA, March 4, 2021 (Antara) – Indonesian Foreign Minister Rosa Gutierrez received Thailand's "
            "Ambassador Jorge Salas, who had come to Indonesia for the ASEAN forum.")
    assert ("reception", ["Jorge Salas", "Rosa Gutierrez"], None, "2021-03-04") in _events(lead)
    evs = _events(lead + " Salas said Jakarta and Bangkok should trade more.")
    assert ("reception", ["Jorge Salas", "Rosa Gutierrez"], "Jakarta", "2021-03-04") in evs, evs


def test_no_dateline_place_for_a_meeting_of_visitors_or_by_video():
    for text in ("JAKARTA, March 4, 2021 (Antara) – Thai Deputy Minister Jorge Salas told Malaysian reporters "
                 "that the talks would go on.",
                 "JAKARTA, March 4, 2021 (Antara) – Indonesian Foreign Minister Rosa Gutierrez and Thai Foreign "
                 "Minister Jorge Salas held talks by video conference on cooperation."):
        assert all(place is None for _, _, place, _ in _events(text)), text


def test_no_dateline_day_for_an_act_told_in_the_present_perfect():
    evs = _events("JAKARTA, March 4, 2021 (Antara) – Indonesian Foreign Minister Rosa Gutierrez has hosted Thai "
                  "Ambassador Jorge Salas. Salas said Jakarta and Bangkok should trade more.")
    assert evs and all(d is None for *_, d in evs), evs
    assert any(place == "Jakarta" for _, _, place, _ in evs)
