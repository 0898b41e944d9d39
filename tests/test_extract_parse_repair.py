"""A verb the parser misread as an adjective after a long appositive subject
('A, Việt Nam's Minister of X, hosted talks ... with B'). Sentences of our own."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

PUB = "2023-05-12"  # a Friday


def _events(text: str):
    return [(e.kind, frozenset((p.actor, p.role) for p in e.participants), e.place, e.date)
            for e in extract_article(seed_from_text(text, date=PUB)).events]


def test_hosted_talks_after_an_appositive_subject_is_an_event_of_both():
    evs = _events("Gen. Trần Quốc Bảo, Việt Nam's Minister of Public Security, hosted talks in Hà Nội on Monday "
                  "with Sergei Ivanov, Secretary of the Russian Security Council.\n")
    talks = [e for e in evs if e[0] in ("talks", "reception")]
    assert talks and all({a for a, _ in e[1]} == {"Trần Quốc Bảo", "Sergei Ivanov"} for e in talks)
    assert all(e[2] == "Hanoi" for e in talks)
    reception = next(e for e in talks if e[0] == "reception")
    assert ("Trần Quốc Bảo", "host") in reception[1] and reception[3] == "2023-05-08"


def test_a_sentence_with_its_own_verb_is_left_as_parsed():
    from knowledge.nlp import get_nlp

    doc = get_nlp()("Sergei Ivanov, Secretary of the Russian Security Council, held talks with Trần Quốc Bảo.")
    assert doc[[t.text for t in doc].index("held")].dep_ == "ROOT"
