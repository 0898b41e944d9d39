"""Russian news and diplomacy words mapped to the English words the articles use. Russian is
inflected: each entry is a stem, and a word is read as the longest stem it starts with when what
follows is no longer than an ending ("годовщину", "годовщины" -> anniversary). Question words and
pronouns are whole forms (RU_FORMS). Keys are folded on import (й -> и, ё -> е)."""

from __future__ import annotations

from knowledge.question.vocab_bodies import RU_BODIES_FORMS, RU_BODIES_STEMS
from knowledge.question.vocab_asked import RU_ASKED_FORMS, RU_ASKED_STEMS
from knowledge.question.vocab_common import RU_COMMON_FORMS, RU_COMMON_STEMS
from knowledge.question.vocab_more import RU_MORE_FORMS, RU_MORE_STEMS
from knowledge.question.vocab_news import RU_NEWS_FORMS, RU_NEWS_STEMS
from knowledge.question.vocab_tail import RU_TAIL_FORMS, RU_TAIL_STEMS
from knowledge.question.vocab_events import RU_EVENTS_FORMS, RU_EVENTS_STEMS
from knowledge.question.vocab_daily import RU_DAILY_FORMS, RU_DAILY_STEMS
from knowledge.question.vocab_gaps import RU_GAPS_FORMS, RU_GAPS_STEMS
from knowledge.question.vocab_reader import RU_READER_FORMS, RU_READER_STEMS
from knowledge.question.vocab_ru_reports import RU_REPORTS_FORMS, RU_REPORTS_STEMS
from knowledge.question.vocab_goods import RU_GOODS_FORMS, RU_GOODS_STEMS
from knowledge.question.vocab_society import RU_SOCIETY_FORMS, RU_SOCIETY_STEMS
from knowledge.question.vocab_wide import RU_WIDE_FORMS, RU_WIDE_STEMS

MAX_ENDING = 4  # the longest case/verb ending after a stem ("-ями", "-ости", "-ался")
MIN_STEM = 4  # shorter words are whole forms (RU_FORMS): "газ" must not read "Газпром"

