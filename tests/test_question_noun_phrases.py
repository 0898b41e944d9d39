"""Vietnamese noun phrases the syllable-by-syllable reading turned into verbs or loose words
(vocab_noun_phrases): an agreement signed or between two sides, sides represented, a three-way
partnership, tuition, a rank among others, a live broadcast; on questions written for this test."""

from __future__ import annotations

import pytest

from knowledge.question import parse


@pytest.mark.parametrize("question, words, wrong", [
    ("Tập đoàn Sao Mai ký thỏa thuận hợp tác với Rosneft khi nào?", ["signed", "cooperation", "agreement"], ["agreed"]),
    ("Thỏa thuận giữa hai trường tập trung vào lĩnh vực nào?", ["agreement", "between"], ["agreed"]),
    ("Hiện có bao nhiêu thỏa thuận hợp tác đang có hiệu lực?", ["how", "many", "agreements"], ["agreed"]),
    ("Những tỉnh nào có đại diện tại hội chợ ở Kazan?", ["represented"], ["representative"]),
    ("Vì sao quan hệ đối tác ba bên bị đình trệ?", ["three", "way"], []),
    ("Bao nhiêu sinh viên được miễn học phí?", ["tuition"], ["study", "fee"]),
    ("Lào đứng thứ mấy trong số các nhà đầu tư?", ["among"], ["number"]),
    ("Chương trình phát thanh trực tiếp kéo dài bao lâu?", ["live", "broadcast"], ["direct"]),
])
def test_noun_phrases_read(question, words, wrong):
    tokens = parse(question, "vi").tokens
    assert all(w in tokens for w in words), tokens
    assert not any(w in tokens for w in wrong), tokens


def test_signed_what_stays_a_question():
    """"ký thỏa thuận gì" keeps the lexicon's reading: what was agreed or signed is asked."""
    tokens = parse("Ông Lâm đã ký thỏa thuận gì với Gazprom?", "vi").tokens
    assert "what" in tokens and "agreements" not in tokens, tokens
