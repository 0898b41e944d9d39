"""Vietnamese words read by their place: a verb right after "Ai" (who organised, who commanded,
but still who held talks), "bộ" after a count a classifier and no ministry, "có" inside a question
that is no yes/no one "has" (not "did"), and phrases the syllable-by-syllable reading split."""

from __future__ import annotations

import pytest

from knowledge.question import parse

CASES = [
    # right after "Ai": the verb; talks stay held
    ("Ai đã tổ chức buổi hòa nhạc ở Kazan năm 2019?", {"held"}, {"who", "organised", "concert"}),
    ("Ai chỉ huy hải đội tàu Nga thăm Đà Nẵng?", {"commander"}, {"who", "commanded"}),
    ("Ai hội đàm với Bộ trưởng Lavrov ở Minsk?", {"organised"}, {"who", "held", "talks"}),
    ("Ai là chỉ huy hải đội?", {"commanded"}, {"who", "commander"}),
    # "bộ" after a count is a classifier; a ministry keeps its reading
    ("Viện Pasteur nhận được bao nhiêu bộ xét nghiệm?", {"ministry"}, {"how", "many"}),
    ("Đoàn Tula tặng trường 12 bộ đồng phục thể thao?", {"ministry"}, set()),
    ("Hai bộ ký thỏa thuận về trường dạy nghề nào?", set(), {"two", "ministry"}),  # a number word: the ministries
    ("Bộ Y tế Belarus ký thỏa thuận với ai?", set(), {"ministry"}),
    # "có" mid-question: has; at the start, before a count or in a yes/no question: no has
    ("Khu nghỉ dưỡng ở Phan Thiết có vốn đầu tư bao nhiêu?", {"did"}, {"has", "investment"}),
    ("Có bao nhiêu du khách Belarus đến Huế năm 2018?", {"has"}, {"how", "many"}),
    ("Tàu ngầm ở Cam Ranh có khoảng bao nhiêu thủy thủ?", {"has"}, {"how", "many"}),
    ("Ông Sokolov có tham dự lễ khai mạc không?", {"has"}, set()),
    # phrases the reading split: a struggle is no painting, a battle no match
    ("Bức thư nhắc đến những cuộc đấu tranh nào của Lào?", {"paintings", "dau"}, {"struggles"}),  # "những": plural
    ("Liệt sĩ Trần Văn Bình hy sinh trong trận đánh nào?", {"match", "born"}, {"battle", "killed"}),
    ("Trận động đất ở Sakhalin xảy ra khi nào?", {"xay", "ra"}, {"happened", "when"}),
]


@pytest.mark.parametrize("question,absent,present", CASES)
def test_vietnamese_reading_by_place(question: str, absent: set[str], present: set[str]):
    toks = parse(question).tokens
    assert not absent & set(toks) and present <= set(toks), toks