RU_STEMS = {
    # relations and meetings (other forms than the lexicon's)
    "партнерств": "partnership", "отношени": "relations", "сотрудничеств": "cooperation", "переговор": "talks",
    "визит": "visit", "посещени": "visit", "встреч": "met", "подписан": "signed", "договорил": "agreed",
    "вьетнамск": "vietnamese", "российск": "russian", "двусторонн": "bilateral", "многосторонн": "multilateral",
    # economy, trade, investment, money
    "товарооборот": "trade", "торгов": "trade", "торгу": "trade", "торговл": "trade", "экспорт": "exports",
    "импорт": "imports", "товар": "goods", "продукци": "products", "продукт": "products",     "рынк": "market", "компани": "companies", "предприяти": "enterprises", "предпринимател": "businesses",
    "бизнес": "business", "фирм": "firms", "корпораци": "corporation", "концерн": "company",
    "экономическ": "economic", "экономик": "economy", "вырос": "grew", "вырост": "grew",
    "увеличил": "increased", "увеличени": "increase", "сократил": "decreased", "снизил": "decreased",
    "достиг": "reached", "достигл": "reached", "составил": "amounted", "составля": "amounted",
    "процент": "percent", "миллиард": "billion", "миллион": "million", "тысяч": "thousand", "доллар": "usd",
    "рубл": "roubles", "стоимост": "value", "объем": "volume", "инвестици": "investment",
    "инвестор": "investors", "инвестицион": "investment", "вложени": "investment", "капитал": "capital",
    "проект": "projects", "налог": "tax", "пошлин": "tariffs", "таможен": "customs", "свободн": "free",
    "евразийск": "eurasian", "еаэс": "eurasian economic union", "банк": "bank",
    "финанс": "finance", "платеж": "payments", "расчет": "payments", "валют": "currency",
    "промышленност": "industry", "промышлен": "industrial", "производств": "production",
    "производител": "producers", "сборк": "assembly", "автомобил": "cars", "самолет": "aircraft",
    "сельск": "agricultural", "сельскохозяйствен": "agricultural", "аграрн": "agricultural",
    "морепродукт": "seafood", "кофе": "coffee", "фрукт": "fruit", "текстил": "textiles",
    "поставк": "supplies", "постав": "supply", "поставля": "supply", "ярмарк": "fair", "выставк": "exhibition",
    "экспозици": "exhibition", "экспоненты": "exhibitors", "трудов": "labour",
    "работ": "work", "услуг": "services", "логистик": "logistics",
    # energy, transport, infrastructure
    "энергетик": "energy", "энергетическ": "energy", "энерги": "energy", "атомн": "nuclear",
    "ядерн": "nuclear", "электростанци": "power plant", "электроэнерги": "electricity", "нефт": "oil",
    "нефтегаз": "oil and gas", "газов": "gas", "сжижен": "liquefied", "месторождени": "field",
    "блок": "block", "шельф": "shelf", "разведк": "exploration", "добыч": "production", "уголь": "coal",
    "возобновляем": "renewable", "транспорт": "transport", "железнодорожн": "railway",
    "железн": "railway", "авиасообщени": "flights", "рейс": "flights", "перелет": "flights",
    "авиакомпани": "airline", "авиаци": "aviation", "аэропорт": "airport", "порт": "port", "морск": "maritime",
    "прилетел": "arrived", "прибыл": "arrived", "прибыти": "arrival", "инфраструктур": "infrastructure",
    "цифров": "digital", "телекоммуникаци": "telecommunications", "искусственн": "artificial",
    "интеллект": "intelligence", "космическ": "space", "космос": "space",
    # education, science, health
    "стипенди": "scholarships", "студент": "students", "учащ": "students", "школьник": "pupils",
    "университет": "university", "институт": "institute", "академи": "academy",
    "преподавател": "lecturers", "учител": "teachers", "исследовани": "research", "исследовательск": "research",
    "научн": "scientific", "наук": "science", "учен": "scientists", "язык": "language", "русск": "russian",
    "обучени": "training", "подготовк": "training", "образовательн": "education", "центр": "centre",
    "тропическ": "tropical", "больниц": "hospital", "лекарств": "drugs", "лекарствен": "drugs",
    "фармаци": "pharmaceutical", "фармацевтическ": "pharmaceutical", "препарат": "drugs", "вакцин": "vaccine",
    "вакцинаци": "vaccination", "пандеми": "pandemic", "эпидеми": "epidemic", "медицин": "medicine",
    "медицинск": "medical", "врач": "doctors", "здоров": "health", "здравоохранени": "health",
    # culture, people, media
    "культур": "culture", "искусств": "art", "артист": "artists", "художник": "artists", "выступ": "perform",
    "выступлени": "performance", "концерт": "concert", "музык": "music", "оркестр": "orchestra", "фильм": "films",
    "кино": "cinema", "кинофестивал": "film festival", "фотовыставк": "photo exhibition", "фото": "photo",
    "фестивал": "festival", "турист": "tourists",
    "туризм": "tourism", "спорт": "sports", "футбол": "football", "книг": "books", "пресс": "press",
    "агентств": "agency", "общин": "community", "диаспор": "community", "соотечественник": "compatriots",
    "гражда": "citizens", "народ": "people", "молодеж": "youth", "дружб": "friendship", "дружеств": "friendly",
    "традицион": "traditional", "истори": "history", "обмен": "exchanges",
    # defence, security, politics
    "военн": "military", "воен": "military", "арми": "army", "флот": "fleet",     "корабл": "ships", "подводн": "submarines", "лодк": "boats", "учени": "exercises", "оружи": "weapons",
    "вооружени": "weapons", "техник": "equipment", "оборудовани": "equipment", "границ": "border",
    "терроризм": "terrorism", "преступност": "crime", "войн": "war", "конфликт": "conflict",
    "санкци": "sanctions", "суверенитет": "sovereignty", "международн": "international", "регион": "region",
    "партийн": "party", "парти": "party", "коммунистическ": "communist", "правительств": "government",
    "государств": "state", "государствен": "state", "национальн": "national", "парламент": "parliament",
    "парламентск": "parliamentary", "депутат": "deputies", "комитет": "committee", "комисси": "commission",
    "межправительствен": "intergovernmental", "посольств": "embassy", "консульств": "consulate",
    "консул": "consul", "делегаци": "delegation", "политическ": "political", "дипломатическ": "diplomatic",
    "внешн": "foreign", "стратегическ": "strategic", "всеобъемлющ": "comprehensive", "всесторонн": "comprehensive",
    "генеральн": "general", "директор": "director", "гендиректор": "general director", "провинци": "province",
    "город": "city", "област": "region", "край": "territory", "сторон": "side", "петербургск": "petersburg",
    "московск": "moscow", "советск": "soviet", "ссср": "soviet union",
    # events
    "саммит": "summit", "конференци": "conference", "семинар": "seminar", "форум": "forum",
    "заседани": "session", "сесси": "session", "совещани": "meeting", "контакт": "contacts",
    "годовщин": "anniversary", "юбиле": "anniversary", "празднова": "celebration", "торжеств": "celebration",
    "отмеча": "celebrate", "отметил": "noted", "церемони": "ceremony", "открыти": "opening",
    "закрыти": "closing", "парад": "parade", "побед": "victory", "диалог": "dialogue", "консультаци": "consultations",
    "сопредседател": "co chaired", "председательствова": "chaired", "участвова": "participated",
    "участи": "participation", "участник": "participants", "поездк": "trip", "рабоч": "working",
    "официальн": "official", "проход": "held", "состоял": "held", "начал": "began",
    "заверши": "concluded", "откры": "open", "офис": "office", "представительств": "representative office", "запуск": "launch", "запусти": "launched",
    "объяви": "announced", "прием": "reception", "банкет": "banquet",
    "венк": "wreath", "мавзоле": "mausoleum", "памятник": "monument", "мемориал": "memorial",
    "встретил": "met", "приветствова": "welcomed", "провожа": "saw off",
    "рамк": "framework", "качеств": "quality", "гост": "guest", "воинск": "military",
    # documents
    "документ": "documents", "декларац": "declaration", "заявлени": "statement", "соглашени": "agreement",
    "договор": "treaty", "меморандум": "memorandum", "контракт": "contract", "программ": "programme",
    "план": "plan", "дорожн": "roadmap", "стратеги": "strategy", "концепци": "concept", "видени": "vision",
    "закон": "law", "указ": "decree", "постановлени": "decree", "конвенци": "convention", "резолюци": "resolution",
    "стандарт": "standards", "сертификат": "certificate", "ратифицир": "ratify", "принят": "adopted",
    "измен": "amended", "поправк": "amendments", "наград": "award", "орден": "order", "медал": "medal",
    "преми": "prize", "вручи": "presented", "подари": "gave", "подар": "gift", "помощ": "aid",
    "поддержк": "support", "поддержа": "support", "поддерживал": "supported", "установлени": "establishment",
    "установил": "established", "основан": "founded", "создан": "created", "повышени": "upgrade",
    # numbers, durations, times
    "сколько": "how many", "скольк": "how many", "длил": "lasted", "продолжал": "lasted", "продолжительност": "duration",
    "впервы": "first time", "перв": "first", "втор": "second", "трет": "third", "полугоди": "half year",
    "квартал": "quarter", "ежегодн": "annual", "месяц": "months", "недел": "week", "сутк": "days",
    "нынешн": "current", "текущ": "current", "недавн": "recent", "предстоящ": "upcoming", "будущ": "future",
    "перспектив": "prospects",
    # measures: "сколько весит", "какова высота", "из какого материала отлит"
    "высот": "height", "материал": "material", "отлит": "cast", "отлил": "cast", "тонн": "tonnes",
    "метр": "metres", "стату": "statue", "статус": "status", "населени": "population", "мощност": "capacity",
    "расстояни": "distance",
    # requests, promises, wishes, saying
    "попроси": "asked", "проси": "asked", "просьб": "request", "предложи": "proposed", "предлага": "proposed",
    "предложени": "proposal", "призва": "called for", "призыва": "called for", "пригласи": "invited",
    "приглаша": "invited", "приглашени": "invitation", "пообеща": "promised", "обеща": "promised",
    "обязал": "pledged", "обязательств": "commitments", "пожела": "wished", "пожелани": "wishes",
    "надеял": "hoped", "надеет": "hopes", "надежд": "hope", "поздрави": "congratulated", "поздравлени": "congratulations",
    "поблагодари": "thanked", "благодар": "thanked", "оцени": "assessed",
    "похвали": "praised", "приветствовал": "welcomed", "выразил": "expressed", "описа": "described", "охарактеризова": "described", "характеризу": "describes",
    "назва": "named", "напомни": "recalled", "сообщи": "reported", "рассказа": "told", "обсуди": "discussed",
    "обсужда": "discussed", "обменял": "exchanged", "активизир": "boost", "укрепл": "strengthen",
    "укрепи": "strengthen", "расшир": "expand", "развит": "development", "развива": "develop",
    "сохран": "maintain", "реализаци": "implementation", "реализова": "implement", "выполн": "implement",
    "реши": "resolve", "решени": "decision", "содейств": "facilitate", "достижени": "achievements",
    "результат": "results", "потенциал": "potential", "возможност": "opportunities", "сфер": "areas",
    "отрасл": "sector", "инициатив": "initiative", "политик": "policy", "приоритет": "priority",
    "посети": "visit", "россиян": "russians", "вьетнамц": "vietnamese", "сумм": "amount",
    "хоте": "want", "хочет": "wants", "намерен": "intends", "планиру": "plans", "собира": "plans",
    # words readers ask with that the sections above lack (titles, verbs of meeting and telling,
    # nouns of programmes and numbers): stems of more than one form
    "партнер": "partners", "уровн": "level", "уровен": "level", "деятельност": "work", "революцион": "revolutionary",
    "упомяну": "mentioned", "упомина": "mentioned", "говор": "said", "разговор": "conversation",
    "телефон": "phone", "подчеркну": "stressed", "подчеркива": "stressed", "ответи": "replied",
    "забыва": "forget", "забуд": "forget", "забыл": "forgot", "помн": "remember", "заказ": "ordered",
    "купи": "buy", "покупа": "buy", "покупк": "purchase", "закупк": "purchase", "закупа": "buy", "прода": "sell",
    "класс": "class", "конц": "end", "съезд": "congress", "компарти": "communist party", "переда": "handed over",
    "привет": "regards", "провел": "held", "провод": "held", "проведени": "holding",
    "школ": "school", "лице": "lyceum", "лицензи": "licence", "преподава": "teach", "изуча": "study",
    "изучени": "study", "учеб": "study", "обуча": "teach", "погод": "weather", "мощност": "capacity",
    "ветров": "wind", "построи": "build", "строи": "build", "строительств": "construction",
    "дополнительн": "additional", "готов": "ready", "власт": "authorities", "водн": "aquatic",
    "получи": "obtained", "получа": "obtained", "получен": "obtained", "совместн": "joint", "групп": "group",
    "перекрестн": "cross", "совпад": "coincide", "увиде": "see", "фонд": "fund", "формат": "format",
    "стоил": "cost", "прибыв": "arrived", "приезд": "arrival", "прилет": "arrival", "покину": "left",
    "вылете": "departed", "верну": "returned", "документальн": "documentary", "рождени": "birth",
    "министерств": "ministry", "министр": "minister", "губернатор": "governor", "председател": "chairman",
    "премьер": "prime minister", "спикер": "speaker", "секретар": "secretary", "советник": "adviser",
    "помощник": "aide", "генконсул": "consul general", "представител": "representative", "посланник": "envoy",
    "главн": "main",  "возглав": "headed", "руководи": "headed", "руководств": "leadership",
    "агроэкспорт": "agricultural exports", "агропродукци": "agricultural products",
}

