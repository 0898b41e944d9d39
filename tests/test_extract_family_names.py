"""A Vietnamese family name outside the most common dozen must not be cut off into the title."""

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

CASES = [
    ("Vietnamese Minister of Transport Phung Xuan Nha held talks with Russian Minister of Transport "
     "Roman Starovoit in Moscow on Monday.", "Phung Xuan Nha", "Vietnamese Minister of Transport"),
    ("Vietnamese Minister of Justice Dao Minh Khang met Russian Deputy Minister of Justice Ivan Petrov "
     "in Moscow on Monday.", "Dao Minh Khang", "Vietnamese Minister of Justice"),
    ("Deputy Minister of Finance Kieu Thi Hoa received Russian Ambassador Gennady Bezdetko in Hanoi "
     "on Tuesday.", "Kieu Thi Hoa", "Deputy Minister of Finance"),
]


@pytest.mark.parametrize("sentence, person, title", CASES)
def test_whole_vietnamese_name_with_its_title(sentence, person, title):
    art = extract_article(seed_from_text(sentence + "\n", date="2024-05-15"))
    people = {a.name: a.titles for a in art.actors if a.kind == "person"}
    assert person in people
    assert title in people[person]
    assert any(person in [p.actor for p in e.participants] for e in art.events)
