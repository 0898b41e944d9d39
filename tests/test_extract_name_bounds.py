"""A Vietnamese name right after an organisation or a place in a title keeps all its words:
the model glues the family name to the body ('the State Audit Office Giáp') or leaves the family
and middle names untagged after a place ('Ambassador to Belarus Trịnh Minh' + 'Khôi')."""

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

CASES = [
    ("On March 3, Deputy Chairwoman of the State Audit Office Giáp Văn Thắng received a delegation "
     "of the Accounts Chamber of Russia in Hà Nội.", "Giáp Văn Thắng"),
    ("Vice Chairman of the National Assembly Uông Thị Mai met Russian senator Pavel Orlov in Hà Nội "
     "on Friday.", "Uông Thị Mai"),
    ("MINSK — Vietnamese Ambassador to Belarus Trịnh Minh Khôi held a working session on Friday with "
     "the rector of the Belarusian State University.", "Trịnh Minh Khôi"),
]


@pytest.mark.parametrize("sentence, person", CASES)
def test_vietnamese_name_after_a_body_or_place_is_whole(sentence, person):
    art = extract_article(seed_from_text(sentence + "\n", date="2024-05-15"))
    people = [a.name for a in art.actors if a.kind == "person"]
    assert person in people
    family, *rest = person.split()
    assert " ".join(rest) not in people  # never the name without its family name
    assert not any(family in a.name for a in art.actors if a.kind != "person")