# whole forms: question words, pronouns and particles that no stem may swallow
# more everyday news words (roles, troubles, disasters, time, leadership)
RU_STEMS |= {
    "оборон": "defence", "ведомств": "ministry", "наводнени": "floods", "паводк": "floods", "тайфун": "typhoon",
    "стихийн": "natural", "бедстви": "disaster", "пострадавш": "affected", "жертв": "victims", "соболезновани": "condolences",
    "проблем": "problems", "трудност": "difficulties", "сложност": "difficulties", "препятстви": "obstacles",
    "руководител": "leaders", "руководств": "leadership", "лидер": "leader", "помог": "helped", "помоч": "help",
    "восстановлени": "recovery", "восстанови": "recover", "восстановлен": "revived", "возрожд": "revived",
    "период": "period", "прогноз": "forecast", "ожида": "expected", "цель": "target", "целев": "target",
    "направлени": "areas", "сфер": "areas", "отрасл": "sectors", "вопрос": "issues",
    "значени": "importance", "важност": "importance", "вклад": "contribution", "заслуг": "contribution",
    "причин": "reason", "поскольк": "because", "благодаря": "thanks", "доставлен": "delivered", "доставк": "delivery",
    "доставил": "delivered", "передал": "handed", "передач": "handover", "переда": "handed", "получил": "received",
    "получени": "receipt", "пожертвова": "donated", "безвозмездн": "donated", "самолетом": "aircraft",
    "прибыва": "arrive", "вылетел": "left", "покинул": "left", "пребывани": "stay", "продлил": "extended",
    "создани": "creation", "учрежден": "established", "начальник": "head", "глав": "head",
    "заместител": "deputy",  "консультант": "adviser",
    "советник": "adviser", "торгпред": "trade representative", "представител": "representative",
}
# the everyday words of news about institutions, posts, parliament and the Party, law, defence,
# economy, energy, science, health, culture, sport and media; no stem is a name's start with a short
# ending ("груз" would read "Грузия", "золот" "Золотов": such words are whole forms below)
RU_STEMS |= {
    # institutions, posts and people's titles
    # "Общество дружбы" is the articles' Friendship Association (rarely "Friendship Society")
    "обществ": "association", "общественн": "public", "ассоциаци": "association", "союз": "union",
    "объединени": "association", "организаци": "organisation", "организова": "organised", "организатор": "organisers",
    "должност": "post", "полномочи": "powers", "назнач": "appointed", "назначени": "appointment",
    "отставк": "resigned", "избран": "elected", "избира": "elected", "переизбран": "re elected", "выбор": "election",
    "кандидат": "candidate", "голосовани": "vote", "сенатор": "senators", "член": "member",
    "парламентари": "parliamentarians", "фракци": "faction", "законопроект": "bill", "законодательн": "legislative",
    "законодательств": "legislation", "кабинет": "cabinet", "администраци": "administration", "совет": "council",
    "палат": "chamber", "секретариат": "secretariat", "политбюро": "politburo", "центральн": "central",
    "пленум": "plenum", "коммунист": "communists", "социалистическ": "socialist", "социализм": "socialism",
    "идеолог": "ideology", "теори": "theory", "дипломат": "diplomats", "верительн": "credentials",
    "спецпредставител": "special representative", "спецпосланник": "special envoy", "атташе": "attache",
    "сотрудник": "staff", "персонал": "staff", "эксперт": "experts", "специалист": "specialists",
    "аналитик": "analysts", "политолог": "political scientist", "основател": "founder", "супруг": "wife",
    "покойн": "late", "почетн": "honorary", "геро": "hero", "заслуженн": "honoured", "заведующ": "head",
    "ректор": "rector", "профессор": "professor", "доцент": "associate professor", "академик": "academician",
    "журналист": "journalists", "корреспондент": "correspondent", "редактор": "editor", "федеральн": "federal",
    "федераци": "federation", "республик": "republic", "муниципальн": "municipal", "район": "district",
    "округ": "district", "жител": "residents", "населени": "population", "побратим": "twinning",
    # diplomacy, politics and history
    "консульск": "consular", "гражданств": "citizenship", "гражданск": "civil", "паспорт": "passport", "безвизов": "visa free",
    "въезд": "entry", "выезд": "exit", "миграци": "migration", "мигрант": "migrants", "интеграци": "integration",
    "глобальн": "global", "миров": "world", "позици": "position", "взгляд": "views", "осуди": "condemned",
    "осужда": "condemned", "сдержанност": "restraint", "урегулировани": "settlement", "мирн": "peaceful",
    "стабильност": "stability", "альянс": "alliance", "союзник": "allies", "довери": "trust",
    "взаимопонимани": "understanding", "солидарност": "solidarity", "благодарност": "gratitude",
    "дружеск": "friendly", "братск": "brotherly", "письм": "letter", "послани": "message",
    "поздравительн": "congratulatory", "телеграмм": "telegram", "октябрьск": "october", "революци": "revolution",
    "велик": "great", "отечественн": "patriotic", "фашизм": "fascism", "освобождени": "liberation",
    "воссоединени": "reunification", "независимост": "independence", "праздник": "holiday", "посвящ": "dedicated",
    "приуроч": "mark", "отпраздн": "celebrated", "удостоен": "awarded", "присвоен": "conferred",
    # verbs of meeting, telling and deciding
    "присутств": "attended", "присутствова": "attended", "занима": "holds", "присутствующ": "present", "принима": "received", "приня": "received",
    "рассчитан": "designed", "обсуждени": "discussed", "заключ": "concluded", "согласова": "agreed",
    "утверди": "approved", "утвержд": "approved", "одобри": "approved", "ратификаци": "ratification",
    "объявл": "announced", "сообща": "reported", "заяви": "said", "подтверди": "confirmed", "подтвержд": "confirmed",
    "посеща": "visit", "прибуд": "arrive", "стартова": "started", "заверш": "concluded", "информирова": "informed",
    "проинформирова": "informed", "информаци": "information", "признател": "grateful", "номер": "number",
    "количеств": "number", "последн": "last", "прошл": "last", "следующ": "next", "ближайш": "coming",
    "вечер": "evening",
    # law, justice, police
    "юстици": "justice", "минюст": "justice ministry", "судебн": "judicial", "верховн": "supreme",
    "прокуратур": "prosecutor", "прокурор": "prosecutor", "полици": "police", "полицейск": "police",
    "правоохранительн": "law enforcement", "правов": "legal", "юридическ": "legal", "уголовн": "criminal",
    "экстрадици": "extradition", "расследовани": "investigation", "задерж": "detained", "арест": "arrested",
    "приговор": "sentence", "наркотик": "drugs", "контрабанд": "smuggling", "коррупци": "corruption",
    "отмывани": "laundering", "киберпреступност": "cybercrime", "кибербезопасност": "cybersecurity",
    "аудит": "audit", "мошенничеств": "fraud", "адвокат": "lawyers",
    # defence
    "генштаб": "general staff", "военнослужащ": "servicemen", "солдат": "soldiers",
    "ветеран": "veterans", "погибш": "fallen", "танк": "tanks", "истребител": "fighter", "вертолет": "helicopters",
    "ракет": "missiles", "ракетн": "missile", "разминировани": "demining", "миротворческ": "peacekeeping",
    "миротворц": "peacekeepers", "пограничн": "border guard", "фрегат": "frigate", "маневр": "manoeuvres",
    "командир": "commander", "командующ": "commander", "генерал": "general", "адмирал": "admiral",
    "полковник": "colonel", "маршал": "marshal", "офицер": "officers", "курсант": "cadets",
    # economy, trade, farming
    "бюджет": "budget", "инфляци": "inflation", "выручк": "revenue", "доход": "income", "кредит": "credit",
    "займ": "loan", "акци": "campaign", "акционер": "shareholders", "тариф": "tariffs", "квот": "quotas",
    "льгот": "incentives", "субсиди": "subsidies", "занятост": "employment", "безработиц": "unemployment",
    "зарплат": "wages", "зерн": "grain", "пшениц": "wheat", "удобрени": "fertilisers", "молочн": "dairy",
    "кешью": "cashew", "каучук": "rubber", "древесин": "timber", "электроник": "electronics",
    "смартфон": "smartphones", "машиностроени": "machinery", "высокотехнологичн": "high tech",
    "технолог": "technology", "инновац": "innovation", "стартап": "startups", "бренд": "brand",
    "розничн": "retail", "оптов": "wholesale", "экспортер": "exporters", "импортер": "importers",
    "банковск": "banking", "платежн": "payment", "грузов": "cargo", "пассажир": "passengers",
    # energy, environment, transport
    "реактор": "reactor", "электричеств": "electricity", "энергоблок": "power unit", "гидроэлектростанци": "hydropower plant",
    "солнечн": "solar", "трубопровод": "pipeline", "газопровод": "gas pipeline", "нефтепровод": "oil pipeline",
    "нефтеперерабатывающ": "refinery", "переработк": "processing", "скважин": "wells", "бурени": "drilling",
    "климат": "climate", "экологи": "environment", "экологическ": "environmental", "выброс": "emissions",
    "минерал": "minerals", "редкоземельн": "rare earth", "ресурс": "resources", "водород": "hydrogen",
    "поезд": "train", "вагон": "wagons", "контейнер": "containers", "судн": "vessels", "метро": "metro",
    "коридор": "corridor", "маршрут": "route",
    # science, education, heritage
    "лаборатори": "laboratory", "эксперимент": "experiment", "спутник": "satellite", "биотехнолог": "biotechnology",
    "патент": "patent", "изобретени": "invention", "диссертаци": "thesis", "аспирант": "postgraduate",
    "магистр": "master", "бакалавр": "bachelor", "выпускник": "graduates", "окончил": "graduated",
    "закончил": "graduated", "факультет": "faculty", "кафедр": "department", "учебник": "textbooks",
    "олимпиад": "olympiad", "экзамен": "exam", "музе": "museum", "библиотек": "library", "архив": "archives",
    "наследи": "heritage",
    # health and relief
    "пациент": "patients", "лечени": "treatment", "хирург": "surgeons", "медсестр": "nurses", "маск": "masks",
    "тест": "tests", "заболевани": "disease", "болезн": "disease", "онкологи": "oncology", "гуманитарн": "humanitarian",
    # culture and media
    "театр": "theatre", "балет": "ballet", "танц": "dance", "певиц": "singer", "певц": "singers", "песн": "songs",
    "композитор": "composer", "живопис": "painting", "картин": "paintings", "фотограф": "photographers",
    "фотографи": "photos", "литератур": "literature", "писател": "writers", "поэт": "poet", "поэзи": "poetry",
    "автор": "author", "произведени": "works", "кухн": "cuisine", "блюд": "dishes", "режиссер": "director",
    "актер": "actors", "актрис": "actress", "спектакл": "performance", "гастрол": "tour", "ансамбл": "ensemble",
    "газет": "newspaper", "репортаж": "report", "телевидени": "television", "телеканал": "tv channel",
    "радио": "radio", "эфир": "broadcast", "трансляци": "broadcast", "просмотр": "views", "зрител": "viewers",
    "аудитори": "audience", "публикаци": "publication", "опубликова": "published", "издательств": "publishing house",
    "перевод": "translation", "переводчик": "translator",
    # sport
    "бокс": "boxing", "боксер": "boxers", "единоборств": "martial arts", "плавани": "swimming",
    "атлетик": "athletics", "шахмат": "chess", "волейбол": "volleyball", "баскетбол": "basketball",
    "теннис": "tennis", "спортсмен": "athletes", "тренер": "coach", "тренировк": "training", "сборн": "team",
    "команд": "team", "турнир": "tournament", "чемпионат": "championship", "чемпион": "champion",
    "серебр": "silver", "бронз": "bronze", "соревновани": "competition", "матч": "match",
    "олимпийск": "olympic",
}
RU_SHORT_FORMS = {**{f: "role" for f in ("роль", "роли", "ролью")},
                  **{f: "topics" for f in ("тема", "темы", "тем", "теме", "темам", "темами", "темах", "тему")},
                  **{f: "visas" for f in ("виза", "визы", "виз", "визами", "визам", "визах", "визу")}}
