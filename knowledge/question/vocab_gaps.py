"""Everyday news words that Vietnamese and Russian questions ask with and the other vocabularies
lacked: verbs of using, flying, performing, commenting, showing and dying; the nouns of stage and
screen (a circus act, a documentary, a channel), of sport (a round, a stage, a minute, an
individual event), of offices (a chief representative, an organising committee, a branch), of
time (a school year, a peak, a term) and of things counted (dolls, boats, turbines, badges).
Merged into vocab_vi.VI_CONTENT and vocab_ru's stems and whole forms under the same conventions:
keys folded on import; a Russian stem is read with no more than an ending after it."""

from __future__ import annotations

VI_GAPS = {
    # asking a name or an end: "có tên là gì" (what is it called), "đến khi nào" (until when)
    "có tên là gì": "name what", "tên là gì": "name what", "có tên gì": "name what", "mang tên gì": "name what",
    "đến khi nào": "until when", "đến bao giờ": "until when", "cho đến khi nào": "until when",
    # using, flying, stopping, showing
    "dùng": "use", "bay": "fly", "bay vào vũ trụ": "flew into space", "ngừng": "suspended", "tạm ngừng": "suspended",
    "phát sóng": "broadcast", "được phát": "broadcast", "trình chiếu": "screened", "phát hiện": "discovered",
    "bảo quản": "storage", "bảo quản lạnh": "cold storage", "kho lạnh": "cold storage", "cắt băng": "cut the ribbon",
    "biểu tình": "protest", "kiêm nhiệm": "concurrently", "hài lòng": "satisfied", "tiến triển": "progress",
    "xã hội": "social", "khoa học xã hội": "social sciences", "tấn công": "attacked", "tình hình": "situation",
    # going and passing through ("từ Hà Nội đi Moskva", "gửi qua cơ quan nào"), more of a thing
    "đi": "to", "qua": "through", "thêm": "more", "dịch sang": "translated into", "tái đấu": "rematch", "hiện trường": "scene", "qua đời": "died", "từ trần": "died", "thiệt mạng": "killed", "bị thương": "injured", "tang lễ": "funeral",
    "ra lệnh": "ordered", "thua": "lost", "tỷ số": "score", "ghi bàn": "scored",
    # stage, screen, sport
    "tiết mục": "act", "xiếc": "circus", "phim tài liệu": "documentary", "kênh": "channel",
    "kênh truyền hình": "tv channel", "đài truyền hình": "television", "đài phát thanh": "radio",
    "diễn viên": "actor", "diễn viên chính": "lead actor", "nhảy cầu": "diving", "cá nhân": "individual",
    "vòng": "round", "loại hình": "forms", "hiện đại": "modern", "búp bê": "dolls", "hội sách": "book fair",
    "năm học": "academic year", "trưởng đại diện": "chief representative",
    "gồm": "include", "mắt": "eye", "tuổi": "age", "độ sâu": "depth", "thời hạn": "term", "hậu cần": "logistics",
    "điều kiện": "conditions", "sinh sống": "living", "chi tiêu": "spending", "trung bình": "average",
    "giá vé": "ticket price", "thu nhập": "income",
    # "đâu" after a verb asks a place as "ở đâu" does ("rơi xuống đâu"), after "nhờ vào" (thanks to) a cause;
    # "nhân" before an event or an anniversary marks it (read as "occasion" it would ask the occasion);
    # "nhà" before an activity names the one who does it
    "đâu": "where", "nhân": "marking", "xảy ra": "happened", "nhờ đâu": "why", "nhờ vào đâu": "why",
    "rơi": "crashed", "rơi xuống": "crashed", "rơi vào": "falls on", "rơi trúng": "hit", "nhờ vào": "thanks to",
    "nhân sự": "personnel", "thân nhân": "relatives",
    "học viên": "trainees", "đấu tranh": "struggles", "quyền lợi": "interests", "thể hiện": "shows",
    "nhà sản xuất": "producers", "nhà nhập khẩu": "importers", "nhà xuất khẩu": "exporters",
    "nhà cung cấp": "suppliers", "nhà phân phối": "distributors",
}
VI_GAPS_WRITTEN_ONLY = {"dung", "bay", "vong", "mat", "gom", "kenh", "xiec", "tuoi", "dau", "nhan", "roi"}

