"""Everyday news words of society, culture, crime, sport and business for Vietnamese and Russian
questions: ages and counters, films and cinemas, sculpture and casting, surveys and samples, output
and figures, markets and traders, medals and rankings, patronage, crime and courts, units and
branches of an organisation, lines and points, becoming and being able to. Found by reading which
words of readers' Vietnamese and Russian questions stayed untranslated, then written out as whole
families (every word of a court case, every counter word), not as the words seen. Merged into
vocab_vi.VI_CONTENT and vocab_ru's stems and whole forms under the same conventions: keys folded
on import; a Russian stem is read with no more than an ending after it."""

from __future__ import annotations

VI_SOCIETY = {
    # age, counters (a counter word only says what follows is counted: "bao nhiêu chiếc máy bay")
    "bao nhiêu tuổi": "how old", "mấy tuổi": "how old", "tuổi": "age", "độ tuổi": "age",
    "chiếc": "", "bức": "", "cuốn": "", "mỗi": "each", "mỗi ngày": "per day", "mỗi tuần": "per week",
    # films, stage and sculpture
    "bộ phim": "films", "rạp": "cinema", "rạp chiếu phim": "cinema", "chiếu": "screened", "được chiếu": "screened",
    "chiếu phim": "screening", "công chiếu": "premiere", "khán giả": "audience", "tượng bán thân": "bust",
    "bán thân": "bust", "tạc": "sculpted", "nhà điêu khắc": "sculptor", "điêu khắc": "sculptor", "đúc": "cast",
    "vật liệu": "material",
    # research and figures
    "khảo sát": "survey", "thu thập": "collected", "mẫu": "samples", "vi sinh vật": "microorganisms",
    "sinh vật": "organisms", "sản lượng": "output", "số liệu": "figures", "dữ liệu": "data",
    "thống kê": "statistics",
    # markets, trading, jobs, buying
    "chợ": "market", "tiểu thương": "traders", "thương nhân": "traders", "mất việc": "lost jobs", "đóng cửa": "closed",
    "thu hút": "attracted", "đặt mua": "ordered", "đặt hàng": "ordered", "rót vốn": "invest", "rót": "invest",
    # sport and rankings, patronage
    "huy chương": "medal", "huy chương vàng": "gold medal", "huy chương bạc": "silver medal",
    "huy chương đồng": "bronze medal", "bảng xếp hạng": "ranking", "xếp hạng": "ranked", "đội hình": "squad",
    "khối": "contingent", "bảo trợ": "auspices", "dưới sự bảo trợ": "under the auspices",
    # crime and courts
    "bị": "was", "đâm": "stabbed", "đâm chết": "stabbed to death", "giết": "killed", "giết hại": "murdered",
    "sát hại": "murdered", "vụ án": "case", "bản án": "sentence", "xét xử": "trial", "nghi phạm": "suspects",
    "tạm giữ": "detained", "bồi thẩm đoàn": "jury", "bởi": "by",
    # restructuring, likening
    # an invitation said as a phrase ("theo lời" alone is "according to")
    "theo lời mời": "at the invitation of", "nhận lời mời": "accepted the invitation",
    "người chiến thắng": "winner", "cả năm": "whole year", "khởi động": "launched",
    "cải tổ": "restructuring", "tái cơ cấu": "restructuring", "ví": "likened", "so sánh": "compared",
}

# single syllables above that, typed without diacritics, fold onto common name syllables or small
# words ("Khôi", "Đức", "Mậu", "vì"): read only as written
VI_SOCIETY_WRITTEN_ONLY = {"khoi", "duc", "mau", "vi", "tac", "bi", "dam", "rot", "chieu", "cuon", "buc"}

# Russian stems (4 letters or more, read with an ending after them)
RU_SOCIETY_STEMS = {
    # people, hours, lines, units and branches
    "человек": "people", "лини": "line", "отдел": "department", "отдельн": "separately",
    "отделени": "branch", "подразделени": "unit", "филиал": "branch", "здани": "building", "комплекс": "complex",
    "протокол": "protocol", "поток": "flow", "зрительн": "audience", "экспедици": "expedition",
    "водоизмещени": "displacement", "кревет": "shrimp", "камен": "stone", "добровол": "volunteers",
    # crime and courts
    "убийств": "murder", "убит": "killed", "убил": "killed", "вердикт": "verdict", "присяжн": "jury",
    "приговор": "sentence", "задержа": "detained",
    # being named and responsible, becoming, needing, risking, losing, building, laying, extending
    "называ": "called", "отвеча": "responsible", "станет": "become", "стать": "become",
    "риск": "risk", "потеря": "lose", "потерял": "lost", "строя": "build", "строил": "built", "заложи": "laid",
    "продлен": "extended", "продлил": "extended", "вовлеч": "involved", "въезжа": "enter", "поднят": "raising",
    "спуск": "lowering", "миропоряд": "world order", "авиасалон": "air show", "минимальн": "minimum",
    "максимальн": "maximum", "становлени": "formation", "намети": "set", "разрабатыва": "develop",
    "разработ": "develop", "пришл": "came", "прише": "came", "нанес": "paid",
    # technical, opening
    "техническ": "technical", "откро": "open",
    # countries the other tables lack (their other cases from the stem)
    "серби": "serbia", "словаки": "slovakia", "бруне": "brunei", "саудовск": "saudi arabia",
    # winning
    "победил": "won", "победит": "win", "победител": "winner",
}

RU_SOCIETY_FORMS = {
    **{f: "hours" for f in ("час", "часа", "часов", "часам", "часах")},
    **{f: "zone" for f in ("зона", "зоны", "зон", "зону", "зоне", "зонах")},
    **{f: "can" for f in ("может", "могут", "мог", "могла", "могли", "можно")},
    **{f: "should" for f in ("должен", "должна", "должно", "должны")},
    **{f: "need" for f in ("нужен", "нужна", "нужно", "нужны")},
    **{f: "court" for f in ("суд", "суда", "суде", "судом", "суду")},
    # "в мире" is in the world ("мир" alone is peace: "Война и мир")
    **{f: "gave" for f in ("дал", "дала", "дали", "даст", "дадут")},
    **{f: "conducted" for f in ("вел", "вела", "вели")}, **{f: "sang" for f in ("спел", "спела", "спели")},
    **{f: "krai" for f in ("краи", "края", "крае", "краю", "краем")},
    **{f: "these" for f in ("этих", "этим", "этими")}, **{f: "all" for f in ("весь", "вся", "всеи", "всего", "всему")},
    "по состоянию на": "as of", "мвд": "ministry of internal affairs", "оаэ": "united arab emirates",
    **{f: "cuba" for f in ("куба", "кубы", "кубе", "кубу", "кубои")},
    "в мире": "in the world", "во всем мире": "worldwide", "по всему миру": "worldwide",
    "по сравнению с": "compared with", "по сравнению": "compared",
}
