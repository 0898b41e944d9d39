"""Everyday words of feeling and doing that a Vietnamese or Russian reader asks with and the older
vocabularies lacked (issue 10, dev94 round): liking and hoping, carrying and earning, advising and
honouring, moods and atmospheres, contests, members named by their "-viên", tens and hundreds of a
thing, blockades, deals and purchases, demand, exactness. Written as whole families of the
language, never as the words of particular questions; merged under vocab_common's conventions
(keys folded on import; a one-syllable Vietnamese word is read only in lower case; a Russian stem
with no more than an ending after it; a word the older tables already map keeps their reading)."""

from __future__ import annotations

VI_MOODS = {
    # liking, hoping, showing, causing
    "thích": "like", "yêu thích": "loves", "ưa chuộng": "favour", "ưa thích": "favourite", "khác": "other",
    "cho thấy": "showed", "chứng tỏ": "showed", "khiến": "made", "khiến cho": "made",
    "đến viếng": "pay tribute to", "tới viếng": "pay tribute to", "vào viếng": "pay tribute to",
    # moods and atmospheres ("không khí" is air, "khí" gas: the phrase first)
    "không khí": "atmosphere", "bầu không khí": "atmosphere", "không khí lễ hội": "festive mood",
    "rộn ràng": "festive", "náo nhiệt": "festive", "tâm trạng": "mood", "hân hoan": "joyful",
    "phấn khởi": "excited", "chính xác": "exactly", "cụ thể": "specifically",
    # contests and members by their "-viên"
    "dự thi": "compete", "thi đấu": "compete", "tranh tài": "compete", "cuộc thi": "contest",
    "thí sinh": "contestants", "kiểm toán viên": "auditors", "hướng dẫn viên": "guides",
    "điều tra viên": "investigators", "quan sát viên": "observers", "biên tập viên": "editors",
    "phát thanh viên": "announcers", "tiếp viên": "attendants", "thuyền viên": "crew",
    "nghiên cứu viên": "researchers", "giảng viên": "lecturers", "huấn luyện viên": "coach",
    "vận động viên": "athletes", "diễn viên": "actors", "phóng viên": "reporters", "hội viên": "members",
    # amounts: tens and hundreds of, key goods, earning, deals
    "hàng chục": "tens of", "hàng trăm": "hundreds of", "hàng nghìn": "thousands of", "hàng ngàn": "thousands of",
    "hàng triệu": "millions of", "chủ lực": "key", "chủ chốt": "key", "thu về": "earned", "mang về": "earned",
    "thương vụ mua": "purchase", "thương vụ mua lại": "acquisition", "thương vụ mua bán": "deal",
    "thông qua những gì": "through what", "thông qua gì": "through what", "thông qua cái gì": "through what",
    # war and its aftermath, codes of conduct
    "phong tỏa": "blockade", "bao vây": "siege", "chiến tranh hóa học": "chemical war",
    "vũ khí hóa học": "chemical weapons", "bộ quy tắc ứng xử": "code of conduct", "quy tắc ứng xử": "code of conduct",
    "bộ quy tắc": "code", "thắng lợi": "victory", "trước hết": "first of all", "nhờ vào": "thanks to",
    # running, standing ahead, suspects, specialised schools, broadcasters
    "giải chạy": "race", "cuộc chạy": "race", "đứng trước": "ahead of", "đối tượng": "suspect",
    "trường chuyên": "specialised school", "đài": "station", "hai đài": "two broadcasters", "đài loan": "taiwan",
}

RU_MOODS_STEMS = {
    # carrying, earning, advising, honouring, hoping
    "несл": "carried", "несущ": "carrying", "принос": "earned", "принес": "earned", "заработ": "earned",
    "рекомендова": "advised", "рекомендаци": "recommendation", "посоветова": "advised",
    "почита": "honoured", "увековеч": "commemorates", "надеют": "hope", "надеял": "hoped",
    "надеетс": "hopes", "надежд": "hope",
    # moods, demand, deals, kit, tens, farm goods
    "праздничн": "festive", "настроени": "mood", "атмосфер": "atmosphere", "спрос": "demand",
    "сделк": "deal", "покупк": "purchase", "приобретени": "acquisition", "комплект": "sets",
    "десятк": "tens", "сельхозпродукци": "farm products", "сельхозпродукт": "farm products",
    "сельхозтовар": "farm goods", "сельскохозяйственн": "farm",
    # seeking, strengthening, doubling, spotting, arriving, leaving
    "стремит": "seeks", "стремл": "seeks", "усилени": "strengthening", "удвои": "double", "удвоени": "doubling",
    "заметил": "spotted", "застрял": "stuck", "затоплен": "flooded", "атакова": "attacked", "отъезд": "departure",
    "поступил": "arrived", "взима": "charged",
    # things and people: nicknames, sizes, sections, submarines, components, rods, flowers, snakes
    "прозвищ": "nickname", "размер": "size", "секци": "section", "подлодк": "submarine", "комплектующ": "components",
    "стержн": "rods", "цветок": "flower", "цветк": "flower", "змея": "snake", "змеи": "snake", "змее": "snake",
    "бизнесмен": "businessmen", "кибератак": "cyberattacks", "информагентств": "news agency",
    "единственн": "only", "сплоченност": "solidarity", "подпольн": "underground",
    # sport and seasons; month adjectives ("сентябрьского визита", "Октябрьской революции")
    "полуфинал": "semi final", "биатлон": "biathlon", "танков": "tank", "осенн": "autumn", "весенн": "spring",
    "зимн": "winter", "январск": "january", "февральск": "february", "мартовск": "march", "апрельск": "april",
    "июньск": "june", "июльск": "july", "августовск": "august", "сентябрьск": "september",
    "октябрьск": "october", "ноябрьск": "november", "декабрьск": "december",
}
RU_MOODS_FORMS = {
    "нес": "carried", "несут": "carry", "несет": "carries", "нести": "carry",
    "многие": "many", "многих": "many", "многим": "many", "многими": "many",
    "чтят": "honoured", "чтит": "honours", "чтить": "honour", "чтут": "honour", "именно": "exactly",
    "носит": "holds", "носят": "hold", "около": "about", "сутки": "day", "суток": "day", "сверх": "above",
    "цветы": "flowers", "цветов": "flowers", "цветами": "flowers", "усилят": "strengthen", "усилит": "strengthen",
    "усилить": "strengthen", "интернешнл": "international",
    "ии": "ai", **{f"искусственн{a} интеллект{b}": "artificial intelligence"
                   for a, b in (("ыи", ""), ("ого", "а"), ("ому", "у"), ("ым", "ом"), ("ом", "е"))},
}
