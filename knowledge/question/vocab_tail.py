"""The long tail of everyday news words for Vietnamese and Russian questions: foreign countries,
parts of the day, ceremonies at sea and on land, reserves and barrels, relief, lodging, the verbs
of joining and leaving, and the small words readers ask with. Found by reading which words of
readers' Vietnamese and Russian questions were left untranslated, then written out as whole
families (all parts of the day, all flag ceremonies), not as the words seen. Merged into
vocab_vi.VI_CONTENT and vocab_ru's stems and whole forms under the same conventions: keys folded
on import; a Russian stem is read with no more than an ending after it."""

from __future__ import annotations

VI_TAIL = {
    # countries and regions (Hàn Quốc is the Republic of Korea, Triều Tiên the DPRK: never a bare "Korea")
    "nhật bản": "japan", "hàn quốc": "south korea", "triều tiên": "north korea", "bắc triều tiên": "north korea",
    "châu á": "asia", "châu âu": "europe", "châu phi": "africa", "đông nam á": "southeast asia",
    "phương đông": "eastern", "phương tây": "western", "cộng hòa": "republic",
    # parts of the day and of time
    "buổi sáng": "morning", "sáng": "morning", "buổi chiều": "afternoon", "chiều": "afternoon",
    "buổi tối": "evening", "tối": "evening", "buổi trưa": "noon", "ban đêm": "night", "trong ngày": "same day",
    "ngay trong ngày": "same day", "tháng mấy": "which month", "năm thứ": "year", "lần cuối": "last time",
    "lần cuối cùng": "last time", "khởi hành": "departed", "hạ cánh": "landed", "cất cánh": "took off",
    # ceremonies, ships and the military
    "hạ cờ": "flag lowering", "thượng cờ": "flag raising", "kéo cờ": "flag raising", "hạ thủy": "launched",
    "quân cảng": "naval port", "giàn khoan": "rig", "cựu chiến binh": "veterans", "chính đảng": "parties",
    # oil, goods and money
    "trữ lượng": "reserves", "thùng": "barrel", "đánh giá lại": "revised", "điều chỉnh": "revised",
    "tiền thuê": "rent", "trưng bày": "displayed", "bức tranh": "painting", "tranh": "painting",
    "đặt phòng": "booked", "khách sạn": "hotel",
    # relief and emergencies
    "khẩn cấp": "emergency", "lều": "tents", "chiếc lều": "tents", "hàng cứu trợ": "relief", "bão": "storm",
    "lũ lụt": "floods", "thiên tai": "disaster",
    # people
    "thí sinh": "contestants", "quan chức": "official", "liên ngành": "interagency", "tỉnh trưởng": "governor",
    "nội vụ": "internal affairs",
    # verbs and qualities readers ask with
    "rút khỏi": "withdraw", "rút": "withdraw", "gia nhập": "join", "trở thành": "become", "hướng tới": "aims",
    "gợi lại": "evoked", "vun đắp": "nurtured", "dừng": "halt", "chấp nhận": "acceptable",
    "thuận lợi": "favourable", "thế mạnh": "strengths", "bền lâu": "lasting", "lâu dài": "long term",
    "mối quan hệ": "relations", "theo lời": "according to", "dưới hình thức": "in the form of",
    "lời cảm ơn": "thanks", "xin lỗi": "apologised", "tiếp kiến": "received", "kỷ niệm lần thứ": "anniversary",
    # bans and their lifting, vaccines, screenings, prizes and school subjects, where to and how often
    "lệnh cấm": "ban", "cấm": "ban", "lệnh": "order", "tạm ngừng": "suspension", "dỡ bỏ": "lifted",
    "tiêm": "vaccination", "mũi": "doses", "mũi tiêm": "doses", "cách nhau": "apart", "phần lớn": "most",
    "trình chiếu": "screened", "xem": "watch", "nhà hát lớn": "opera house", "giải nhất": "first prize",
    "giải": "prize", "vật lý": "physics", "hóa học": "chemistry", "toán học": "mathematics",
    "chuyên ngành": "specialised", "tiến bộ": "progress", "đáng kể": "significant", "loại": "type",
    "bầu lại": "re elected", "dạ hội": "gala", "cổng": "portal", "sử dụng": "use", "đồng hương": "compatriots",
    "buổi lễ": "ceremony", "một lần": "once", "đến đâu": "where", "tới đâu": "where", "lũ": "floods",
    "lụt": "floods", "đoàn tàu": "convoys", "diện tích": "area", "người": "people",
    "sống": "live", "sinh sống": "live", "định cư": "settled",
    "kilôgam": "kilogram", "ki lô gam": "kilogram", "cá tra": "pangasius", "cá basa": "basa",
    # naming, nominating and serving as; badges, rankings, complexes; transit and what a trip takes
    "làm": "as", "đề cử": "nominated", "tên": "name", "đổi tên": "renamed", "đổi sang tên": "renamed",
    "mang tên": "named", "huy hiệu": "badge", "ngôi sao": "star", "tổ hợp": "complex", "quá cảnh": "transit", "mất bao lâu": "how long",
    "thư mừng": "congratulatory letter", "liên nghị viện": "inter parliamentary", "hạ cánh xuống": "landed at",
    "tàu buôn": "merchant ships", "thuê": "rent", "giá vé": "fare", "vé": "ticket",
    "do ai": "by who", "bằng": "with", "những ngày": "days", "đứng thứ mấy": "what rank",
    "xếp thứ mấy": "what rank", "đứng thứ bao nhiêu": "what rank",
}

