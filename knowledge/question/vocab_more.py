"""More everyday news words for Vietnamese and Russian questions (sport, the sea and the navy,
flights and travel, money and figures, time, and the small verbs readers ask with), merged into
vocab_vi.VI_CONTENT and vocab_ru's stems and whole forms. Same conventions as there: keys are
folded on import; a Russian stem is read with no more than an ending after it."""

from __future__ import annotations

VI_MORE = {
    # sport
    "tỷ số": "score", "trận": "match", "trận giao hữu": "friendly match", "giao hữu": "friendly",
    "bàn thắng": "goal", "ghi bàn": "scored", "ghi bàn thắng": "scored goal", "thắng": "beat", "đánh bại": "beat", "thua": "lost",
    "người chiến thắng": "winner", "đoạt": "won", "giành": "won", "cầu thủ": "players", "sân vận động": "stadium",
    "câu lạc bộ": "club", "đội tuyển quốc gia": "national team",
    # the sea and the navy
    "thủy thủ": "sailors", "thủy thủ đoàn": "crew", "thuyền viên": "crew", "hạm đội": "fleet",
    "thái bình dương": "pacific", "hạm đội thái bình dương": "pacific fleet", "chỉ huy": "commander",
    "tàu khu trục": "destroyer", "tàu hải quân": "navy ships", "neo đậu": "anchored", "ghé thăm": "visit",
    "trên tàu": "on board", "trên các tàu": "on board ships", "trên những tàu": "on board ships", "biên đội": "flotilla", "cập": "docked",
    # flights and travel
    "chuyến bay thẳng": "direct flights", "thuê bao": "charter", "chuyến bay thuê bao": "charter flights",
    "thuê chuyến": "charter", "hãng": "company", "chở": "carry", "vận hành": "operate", "tuyến": "route",
    "nối": "linking", "lượng khách": "tourists",
    "liên bang": "federal", "viễn đông": "far east", "vùng viễn đông": "far east",
    # money and figures
    "có bao nhiêu": "how many", "có bao nhiêu tiền": "how much money", "tiền": "money", "số tiền": "amount", "bao nhiêu tiền": "how much money", "tốn bao nhiêu": "how much cost",
    "giá bao nhiêu": "how much price", "chi phí": "cost", "kinh phí": "funding", "trị giá": "worth", "tối đa": "up to", "lãi suất": "interest rate",
    "giá cước": "freight rate", "cước": "freight", "tấn": "tonnes", "khoảng": "about", "nửa": "half",
    "lượng": "volume", "tỷ lệ": "rate", "trung bình": "average", "tổng cộng": "total", "tổng": "total",
    "thời tiết": "weather", "vàng": "gold", "vé": "ticket", "giá vé": "ticket price", "giá vé máy bay": "air ticket price", "vé máy bay": "air ticket",
    # time
    "thời gian": "time", "vào thời gian nào": "when", "thời điểm": "time", "hôm nay": "today",
    "ngày mai": "tomorrow", "hôm qua": "yesterday", "kể từ": "since", "tính đến": "as of", "cuối": "end",
    "cả năm": "whole year", "mỗi tháng": "per month", "hằng tháng": "monthly", "mỗi tuần": "per week",
    "hằng tuần": "weekly", "hằng năm": "annually", "lần đầu": "first", "đến năm": "until",
    "phải không": "did", "có phải": "did", "đúng không": "did",
    # things and places
    "tượng": "statue", "bức tượng": "statue", "thực vật": "plant", "bảo vệ thực vật": "plant protection",
    "xe": "vehicles", "khẩu trang kháng khuẩn": "antibacterial masks", "kháng khuẩn": "antibacterial",
    "hoạt động": "activities", "kỹ thuật": "technical", "dịch vụ": "services", "dịch vụ công": "public services",
    "thanh tra": "inspectorate", "hiệp hội": "association", "dân thường": "civilians", "cơ sở": "basis",
    "vị trí": "position", "nhu cầu": "demand", "thủ tục": "procedures", "nguồn": "sources",
    "nguồn lực": "resources",
    # verbs and qualities readers ask with
    "mang lại": "bring", "đem lại": "bring", "giữ": "holds", "chức vụ gì": "what post", "chức vụ nào": "which post",
    "cương vị gì": "what post", "cương vị nào": "which post", "nhắc tới": "mentioned",
    "nhắc đến": "mentioned", "đề cập": "mentioned", "bằng cách nào": "how", "họp": "meeting",
    "gặp mặt": "meeting", "ghi nhận": "recorded", "trực tiếp": "direct", "có hiệu lực": "took effect",
    "hiệu lực": "force", "chính thức": "officially", "tài trợ": "funded", "đồng tài trợ": "co funded",
    "giới thiệu": "introduced", "tạo": "create", "thiết thực": "practical", "tập trung": "focus",
    "hiệu quả": "effective", "gia hạn": "extend", "mắc kẹt": "stranded", "sẵn sàng": "ready",
    "tiến trình": "process", "gộp": "pool", "xây": "build", "cân nhắc": "consider", "cảm thấy": "feel",
    "cảm nhận": "feel", "dự định": "plans", "quyết định": "decided", "cấp": "grants", "sơ tán": "evacuated",
    "di tản": "evacuated", "khi": "", "khoản": "", "hai": "two", "thứ hai": "thu hai", "bộ": "ministry", "từng": "ever", "công cuộc": "",
    "cho biết": "said", "chặt chẽ": "closely", "hệ thống": "system", "công bằng": "just", "tiếng nói": "voice",
    "đài tiếng nói việt nam": "voice of vietnam", "khcn": "science and technology", "mttq": "fatherland front",
    "ttxvn": "vietnam news agency", "qđnd": "people army", "đhqg": "national university", "đưa về nước": "flew home", "hồi hương": "repatriated",
}

