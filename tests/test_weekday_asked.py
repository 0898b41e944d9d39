"""weekday_asked.py: a question asking the day of the week puts first a close sentence writing a weekday."""

from knowledge.answer.rank import Ranked
from knowledge.answer.retrieve import Candidate
from knowledge.answer.weekday_asked import prefer


def _r(sid: int, pos: int, text: str, score: float, source: int = 1) -> Ranked:
    return Ranked(Candidate(sid, source, pos, 0, text), score, [1.0], 0.5, True, False)


DAY = _r(1, 4, "The Lisbon book fair opened its doors on May 14, with publishers from eleven countries.", 5.0)
WEEK = _r(2, 0, "Portugal's culture minister Rui Matos on Thursday opened a book fair in Lisbon.", 3.5)
ASKED = "On which day of the week did the Lisbon book fair open?"


def test_weekday_written_put_first():
    out = prefer([DAY, WEEK], ASKED)
    assert out[0] is WEEK and out[1] is DAY
    assert prefer([DAY, WEEK], "On what weekday did Rui Matos open the fair?")[0] is WEEK


def test_kept_when_not_asked_or_already_written():
    assert prefer([DAY, WEEK], "When did the Lisbon book fair open?")[0] is DAY
    also = _r(3, 5, "Visitors queued from Saturday morning.", 4.8)
    assert prefer([also, WEEK], ASKED)[0] is also


def test_other_article_or_too_far_behind_kept_out():
    elsewhere = _r(4, 0, WEEK.cand.text, 4.5, source=2)
    far = _r(5, 0, WEEK.cand.text, 1.5)
    assert prefer([DAY, elsewhere, far], ASKED)[0] is DAY


def test_vietnamese_and_russian_weekday_asked():
    """"vào thứ mấy" with or without its marks and "в какой день недели" ask the day of the week;
    "lần thứ mấy" (the how-manieth time) does not."""
    assert prefer([DAY, WEEK], "Hội chợ sách Lisbon khai mạc vào thứ mấy?")[0] is WEEK
    assert prefer([DAY, WEEK], "Hoi cho sach Lisbon khai mac vao thu may?")[0] is WEEK
    assert prefer([DAY, WEEK], "В какой день недели открылась книжная ярмарка в Лиссабоне?")[0] is WEEK
    assert prefer([DAY, WEEK], "Hội chợ sách Lisbon được tổ chức lần thứ mấy?")[0] is DAY
