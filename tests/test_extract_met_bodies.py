"""A named person, or a delegation led by one, meeting a public body ('held a working session
with the Kazan city government', 'held talks with the Ministry of Finance of Belarus') is that
person's meeting: the body's people are not named, so the named side is stored alone, with the
sentence's place and date; a company or the press met is no such meeting."""

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

CASES = [
    ("A delegation of Laos's National Assembly led by Deputy Speaker Bounmy Chanthavong has held a working "
     "session with the Federation Council of Russia.", "working session", "Bounmy Chanthavong", None, None),
    ("A delegation from the southern province of Dong Nai, led by provincial Party Secretary Hoang Van Lam, "
     "held a working session with the Kazan city government on Tuesday.",
     "working session", "Hoang Van Lam", None, "2024-03-12"),
    ("Deputy Minister Tran Van Son held talks with the Ministry of Finance of Belarus in Minsk on March 3, 2021.",
     "talks", "Tran Van Son", "Minsk", "2021-03-03"),
    # officers met 'with' are people unnamed, met as veterans are
    ("Belarusian Interior Minister Ivan Kubrakov met in Da Nang with Vietnamese police officers who trained in Minsk.",
     "meeting", "Ivan Kubrakov", "Da Nang", None),
]


@pytest.mark.parametrize("sentence, kind, person, place, date", CASES)
def test_meeting_with_a_body(sentence, kind, person, place, date):
    art = extract_article(seed_from_text(sentence + "\n", date="2024-03-16"))
    evs = [e for e in art.events if e.kind == kind]
    assert len(evs) == 1
    assert [(p.actor, p.role) for p in evs[0].participants] == [(person, "participant")]
    assert (evs[0].place, evs[0].date) == (place, date)


@pytest.mark.parametrize("sentence", [
    "Minister Tran Van Son met with the press in Minsk on Monday.",
    "A delegation led by Deputy Minister Tran Van Son held talks with Belaruskali, the potash company, on Monday.",
    "Deputy Minister Tran Van Son met with difficulties at the Ministry of Finance of Belarus on Monday.",
])
def test_no_meeting_with_what_is_not_a_body(sentence):
    art = extract_article(seed_from_text(sentence + "\n", date="2024-03-16"))
    assert not [e for e in art.events if e.kind in ("meeting", "talks", "working session")]