RU_FORMS = {
    "какой": "which", "какая": "which", "какое": "which", "какие": "which", "какую": "which", "каким": "which",
    "какими": "which", "каких": "which", "какого": "which", "какому": "which", "каком": "which", "какои": "which",
    "которыи": "which", "которая": "which", "которое": "which", "которые": "which", "которую": "which",
    "каков": "what is", "какова": "what is", "каково": "what is", "каковы": "what are", "чеи": "whose", "чья": "whose", "чье": "whose",
    "чьи": "whose", "чем": "what", "чему": "what", "чего": "what", "сколько": "how many",
    "во время": "during", "в ходе": "during", "после": "after", "до": "before", "для": "for", "по": "",
    "по словам": "according to", "в рамках": "as part of", "в качестве": "as", "чтобы": "", "уже": "", "ещё": "", "еще": "",
    "этом": "this", "этои": "this", "этот": "this", "эта": "this", "это": "this", "эти": "these",
    "этого": "this", "тот": "that", "та": "that", "те": "those", "же": "", "бы": "", "не": "not",
    "раньше": "before", "ранее": "earlier", "теперь": "now", "сейчас": "now", "сегодня": "today",
    "против": "against", "через": "through", "от": "from", "из": "from", "к": "to", "ко": "to", "при": "at",
    "у": "at", "за": "for", "над": "over", "под": "under", "без": "without", "также": "also", "тоже": "also",
    "высоко оценил": "appreciated", "пресс конференция": "press conference", "пресс конференции": "press conference",
    "рост": "growth", "роста": "growth", "росту": "growth", "ростом": "growth", "мир": "peace", "мира": "peace",
    "миру": "peace", "мире": "peace", "цель": "target", "цели": "target", "целью": "target", "зона": "zone",
    "зоны": "zone", "зоне": "zone", "зону": "zone", "рис": "rice", "риса": "rice",
    "газ": "gas", "газа": "gas", "газу": "gas", "газом": "gas", "газе": "gas", "доза": "doses", "дозы": "doses",
    "доз": "doses", "дозу": "doses", "дозах": "doses", "дозами": "doses", "вуз": "university", "вуза": "university",
    "вузы": "universities", "вузов": "universities", "вузами": "universities", "вузах": "universities",
    "сми": "media", "рынок": "market", "вмф": "navy", "день": "day", "дня": "day", "дню": "day", "днем": "day",
    "дни": "days", "дней": "days", "дням": "days", "днями": "days", "днях": "days", "угля": "coal",
    "всего": "total", "регулярно": "regularly", "лично": "personally", "вместе": "together",
    # question words and their phrases ("каким был товарооборот" asks what it was, not whether)
    "кому": "whom", "каким был": "what was", "какои был": "what was", "какая была": "what was",
    "каким было": "what was", "какое было": "what was", "какие были": "what were", "какими были": "what were",
    "как долго": "how long", "сколько времени": "how long", "какого числа": "what date",
    "в котором часу": "what time", "во сколько": "what time", "откуда": "where from", "каким образом": "how",
    "по счету": "", "по данным": "according to", "на основе": "on the basis of",
    "которого": "which", "которои": "which", "котором": "which", "которым": "which", "которых": "which",
    "которыми": "which", "кроме": "besides", "помимо": "besides", "никогда": "never", "всегда": "always",
    "было": "was", "будет": "will", "будут": "will", "лет": "years", "годы": "years", "годах": "years",
    "лодок": "boats", "конец": "end", "право": "right", "права": "rights", "мид": "foreign ministry",
    "день рождения": "birthday",
    "дня рождения": "birthday", "дню рождения": "birthday", "днем рождения": "birthday",
    "главу мид": "foreign minister", "главы мид": "foreign minister", "главе мид": "foreign minister",
    "министра иностранных дел": "foreign minister", "министру иностранных дел": "foreign minister",
    "министре иностранных дел": "foreign minister", "иностранных дел": "foreign affairs",
    "прошла": "held", "прошел": "held", "прошло": "held", "прошли": "held", "мэром": "mayor", "мэру": "mayor",
}
# the months in every case a date takes ("в феврале", "10 января", "в мае"), read as the English month
_SOFT_MONTHS = {"январ": "january", "феврал": "february", "апрел": "april", "июн": "june", "июл": "july",
                "сентябр": "september", "октябр": "october", "ноябр": "november", "декабр": "december"}
