"""Date phrases resolved against the publication date."""

from __future__ import annotations

import pytest

from knowledge.dates import find_date_phrases, resolve_date


@pytest.mark.parametrize("phrase, pub, expected", [
    ("on Thursday", "2024-06-20", ("2024-06-20", None, "weekday<=pub")),  # the day itself
    ("on Wednesday", "2022-07-06", ("2022-07-06", None, "weekday<=pub")),
    ("Monday", "2019-04-10", ("2019-04-08", None, "weekday<=pub")),
    ("on Friday", "2024-06-20", ("2024-06-14", None, "weekday<=pub")),  # never in the future
    ("from Wednesday to Thursday", "2024-06-20", ("2024-06-19", "2024-06-20", "weekday<=pub")),
    ("on June 20", "2024-06-21", ("2024-06-20", None, "month-day<=pub")),
    ("on November 30", "2021-11-29", ("2020-11-30", None, "month-day<=pub")),  # never after publication
    ("on November 30", None, (None, None, "no publication date")),  # the year is never guessed
    ("February 29", "2021-03-01", ("2020-02-29", None, "month-day<=pub")),
    ("from 28 to 30 November", "2021-11-29", ("2021-11-28", "2021-11-30", "month-day<=pub")),
    ("from June 19 to 20, 2024", None, ("2024-06-19", "2024-06-20", "explicit")),
    ("from December 30 to January 2", "2022-01-01", ("2021-12-30", "2022-01-02", "month-day<=pub")),
    ("June 20, 2024", None, ("2024-06-20", None, "explicit")),
    ("20 June 2024", None, ("2024-06-20", None, "explicit")),
    ("from 19 to 20 June 2024", None, ("2024-06-19", "2024-06-20", "explicit")),
    ("from November 28 to December 2", "2021-11-30",
     ("2021-11-28", "2021-12-02", "month-day<=pub")),  # a span's end may follow publication
    ("December 28", "2022-01-03", ("2021-12-28", None, "month-day<=pub")),
    ("yesterday", "2024-06-20", ("2024-06-19", None, "yesterday")),
    ("earlier the same day", "2022-07-06", ("2022-07-06", None, "same day")),
    ("in 2022", None, ("2022", None, "year")),
    ("in March 2023", None, ("2023-03", None, "month")),
    ("on Thursday", None, (None, None, "no publication date")),
    ("next spring", "2024-06-20", (None, None, "unknown")),
])
def test_resolve(phrase, pub, expected):
    assert resolve_date(phrase, pub) == expected


def test_same_day_uses_the_reference_event():
    assert resolve_date("the same day", "2024-06-21", ref_date="2024-06-19") == ("2024-06-19", None, "same day")


@pytest.mark.parametrize("text, phrases", [
    ("held talks in Hanoi on Thursday after the ceremony", ["on Thursday"]),
    ("paid a State visit to Vietnam from Wednesday to Thursday.", ["from Wednesday to Thursday"]),
    ("talks held earlier the same day with", ["earlier the same day"]),
    ("marked the 10th anniversary in 2022.", ["in 2022"]),
    ("It may rain; we may meet.", []),
    ("signed on May 5, 2020 in Moscow", ["on May 5, 2020"]),
])
def test_find_date_phrases(text, phrases):
    assert [p for _, _, p in find_date_phrases(text)] == phrases
