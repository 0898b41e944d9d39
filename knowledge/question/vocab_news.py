"""Still more everyday news words for Vietnamese and Russian questions: degree and rank, comparison,
the small function words that relate things ("thuộc", "đối với"), decisions and their changes
(postponed, resumed, approved), praise and feeling, places and times, people at work, the sea, money
owed and paid. Merged into vocab_vi.VI_CONTENT and vocab_ru's stems and whole forms, with the same
conventions (keys folded on import; a one-syllable Vietnamese word is read only in lower case; a
Russian stem with no more than an ending after it)."""

from __future__ import annotations

VI_NEWS = {
    # degree, rank, comparison
    "hơn": "more", "lớn hơn": "larger", "nhiều hơn": "more", "lớn nhất": "largest", "cao nhất": "highest",
    "nhất": "most", "lớn": "large", "nhỏ": "small", "đứng thứ": "ranked", "xếp thứ": "ranked", "thứ nhất": "first",
    "tổng số": "total", "tổng cộng": "total", "gần": "nearly", "kỷ lục": "record", "bao nhiêu năm": "how many years",
    "mấy năm": "how many years",
    # a title's first deputy, which Vietnamese writes after it ("Phó Chủ tịch thứ nhất")
    "phó chủ tịch thứ nhất": "first deputy chairman", "phó thủ tướng thứ nhất": "first deputy prime minister",
    "thứ trưởng thứ nhất": "first deputy minister", "phó thống đốc thứ nhất": "first deputy governor",
    "phó thị trưởng thứ nhất": "first deputy mayor", "phó tổng giám đốc thứ nhất": "first deputy director general",
    # words that relate things
    "thuộc": "of", "đối với": "towards", "như": "as", "riêng": "separate", "lẫn nhau": "mutual",
    "cùng có lợi": "mutually beneficial", "cụ thể": "concrete", "bước": "steps", "tiếp tục": "continue",
    # decisions and their changes
    "phê duyệt": "approved", "chấp thuận": "approved", "từ chối": "refused", "hoãn": "postponed",
    "trì hoãn": "delayed", "hủy": "cancelled", "thay đổi": "changed", "chuẩn bị": "preparations",
    "tiến hành": "conducted", "chấm dứt": "ended", "tạm dừng": "suspended", "nối lại": "resumed",
    "cắt giảm": "cut", "miễn": "exempt", "ưu đãi": "preferential", "khởi xướng": "initiated", "ra đời": "founded",
    "khắc phục": "overcome", "tái thiết": "reconstruction", "quyên góp": "donated", "bàn giao": "handed over",
    "nhận": "received", "gửi": "sent", "gửi lời": "conveyed", "chuyển lời": "conveyed", "lời chào": "greetings",
    "hỏi thăm": "regards", "trả": "paid", "trả lời": "replied", "nhận định": "assessed", "nhận thấy": "noted",
    "nhận lời": "accepted", "bước ngoặt": "turning point", "bước đầu": "initial", "khoản nợ": "debt", "trả nợ": "debt repayment", "tiền thuê": "rent",
    # praise, concern, feeling, manner
    "khen ngợi": "praised", "ca ngợi": "praised", "biểu dương": "commended", "tôn vinh": "honour",
    "vinh danh": "honoured", "tri ân": "gratitude", "tưởng nhớ": "commemorate", "quan tâm": "interest",
    "lo ngại": "concern", "quan ngại": "concern", "cảnh báo": "warned", "khuyến nghị": "recommended",
    "tình cảm": "affection", "nồng nhiệt": "warm", "nhiệt liệt": "warmly", "trọng thị": "solemn",
    "long trọng": "solemn", "thân mật": "cordial", "cởi mở": "open", "thẳng thắn": "frank", "bình đẳng": "equality",
    "tôn trọng": "respect", "hàng đầu": "leading", "chủ chốt": "key", "then chốt": "key", "trọng tâm": "focus",
    "chú trọng": "focus", "hình thức": "format", "khái quát": "overview", "biểu tượng": "symbol",
    "lâu dài": "long term", "thường xuyên": "regular", "định kỳ": "regular", "cấp nhà nước": "state level",
    "gợi nhớ": "reminded", "có mặt": "present",
    # people, their work and living
    "công nhân": "workers", "kỹ sư": "engineers", "sinh sống": "live", "chi nhánh": "branch",
    "bàn tròn": "round table", "điều phối": "coordinating", "bách khoa": "polytechnic", "kỷ niệm chương": "insignia",
    "bộ": "ministry", "toàn bộ": "all", "bộ phận": "unit", "chuyến đi": "trip", "dịp": "occasion", "khai thác chuyến bay": "operates flights",
    "khai thác đường bay": "operates route", "khai thác tuyến": "operates route",
    # a reason asked with its noun: "vì lý do gì" (for what reason), "nhằm mục đích gì" (for what purpose)
    "vì lý do gì": "why", "vì lý do nào": "why", "lý do gì": "what reason", "nhằm mục đích gì": "why",
    "với mục đích gì": "why", "mục đích gì": "what purpose",
    # the sea, land and places
    "hộ tống": "escorted", "tàu buôn": "merchant ships", "vịnh": "gulf", "tuần tra": "patrol", "cướp biển": "piracy",
    "hải tặc": "pirates", "an toàn": "safety", "bảo vệ": "protect", "tai nạn": "accident", "thương vong": "casualties",
    "thiệt hại": "damage", "hàng hải": "maritime", "tự do hàng hải": "freedom of navigation", "biển": "sea",
    "đảo": "island", "quần đảo": "archipelago", "sông": "river", "rừng": "forest", "lãnh thổ": "territorial",
    "toàn vẹn lãnh thổ": "territorial integrity", "nông thôn": "rural", "đô thị": "urban", "trụ sở": "headquarters",
    "tòa nhà": "building", "khách sạn": "hotel", "quảng trường": "square", "công viên": "park",
    "đài tưởng niệm": "memorial", "nghĩa trang": "cemetery", "căn cứ": "base", "khí đồng hành": "associated gas",
    "đông nam á": "southeast asia",
    # time
    "cột mốc": "milestone", "mốc": "milestone", "chặng đường": "journey", "hành trình": "journey",
    "kỷ nguyên": "era", "thời kỳ": "period", "thời đại": "era", "thập kỷ": "decades", "thế kỷ": "century",
    "đầu năm": "early", "cuối năm": "end of the year", "cuối cùng": "final",
}
# one-syllable words above that fold like a name or a place ("Nhân", "Nhật", "Vịnh", "Huy", "Đào",
# "Chương"): read only as written with diacritics
VI_NEWS_WRITTEN_ONLY = {"nhan", "nhat", "vinh", "huy", "dao", "song", "nhu", "tra", "mien", "hoan", "bien"}

