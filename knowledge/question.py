"""Read a question: its language, its kind, dates it names, and an English-like folded form.

Vietnamese and Russian questions are mapped phrase by phrase onto the English question words
and role words (a small lexicon), so the rest of the engine reads one language. Names are not
translated here: the matcher finds them (Cyrillic is transliterated, foreign country and place
forms come from knowledge.names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from knowledge.names import fold

# --- question-language lexicons (folded on import) ---------------------------------------

_VI_PHRASES = {
    # question words
    "là ai": "who is", "là người nào": "who is", "cho biết về": "tell me about",
    "gặp gỡ ai": "who met", "gặp ai": "who met", "hội đàm với ai": "who held talks with",
    "hội kiến ai": "who met", "điện đàm với ai": "who phone call with", "tiếp ai": "who received",
    "nói chuyện với ai": "who talked with", "với ai": "with whom", "những ai": "who", "ai": "who",
    "từ khi nào": "since when", "từ bao giờ": "since when", "từ năm nào": "since when",
    "khi nào": "when", "lúc nào": "when", "bao giờ": "when", "ngày nào": "when", "năm nào": "what year",
    "ở đâu": "where", "tại đâu": "where", "nơi nào": "where",
    "nhân dịp gì": "on what occasion", "nhân dịp nào": "on what occasion", "nhân dịp": "occasion",
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
    "договорились": "agreed", "договорился": "agreed", "согласились": "agreed", "согласился": "agreed",
    "подписали": "signed", "подписал": "signed", "подписала": "signed", "подписан": "signed",
    "подписано": "signed", "подписаны": "signed", "соглашение": "agreement", "соглашения": "agreements",
    "соглашений": "agreements", "меморандум": "memorandum", "договор": "treaty",
    "сказал": "said", "сказала": "said", "сказали": "said", "заявил": "said", "заявила": "said",
    "говорил": "said", "говорила": "said", "говорит": "said", "сказать": "said",
    "встречался": "met", "встречалась": "met", "встретился": "met", "встретилась": "met",
    "встречались": "met", "встретились": "met", "встреча": "meeting", "встречи": "meeting",
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
    "генсек": "general secretary", "генсеком": "general secretary",
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

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
_RU_MONTHS = ["январ", "феврал", "март", "апрел", "ма", "июн", "июл", "август", "сентябр", "октябр",
              "ноябр", "декабр"]


def _fold_table(table: dict[str, str]) -> list[tuple[list[str], list[str]]]:
    rows = [(fold(k).split(), v.split()) for k, v in table.items()]
    return sorted(rows, key=lambda r: -len(r[0]))


_VI_TABLE = _fold_table(_VI_PHRASES)
_RU_TABLE = _fold_table(_RU_PHRASES)

# letters that only Vietnamese writes (NFC), for language detection
_VI_CHARS = set("ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")
_VI_WORDS = {"ai", "gap", "khi", "nao", "dau", "gi", "noi", "tham", "voi", "cua", "va", "ve", "nga",
             "khong", "hoi", "dam", "quan", "he"}

# --- English cue words --------------------------------------------------------------------

MEET_WORDS = {"meet", "met", "meets", "meeting", "meetings", "talks", "talk", "talked", "talking", "held",
              "hold", "holds", "received", "receive", "receives", "reception", "host", "hosted", "hosts",
              "see", "saw", "seen", "consultations", "consult", "discuss", "discussed", "negotiated",
              "counterpart", "spoke", "speak", "conversation", "sat", "encounter", "welcomed", "greeted"}
VISIT_WORDS = {"visit", "visited", "visits", "visiting", "trip", "trips", "travel", "travelled", "traveled",
               "went", "go", "come", "came", "tour", "toured", "been"}
CALL_WORDS = {"call", "called", "calls", "phone", "phoned", "telephone", "telephoned"}
SAY_WORDS = {"say", "said", "says", "saying", "tell", "told", "state", "stated", "statement", "statements",
             "comment", "commented", "remark", "remarks", "think", "thinks", "thought", "position",
             "stance", "view", "views", "opinion", "emphasize", "emphasized", "emphasise", "emphasised",
             "affirm", "affirmed", "stress", "stressed", "note", "noted", "declare", "declared",
             "express", "expressed", "highlight", "highlighted", "mention", "mentioned", "propose",
             "proposed", "quote", "quotes", "speech", "believe", "believes", "praise", "praised", "wish",
             "wished", "ask", "asked", "thank", "thanked", "welcome", "support", "supported"}
AGREE_WORDS = {"agree", "agreed", "agrees", "agreement", "agreements", "sign", "signed", "signing",
               "accord", "deal", "deals", "pledge", "pledged", "commit", "committed", "decide", "decided",
               "adopt", "adopted", "issue", "issued", "memorandum", "memoranda", "memorandums", "mou",
               "treaty", "treaties"}
# words that make a who/when/where question one about an agreement ("Who signed the memorandum?")
SIGN_WORDS = {"agree", "agreed", "agrees", "agreement", "agreements", "sign", "signed", "signs", "signing",
              "signatory", "signatories", "memorandum", "memoranda", "memorandums", "mou", "treaty", "treaties",
              "accord", "accords"}
RELATION_WORDS = {"relationship", "relationships", "relations", "ties", "partnership", "partners",
                  "partner", "friendship", "alliance", "allies", "bilateral"}
PRONOUNS = {"he": "he", "him": "he", "his": "he", "she": "she", "her": "she", "hers": "she",
            "they": "they", "them": "they", "their": "they", "it": "it", "its": "it"}

# Words that carry no fact of their own: they never make a question "about something unknown".
COMMON = set("""
a an the and or but nor so of to in on at by for from with without about into onto over under
between among through during before after since until till as than then there here this that these
those what which who whom whose when where why how whether if is are was were be been being am do
does did done doing have has had having will would shall should can could may might must not no yes
any some all each every both either neither other another such same own only just also too very
much many more most less least few lot lots ever never again already still yet even please tell
me us you your i my we our know known show give list anything something everything nothing info
information details detail kind type sort way ways first last next latest recent recently earlier
later time times date dates day days year years month months week weeks happen happened happening
take took taken place places occur occurred hold hold went get got make made new one two three
ten again anyone someone somebody people person official officials leader leaders side sides country
countries nation nations between two mr mrs ms dr sir madam does did vs versus according
source sources article articles news report reports reported say said via like
together each other both jointly mutually any whom whose since long ago still
occasion purpose reason why context background event events fact facts
begin began begun start started establish established establishing founded formed created upgraded elevated
""".split())
COMMON |= MEET_WORDS | VISIT_WORDS | CALL_WORDS | SAY_WORDS | AGREE_WORDS | SIGN_WORDS | RELATION_WORDS | set(PRONOUNS)
COMMON |= set(MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


@dataclass
class Question:
    raw: str
    lang: str  # "en" | "vi" | "ru"
    tokens: list[str]  # English-like folded tokens (foreign question words mapped)
    latin: list[str]  # same tokens, Cyrillic transliterated (for name matching)
    kind: str  # who_met when where occasion said visit met relationship agreed profile other
    event_family: str | None = None  # "meet" | "visit" | "call" | None
    yesno: bool = False
    pronoun: str | None = None  # "he" | "she" | "they" | "it"
    followup: bool = False  # starts with "and"/"what about": carries the previous question's frame
    date_lo: str | None = None
    date_hi: str | None = None
    date_text: str | None = None
    date_idx: set[int] = field(default_factory=set)  # token positions that spelled the date
    explicit_kind: bool = True  # kind came from a question word (not a default)
    weekday: int | None = None  # 0 = Monday … 6 = Sunday ("Who did X meet on Sunday?")

    @property
    def text(self) -> str:
        return " ".join(self.tokens)

    def raw_has_capital(self, i: int) -> bool:
        """Was token i written with a capital letter, other than as the question's first word?"""
        return self.tokens[i] in self._capitalised()

    def _capitalised(self) -> frozenset[str]:
        """The folded forms (and, outside English, their transliterations) of the raw question's
        capitalised words, other than an English question's first word: computed once per raw
        text and language (raw_has_capital is asked for many tokens of one question)."""
        key = (self.raw, self.lang)
        memo = self.__dict__.get("_caps")
        if memo is not None and memo[0] == key:
            return memo[1]
        words = re.findall(r"\w+", self.raw)
        if self.lang != "en":  # a capitalised first word is a name there: question words are mapped away
            caps = frozenset(f for w in words if w[:1].isupper() for f in (fold(w), _translit(fold(w))))
        else:
            caps = frozenset(fold(w) for w in words[1:] if w[:1].isupper())
        self.__dict__["_caps"] = (key, caps)
        return caps


