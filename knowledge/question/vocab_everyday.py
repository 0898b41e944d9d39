"""Everyday Vietnamese words the other vocabularies lacked, seen in questions about people at sea,
money handed over, friends met again and trees planted: without them a question searched with a
folded syllable no English article contains ("ngu dan", "hai ly", "tien mat"). A classifier of a
round or batch ("đợt khảo sát": the survey) reads as nothing. Merged into vocab_vi.VI_CONTENT
under its conventions: keys folded on import, one syllable read as written. No one-syllable word here
folds like another the tables read ("xuồng" and "xưởng", "chuyển" and "chuyến"): typed plain, that
syllable would lose its reading, so those come only in phrases."""

from __future__ import annotations

VI_EVERYDAY = {
    # people and their ties
    "bạn": "friend", "người bạn": "friend", "bạn bè": "friends", "bạn bay": "crewmate", "bạn bay cùng": "crewmate",
    "người bạn bay": "crewmate", "người bạn bay cùng": "crewmate",
    "người phụ nữ": "woman", "người đàn ông": "man", "ngư dân": "fishermen", "đỡ đầu": "patron",
    # the sea and distances
    "chiếc xuồng": "boat", "ca nô": "speedboat", "bãi biển": "beach", "hải lý": "nautical miles",
    "cách": "from", "cách đây": "ago",
    # money
    "tiền mặt": "cash", "bao nhiêu tiền mặt": "how much cash", "nắm bắt": "seize",
    # acts
    "bắn rơi": "downed", "bắn hạ": "downed", "quân và dân": "army and people", "trồng cây": "planting trees",
    "hưởng ứng": "joined", "hòa nhập": "inclusive",
    "khu di tích": "relic",
    # words that carry no search term: a round's classifier, "about to", the relative "mà"
    "đợt": "", "sắp": "", "mà": "",
}
