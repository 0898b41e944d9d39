"""A year the quote writes as the name of a time ("at the 2023 peak", "the 2023 season") that is the
year asked is no contradiction of it: "How many guests came in 2023?" quoted with "At the 2023 peak,
the resort welcomed 120,000 guests, 5 percent more than in 2022" answers it. A quote that names
only another year ("for the 2017–2019 term") still contradicts. Sentences written for this test."""

from __future__ import annotations

from types import SimpleNamespace

from knowledge.answer.year_written import contradicted


def _cite(quote: str, date: str = "2024-02-01") -> SimpleNamespace:
    return SimpleNamespace(quote=quote, date=date)


def test_a_named_year_asked_is_no_contradiction():
    quote = "At the 2023 peak, Phan Thiet welcomed 120,000 Korean guests, 5 percent more than in 2022."
    assert not contradicted("How many Korean guests did Phan Thiet welcome in 2023?", [_cite(quote)])


def test_another_year_still_contradicts():
    quote = "At the 2023 peak, Phan Thiet welcomed 120,000 Korean guests, 5 percent more than in 2022."
    assert contradicted("How many Korean guests did Phan Thiet welcome in 2020?", [_cite(quote)])
    assert contradicted("Who chaired the council in 2015?",
                        [_cite("Mr Hoa was elected to the council for the 2017-2019 term in 2016.")])
