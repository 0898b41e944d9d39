"""Vietnamese "đến" and "vào" read by their neighbours (until a time, coming from, going to a place
after a motion verb or a carried thing; "vào" before the asked time), a plain phrase that would take
a place's first syllable ("toi Da Lat" is no "tối đa"), a part of the day before a date, news
words the reading lacked ("qua" through, "xã hội" social), and "dự" after a delegation's name (the
delegation to an event, not an act of attending)."""

from __future__ import annotations

import pytest

from knowledge.question import parse

CASES = [
    # a place already named, then a time: until
    ("Đoàn nghệ sĩ ở lại Kazan đến ngày nào?", {"visit"}, {"until", "when"}),
    ("Muc tieu xuat khau cua Viet Nam sang Belarus den nam 2030 la bao nhieu?", {"visit", "in"}, {"until", "2030"}),
    # a person going to a place: a visit, "vào" before the asked time no "into"
    ("Ông Ivanov đến Huế vào ngày nào?", {"into"}, {"visit", "when"}),
    ("Ivanov den Hue ngay nao?", set(), {"visit"}),
    ("Trường Lomonosov mở khoa tiếng Việt vào năm nào?", {"into"}, {"in", "what", "year"}),
    # coming from; to after a motion verb or a flight
    ("Bộ trưởng tiếp các chuyên gia đến từ những thành phố nào?", {"visit"}, {"from"}),
    ("Ông Petrov bay đến Đà Lạt từ thành phố nào?", {"visit"}, {"to", "fly"}),
    ("S7 khai thác bao nhiêu chuyến bay mỗi tháng đến Đà Lạt?", {"visit"}, {"to", "flight"}),
    # typed plain, "toi" before a place is "tới" (to), and no phrase takes the place's first syllable
    ("Chuyen bay dau tien tu Irkutsk toi Da Lat cat canh khi nao?", {"toi", "up"}, {"to", "da", "lat"}),
    ("Lớp học tiếng Nga ở Huế mở năm nào?", {"russia"}, {"russian", "language"}),
    # a part of the day before a date ("sáng 12/3/2007"); "qua" (through) before the asked thing
    ("Đoàn làm việc với cơ quan nào vào sáng 14/5/2011?", {"into", "14/5/2011"}, {"on", "morning", "14", "may", "2011"}),
    ("Lời mời được gửi qua cơ quan nào?", {"gift"}, {"through", "which", "agency"}),
    ("Viện Khoa học xã hội vùng Tây Bắc hợp tác với ai?", {"commune", "association"}, {"social", "sciences"}),
    # "dự" right after a delegation's name: the delegation to the event; after a verb or a
    # destination, or with no delegation before it, the act of attending
    ("Ai dẫn đầu đoàn Thái Lan dự Hội chợ Sách Minsk?", {"attended"}, {"delegation", "to", "fair"}),
    ("Doan thanh nien Lao du trai he Irkutsk co bao nhieu nguoi?", {"attended"}, {"delegation", "to", "how"}),
    ("Đoàn Kazan sang Huế để dự lễ hội nào?", set(), {"delegation", "attended"}),
    ("Bao nhiêu khách mời dự lễ khánh thành cầu Cần Thơ?", {"to"}, {"attended"}),
]


@pytest.mark.parametrize("question,absent,present", CASES)
def test_vietnamese_reading_by_neighbours(question: str, absent: set[str], present: set[str]):
    toks = parse(question).tokens
    assert not absent & set(toks) and present <= set(toks), toks