# Russian stems (4 letters or more, read with an ending after them)
RU_MORE_STEMS = {
    # sport
    "забил": "scored", "забит": "scored", "товарищеск": "friendly", "выигра": "won", "обыгра": "beat",
    "проигра": "lost", "клуб": "club", "стадион": "stadium", "игрок": "players", "футболист": "players",
    # the sea and the navy
    "командова": "commanded", "командуе": "commands", "командуя": "commanding", "моряк": "sailors", "экипаж": "crew", "тихоокеанск": "pacific", "эсминец": "destroyer", "эсминц": "destroyer",
    "северн": "northern", "южн": "southern", "восточн": "eastern", "западн": "western", "балтийск": "baltic",
    "черноморск": "black sea", "вложи": "invested", "вкладыва": "invested", "отряд": "detachment", "пришвартова": "docked", "заход": "port call",
    # flights and travel
    "чартер": "charter", "бассеин": "basin", "делегат": "delegates", "установк": "rig", "ленинск": "lenin", "побыва": "visited", "приземли": "landed", "перевоз": "carry", "перевез": "carried", "пассажиропоток": "passengers",
    # money and figures
    "оценива": "valued", "предоставля": "provided", "предостави": "provided", "выделя": "grants",
    "выдели": "allocated", "средн": "average", "добыл": "produced", "добыт": "produced", "добыва": "produced",
    "разведочн": "exploration", "пробури": "drilled", "буров": "drilling", "раунд": "round",
    # verbs and nouns readers ask with
    "эвакуир": "evacuated", "эвакуаци": "evacuation", "продлени": "extension", "первоначальн": "original",
    "истека": "expired", "истекл": "expired", "мероприяти": "events", "провест": "hold", "подготови": "prepare",
    "готовил": "preparing", "вспомина": "recalled", "кампани": "campaign", "воздух": "air", "тренирова": "train",
    "профессиональн": "professional", "журналистик": "journalism", "отреагирова": "reacted",
    "ситуаци": "situation", "социальн": "social", "столиц": "capital", "китайск": "chinese",
    "сопровожда": "accompanied", "исполнительн": "executive", "заявк": "applications", "биологи": "biology",
    "госуслуг": "public services", "больш": "large", "связ": "ties", "связан": "related", "вручени": "presented",
    "приеха": "came", "принес": "brought", "собрал": "gathered", "стран": "countries", "страниц": "pages", "момент": "time",
    "европейск": "european", "американск": "american", "японск": "japanese", "корейск": "korean",
    "индийск": "indian", "азиатск": "asian", "тихоокеан": "pacific",
}