def detect_language(raw: str) -> str:
    if re.search(r"[\u0400-\u04FF]", raw):
        return "ru"
    low = raw.lower()
    if any(ch in _VI_CHARS for ch in low):
        # a Vietnamese name inside an English question ("What did Dũng say about Quảng Trị?")
        words = set(re.findall(r"[a-z]+", low))
        if len(words & {"what", "who", "whom", "when", "where", "did", "does", "the", "about", "say", "said",
                        "meet", "visit", "how", "is", "was", "with"}) >= 2:
            return "en"
        return "vi"
    toks = set(fold(raw).split())
    accented = any(ch in "àáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ" for ch in low)
    if accented and toks & (_VI_WORDS | {"la"}):
        return "vi"
    if len(toks & _VI_WORDS) >= 2 and not toks & {"the", "did", "what", "who", "when", "where", "is", "does"}:
        return "vi"
    return "en"


def _place_at(tokens: list[str], i: int) -> tuple[int, str] | None:
    """A country or place name starting at token i ("ha noi", "nga", "ханой"): (length, English)."""
    from knowledge.names import canonical_country, canonical_place

    for n in (3, 2, 1):
        if i + n <= len(tokens):
            w = " ".join(tokens[i : i + n])
            canon = canonical_place(w) or canonical_country(w)
            if canon:
                return n, canon
    return None


