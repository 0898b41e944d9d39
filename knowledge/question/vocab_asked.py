"""Everyday words readers ask Vietnamese and Russian questions with that the other tables lack:
opening and registering, farms, what comes next, remembering and recalling, renewing, briefing,
recipients, shares and how they are divided, headquarters and forces, believing, and the ordinal
numbers. Merged into vocab_vi.VI_CONTENT and vocab_ru's stems and whole forms, with the same
conventions (keys folded on import; a Russian stem read with no more than an ending after it)."""

from __future__ import annotations

VI_ASKED = {
    "khai trương": "opened", "khánh thành": "inaugurated", "trang trại": "farm", "bò sữa": "dairy cow",
    "liên quan đến": "concerning", "liên quan tới": "concerning", "đăng ký": "registered", "tiếp theo": "next",
    "đảm nhận": "take over", "ghi nhớ": "remembered", "đáp lễ": "return", "phân chia": "divided",
    "chặt chẽ hơn": "closer", "thực phẩm": "food", "người nhận": "recipients",
    "ngày bao nhiêu": "what date", "ngày mấy": "what date", "mấy giờ": "what time", "hôm nào": "what day",
    "cường quốc": "powers", "tìm ra": "find", "tìm": "find", "bao nhiu": "how many", "xem xét": "considered",
    "chủ yếu": "mainly", "bầu không khí": "atmosphere", "báo cáo": "briefed", "tháp tùng": "accompanied",
    "bộ tư lệnh": "headquarters", "tư lệnh": "commander", "nằm": "located", "làm phim": "film", "nữa": "else",
    "thượng nghị sĩ": "senators", "tất cả": "all", "mùa hè": "summer", "mùa đông": "winter", "hay": "or",
    "quá khứ": "past", "hiệu trưởng": "rector", "bận": "busy",
    "thái độ": "attitude", "tin rằng": "believes", "tin": "believes", "rằng": "that", "vị khách": "guest",
    "cũ hơn": "older",
    "cũ": "old", "tình hữu nghị": "friendship", "chở": "carry", "đến chào": "call on", "trước đó": "previously",
    "trực tiếp hay trực tuyến": "in person or online", "hạn chế": "restrictions", "ngăn cản": "stop",
    "tân đại sứ": "new ambassador", "tân tổng lãnh sự": "new consul general", "lên ai": "to whom",
    "tăng bao nhiêu": "grew by how much", "tăng bao nhiêu phần trăm": "grew by how many percent",
    "bàn tròn": "roundtable", "trước đây": "before", "đã từng": "ever",
}

RU_ASKED_STEMS = {
    "вспомни": "recalled", "продли": "renew", "доложи": "briefed", "доклад": "paper", "преоблада": "dominated",
    "награжденн": "recipients", "награжд": "awarded", "распредел": "divided", "привоз": "bring",
    "привез": "brought", "образовани": "education", "друж": "friendly", "уверен": "confident",
    "продолжи": "continue", "должн": "should", "держав": "powers", "запланирова": "scheduled", "крупн": "major",
    "эффективн": "effectiveness", "ответн": "return", "ферм": "farm", "охватыва": "cover", "партком": "party committee",
    "произош": "happened", "теракт": "attack", "дальневосточн": "far eastern", "универ": "university",
    "привязанност": "affection", "рассматрива": "considered", "живущ": "living", "атмосфер": "atmosphere",
    "итогов": "final", "состави": "amount", "замминистр": "deputy ministers", "ограничени": "restrictions",
    "останови": "stop", "тесн": "closer", "провед": "hold", "присла": "sent", "съемочн": "film",
    "езди": "travelled", "представля": "represented", "координир": "coordinate", "председательств": "chairmanship",
    "зарегистрирова": "registered", "устрои": "hosted", "написа": "wrote", "туристическ": "tourism",
}

# ordinal numbers in every form of the adjective (folded: й -> и): "пятое заседание" is the fifth session
_ORDINAL_STEMS = {"четверт": "fourth", "пят": "fifth", "шест": "sixth", "седьм": "seventh", "восьм": "eighth",
                  "девят": "ninth", "десят": "tenth"}
_ADJ = ("ыи", "ои", "ая", "ое", "ого", "ому", "ом", "ую", "ые", "ых", "ым", "ыми")

RU_ASKED_FORMS = {
    **{stem + end: eng for stem, eng in _ORDINAL_STEMS.items() for end in _ADJ},
    **{f: "shares" for f in ("доля", "доли", "долю", "долеи", "долями", "долях")},
    **{f: "forces" for f in ("силы", "сил", "силам", "силами", "силах")},
    **{f: "believes" for f in ("верит", "верю", "верил", "верила", "верили", "верят", "верим")},
    **{f: "whose" for f in ("чьему", "чьеи", "чьих", "чьим", "чью", "чьего", "чьими")},
    **{f: "find" for f in ("наити", "наидут", "наидет", "нашли", "нашел", "нашла")},
    **{f: "date" for f in ("дата", "дату", "даты", "датои", "дате")},
    **{f: "things" for f in ("вещи", "вещь", "вещеи", "вещами", "вещам")},
    **{f: "remain" for f in ("остаются", "остается", "остался", "осталась", "остались", "оставаться")},
    **{f: "all" for f in ("все", "всех", "всем", "всеми")},
    **{f: "games" for f in ("игры", "игр", "играх", "играм", "играми")},
    **{f: "episodes" for f in ("серия", "серии", "серии", "серии", "сериями")},
    **{f: "new" for f in ("новыи", "новая", "новое", "новые", "нового", "новому", "новых", "новым", "новои", "новую")},
    **{f: "older" for f in ("старыи", "старая", "старое", "старом", "старого", "старые", "старых", "старои")},
    **{f: "upper" for f in ("верхняя", "верхнеи", "верхнюю", "верхнии")},
    **{f: "actions" for f in ("деиствия", "деиствии", "деиствиям", "деиствиями")},
    "согласно": "according to", "там": "there", "более": "more", "тесно": "closely", "очно": "in person",
    "или": "or", "заняты": "busy", "сделать": "do", "перед": "before", "снято": "made", "снят": "made",
    "поскорее": "soon",
    **{f"совместн{a} предприяти{b}": "joint venture" for a, b in (("ое", "е"), ("ого", "я"), ("ом", "и"), ("ому", "ю"),
                                                                 ("ым", "ем"))},
    **{f"совместн{a} предприяти{b}": "joint ventures" for a, b in (("ые", "я"), ("ых", "и"), ("ых", "ях"), ("ым", "ям"),
                                                                  ("ыми", "ями"))},
    # question words: what English asks with them ("кем является X": who is X, "насколько": by how much)
    **{f"кем {v}": f"who {e}" for v, e in (("является", "is"), ("был", "was"), ("была", "was"), ("были", "were"),
                                          ("работает", "is"), ("работал", "was"), ("приходится", "is"))},
    "насколько": "by how much", "на сколько": "by how much", "во сколько раз": "how many times",
    "с какои целью": "for what purpose", "для чего": "what for", "в связи с чем": "why", "скольких": "how many", "скольким": "how many", "о скольких": "about how many",
    "военно морских сил": "naval forces", "военно морские силы": "naval forces", "военно морского флота": "navy",
    **{"штаб квартир" + end: "headquarters" for end in ("а", "ы", "у", "е", "ои")},
}