RU_NEWS_STEMS = {
    "выплачива": "pays", "выплати": "paid", "выплат": "payments", "повестк": "agenda", "событи": "event", "инспектор": "inspectors",
    "проректор": "vice rector", "свиноферм": "pig farms", "свиновод": "pig farming", "довест": "bring",
    "землетрясени": "earthquake", "кубометр": "cubic metres", "баррел": "barrels", "мегаватт": "megawatts",
    "гигаватт": "gigawatts", "космонавт": "cosmonaut", "отложи": "postponed", "отлож": "postponed",
    "перенесл": "postponed", "перенес": "postponed", "отмени": "cancelled", "возобнови": "resumed",
    "приостанови": "suspended", "одобри": "approved", "утверди": "approved", "отказа": "refused",
    "похвал": "praised", "высоко оцени": "appreciated", "предупреди": "warned", "озабоченност": "concern",
    "обеспокоенност": "concern", "пират": "pirates", "патрулир": "patrol", "сопровожден": "escort",
    "конво": "convoy", "залив": "gulf", "остров": "island", "архипелаг": "archipelago", "штаб": "headquarters",
    "гостиниц": "hotel", "кладбищ": "cemetery", "мемориал": "memorial", "крупнейш": "largest",
    "наибольш": "largest", "рекорд": "record", "рекордн": "record", "столети": "century", "десятилети": "decades",
    "эпох": "era", "конкретн": "concrete", "взаимн": "mutual", "взаимовыгодн": "mutually beneficial",
    "армеиск": "army",  # "Армейские игры": the Army Games
}
RU_NEWS_FORMS = {
    **{f: "masks" for f in ("маска", "маски", "масок", "маскам", "масками", "масках")},
    **{f: "debt" for f in ("долг", "долга", "долгу", "долгом", "долги", "долгов", "долгам")},
    **{f: "results" for f in ("итог", "итоги", "итогам", "итогах", "итогов", "итогами")},
    **{f: "study" for f in ("учится", "учатся", "учился", "училась", "учились", "учиться")},
    **{f: "want" for f in ("хотят", "хотим", "хотели", "хотела")},
    **{f: "children" for f in ("дети", "детеи", "детям", "детьми")},
    **{f: "fire" for f in ("пожар", "пожара", "пожаре", "пожары", "пожаров")},
    "по итогам": "following",
    # figures written short, and a year or day asked as a limit ("до какого года": by what year)
    "млрд": "billion", "млн": "million", "тыс": "thousand", "трлн": "trillion",
    "до какого года": "by what year", "к какому году": "by what year", "с какого года": "since what year",
    "до какого числа": "until what date", **{f: "red cross" for f in ("красныи крест", "красного креста", "красному кресту",
                                                          "красным крестом", "красном кресте")},
}
