"""Vietnamese and Russian question words, verbs, roles and particles, each mapped to the English
words the rest of the engine reads (folded on import, longest phrases first)."""

from __future__ import annotations

from knowledge.names import fold


VI_PHRASES = {
    # question words
    "là ai": "who is", "là người nào": "who is", "ai là người": "who", "người nào": "who",
    "của ai": "whose", "cho ai": "to whom", "ra sao": "how", "để làm gì": "why",
    "đi đâu": "where", "từ đâu": "where from", "cho biết về": "tell me about",
    "gặp gỡ ai": "who met", "gặp ai": "who met", "hội đàm với ai": "who held talks with",
    "hội kiến ai": "who met", "điện đàm với ai": "who phone call with", "tiếp ai": "who received",
    "nói chuyện với ai": "who talked with", "với ai": "with whom", "những ai": "who", "ai": "who",
    "từ khi nào": "since when", "từ bao giờ": "since when", "từ năm nào": "since when",
    "khi nào": "when", "lúc nào": "when", "bao giờ": "when", "ngày nào": "when", "năm nào": "what year", "những năm nào": "years which",
    "ở đâu": "where", "tại đâu": "where", "nơi nào": "where",
    "nhân dịp gì": "on what occasion", "nhân dịp nào": "on what occasion", "nhân dịp": "occasion",
    "vào dịp gì": "on what occasion", "vào dịp nào": "on what occasion", "trong dịp gì": "on what occasion",
    "trong dịp nào": "on what occasion",
    "vì sao": "why", "tại sao": "why",
    "nói gì": "say what", "phát biểu gì": "say what", "tuyên bố gì": "say what", "nói những gì": "say what",
    "thỏa thuận gì": "agree on what", "nhất trí gì": "agree on what", "đồng ý gì": "agree on what",
    "cái gì": "what", "gì": "what", "như thế nào": "how", "thế nào": "how",
    # verbs
    "hội đàm": "held talks", "hội kiến": "met", "gặp gỡ": "met", "gặp": "met", "tiếp đón": "received",
    "tiếp": "received", "điện đàm": "phone call", "gọi điện": "phone call",
    "chuyến thăm": "visit", "thăm chính thức": "official visit", "thăm cấp nhà nước": "state visit",
    "thăm": "visit", "đến": "visit",
    "phát biểu": "said", "tuyên bố": "said", "nói": "said", "khẳng định": "affirmed", "nhấn mạnh": "emphasized",
    "nhất trí": "agreed", "thống nhất": "agreed", "đồng ý": "agreed", "thỏa thuận": "agreed", "ký kết": "signed",
    "ký": "signed", "hiệp định": "agreement", "bản ghi nhớ": "memorandum", "hiệp ước": "treaty",
    # nouns and roles
    "quan hệ": "relationship", "đối tác chiến lược toàn diện": "comprehensive strategic partnership",
    "đối tác": "partnership", "hợp tác": "cooperation", "thương mại": "trade", "quốc phòng": "defence",
    "an ninh": "security", "năng lượng": "energy", "giáo dục": "education", "đầu tư": "investment",
    "dầu khí": "oil and gas", "du lịch": "tourism", "tuyên bố chung": "joint declaration",
    "tổng bí thư": "general secretary", "tổng thống": "president", "chủ tịch nước": "state president",
    "chủ tịch": "chairman", "thủ tướng": "prime minister", "ngoại trưởng": "foreign minister",
    "bộ trưởng ngoại giao": "foreign minister", "thứ trưởng ngoại giao": "deputy foreign minister",
    "bộ trưởng": "minister", "lãnh đạo": "leader", "người đứng đầu": "leader",
    "người nga": "russian", "người việt": "vietnamese",
    "phó chủ tịch nước": "vice president", "phó tổng thống": "vice president", "phó chủ tịch": "deputy chairman",
    "phó thủ tướng": "deputy prime minister", "thứ trưởng": "deputy minister", "phó": "deputy",
    "đại sứ": "ambassador", "thị trưởng": "mayor", "thống đốc": "governor", "chủ nhiệm": "chairman",
    "đào tạo": "training", "y tế": "health", "khoa học": "science", "công nghệ": "technology",
    "giao thông vận tải": "transport", "công thương": "industry and trade", "văn hóa": "culture",
    "hội đồng liên bang": "federation council", "quốc hội": "national assembly", "đu ma quốc gia": "state duma",
    # pronouns, particles
    "ông ấy": "he", "ông ta": "he", "anh ấy": "he", "bà ấy": "she", "họ": "they",
    "về": "about", "và": "and", "với": "with", "của": "of", "ở": "in", "tại": "in", "đã": "", "có": "did",
    "không": "", "ông": "", "bà": "", "ngài": "", "những": "", "các": "", "là": "is", "hai nước": "two countries",
    "còn": "and",
}