def _map_phrases(tokens: list[str], table) -> list[str]:
    """Foreign question words -> English ones; country and place names first, so that "Hà Nội"
    stays a city and never reads as "nói" (say)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        hit = _place_at(tokens, i)
        if hit:
            out.extend(fold(hit[1]).split())
            i += hit[0]
            continue
        for src, dst in table:
            n = len(src)
            if tokens[i : i + n] == src:
                out.extend(dst)
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return out


def _translit(tok: str) -> str:
    from knowledge.names import translit_cyrillic

    return fold(translit_cyrillic(tok)) if re.search(r"[\u0400-\u04FF]", tok) else tok


def tokenize(raw: str, lang: str) -> tuple[list[str], list[str]]:
    raw = re.sub(r"(?<=\w)['’]s\b", "", raw)  # possessive: "Russia's" -> "Russia"
    toks = fold(raw).split()
    if lang == "vi":
        toks = _map_phrases(toks, _VI_TABLE)
    elif lang == "ru":
        toks = _map_phrases(toks, _RU_TABLE)
    return toks, [_translit(t) for t in toks]


# --- dates -----------------------------------------------------------------------------

_MON_RX = "|".join(MONTHS) + "|" + "|".join(m[:3] for m in MONTHS) + "|sept"


def _month_num(tok: str) -> int | None:
    tok = tok.lower()
    for i, m in enumerate(MONTHS):
        if tok == m or (len(tok) >= 3 and m.startswith(tok)):
            return i + 1
    for i, stem in enumerate(_RU_MONTHS):
        if tok.startswith(stem) and (i != 4 or tok in ("мая", "май", "мае")):
            return i + 1
    return None


def _days_in(y: int, m: int) -> int:
    import calendar

    return calendar.monthrange(y, m)[1]


def parse_dates(tokens: list[str]) -> tuple[str | None, str | None, set[int], str | None]:
    """The date range a question asks about ("on 6 July 2022", "in 2024", "tháng 7 năm 2022")."""
    text = " ".join(tokens)
    spans: list[tuple[int, int, int | None, int | None, int | None]] = []  # char start, end, y, m, d
    pats = [
        (r"\b(20\d\d|19\d\d) (\d\d?) (\d\d?)\b", lambda g: (int(g[0]), int(g[1]), int(g[2]))),  # ISO folded
        (r"\b(\d\d?) (\d\d?) (20\d\d|19\d\d)\b", lambda g: (int(g[2]), int(g[1]), int(g[0]))),  # d/m/y
        (r"\b(\d\d?)(?:st|nd|rd|th)? (?:of )?([a-z\u0430-\u044f]+) (20\d\d|19\d\d)\b",
         lambda g: (int(g[2]), _month_num(g[1]), int(g[0]))),
        (rf"\b({_MON_RX})[a-z]* (\d\d?)(?:st|nd|rd|th)? (20\d\d|19\d\d)\b",
         lambda g: (int(g[2]), _month_num(g[0]), int(g[1]))),
        (rf"\b({_MON_RX})[a-z]* (20\d\d|19\d\d)\b", lambda g: (int(g[1]), _month_num(g[0]), None)),
        (r"\bthang (\d\d?) (?:nam )?(20\d\d|19\d\d)\b", lambda g: (int(g[1]), int(g[0]), None)),
        (rf"\b(\d\d?)(?:st|nd|rd|th)? (?:of )?({_MON_RX})[a-z]*\b", lambda g: (None, _month_num(g[1]), int(g[0]))),
        (rf"\b({_MON_RX})[a-z]* (\d\d?)(?:st|nd|rd|th)?\b", lambda g: (None, _month_num(g[0]), int(g[1]))),
        (r"\b(20\d\d|19\d\d)\b", lambda g: (int(g[0]), None, None)),
    ]
    taken: list[tuple[int, int]] = []
    for pat, conv in pats:
        for m in re.finditer(pat, text):
            if any(not (m.end() <= a or m.start() >= b) for a, b in taken):
                continue
            try:
                y, mo, d = conv(m.groups())
            except (TypeError, ValueError):
                continue
            if mo is None and d is not None:
                continue
            if mo is not None and not 1 <= mo <= 12:
                continue
            taken.append((m.start(), m.end()))
            spans.append((m.start(), m.end(), y, mo, d))
    if not spans:
        return None, None, set(), None
    start, end, y, mo, d = sorted(spans)[0]
    # token indices covered
    idx, pos = set(), 0
    for i, t in enumerate(tokens):
        if pos >= start and pos + len(t) <= end:
            idx.add(i)
        pos += len(t) + 1
    if y is None:  # "on July 6": any year
        lo = f"0000-{mo:02d}-{d:02d}"
        return lo, lo, idx, text[start:end]
    if mo is None:
        return f"{y}-01-01", f"{y}-12-31", idx, text[start:end]
    if d is None:
        return f"{y}-{mo:02d}-01", f"{y}-{mo:02d}-{_days_in(y, mo):02d}", idx, text[start:end]
    return f"{y}-{mo:02d}-{d:02d}", f"{y}-{mo:02d}-{d:02d}", idx, text[start:end]


# --- kinds -----------------------------------------------------------------------------

_YESNO_START = {"did", "has", "have", "had", "was", "were", "is", "are", "does", "do"}


def _has(tokens: list[str], words: set[str]) -> bool:
    return any(t in words for t in tokens)


def classify(tokens: list[str], lang: str = "en") -> tuple[str, str | None, bool, bool]:
    """(kind, event family, yes/no, explicit) from the English-like tokens."""
    t = tokens
    s = " " + " ".join(t) + " "
    family = None
    if _has(t, CALL_WORDS) or " phone " in s:
        family = "call"
    elif _has(t, VISIT_WORDS) and not (" talks " in s and "visit" not in s):
        family = "visit"
    elif _has(t, MEET_WORDS):
        family = "meet"
    lead = [w for w in t if w not in ("and", "so", "then", "but", "also", "ok", "okay", "well")]
    first = lead[0] if lead else ""
    yesno = first in _YESNO_START or (lang in ("vi", "ru") and _has(t, {"did", "was", "were"}) and not _has(
        t, {"who", "whom", "when", "where", "what", "why", "how"}))
    says = _has(t, SAY_WORDS) or re.search(r" (talk|talked|spoke|speak|speaking) (about|on) ", s)
    if re.search(r" since when | how long | what year did .* (start|begin|establish)", s) and not says:
        return "relationship", None, False, True
    if _has(t, RELATION_WORDS) and not says and re.search(
            r" (what|how|which|describe|state|kind|type|nature|status|level|since|is|are) ", s) and not re.search(
            r" (who|whom|when|where) ", s):
        return "relationship", None, False, True
    if _has(t, AGREE_WORDS) and re.search(r" (what|which|how|did|agree on|about) ", s) and not re.search(
            r" (who|whom|when|where) ", s):
        return "agreed", family, yesno, True
    if _has(t, SIGN_WORDS) and family is None and not says:
        # "Who signed the memorandum?", "When was the agreement signed?", "Where did they agree ...?"
        return "agreed", "agree", yesno, True
    if re.search(r" (who is|who was|who s|tell me about|what do you know about|know about|information on"
                 r"|information about|profile) ", s):
        return "profile", None, False, True
    if re.search(r" (occasion|why|purpose|reason|what for) ", s):
        return "occasion", family, False, True
    if says and not re.search(r" (who|whom) (did|does|has) ", s) and not re.search(r" (when|where) ", s):
        return "said", None, yesno, True
    if " where " in s:
        return "where", family, False, True
    if re.search(r" (when|what date|which date|what day|which day|what year|which year|what time) ", s):
        return "when", family, False, True
    if yesno and family == "visit":
        return "visit", family, True, True
    if yesno and family in ("meet", "call"):
        return "met", family, True, True
    if re.search(r" (who|whom) ", s):
        return "who_met", family, False, True
    if family:
        return "who_met", family, yesno, False
    if says:
        return "said", None, yesno, False
    return "other", None, yesno, False


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RU_WEEKDAYS = ["понедельник", "вторник", "сред", "четверг", "пятниц", "суббот", "воскресен"]
_VI_WEEKDAYS = {("thu", "hai"): 0, ("thu", "ba"): 1, ("thu", "tu"): 2, ("thu", "nam"): 3, ("thu", "sau"): 4,
                ("thu", "bay"): 5, ("chu", "nhat"): 6}


def parse_weekday(tokens: list[str], lang: str) -> tuple[int | None, set[int]]:
    """A weekday the question names ("on Sunday", "в воскресенье", "chủ nhật") and its tokens."""
    for i, t in enumerate(tokens):
        if t in WEEKDAYS:
            return WEEKDAYS.index(t), {i}
        if lang == "ru":
            for n, stem in enumerate(_RU_WEEKDAYS):
                if t.startswith(stem) and len(t) <= len(stem) + 3:
                    return n, {i}
        if lang == "vi" and tuple(tokens[i : i + 2]) in _VI_WEEKDAYS:
            return _VI_WEEKDAYS[tuple(tokens[i : i + 2])], {i, i + 1}
    return None, set()


def parse(raw: str) -> Question:
    lang = detect_language(raw)
    tokens, latin = tokenize(raw, lang)
    kind, family, yesno, explicit = classify(tokens, lang)
    lo, hi, idx, dtext = parse_dates(tokens)
    weekday, wd_idx = parse_weekday(tokens, lang)
    if weekday is not None:
        idx = idx | wd_idx
        dtext = f"on {WEEKDAYS[weekday].title()}" + (f", {dtext}" if dtext else "")
    pronoun = next((PRONOUNS[w] for w in tokens if w in PRONOUNS), None)
    lead = tokens[:2]
    followup = bool(lead) and (lead[0] in ("and", "also") or lead[:2] in (["what", "about"], ["how", "about"]))
    return Question(raw=raw, lang=lang, tokens=tokens, latin=latin, kind=kind, event_family=family,
                    yesno=yesno, pronoun=pronoun, followup=followup, date_lo=lo, date_hi=hi,
                    date_text=dtext, date_idx=idx, explicit_kind=explicit, weekday=weekday)