# whole forms: short words, acronyms and words whose stem would swallow other words
RU_MORE_FORMS = {
    **{f: "goal" for f in ("гол", "гола", "голы", "голом")}, **{f: "score" for f in ("счет", "счетом")},
    **{f: "place" for f in ("место", "места", "месте", "местом")},
    **{f: "is" for f in ("является", "являются", "являлся", "являлась", "являлось")},
    **{f: "two" for f in ("два", "две", "двух", "двум", "двумя")},
    **{f: "money" for f in ("деньги", "денег", "деньгами", "деньгах")},
    **{f: "term" for f in ("срок", "срока", "сроком", "сроки", "сроков")},
    **{f: "every" for f in ("каждыи", "каждая", "каждое", "каждую", "каждого", "каждом", "каждые")},
    **{f: "smart" for f in ("умныи", "умного", "умных", "умным", "умныи город")},
    **{f: "board" for f in ("коллегия", "коллегию", "коллегии", "коллегиеи")},
    **{f: "prize" for f in ("приз", "приза", "призом", "призы", "призов")},
    **{f: "agency" for f in ("орган", "органа", "органом", "органы", "органов")},
    **{f: "" for f in ("свои", "своя", "свое", "свою", "своего", "своему", "своем", "своеи", "своих", "своим",
                       "себя", "себе", "собои", "находится", "находятся", "находился", "находилась")},
    "сколько денег": "how much money", "сколько стоит": "how much cost", "сколько стоил": "how much cost",
    "сколько стоила": "how much cost", "сколько стоило": "how much cost", "сколько стоили": "how much cost",
    **{f"сколько {v}": "how much donated" for v in ("пожертвовал", "пожертвовала", "пожертвовали", "пожертвовало")},
    "на борту": "on board", "среди": "among", "по случаю": "on the occasion of", "в силу": "into force",
    "вице премьеры": "deputy prime ministers", "вице премьеров": "deputy prime ministers",
    "вице премьерами": "deputy prime ministers", "вице председатель": "vice chairman",
    "вице председателя": "vice chairman", "круглыи стол": "round table", "круглого стола": "round table",
    "круглом столе": "round table", "вид спорта": "sport", "виде спорта": "sport", "видах спорта": "sports",
    "видам спорта": "sports", "завтра": "tomorrow", "вчера": "yesterday", "раз": "time", "имеет": "has",
    "имеют": "has", "онлаин": "online", "саит": "website", "саиты": "websites", "саитов": "websites",
    "саитах": "websites", "флот": "fleet", "флота": "fleet", "флоту": "fleet", "флотом": "fleet", "флоте": "fleet",
    "авиа": "air", "кпв": "communist party", "кпсс": "communist party", "виа": "vietnam news agency",
    "сп": "joint venture", "россию": "russia", "россиеи": "russia", "россиею": "russia", "вьетнаму": "vietnam",
    "вьетнамом": "vietnam", "вьетнаме": "vietnam", "во главе": "headed by", "во главе с": "headed by",
    "число": "number", "год": "", "судов": "vessels", "срок деиствия": "term", "миа": "news agency", "билет": "ticket", "билета": "ticket", "билеты": "tickets",
    "билетов": "tickets", "вмс": "navy", "мчс": "emergencies ministry", "мвф": "imf", "всемирныи банк": "world bank",
}
