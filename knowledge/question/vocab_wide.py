"""Everyday Russian news words the other vocabularies lack: disasters and aid, building and
transport, money and law, the verbs of news reports (launched, allocated, joined, won), people and
institutions, qualities and places. Written out as a general news vocabulary, family by family,
not from the questions seen: a reader's question on an article nobody here has read uses words
like these, and a word left in Cyrillic finds no English sentence. Merged into vocab_ru's stems and
whole forms under the same conventions (keys folded on import; a stem is read with no more than an
ending after it; an entry already there wins)."""

from __future__ import annotations

# Russian stems (4 letters or more, read with an ending after them)
RU_WIDE_STEMS = {
    "сборник": "collection",  # a book of poems or papers, never the national team ("сборная")
    # disasters, accidents, aid
    "погиб": "killed", "гибел": "deaths", "жертв": "victims", "ранен": "injured", "пострада": "affected",
    "ущерб": "damage", "разрушен": "destroyed", "катастроф": "disaster", "авари": "accident",
    "крушени": "crash", "пожар": "fire", "землетрясени": "earthquake", "засух": "drought", "оползн": "landslide",
    "спасател": "rescuers", "спасени": "rescue", "пропавш": "missing", "эвакуирова": "evacuated",
    "гуманитарн": "humanitarian", "пожертвовани": "donations", "соболезновани": "condolences",
    "восстанов": "restore", "беженц": "refugees", "эпидеми": "epidemic", "пандеми": "pandemic",
    "заражени": "infections", "заболевани": "disease", "вирус": "virus", "карантин": "quarantine",
    # building, industry, transport
    "завод": "plant", "фабрик": "factory", "строительств": "construction", "построи": "build",
    "объект": "facility", "мост": "bridge", "дорог": "road", "автомагистрал": "highway",
    "шоссе": "highway", "тоннел": "tunnel", "метрополитен": "metro", "трамва": "tram", "автобус": "bus",
    "грузовик": "trucks", "грузоперевоз": "freight", "перевозк": "transport", "контейнер": "containers",
    "судн": "vessel", "вертолет": "helicopters", "истребител": "fighter jets",
    "танк": "tanks", "ракет": "missiles", "вооружен": "armed", "боеприпас": "ammunition",
    "оборудован": "equipment", "техник": "equipment", "технологи": "technology", "станци": "station",
    "энергоблок": "power unit", "реактор": "reactor", "скважин": "wells", "трубопровод": "pipeline",
    "мощност": "capacity", "спутник": "satellite", "запуск": "launch", "консорциум": "consortium",
    "тендер": "tender", "подрядчик": "contractor", "стажировк": "internship", "кадр": "personnel",
    "специалист": "specialists", "персонал": "staff", "сотрудник": "employees", "работник": "workers",
    "трудящ": "workers", "рабоч": "working", "мигрант": "migrants", "занятост": "employment",
    # money, law, politics
    "бюджет": "budget", "кредит": "loan", "заим": "loan", "долгов": "debt", "субсиди": "subsidies",
    "гарант": "guarantee", "доход": "revenue", "расход": "spending", "затрат": "costs",
    "тариф": "tariffs", "квот": "quota", "лиценз": "licence", "сертификат": "certificate",
    "облигаци": "bonds", "бирж": "exchange", "инфляци": "inflation", "санкци": "sanctions",
    "ограничени": "restrictions", "запрет": "ban", "упрощени": "simplification", "визов": "visa",
    "режим": "regime", "закон": "law", "указ": "decree", "постановлени": "resolution", "поправк": "amendments",
    "конституци": "constitution", "выбор": "election", "голосовани": "vote", "голос": "voice",
    "избира": "voters", "кандидат": "candidate", "депутат": "deputies", "парламент": "parliament",
    "оппозици": "opposition", "коррупци": "corruption", "мошенничеств": "fraud", "арестова": "arrested",
    "задержа": "detained", "подозрева": "suspects", "обвинени": "charges", "приговор": "sentence",
    "тюрьм": "prison", "полици": "police", "расследовани": "investigation", "следстви": "investigation",
    "преступлени": "crime", "террор": "terrorism", "спорн": "disputed", "суверенит": "sovereignty",
    "территори": "territory", "архипелаг": "archipelago", "акватори": "waters",
    # the verbs of news reports
    "выдели": "allocated", "выделен": "allocated", "запущ": "launched", "закупи": "bought",
    "приобре": "acquired", "присоедини": "joined", "присоединя": "joined", "возобнов": "resumed",
    "размести": "placed", "размещ": "placed", "завоева": "won", "выигра": "won", "проигра": "lost",
    "соверши": "made", "совершен": "made", "заключи": "concluded", "заключен": "concluded",
    "ратифицирова": "ratified", "одобрен": "approved", "утвержд": "approved", "отложи": "postponed",
    "отмен": "cancelled", "приостанов": "suspended", "прекрати": "stopped", "продли": "extended",
    "расшир": "expanded", "углуб": "deepen", "активизирова": "step up", "содейств": "assistance",
    "способств": "contribute", "курир": "oversees", "контролир": "controls", "руководи": "headed",
    "возглави": "headed", "назначен": "appointed", "избран": "elected", "уволен": "dismissed",
    "отставк": "resignation", "награди": "awarded", "удостоен": "awarded",
    "вручени": "presentation", "присуди": "awarded", "поприветствова": "welcomed", "осмотре": "toured",
    "ознакоми": "learned", "посети": "visited", "провед": "held", "проводи": "held", "организова": "organised",
    "обсужд": "discussed", "рассмотре": "considered", "изучи": "studied", "обменял": "exchanged",
    "подчеркива": "stressed", "заяви": "said", "отмети": "noted", "сообщи": "said", "признал": "acknowledged",
    "предупрежда": "warned", "призва": "called", "призыва": "called", "потребова": "demanded",
    "осуди": "condemned", "поддержива": "supports", "помога": "help",
    "помощ": "aid", "диплом": "diplomas", "аренд": "lease", "склад": "warehouse", "звани": "rank",
    "автозавод": "car plant", "машин": "cars", "общежити": "dormitory", "аппарат": "devices", "ивл": "ventilators",
    "символичн": "symbolic", "конфиск": "confiscate", "обязательств": "commitments", "остальн": "others",
    "турецк": "turkish", "турци": "turkey", "конкурс": "contest", "ремонт": "repair", "предусмотр": "envisaged", "договоренност": "agreements", "затрон": "raised", "прирост": "growth", "подал": "submitted", "вошл": "joined", "меша": "hinder", "танкер": "tanker", "препятств": "obstacles", "подари": "gave", "подарок": "gift",
    "подарк": "gifts", "пожертвова": "donated", "передан": "handed", "получен": "received",
    "отправлен": "sent", "доставле": "delivered", "импортирова": "imported",
    "экспортер": "exporters", "импортер": "importers", "производи": "produces", "выпуска": "produces",
    "разработа": "developed", "созда": "created", "основа": "founded", "открыва": "opens", "закры": "closed",
    "вернул": "returned", "возвращ": "return", "улете": "left", "покину": "left", "отбы": "departed",
    "пребыва": "stay", "находил": "was", "проживающ": "living", "учил": "studied", "учат": "study",
    "обучал": "studied", "окончил": "graduated", "стажирова": "trained", "преподава": "taught",
    "показан": "shown", "демонстрир": "showcased", "экспонат": "exhibits", "экспозиц": "exhibition",
    # people, institutions, publications
    "руководств": "leadership", "чиновник": "officials", "граждан": "citizens", "жител": "residents",
    "населен": "population", "общин": "community", "диаспор": "diaspora", "соотечественник": "compatriots",
    "ветеран": "veterans", "молодеж": "youth", "женщин": "women",
    "пенсионер": "pensioners", "профессор": "professor", "эксперт": "experts", "аналитик": "analysts",
    "консул": "consul", "посольств": "embassy", "представительств": "representative office",
    "штаб": "headquarters", "министерств": "ministry", "ведомств": "agency", "агентств": "agency",
    "комитет": "committee", "комисси": "commission", "совет": "council", "палат": "chamber",
    "администраци": "administration", "губернатор": "governor", "мэри": "city hall", "муниципал": "municipal",
    "издани": "publication", "журнал": "magazine", "статей": "articles", "интервью": "interview",
    "беседова": "talked", "бесед": "talk", "речь": "speech", "речи": "speech", "выступлени": "speech",
    "приветственн": "welcome", "послани": "message", "обращени": "address", "письм": "letter",
    "телеграмм": "message", "поздравлени": "congratulations",
    # qualities, time, place
    "пленарн": "plenary", "торжественн": "ceremony", "региональн": "regional", "местн": "local",
    "национальн": "national", "федеральн": "federal", "провинциальн": "provincial", "городск": "city",
    "высш": "highest", "высок": "high", "низк": "low", "крупнеиш": "largest", "важнеиш": "most important",
    "главн": "main", "основн": "main", "стратегическ": "strategic", "традиционн": "traditional",
    "историческ": "historic", "официальн": "official", "неофициальн": "unofficial", "рабоч": "working",
    "государственн": "state", "частн": "private", "взаимн": "mutual", "совместн": "joint",
    "ежегодн": "annual", "ежемесячн": "monthly", "еженедельн": "weekly", "ближаиш": "coming",
    "предстоящ": "upcoming", "будущ": "future", "нынешн": "current", "текущ": "current",
    "бывш": "former", "последн": "last", "очередн": "next", "перв": "first", "втор": "second",
    "столиц": "capital", "побереж": "coast", "границ": "border", "регион": "region", "област": "region",
    "район": "district", "уезд": "district", "деревн": "village", "остров": "island",
    "берег": "coast", "океан": "ocean", "озер": "lake",
}

