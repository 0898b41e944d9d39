"""A signatory's employer, named in the title phrase after the person ('X, chief executive of Y'),
is no side of the signing. Sentences of our own (people and companies we made up), not from
any evaluation set."""

from __future__ import annotations

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text


def _signings(text: str):
    seed = seed_from_text(text, date="2024-03-08", title="Firms agree on a hydropower plant")
    return [{p.actor for p in e.participants} for e in extract_article(seed).events if e.kind == "signing"]


def test_the_title_phrase_employer_is_no_signatory():
    text = ("The agreement was signed by Pavel Sokolov, director of Volga Hydro, and Tran Van Hieu, director "
            "of An Phu Energy.\n")
    rows = _signings(text)
    assert rows and all(not {"An Phu Energy", "Volga Hydro"} & r for r in rows), rows
    assert any({"Pavel Sokolov", "Tran Van Hieu"} <= r for r in rows), rows
