"""An event's date phrase may hang on a purpose clause ("… on Monday to review …"): same act."""

import pytest

from knowledge.extract import extract_article
from tests.helpers.articles import seed_from_text

CASES = [
    # (sentence, publication date, event kind, expected ISO date)
    ("President Vo Van Thuong had a phone conversation with Russian President Vladimir Putin on Wednesday "
     "to review the results of cooperation.", "2023-05-19", "phone call", "2023-05-17"),
    ("Deputy Prime Minister Tran Luu Quang had a phone conversation with Russian Deputy Prime Minister "
     "Alexei Overchuk on Tuesday to discuss the implementation of joint projects.", "2023-05-18", "phone call",
     "2023-05-16"),
    ("Foreign Minister Bui Thanh Son held talks with Russian Foreign Minister Sergey Lavrov in Moscow on Friday "
     "to prepare for the upcoming summit.", "2024-07-29", "talks", "2024-07-26"),
    ("Russian Deputy Foreign Minister Andrey Rudenko met Vietnamese Ambassador Dang Minh Khoi in Moscow "
     "on Thursday.", "2024-02-16", "meeting", "2024-02-15"),
]


@pytest.mark.parametrize("sentence, pub, kind, date", CASES)
def test_weekday_date_reaches_the_event(sentence, pub, kind, date):
    art = extract_article(seed_from_text(sentence + "\n", date=pub))
    got = [(e.kind, e.date) for e in art.events]
    assert (kind, date) in got


def test_date_in_a_later_clause_of_another_act_is_not_taken():
    text = ("Prime Minister Pham Minh Chinh held talks with Russian Prime Minister Mikhail Mishustin in Hanoi, "
            "after which the two leaders said they would meet again next year.\n")
    art = extract_article(seed_from_text(text, date="2025-01-15"))
    talks = [e for e in art.events if e.kind == "talks"]
    assert talks and talks[0].date is None


def test_weekday_is_dated_by_the_date_line_under_the_headline():
    from knowledge.seedfile import parse_seed

    text = ("Hue leader hosts Indian ambassador\nMarch 10, 2022 | 09:15 (GMT+7)\n"  # a Thursday
            "The Party chief of the central province of Thua Thien-Hue, Le Truong Luu, hosted Indian Ambassador "
            "Pranay Verma on Tuesday and said he hoped for more flights.\n")
    art = extract_article(parse_seed("hue.txt", text.encode()))
    got = [(e.kind, e.date) for e in art.events if ("Pranay Verma", "visitor") in
           {(p.actor, p.role) for p in e.participants}]
    assert got == [("reception", "2022-03-08")]


def test_month_day_just_after_publication_dates_nothing():
    """'On March 12' in a piece dated March 11 is no day of last year: the event stays undated."""
    text = ("On March 12, Deputy Prime Minister Trần Lưu Quang met Russian Deputy Prime Minister Alexei "
            "Overchuk in Moscow.\n\nOn March 2, Trần Lưu Quang met Russian Minister of Energy Sergei "
            "Tsivilev in Moscow.\n")
    art = extract_article(seed_from_text(text, date="2025-03-11"))
    dates = {frozenset(p.actor for p in e.participants): e.date for e in art.events if e.kind == "meeting"}
    assert dates[frozenset({"Trần Lưu Quang", "Alexei Overchuk"})] is None
    assert dates[frozenset({"Trần Lưu Quang", "Sergei Tsivilev"})] == "2025-03-02"