# short words (under four letters) and phrases, in the forms a question writes them
RU_WIDE_FORMS = {
    **{f: "people" for f in ("люди", "людей", "людеи", "людям", "людьми", "людях", "человек", "человека")},
    **{f: "sea" for f in ("море", "моря", "морю", "морем", "морях")},
    **{f: "bridge" for f in ("мост", "моста", "мосту", "мостом", "мосты", "мостов")},
    **{f: "places" for f in ("место", "места", "мест", "местом", "месте", "местах")},
    **{f: "kinds" for f in ("вид", "вида", "виды", "видов", "видам")},
    **{f: "duma" for f in ("дума", "думы", "думе", "думу", "думой")},
    **{f: "river" for f in ("река", "реку", "реке", "рекой", "рек")},
    **{f: "house" for f in ("дом", "дома", "доме", "домом", "домов")},
    # the weekdays in the cases a date takes ("во вторник", "в среду", "в пятницу"): "вторник" is no "second"
    **{f: "monday" for f in ("понедельник", "понедельника", "понедельнику")},
    **{f: "tuesday" for f in ("вторник", "вторника", "вторнику")}, **{f: "wednesday" for f in ("в среду", "среды")},
    **{f: "thursday" for f in ("четверг", "четверга", "четвергу")},
    **{f: "friday" for f in ("пятница", "пятницу", "пятницы")},
    **{f: "saturday" for f in ("суббота", "субботу", "субботы")},
    **{f: "sunday" for f in ("воскресенье", "воскресенья")},
    **{f: "base" for f in ("база", "базы", "базу", "базе", "базои", "баз", "базами")},
    **{f: "mountain" for f in ("гора", "горы", "гору", "горе", "горои", "гор")},
    **{f: "most" for f in ("самыи", "самая", "самое", "самые", "самого", "самои", "самым", "самых", "самую")},
    **{f: "children" for f in ("дети", "детей", "детям", "детьми")},
    **{f: "honour" for f in ("честь", "чести")}, **{f: "degree" for f in ("степень", "степени")},
    # a project's "вторая очередь" is its second phase, far more often in news than a queue
    **{f: "phase" for f in ("очередь", "очереди", "очередью")}, "в свою очередь": "in turn",
    # where a trip or cargo goes ("точка назначения"), never an appointment to a post
    **{f"{a} {b}": "destination" for a in ("точка", "точки", "пункт", "пункта", "место", "места", "страна", "страны")
       for b in ("назначения",)},
    # grammar words and comparatives a question leaves unread otherwise ("может быть", "больше" is no "large")
    "быть": "be", "если": "if", "больше": "more", "меньше": "less", "более": "more", "менее": "less",
    **{f: "took" for f in ("занял", "заняла", "заняло", "заняли")},
    **{f: "same day" for f in ("того же дня", "тот же день", "в тот же день")}, **{f: "ended" for f in ("закончился", "закончилась",
                                                                           "завершился", "завершилась")},
    "в первую очередь": "first", "в честь": "in honour of", "за счет": "funded by", "в связи с": "over",
    "в результате": "as a result of", "по сравнению с": "compared with", "на высшем уровне": "summit",
    "железной дороге": "railway", "железная дорога": "railway", "железнои дороги": "railway",
    "железную дорогу": "railway", "внес вклад": "contributed", "внесла вклад": "contributed", "вклад": "contribution",
    **{f: "measures" for f in ("меры", "мер", "мерам", "мерами", "мерах")},
    **{f: "south china sea" for f in ("южно китаиское море", "южно китаиском море", "южно китаиского моря")},
    **{f: "east sea" for f in ("восточное море", "восточном море", "восточного моря")},
    **{f"{c} {e}": "purpose of " + eng for c in ("цель", "цели", "целью") for e, eng in (
        ("визита", "visit"), ("поездки", "trip"), ("встречи", "meeting"), ("приезда", "visit"), ("переговоров", "talks"))},
    "какои была": "what was", "какои было": "what was", "какои будет": "what will be",
    "сколько раз": "how many times", "как звали": "what was the name of", "как зовут": "what is the name of",
    **{f: "became" for f in ("стал", "стала", "стало", "стали")}, "шла речь": "discussed", "идет речь": "discussed", "пойдет речь": "discussed", "шаг": "step", "шаги": "steps", "шагов": "steps", "итог": "result", "итоги": "results", "итогам": "results",
}