RU_FORMS |= {stem + end: eng for stem, eng in _SOFT_MONTHS.items() for end in ("ь", "я", "е", "ю", "ем")}
RU_FORMS |= {stem + end: eng for stem, eng in (("март", "march"), ("август", "august"))
             for end in ("", "а", "е", "у", "ом")}
RU_FORMS |= {"май": "may", "мая": "may", "мае": "may", "маю": "may", "маем": "may"}
RU_FORMS |= RU_SHORT_FORMS
# short or clashing words in their few forms: "после" (after) is no ambassador, "долго" no debt,
# "стать" (to become) no article, "Грузия" no cargo
RU_FORMS |= {
    **{f: "weighs" for f in ("весит", "весят", "весил", "весила", "весом", "вес", "веса")},
    **{f: "ambassador" for f in ("послу", "послы", "послов", "послам", "послами")},
    **{f: "debt" for f in ("долг", "долга", "долги", "долгов", "долгом")},
    **{f: "article" for f in ("статья", "статьи", "статью", "статье", "статей")},
    **{f: "cargo" for f in ("груз", "груза", "грузы", "грузов", "грузам", "грузами")},
    **{f: "court" for f in ("суд", "суда", "суде", "судом", "суды", "судов", "судам")},
    **{f: "post" for f in ("пост", "поста", "посту", "постом", "посты", "постах")},
    **{f: "price" for f in ("цена", "цены", "цену", "цене", "ценой", "цен", "ценам", "ценами")},
    **{f: "gold" for f in ("золото", "золота", "золотом", "золотая", "золотой", "золотую", "золотые", "золотых")},
    **{f: "meat" for f in ("мясо", "мяса", "мясом")}, **{f: "tea" for f in ("чай", "чая", "чаю")},
    "в отношении": "regarding", "по отношению к": "towards",  # no relationship asked of: "what X promised regarding Y"
    **{f: "family" for f in ("семья", "семьи", "семье", "семью", "семьей")},
    **{f: "daughter" for f in ("дочь", "дочери", "дочерью")}, **{f: "son" for f in ("сын", "сына", "сыну", "сыном")},
    **{f: "anniversary" for f in ("летие", "летия", "летию", "летием")},
    # a count ("малого числа туристов"); a day of the month is asked as "какого числа", a phrase
    "числа": "number", "в том числе": "including", "долго": "long", "ввп": "gdp", "оон": "united nations",
    "шос": "sco", "брикс": "brics", "атэс": "apec", "аэс": "nuclear power plant", "гэс": "hydropower plant",
    "цк": "central committee", "кпрф": "communist party", "состоится": "held", "состоятся": "held",
    "пройдет": "held", "пройдут": "held", "единая россия": "united russia", "единои россии": "united russia",
    "единую россию": "united russia", "красного креста": "red cross", "красныи крест": "red cross",
}
RU_STEMS |= RU_MORE_STEMS
RU_FORMS |= RU_MORE_FORMS
RU_STEMS |= {k: v for k, v in RU_NEWS_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_NEWS_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_TAIL_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_TAIL_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_ASKED_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_ASKED_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_COMMON_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_COMMON_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_SOCIETY_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_SOCIETY_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_WIDE_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_WIDE_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_BODIES_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_BODIES_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_EVENTS_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_EVENTS_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_GAPS_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_GAPS_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_DAILY_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_DAILY_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_GOODS_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_GOODS_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_READER_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_READER_FORMS.items() if k not in RU_FORMS}
RU_STEMS |= {k: v for k, v in RU_REPORTS_STEMS.items() if k not in RU_STEMS}
RU_FORMS |= {k: v for k, v in RU_REPORTS_FORMS.items() if k not in RU_FORMS}