_RU_PHRASES = {
    "кто такой": "who is", "кто такая": "who is", "кто это": "who is", "расскажи о": "tell me about",
    "расскажите о": "tell me about", "что известно о": "what do you know about",
    "с кем": "with whom", "кто": "who", "кого": "whom", "кем": "whom",
    "с каких пор": "since when", "как давно": "since when",
    "когда": "when", "в каком году": "what year", "где": "where", "куда": "where",
    "по какому поводу": "on what occasion", "по какому случаю": "on what occasion", "почему": "why",
    "зачем": "why",
    "о чем договорились": "agree on what", "о чем": "about what", "что": "what", "как": "how",
    # "как называется X": what X is called, a name asked (never how something is done)
    "как называется": "what is called", "как называются": "what are called", "как назывался": "what was called",
    "как называлась": "what was called", "как называлось": "what was called", "как назывались": "what were called",
    "договорились": "agreed", "договорился": "agreed", "согласились": "agreed", "согласился": "agreed",
    "подписали": "signed", "подписал": "signed", "подписала": "signed", "подписан": "signed",
    "подписано": "signed", "подписаны": "signed", "соглашение": "agreement", "соглашения": "agreements",
    "соглашений": "agreements", "меморандум": "memorandum", "договор": "treaty",
    "сказал": "said", "сказала": "said", "сказали": "said", "заявил": "said", "заявила": "said",
    "говорил": "said", "говорила": "said", "говорит": "said", "сказать": "said",
    "встречался": "met", "встречалась": "met", "встретился": "met", "встретилась": "met",
    "встречались": "met", "встретились": "met", "встреча": "meeting", "встречи": "meeting",
    "встрече": "meeting", "встречу": "meeting", "встречей": "meeting", "встречах": "meetings",
    "встречам": "meetings", "встречами": "meetings",
    "провел переговоры": "held talks", "провели переговоры": "held talks", "переговоры": "talks",
    "переговорах": "talks", "принял": "received", "принимал": "received",
    "телефонный разговор": "phone call", "разговаривал": "talked",
    "посещал": "visit", "посетил": "visit", "посетила": "visit", "посещали": "visit", "визит": "visit",
    "визите": "visit", "визитом": "visit", "визита": "visit", "приезжал": "visit", "приехал": "visit",
    "отношения": "relationship", "отношений": "relationship", "отношениях": "relationship",
    "партнерство": "partnership", "партнерства": "partnership", "сотрудничество": "cooperation",
    "торговля": "trade", "торговле": "trade", "торговли": "trade", "оборона": "defence",
    "обороне": "defence", "безопасность": "security", "безопасности": "security",
    "энергетика": "energy", "энергетике": "energy", "образование": "education", "образовании": "education",
    "украина": "ukraine", "украине": "ukraine", "украины": "ukraine", "украину": "ukraine",
    "асеан": "asean",
    "генеральный секретарь": "general secretary", "генеральным секретарем": "general secretary",
    "генсек": "general secretary", "генсеком": "general secretary", "генсека": "general secretary",
    "генсеку": "general secretary", "генсеке": "general secretary",
    "президент": "president", "президента": "president", "президентом": "president",
    "президенту": "president",
    "министр иностранных дел": "foreign minister", "министром иностранных дел": "foreign minister",
    "глава мид": "foreign minister", "главой мид": "foreign minister",
    "министр": "minister", "министром": "minister", "министра": "minister", "министру": "minister",
    "вице президент": "vice president", "вице президента": "vice president", "вице президентом": "vice president",
    "вице премьер": "deputy prime minister", "вице премьера": "deputy prime minister",
    "вице премьером": "deputy prime minister", "вице спикер": "deputy speaker",
    "заместитель": "deputy", "заместителя": "deputy", "заместителем": "deputy", "замминистра": "deputy minister",
    "председатель": "chairman", "председателя": "chairman", "председателем": "chairman",
    "председательница": "chairwoman", "посол": "ambassador", "посла": "ambassador", "послом": "ambassador",
    "губернатор": "governor", "губернатора": "governor", "мэр": "mayor", "мэра": "mayor",
    "образования": "education", "науки": "science", "здравоохранения": "health", "обороны": "defence",
    "транспорта": "transport", "торговли и промышленности": "trade and industry",
    "совет федерации": "federation council", "совета федерации": "federation council",
    "государственной думы": "state duma", "госдумы": "state duma", "госдума": "state duma",
    "национального собрания": "national assembly", "национальное собрание": "national assembly",
    "премьер министр": "prime minister", "премьер министром": "prime minister", "премьер": "prime minister",
    "лидер": "leader", "лидером": "leader", "руководитель": "leader",
    "российский": "russian", "российского": "russian", "российским": "russian", "российская": "russian",
    "российскому": "russian", "вьетнамский": "vietnamese", "вьетнамского": "vietnamese",
    "вьетнамским": "vietnamese", "вьетнамская": "vietnamese", "вьетнамскому": "vietnamese",
    "он": "he", "его": "him", "ему": "him", "нем": "him", "она": "she", "ее": "her", "они": "they",
    "их": "them", "им": "him",
    "о": "about", "об": "about", "про": "about", "насчет": "about", "относительно": "about",
    "и": "and", "а": "and", "с": "with", "со": "with", "в": "in", "во": "in", "на": "on", "ли": "did",
    "между": "between", "году": "", "года": "", "г": "",
    "был": "was", "была": "was", "были": "were", "бывал": "visit", "бывала": "visit",
}


def fold_table(table: dict[str, str]) -> list[tuple[list[str], list[str]]]:
    rows = [(fold(k).split(), v.split()) for k, v in table.items()]
    return sorted(rows, key=lambda r: -len(r[0]))


VI_TABLE = fold_table(VI_PHRASES)
RU_TABLE = fold_table(_RU_PHRASES)

# letters that only Vietnamese writes (NFC), for language detection
VI_CHARS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
VI_WORDS = {"ai", "gap", "khi", "nao", "dau", "gi", "noi", "tham", "voi", "cua", "va", "ve", "nga",
             "khong", "hoi", "dam", "quan", "he", "bao", "nhieu", "ong", "nhung", "cac", "duoc", "nay", "theo",
             "thuong", "mai", "tai", "sao", "nhu", "nuoc", "viet", "truong", "chu", "tich", "dieu", "hua",
             "thu", "tuong", "ngay", "thang", "da", "se", "viec", "tiep", "la"}


def starts_phrase(tokens: list[str], k: int, n: int, index: dict[str, list[tuple[list[str], list[str]]]]) -> bool:
    """Does the word at k start a phrase of the index at least n words long?"""
    return any(len(src) >= n and tokens[k : k + len(src)] == src for src, _dst in index.get(tokens[k], ()))