RU_GAPS_STEMS = {
    # dying, performing, commenting, showing, sharing
    "кончин": "death", "смерт": "death", "скончал": "died", "похорон": "funeral", "исполни": "performed",
    "исполня": "performed", "дирижирова": "conducted", "прокомментирова": "commented", "комментари": "comments",
    "изобража": "depicts", "показа": "showed", "показыва": "showed", "подели": "share", "свидетельству": "shows",
    "спроектирова": "designed", "распорядил": "ordered", "уполномоч": "authorised", "появил": "appeared",
    "обслужи": "served", "убежд": "convinced", "считае": "considers", "счита": "considered", "сыгра": "played",
    # stage, screen, sport, space
    "цирк": "circus", "скульптур": "sculpture", "космодром": "cosmodrome", "минут": "minute",
    "этап": "stage", "синхронн": "synchronised", "полет": "flight", "телебашн": "tv tower", "симпозиум": "symposium",
    "телеконференци": "teleconference", "видеоконференци": "videoconference", "оргкомитет": "organising committee",
    "футбольн": "football", "координационн": "coordinating", "патрульн": "patrol", "десантн": "landing",
    "турбин": "turbines", "матреш": "matryoshka", "значок": "badge", "значк": "badges",
    "корпункт": "bureau", "кластер": "cluster", "оператор": "operator", "индекс": "index", "электронн": "electronic",
    # people, offices, conditions
    "численност": "number", "благоприятн": "favourable", "услови": "conditions", "бесплатн": "free",
    "беспорядк": "riots", "милиционер": "police officers", "вердикт": "verdict",
    "заявк": "applications", "успех": "success", "рыболовств": "fisheries", "сооружени": "construction",
    "опоздани": "delay", "личн": "personal", "систем": "system",
    # awards and the stage ("лучшую женскую роль": best actress, "гран-при"), measures, permission
    "лучш": "best", "женск": "women", "мужск": "men", "комик": "comedians", "постановк": "staging",
    "номинаци": "category", "авиакатастроф": "plane crash", "глубин": "depth", "ширин": "width",
    "разреши": "allowed", "разрешени": "permission", "составе": "members",
}
RU_GAPS_FORMS = {
    **{f: "father" for f in ("отец", "отца", "отцу", "отцом", "отце")},
    **{f: "tsar" for f in ("царь", "царя", "царю", "царем", "царе")},
    **{f: "idea" for f in ("идея", "идеи", "идею", "идеей")},
    **{f: "time" for f in ("время", "времени", "временем")},
    **{f: "share" for f in ("делиться", "делится", "делятся")},
    **{f: "small" for f in ("малого", "малое", "малой", "малый", "малым", "малых")},
    **{f: "peak" for f in ("пик", "пика", "пике")},
    **{f: "corner" for f in ("уголок", "уголка", "уголке", "уголку")},
    **{f: "" for f in ("именно", "такими", "такая", "такой", "такие", "такое", "таких", "сделал", "сделали", "сделала")},
    # "принять участие" (to take part) is one verb, never "received" and a noun
    **{f"{v} участие": "participated" for v in ("принять", "принял", "приняла", "приняли", "примет", "примут",
                                                 "принимал", "принимала", "принимали", "принимает", "принимают")},
    "умер": "died", "умерла": "died", "манго": "mango",
    **{f: "grand prix" for f in ("гран при", "гран-при")},
    **{f: "earth" for f in ("земля", "земли", "земле", "землю")},
}
