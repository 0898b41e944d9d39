"""A sentence that opens on a verb's -ing form before a name ("Meeting Anton Belyakov, Russia's deputy
minister, …") names the person without the verb: the model glues the two into one PERSON. Sentences of
our own."""

from __future__ import annotations

import pytest

from knowledge.extract import extract_article
from knowledge.nlp_bounds import opens_with_gerund
from knowledge.nlp import get_nlp
from tests.helpers.articles import seed_from_text

ARTICLE = (
    "Kazan, March 3 (TASS). Tatarstan's governor opened a Vietnamese trade house on Tuesday.\n"
    "Meeting Anton Belyakov, Russia's deputy minister of energy, on March 2, Hoang Van Tuan asked Moscow to speed "
    "up the deliveries of turbines.\n"
    "Belyakov promised an answer within a month."
)


def test_gerund_is_not_part_of_the_name():
    art = extract_article(seed_from_text(ARTICLE, date="2022-03-04"))
    persons = {a.name for a in art.actors if a.kind == "person"}
    assert "Anton Belyakov" in persons
    assert not any(n.startswith("Meeting") for n in persons)
    belyakov = next(a for a in art.actors if a.name == "Anton Belyakov")
    assert "Belyakov" in belyakov.aliases  # the short name of the next sentence is the same person


@pytest.mark.parametrize("text, i, expected", [
    ("Meeting Anton Belyakov, he said", 0, True),
    ("Receiving Igor Sorokin, she said", 0, True),
    ("He was there.\nVisiting Marina Kotova, he said", 5, True),  # a line's first word
    ("Sterling Kent Hayes met him", 0, False),  # a name ending in -ing that is no verb's form
    ("Ming Wei met him", 0, False),
    ("They kept Meeting Anton Belyakov", 2, False),  # not the sentence's first word
])
def test_opens_with_gerund(text, i, expected):
    doc = get_nlp().make_doc(text)
    assert doc[i].text.endswith("ing")
    assert opens_with_gerund(doc, i) is expected


def test_at_large_is_not_part_of_the_name():
    text = ("Hanoi, May 5 (VNA). Russian Ambassador-at-Large Pavel Gromov met Deputy Foreign Minister Do Hung Viet "
            "in Hanoi on Friday.\nGromov said the consultations would continue in Moscow.")
    persons = {a.name for a in extract_article(seed_from_text(text, date="2023-05-06")).actors if a.kind == "person"}
    assert "Pavel Gromov" in persons
    assert not any(n.startswith("Large") for n in persons)


@pytest.mark.parametrize("text, name", [
    ("Dubna, June 3 (TASS). Academician Pavel Serov, the institute's scientific director, received a Vietnamese "
     "delegation on Monday.\nSerov said ten more Vietnamese physicists would join the institute.", "Pavel Serov"),
    ("Hanoi, June 3 (VNA). Counsellor Trần Văn Nam of the Vietnamese embassy met students in Tomsk on Monday.\n"
     "Nam said the embassy would support them.", "Trần Văn Nam"),
    ("Vladivostok, June 3 (TASS). Captain Second Rank Oleg Mironov led the frigate into Cam Ranh on Monday.\n"
     "Mironov said the crew would rest for five days.", "Oleg Mironov"),
])
def test_titles_before_a_name_are_not_part_of_it(text, name):
    persons = {a.name for a in extract_article(seed_from_text(text, date="2023-06-04")).actors if a.kind == "person"}
    assert name in persons
    assert not any(p.split()[0] in ("Academician", "Counsellor", "Second", "Captain", "Rank") for p in persons)

