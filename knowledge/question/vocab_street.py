"""Russian and Vietnamese words of street crime, workshops, engines and audiences, decrees and the
press that readers' questions on unseen articles left untranslated: a robbery, a robber, a chain
snatched, shelling, a counterfeit, a workshop, a street; engines, an interest rate, carmakers,
listeners, puppets, how long a show lasts; a regulation issued, readers. Left as
Cyrillic or as bare syllables such a word is a search word no English article writes, so the engine
drops it and answers a question the articles cannot (which sum a robber faces, which rate a loan
carries) from a passage that only shares the question's other words. Merged into vocab_ru_reports'
stems and forms and vocab_vi's VI_CONTENT under their conventions (Russian keys folded on import,
й -> и, ё -> е, a stem of four letters or more read with no more than an ending after it; a
one-syllable Vietnamese key in VI_STREET_WRITTEN_ONLY is read only as written with diacritics)."""

from __future__ import annotations

RU_STREET_STEMS = {
    # street crime, courts, shootings
    "ограблен": "robbery", "ограбил": "robbed", "грабител": "robber", "грабеж": "robbery",
    "обвиня": "accused", "обвинен": "charged", "напавш": "attacked", "нападени": "attack",
    "цепочк": "chain", "мотоцикл": "motorbike", "веществ": "substance", "обстрел": "shelling",
    "стрельб": "shooting", "подделыва": "counterfeited", "поддельн": "fake", "изъял": "seized",
    "пропавш": "missing", "траурн": "mourning",
    # workshops, streets, works
    "улиц": "street", "швеин": "sewing", "двигател": "engines", "автопроизводител": "carmakers",
    "отремонтирова": "repaired", "судостроени": "shipbuilding", "профсоюз": "trade unions",
    "турфирм": "travel agencies", "ставк": "rate", "дипотношени": "diplomatic relations",
    # audiences, shows, speeches
    "слушател": "listeners", "кукольн": "puppet", "кукл": "puppets", "вещани": "broadcasting",
    "произнес": "delivered", "сопредседательствова": "co-chaired",
}
RU_STREET_FORMS = {
    **{f: "workshop" for f in ("цех", "цеха", "цеху", "цехе", "цехом", "цехи", "цехов", "цехах")},
    **{f: "puppets" for f in ("кукол", "куклам", "куклами")},
    **{f: "lasts" for f in ("длится", "длятся")}, **{f: "lasted" for f in ("длился", "длилась", "длилось", "длились")},
    **{f: "faces" for f in ("грозит", "грозят", "грозило")},
    **{f: "missing" for f in ("пропал", "пропала", "пропали")},
    **{f: "paid" for f in ("платит", "платят", "платил", "платила", "платили")},
    **{f: "night" for f in ("ночь", "ночи", "ночей", "ночью")},
    **{f: "shot down" for f in ("сбит", "сбито", "сбита", "сбиты")},
}
VI_STREET = {
    # street crime, shootings
    "giật": "snatched", "cướp giật": "snatching", "giật dây chuyền": "snatched necklace",
    "dây chuyền vàng": "gold necklace", "dây chuyền sản xuất": "production line", "xả súng": "shooting",
    "xúc phạm": "insulted",
    # decrees, courts, notes between states
    "ban hành": "issued", "quy định": "regulation", "thi hành án": "executed", "công hàm": "diplomatic note",
    # work, repairs, engines
    "làm nghề gì": "what job", "nghề nghiệp": "occupation", "sửa chữa": "repair", "động cơ": "engine",
    "lúa mạch": "barley", "mua lại": "buy", "phân phát": "distributed", "tình nguyện": "volunteer",
    "khuyến khích": "encouraged", "phản ứng": "reaction", "lưu trữ": "archive",
    # press, film, schools
    "độc giả": "readers", "bạn đọc": "readers", "tạp chí": "magazine",
    "bộ môn": "department", "trưởng bộ môn": "head of department", "lúc mấy giờ": "what time",
    "vào lúc mấy giờ": "what time",
}
VI_STREET_WRITTEN_ONLY = {"giat"}
