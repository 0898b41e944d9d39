"""What was done 'while receiving' someone was done on the day the sentence gives; a Russian
region written with a small 'oblast' is a place, not a person named Kirov."""

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _events(text: str, date: str = "2019-07-02"):
    art = extract_article(seed_from_text(text + "\n", date=date))
    return [(e.kind, sorted((p.actor, p.role) for p in e.participants), e.place, e.date) for e in art.events]


def test_what_was_done_while_receiving_someone_was_done_that_day():
    evs = _events("Indonesian President Joko Widodo met Thai Prime Minister Prayut Chan-o-cha in Jakarta on "
                  "Monday.\n"
                  "Widodo made the remarks on Tuesday while receiving Thai Foreign Minister Don Pramudwinai in "
                  "Jakarta.")
    assert any(k == "reception" and d == "2019-07-02" and ("Don Pramudwinai", "visitor") in ps
               for k, ps, _, d in evs), evs


def test_a_region_with_a_small_oblast_is_a_place():
    evs = _events("Thai Ambassador to Russia Sarun Charoensuwan paid a working trip to Kirov oblast on "
                  "May 11 and 12 to seek new avenues for cooperation.", date="2023-05-13")
    assert any("visit" in k and place == "Kirov oblast" for k, _, place, _ in evs), evs
