"""Vietnamese questions written as readers write them: a transliterated foreign place hyphenated in
any grouping ("Mát-xcơva"), academic titles before a name ("PGS.TS"), a delegation of an
institution whose first word follows "Đoàn" capitalised ("Đoàn Hội …"), and the edition asked with
"lần thứ mấy" placed before the noun it numbers, as English asks "which summit"."""

from __future__ import annotations

import pytest

from knowledge.question import parse

CASES = [
    # transliterations: the place however its syllables are hyphened
    ("Ai phát biểu tại điểm cầu Mát-xcơva?", {"mat", "xcova"}, {"moscow"}),
    ("Đoàn sinh viên đến Xanh Pê-técbua khi nào?", {"xanh"}, {"saint", "petersburg"}),
    ("Hội chợ ASEAN-Nga diễn ra ở đâu?", set(), {"asean", "russia"}),
    # academic titles dropped before a name
    ("PGS.TS Hoàng Thị Lan phát biểu gì tại hội thảo?", {"pgs", "ts"}, {"hoang", "thi", "lan"}),
    ("GS. Đinh Quốc Bảo làm việc ở viện nào?", {"gs"}, {"dinh", "quoc", "bao"}),
    # "Đoàn" before an institution's capitalised first word: a delegation, no family name
    ("Đoàn Hội Nông dân Việt Nam thăm Kazan khi nào?", {"doan"}, {"delegation", "kazan"}),
    ("Đoàn Cục Hàng hải làm việc với ai?", {"doan"}, {"delegation"}),
]


@pytest.mark.parametrize("question,absent,present", CASES)
def test_vietnamese_written_forms(question: str, absent: set[str], present: set[str]):
    toks = parse(question).tokens
    assert not absent & set(toks) and present <= set(toks), toks


def test_family_name_doan_kept():
    assert {"doan", "van", "phuc"} <= set(parse("Đoàn Văn Phúc là ai?").tokens)


@pytest.mark.parametrize("question,noun", [
    ("Bà Lê Thị Hoa dự Diễn đàn Việt – Nga lần thứ mấy?", "forum"),
    ("Kỳ họp Ủy ban liên chính phủ lần thứ bao nhiêu diễn ra ở Hà Nội?", "session"),
])
def test_edition_asked_before_its_noun(question: str, noun: str):
    toks = parse(question).tokens
    assert "which" in toks and toks[toks.index("which") + 1] in (noun, "intergovernmental"), toks