# Vietnamese words of several syllables (matched folded too, so a question typed without diacritics
# reads the same; a phrase is far less ambiguous typed plain than one syllable)
VI_WIDE = {
    # disasters and aid
    "thiệt mạng": "killed", "tử vong": "deaths", "thiệt hại": "damage", "bị thương": "injured",
    "mất tích": "missing", "lũ quét": "flash floods", "sạt lở": "landslides", "động đất": "earthquake",
    "hỏa hoạn": "fire", "tai nạn": "accident", "cứu hộ": "rescue", "cứu nạn": "rescue", "nạn nhân": "victims",
    "khắc phục": "overcome", "hậu quả": "consequences", "chia buồn": "condolences", "điện chia buồn": "condolences",
    "thư chia buồn": "condolences", "điện mừng": "congratulatory message", "thư chúc mừng": "congratulatory letter",
    "phi công": "pilots", "dịch bệnh": "epidemic", "đại dịch": "pandemic",
    # building, industry, transport
    "xe tải": "trucks", "xe buýt": "buses", "ô tô": "cars", "tổ máy": "unit", "vận hành": "operation",
    "đưa vào vận hành": "put into operation", "đưa vào hoạt động": "put into operation", "khởi công": "started construction",
    "khánh thành": "inaugurated", "hoàn thành": "completed", "công trình": "project", "nhà máy điện": "power plant",
    "đường sắt": "railway", "đường cao tốc": "expressway", "cây cầu": "bridge", "bến cảng": "port",
    "tàu chiến": "warships", "tàu ngầm": "submarines", "máy bay chiến đấu": "fighter jets", "trực thăng": "helicopters",
    "vũ khí": "weapons", "khí tài": "equipment", "thiết bị": "equipment", "công nghệ": "technology",
    # politics, law, money
    "biện pháp": "measures", "giải pháp": "solutions", "chính sách": "policy", "lệnh trừng phạt": "sanctions",
    "trừng phạt": "sanctions", "hạn chế": "restrictions", "lệnh cấm": "ban", "miễn thị thực": "visa exemption",
    "thị thực": "visa", "bầu cử": "election", "ứng cử viên": "candidate", "quốc hội": "national assembly",
    "hiến pháp": "constitution", "nghị định": "decree", "nghị quyết": "resolution", "luật pháp": "law",
    "tham nhũng": "corruption", "lừa đảo": "fraud", "bắt giữ": "arrested", "điều tra": "investigation",
    "ngân sách": "budget", "khoản vay": "loan", "tín dụng": "credit", "lãi suất": "interest rate",
    "lạm phát": "inflation", "tỷ giá": "exchange rate", "doanh thu": "revenue", "lợi nhuận": "profit",
    "chi phí": "costs", "thuế quan": "tariffs", "hạn ngạch": "quota",
    # meetings and reports
    "toàn thể": "plenary", "phiên toàn thể": "plenary session", "phiên họp toàn thể": "plenary session",
    "chủ trì": "chaired", "đồng chủ trì": "co-chaired", "phát biểu": "speech", "bài phát biểu": "speech",
    "diễn văn": "speech", "trả lời phỏng vấn": "interview", "phỏng vấn": "interview", "họp báo": "press conference",
    "tuyên bố chung": "joint statement", "thông cáo": "communique", "đề xuất": "proposed", "kiến nghị": "recommended",
    "hoãn lại": "postponed", "trì hoãn": "postponed", "hủy bỏ": "cancelled", "gia hạn": "extended",
    "mở rộng": "expand", "tăng cường": "strengthen", "thúc đẩy": "promote", "so với": "compared with",
    "năm trước": "previous year", "cùng kỳ": "same period", "nhiều nhất": "most", "lớn nhất": "largest",
    "đầu tiên": "first", "cuối cùng": "last", "địa điểm": "sites", "di tích": "relics", "bảo tàng": "museum",
    "tượng đài": "monument", "nghĩa trang": "cemetery", "đặt vòng hoa": "laid wreath", "dâng hương": "offered incense",
    # people and places
    "người dân": "residents", "cư dân": "residents", "công dân": "citizens", "kiều bào": "overseas vietnamese",
    "cộng đồng": "community", "thanh niên": "youth", "phụ nữ": "women", "trẻ em": "children",
    "chuyên gia": "experts", "kỹ sư": "engineers", "công nhân": "workers", "người lao động": "workers",
    "giáo sư": "professor", "tiến sĩ": "doctor", "thủ đô": "capital", "bờ biển": "coast", "hòn đảo": "island",
    "quần đảo": "archipelago", "biên giới": "border", "khu vực": "region", "địa phương": "locality",
}
