"""News words of banking, ports and ships, commemorations, sport, music, elections, awards, floods
and relief, and fairs for Vietnamese and Russian questions: the words a reader of any Vietnam–Russia
news asks with (an interbank meeting, a container line calling at a port, the Immortal Regiment
march, a community football tournament and its top scorer, a conductor and his orchestra, the
preliminary vote count, a decree awarding an order, donations to flood-hit households), written out
as families of words. Merged into vocab_vi.VI_CONTENT and vocab_ru's stems and whole forms under the
same conventions: keys folded on import; a Russian stem is read with no more than an ending after it."""

from __future__ import annotations

VI_EVENTS = {
    # banking, fairs, ports and ships
    "liên ngân hàng": "interbank", "ngân hàng trung ương": "central bank", "gian hàng": "booth",
    "khu trưng bày": "pavilion", "ghé": "call", "ghé cảng": "port call", "cảng container": "container port",
    "tàu container": "container ship", "lô hàng": "shipment",
    # commemorations and marches
    "bất tử": "immortal", "binh đoàn": "regiment", "binh đoàn bất tử": "immortal regiment", "trung đoàn": "regiment", "diễu hành": "march",
    "tuần hành": "march", "mít tinh": "rally",
    # where someone comes from
    "quê": "native", "quê hương": "hometown", "quê quán": "hometown", "sinh ra": "born",
    # sport
    "vua phá lưới": "top scorer", "chung kết": "final", "trận chung kết": "final", "á quân": "runner-up",
    "đội bóng": "team", "nhà vô địch": "champion", "giải bóng đá": "football tournament",
    "giải vô địch": "championship",
    # an "Olympic" of a school subject is an olympiad ("Olympic Vật lý": the physics olympiad)
    "olympic vật lý": "physics olympiad", "olympic toán": "mathematics olympiad",
    "olympic toán học": "mathematics olympiad", "olympic hóa học": "chemistry olympiad",
    "olympic sinh học": "biology olympiad", "olympic tin học": "informatics olympiad",
    "olympic tiếng nga": "russian language olympiad", "kỳ thi olympic": "olympiad",
    # institutions, becoming
    "phân viện": "branch", "chuyển thành": "turned into", "tổ chức nào": "which organisation",
    "các tổ chức": "organisations", "cơ quan nào": "which agency", "đơn vị nào": "which unit", "liên hiệp hội": "union of associations",
    # awards, decrees, elections
    "phần thưởng": "award", "danh hiệu": "title", "bằng khen": "certificate of merit", "sắc lệnh": "decree",
    "ủy nhiệm thư": "credentials", "điện chúc mừng": "congratulatory message", "phiếu bầu": "votes",
    "số phiếu": "votes", "phiếu": "votes", "sơ bộ": "preliminary", "nhận xét": "described",
    # households, floods and relief
    "hộ dân": "households", "hộ gia đình": "households", "vùng lũ": "flood", "ngập lụt": "flooding",
    "tiền ủng hộ": "donations", "nghiên cứu sinh": "postgraduates", "suất": "places",
    # music
    "nhạc cụ": "instrument", "nhạc trưởng": "conductor", "chỉ huy dàn nhạc": "conductor",
    "dàn nhạc giao hưởng": "symphony orchestra",
}

# single syllables above that, typed without diacritics, fold onto common syllables of names or
# other words ("Quế", "ghe" boat, "suat"): read only as written
VI_EVENTS_WRITTEN_ONLY = {"que", "ghe", "phieu", "suat"}

# Russian stems (4 letters or more, read with an ending after them)
RU_EVENTS_STEMS = {
    # banking, food, ports and ships
    "межбанковск": "interbank", "центробанк": "central bank", "сушен": "dried", "сушён": "dried",
    "заморожен": "frozen", "контейнеровоз": "container ship", "контейнерн": "container", "причал": "berth",
    "терминал": "terminal", "грузооборот": "cargo turnover", "корвет": "corvette", "крейсер": "cruiser",
    # opening and closing
    "закрыт": "closed", "закрыл": "closed", "закрыва": "close", "закро": "close",
    # commemorations and marches
    "бессмертн": "immortal", "полков": "regiment", "полковник": "colonel", "шестви": "march",
    # music
    "дирижир": "conducted", "дирижер": "conductor", "дирижёр": "conductor", "скрипк": "violin",
    "пианист": "pianist", "солист": "soloist", "певиц": "singer", "певец": "singer", "инструмент": "instrument",
    "филармони": "philharmonic",
    # calls, congratulations, awards, elections
    "звонк": "call", "позвонил": "phoned", "грамот": "certificate", "предварительн": "preliminary",
    # regions
    "ненецк": "nenets", "автономн": "autonomous",
    # households, relief, money
    "домохозяйств": "households", "благотворительн": "charity", "денежн": "money",
    "землячеств": "community", "бомбардир": "top scorer", "финал": "final",
}

RU_EVENTS_FORMS = {
    **{f: "regiment" for f in ("полк", "полка", "полку", "полком", "полке")},
    **{f: "families" for f in ("семья", "семьи", "семей", "семьям", "семьями", "семью")},
    **{f: "live" for f in ("живет", "живут", "живёт", "жил", "жила", "жили", "проживает", "проживают")},
    **{f: "choir" for f in ("хор", "хора", "хором")},
    **{f: "votes" for f in ("голосов", "голоса")}, **{f: "part" for f in ("часть", "части", "частью")},
    "от имени": "on behalf of", "имени": "named after",
    **{f: "assemble" for f in ("собирать", "собирают", "собирает", "соберут")},
}