# single syllables above that, typed without diacritics, fold onto common name syllables
# ("dừng" stop / Dũng, "rút" / Rút, "tối" / Tới): read only as written
VI_TAIL_WRITTEN_ONLY = {"dung", "rut", "toi", "sang", "chieu", "tranh", "bao", "leu", "thung", "song", "giai", "cam",
                        "mui", "cong", "lu", "lam", "ten", "ve", "bang"}

# Russian stems (4 letters or more, read with an ending after them)
RU_TAIL_STEMS = {
    # leaving, joining, forecasting, explaining
    "выход": "withdrawal", "вышл": "withdrew", "вышел": "withdrew", "отказыва": "abandoning", "отказал": "abandoned",
    "отклони": "rejected", "объясни": "explained", "объясня": "explained", "прогнозир": "forecast",
    "прогноз": "forecast", "рассчитыва": "expected", "ожида": "expected", "подписа": "signed",
    "вступил": "entered", "вступлен": "accession", "установлен": "established", "сослал": "cited",
    # people and bodies
    "чиновник": "officials", "межведомствен": "interagency", "межправкомисси": "intergovernmental commission",
    "генконсульств": "consulate general", "информационн": "news", "иностранн": "foreign",
    # things and figures
    "модернизаци": "modernisation", "молод": "young", "всемирн": "world", "эмоци": "emotions",
    "фотограф": "photos", "автор": "author", "отдых": "holiday", "прожива": "live",
    "экспортиру": "export", "отправил": "sent", "отправл": "sent", "профинансир": "financed",
    "представлен": "displayed", "зрител": "spectators", "привлека": "attracts", "особ": "special",
    "вниман": "attention", "уделя": "pays", "рекомендаци": "recommendations", "тщательн": "carefully",
    "дальнеиш": "further", "зимн": "winter", "трехдневн": "three day", "двухдневн": "two day",
    "пятиднев": "five day", "прям": "direct",
    # what came before, experience, trials and finals, subjects, screenings, ports of call, moving abroad
    "предыдущ": "previous", "опыт": "experience", "пилотн": "pilot", "физик": "physics", "финальн": "final",
    "инженер": "engineers", "флаг": "flags", "бухт": "bay", "оперн": "opera", "орбит": "orbit",
    "продвига": "promotes", "рубеж": "abroad", "сотруднича": "cooperate", "происход": "happened",
    "длин": "length", "площад": "area", "показыва": "shown", "покаж": "shown", "ключев": "key",
    "обменива": "exchange", "замени": "replaced", "эвакуир": "evacuated", "новогодн": "new year",
    "представи": "presented", "зашл": "called", "зашел": "called", "экспортирова": "export", "опор": "pillars",
    # verbs whose other tenses change their stem ("подписать": "подпишут", "достиг": "достичь"), and
    # flying, beginning, using, running, sending, calling, playing a role
    "подпиш": "signed", "достич": "reached", "лета": "fly", "нача": "begin", "начн": "begin",
    "использова": "use", "управля": "runs", "направи": "sent", "направл": "sent", "позвони": "called",
    "игра": "plays", "выступивш": "perform", "владел": "owners", "ресторан": "restaurants",
    "транзитн": "transit", "погранпереход": "border crossings", "собрани": "assembly",
}

RU_TAIL_FORMS = {
    **{f: "five" for f in ("пять", "пяти")}, **{f: "nine" for f in ("девять", "девяти")},
    **{f: "ten" for f in ("десять", "десяти")}, **{f: "one" for f in ("одна", "один", "одно", "одну", "одного")},
    **{f: "free trade zone" for f in ("зст",)}, **{f: "pays" for f in ("дает", "дают")},
    **{f: "young people" for f in ("молодых людеи", "молодые люди", "молодежь", "молодежи")},
    **{f: "last" for f in ("продлится", "продлятся")}, **{f: "lasted" for f in ("продлился", "продлилась", "продлились")},
    "интервью": "interview", "них": "them", "ними": "them", "президентов": "presidents", "гала": "gala",
    # bodies Russian names by their initials
    "оияи": "joint institute for nuclear research", "снг": "commonwealth of independent states", "тасс": "tass",
    "вто": "world trade organization", "рф": "russian federation", "сша": "united states", "ес": "european union",
    "мгу": "moscow state university", "рфпи": "russian direct investment fund",
    # the year as the reader counts it ("в 2014 году" is the year written; these name it otherwise)
    **{f: "this year" for f in ("в этом году", "в текущем году", "в нынешнем году")},
    **{f: "last year" for f in ("в прошлом году", "в минувшем году")}, "в следующем году": "next year",
    "тур": "round",
    **{f: "year" for f in ("год", "годом")}, **{f: "moscow region" for f in ("подмосковье", "подмосковья", "подмосковью")},
    **{f: "board" for f in ("совет директоров", "совета директоров", "совете директоров", "советом директоров")},
    "ржд": "russian railways", "рцнк": "russian centre of science and culture",
    # reaching a level ("вышли на уровень" is no withdrawal), the start of something, a span of dates
    **{f"{v} на": "reached" for v in ("вышли", "вышел", "вышла", "выйти", "выходит", "выйдет", "выйдут")},
    **{f: "start" for f in ("начале", "начало", "началом")},
    "с какого по какое число": "from what date to what date", "с какого числа": "from what date",
}
