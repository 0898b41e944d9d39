"""Name folding, alias generation and the place/country lexicon.

Everything that compares names (store merge keys, the engine's alias lookup, extraction's
coreference) goes through `fold`, so "Nguyễn Phú Trọng", "Nguyen Phu Trong" and
"NGUYEN PHU TRONG" meet on one key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from knowledge import lazy_re
from knowledge.place_names_foreign import RU_PLACES, VI_PLACES

_PUNCT = lazy_re.compile(r"[\W_]+", re.UNICODE)
_APOS = lazy_re.compile(r"['’`]s\b")


@lru_cache(maxsize=1 << 16)
def fold(s: str) -> str:
    """Lowercase, strip diacritics (NFKD; đ/Đ -> d), collapse punctuation and whitespace."""
    if not s:
        return ""
    s = s.replace("đ", "d").replace("Đ", "D").replace("ð", "d")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = _PUNCT.sub(" ", s)
    return " ".join(s.split())


@lru_cache(maxsize=1 << 16)
def strip_diacritics(s: str) -> str:
    """'Nguyễn Phú Trọng' -> 'Nguyen Phu Trong' (case kept)."""
    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return unicodedata.normalize("NFC", "".join(ch for ch in s if not unicodedata.combining(ch)))


def has_diacritics(s: str) -> bool:
    return strip_diacritics(s) != s


# --- Vietnamese vs Western personal names ------------------------------------------------

VIETNAMESE_SURNAMES = frozenset(
    "nguyen tran le pham hoang huynh vu vo dang bui do ho ngo duong ly phan truong dinh "
    "lam mai trinh doan luong cao ha ta chu quach thai tong van dao kieu luu giang trieu thach vuong "
    "dam khong nong lai phung chau bach nghiem tieu mac quan ung hua khuc uong giap ninh ton luc mach trac".split()
)
# letters that only occur in Vietnamese orthography (after NFC)
_VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ")


def is_vietnamese_name(name: str) -> bool:
    """Heuristic: Vietnamese letters, or a common Vietnamese family name first (of 2-4 tokens)."""
    name = unicodedata.normalize("NFC", name)
    if any(ch in _VI_LETTERS for ch in name):
        return True
    toks = fold(name).split()
    return 2 <= len(toks) <= 4 and toks[0] in VIETNAMESE_SURNAMES


_PATRONYMIC = lazy_re.compile(r"^[A-Z][a-z]+(?:(ovich|evich|yevich|ich)|(ovna|evna|yevna|ichna))$")


def patronymic(word: str) -> str | None:
    """'m' or 'f' for a Russian patronymic ('Valerievich', 'Aleksandrovna'), else None."""
    m = _PATRONYMIC.match(word)
    return None if m is None else ("m" if m.group(1) else "f")


def short_name(name: str) -> str:
    """The token people are called by: Vietnamese -> last given name ("Trọng"),
    Russian/Western -> family name, the last token ("Lavrov")."""
    toks = name.split()
    return toks[-1] if toks else name


def family_name(name: str) -> str:
    toks = name.split()
    if not toks:
        return name
    return toks[0] if is_vietnamese_name(name) and len(toks) > 1 else toks[-1]


def person_aliases(name: str) -> set[str]:
    """Surface forms a text may use for a person: full name with/without diacritics,
    the short name and "Mr. <short name>" (both spellings)."""
    out = {name, strip_diacritics(name)}
    toks = name.split()
    if len(toks) > 1:
        s = short_name(name)
        for v in {s, strip_diacritics(s)}:
            out.add(v)
            out.add(f"Mr. {v}")
        if not is_vietnamese_name(name):
            out.add(" ".join(toks[-1:]))
    return out


# --- Cyrillic transliteration (for Russian-language questions) ---------------------------

_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}


def translit_cyrillic(s: str) -> str:
    """Simple BGN-like Cyrillic -> Latin ('Путин' -> 'Putin', 'Лавров' -> 'Lavrov').
    Word-final 'ий'/'ый' -> 'y' ('Дмитрий' -> 'Dmitry'), initial 'е' -> 'ye' is not applied
    because English news spellings (Sergey, Medvedev) keep plain 'e'."""
    out = []
    words = re.split(r"(\W+)", s)
    for w in words:
        lw = w.lower()
        lw = re.sub(r"(ий|ый)$", "y", lw)
        res = "".join(_CYR.get(ch, ch) for ch in lw)
        if w[:1].isupper():
            res = res[:1].upper() + res[1:]
        out.append(res)
    return "".join(out)


# --- Countries and places -------------------------------------------------------------------

# canonical English name -> variants (any spelling, case or diacritics; folded on lookup)
COUNTRIES: dict[str, list[str]] = {
    "Vietnam": ["Vietnam", "Viet Nam", "Việt Nam", "VIETNAM", "Socialist Republic of Vietnam",
                "Socialist Republic of Viet Nam"],
    "Russia": ["Russia", "Russian Federation", "the Russian Federation"],
    "Soviet Union": ["Soviet Union", "the former Soviet Union", "the Soviet Union", "USSR", "former Soviet Union"],
    "China": ["China", "People's Republic of China"],
    "United States": ["United States", "the United States", "US", "U.S.", "USA", "America"],
    "Ukraine": ["Ukraine"],
    "Belarus": ["Belarus"],
    "Kazakhstan": ["Kazakhstan"],
    "Laos": ["Laos", "Lao PDR"],
    "Cambodia": ["Cambodia"],
    "Thailand": ["Thailand"],
    "Indonesia": ["Indonesia"],
    "Malaysia": ["Malaysia"],
    "Singapore": ["Singapore"],
    "Philippines": ["Philippines", "the Philippines"],
    "Myanmar": ["Myanmar"],
    "Brunei": ["Brunei"],
    "India": ["India"],
    "Japan": ["Japan"],
    # the two Koreas apart; a bare "Korea" is neither of them (never listed here)
    "South Korea": ["South Korea", "Republic of Korea", "the Republic of Korea", "ROK", "R.O.K."],
    "North Korea": ["North Korea", "DPRK", "D.P.R.K.", "DPR Korea", "Democratic People's Republic of Korea",
                    "the Democratic People's Republic of Korea", "Democratic People’s Republic of Korea"],
    "Mongolia": ["Mongolia"],
    "Cuba": ["Cuba"],
    "France": ["France"],
    "Germany": ["Germany"],
    "United Kingdom": ["United Kingdom", "the United Kingdom", "UK", "Britain"],
    "Uzbekistan": ["Uzbekistan"], "Kyrgyzstan": ["Kyrgyzstan"], "Tajikistan": ["Tajikistan"],
    "Turkmenistan": ["Turkmenistan"], "Azerbaijan": ["Azerbaijan"], "Armenia": ["Armenia"],
    "Iran": ["Iran"], "Iraq": ["Iraq"], "Syria": ["Syria"], "Turkey": ["Turkey", "Türkiye", "Turkiye"],
    "Israel": ["Israel"], "Egypt": ["Egypt"], "Saudi Arabia": ["Saudi Arabia"],
    "United Arab Emirates": ["United Arab Emirates", "the United Arab Emirates", "UAE"], "Qatar": ["Qatar"],
    "Pakistan": ["Pakistan"], "Bangladesh": ["Bangladesh"], "Sri Lanka": ["Sri Lanka"], "Nepal": ["Nepal"],
    "Timor-Leste": ["Timor-Leste", "East Timor"], "Australia": ["Australia"], "New Zealand": ["New Zealand"],
    "Canada": ["Canada"], "Brazil": ["Brazil"], "Argentina": ["Argentina"], "Mexico": ["Mexico"],
    "Venezuela": ["Venezuela"], "Nicaragua": ["Nicaragua"], "Chile": ["Chile"],
    "South Africa": ["South Africa"], "Nigeria": ["Nigeria"], "Algeria": ["Algeria"], "Ethiopia": ["Ethiopia"],
    "Italy": ["Italy"], "Spain": ["Spain"], "Poland": ["Poland"], "Hungary": ["Hungary"], "Serbia": ["Serbia"],
    "Czech Republic": ["Czech Republic", "the Czech Republic", "Czechia"], "Slovakia": ["Slovakia"],
    "Bulgaria": ["Bulgaria"], "Romania": ["Romania"], "Greece": ["Greece"], "Finland": ["Finland"],
    "Sweden": ["Sweden"], "Norway": ["Norway"], "Netherlands": ["Netherlands", "the Netherlands"],
    "Belgium": ["Belgium"], "Switzerland": ["Switzerland"], "Austria": ["Austria"],
}

PLACES: dict[str, list[str]] = {
    "Hanoi": ["Hanoi", "Ha Noi", "Hà Nội", "HÀ NỘI", "HANOI"],
    "Ho Chi Minh City": ["Ho Chi Minh City", "Hồ Chí Minh City", "HCM City", "HCMC", "Thành phố Hồ Chí Minh",
                         "Saigon", "HCM CITY"],
    "Da Nang": ["Da Nang", "Đà Nẵng", "Danang"],
    "Hai Phong": ["Hai Phong", "Hải Phòng", "Haiphong"],
    "Nha Trang": ["Nha Trang"],
    "Hue": ["Hue", "Huế"],
    "Can Tho": ["Can Tho", "Cần Thơ"],
    "Moscow": ["Moscow", "MOSCOW"],
    "Saint Petersburg": ["Saint Petersburg", "St. Petersburg", "St Petersburg"],
    "Vladivostok": ["Vladivostok"],
    "Sochi": ["Sochi"],
    "Kazan": ["Kazan"],
    "Novosibirsk": ["Novosibirsk"],
    "Kremlin": ["Kremlin", "the Kremlin"],
    "Asia-Pacific": ["Asia-Pacific", "the Asia-Pacific", "Asia-Pacific region", "the Asia-Pacific region"],
    "Europe": ["Europe"],
    "East Sea": ["East Sea", "the East Sea", "South China Sea"],
}

# Vietnamese provinces and cities (without them the model takes "Quảng Ninh", "Đồng Tháp" for
# people: they look like Vietnamese names) and Russian regions and cities
_VN_PROVINCES = """Hà Giang|Cao Bằng|Bắc Kạn|Tuyên Quang|Lào Cai|Điện Biên|Lai Châu|Sơn La|Yên Bái|Hòa Bình|
Thái Nguyên|Lạng Sơn|Quảng Ninh|Bắc Giang|Phú Thọ|Vĩnh Phúc|Bắc Ninh|Hải Dương|Hưng Yên|Thái Bình|Hà Nam|
Nam Định|Ninh Bình|Thanh Hóa|Nghệ An|Hà Tĩnh|Quảng Bình|Quảng Trị|Thừa Thiên Huế|Quảng Nam|Quảng Ngãi|Bình Định|
Phú Yên|Khánh Hòa|Ninh Thuận|Bình Thuận|Kon Tum|Gia Lai|Đắk Lắk|Đắk Nông|Lâm Đồng|Bình Phước|Tây Ninh|
Bình Dương|Đồng Nai|Bà Rịa - Vũng Tàu|Long An|Tiền Giang|Bến Tre|Trà Vinh|Vĩnh Long|Đồng Tháp|An Giang|
Kiên Giang|Hậu Giang|Sóc Trăng|Bạc Liêu|Cà Mau|Hạ Long|Vũng Tàu|Phú Quốc|Đà Lạt|Quy Nhơn|Buôn Ma Thuột|
Vân Đồn|Cam Ranh|Côn Đảo"""
_VN_TOWNS = {"Ha Long", "Vung Tau", "Phu Quoc", "Da Lat", "Quy Nhon", "Buon Ma Thuot", "Van Don", "Cam Ranh",
             "Con Dao"}
PROVINCES: set[str] = set()  # first-level regions: what "the province" / "the region" refers to
for _p in (x.strip() for x in _VN_PROVINCES.replace("\n", "").split("|")):
    _c = strip_diacritics(_p).replace("Đ", "D").replace("đ", "d")
    PLACES.setdefault(_c, [_p])
    if _c not in _VN_TOWNS:
        PROVINCES.add(_c)
for _p, _vs in {"Khabarovsk": [], "Yekaterinburg": ["Ekaterinburg"], "Nizhny Novgorod": [], "Irkutsk": [],
                "Krasnoyarsk": [], "Omsk": [], "Ulyanovsk": [], "Primorsky Krai": ["Primorsky", "Primorye"],
                "Sakhalin": [], "Kamchatka": [], "Murmansk": [], "Tatarstan": [],
                "Yakutia": ["Sakha", "Sakha Republic", "Republic of Sakha", "Republic of Sakha (Yakutia)"], "Kaliningrad": [],
                "Rostov-on-Don": [], "Volgograd": [], "Samara": [], "Tula": [], "Bashkortostan": []}.items():
    PLACES.setdefault(_p, [_p, *_vs])
PROVINCES |= {"Primorsky Krai", "Sakhalin", "Kamchatka", "Tatarstan", "Yakutia", "Bashkortostan"}

# buildings and compounds where officials meet: an event's place only when no city is named
VENUES = {"Kremlin"}

# capitals and large cities abroad -> their country (a visit to Pyongyang is a visit to North Korea)
FOREIGN_CITIES = {
    "Pyongyang": "North Korea", "Seoul": "South Korea", "Busan": "South Korea", "Beijing": "China",
    "Shanghai": "China", "Vientiane": "Laos", "Phnom Penh": "Cambodia", "Bangkok": "Thailand",
    "Jakarta": "Indonesia", "Kuala Lumpur": "Malaysia", "Manila": "Philippines", "Naypyidaw": "Myanmar",
    "Yangon": "Myanmar", "Bandar Seri Begawan": "Brunei", "Tokyo": "Japan", "Osaka": "Japan",
    "New Delhi": "India", "Ulaanbaatar": "Mongolia", "Havana": "Cuba", "Minsk": "Belarus", "Astana": "Kazakhstan",
    "Almaty": "Kazakhstan", "Tashkent": "Uzbekistan", "Bishkek": "Kyrgyzstan", "Dushanbe": "Tajikistan",
    "Ashgabat": "Turkmenistan", "Baku": "Azerbaijan", "Yerevan": "Armenia", "Kyiv": "Ukraine",
    "Washington": "United States", "New York": "United States", "Paris": "France", "Berlin": "Germany",
    "London": "United Kingdom", "Tehran": "Iran", "Ankara": "Turkey", "Istanbul": "Turkey", "Cairo": "Egypt",
    "Brasilia": "Brazil", "Rio de Janeiro": "Brazil", "Pretoria": "South Africa",
    "Johannesburg": "South Africa", "Canberra": "Australia", "Rome": "Italy", "Madrid": "Spain",
    "Warsaw": "Poland", "Budapest": "Hungary", "Belgrade": "Serbia", "Prague": "Czech Republic",
    "Vienna": "Austria", "Geneva": "Switzerland", "Abu Dhabi": "United Arab Emirates", "Dubai": "United Arab Emirates",
}
for _p, _vs in {"Ulaanbaatar": ["Ulan Bator"], "Naypyidaw": ["Nay Pyi Taw", "Naypyitaw"], "Kyiv": ["Kiev"],
                "Washington": ["Washington D.C.", "Washington, D.C."], "Beijing": [], "Seoul": []}.items():
    PLACES.setdefault(_p, [_p, *_vs])
for _p in FOREIGN_CITIES:
    PLACES.setdefault(_p, [_p])

_RU_PLACES = {"Moscow", "Saint Petersburg", "Vladivostok", "Sochi", "Kazan", "Novosibirsk", "Kremlin", "Khabarovsk",
              "Yekaterinburg", "Nizhny Novgorod", "Irkutsk", "Krasnoyarsk", "Omsk", "Ulyanovsk", "Primorsky Krai",
              "Sakhalin", "Kamchatka", "Murmansk", "Tatarstan", "Yakutia", "Kaliningrad", "Rostov-on-Don",
              "Volgograd", "Samara", "Tula", "Bashkortostan"}
_REGIONS = {"Asia-Pacific", "Europe", "East Sea"}  # no country's territory: never a host

# which country a place belongs to (for "visit to Hanoi" -> host Vietnam); every place is listed
# explicitly: one without a country here is no country's (a region, a sea)
PLACE_COUNTRY = {**FOREIGN_CITIES, **{p: "Russia" for p in _RU_PLACES}}
for _p in PLACES:
    if _p not in PLACE_COUNTRY and _p not in _REGIONS:
        PLACE_COUNTRY[_p] = "Vietnam"  # the rest of the lexicon: Vietnamese cities and provinces

# each country's capital, for "the Malaysian capital" / "the Russian capital"
CAPITALS = {
    "Vietnam": "Hanoi", "Russia": "Moscow", "North Korea": "Pyongyang", "South Korea": "Seoul", "China": "Beijing",
    "Laos": "Vientiane", "Cambodia": "Phnom Penh", "Thailand": "Bangkok", "Indonesia": "Jakarta",
    "Malaysia": "Kuala Lumpur", "Philippines": "Manila", "Myanmar": "Naypyidaw", "Brunei": "Bandar Seri Begawan",
    "Japan": "Tokyo", "India": "New Delhi", "Mongolia": "Ulaanbaatar", "Cuba": "Havana", "Belarus": "Minsk",
    "Kazakhstan": "Astana", "Uzbekistan": "Tashkent", "Kyrgyzstan": "Bishkek", "Tajikistan": "Dushanbe",
    "Turkmenistan": "Ashgabat", "Azerbaijan": "Baku", "Armenia": "Yerevan", "Ukraine": "Kyiv",
    "United States": "Washington", "France": "Paris", "Germany": "Berlin", "United Kingdom": "London",
    "Iran": "Tehran", "Turkey": "Ankara", "Egypt": "Cairo", "Brazil": "Brasilia", "South Africa": "Pretoria",
    "Australia": "Canberra", "Italy": "Rome", "Spain": "Madrid", "Poland": "Warsaw", "Hungary": "Budapest",
    "Serbia": "Belgrade", "Czech Republic": "Prague", "Austria": "Vienna", "United Arab Emirates": "Abu Dhabi",
}

# nationality adjectives -> country
DEMONYMS = {
    "vietnamese": "Vietnam", "russian": "Russia", "soviet": "Soviet Union", "chinese": "China",
    "american": "United States", "ukrainian": "Ukraine", "belarusian": "Belarus", "lao": "Laos",
    "laotian": "Laos", "cambodian": "Cambodia", "thai": "Thailand", "indonesian": "Indonesia",
    "malaysian": "Malaysia", "singaporean": "Singapore", "indian": "India", "japanese": "Japan",
    # "Korean" alone is neither Korea: only "North/South Korean" name a state (nationality_of_phrase)
    "north korean": "North Korea", "south korean": "South Korea", "mongolian": "Mongolia", "cuban": "Cuba", "french": "France",
    "german": "Germany", "british": "United Kingdom", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan",
    "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "azerbaijani": "Azerbaijan", "armenian": "Armenia",
    "iranian": "Iran", "iraqi": "Iraq", "syrian": "Syria", "turkish": "Turkey", "israeli": "Israel",
    "egyptian": "Egypt", "saudi": "Saudi Arabia", "emirati": "United Arab Emirates", "qatari": "Qatar",
    "pakistani": "Pakistan", "bangladeshi": "Bangladesh", "australian": "Australia", "canadian": "Canada",
    "brazilian": "Brazil", "argentine": "Argentina", "mexican": "Mexico", "venezuelan": "Venezuela",
    "nicaraguan": "Nicaragua", "chilean": "Chile", "nigerian": "Nigeria", "algerian": "Algeria",
    "ethiopian": "Ethiopia", "italian": "Italy", "spanish": "Spain", "polish": "Poland",
    "hungarian": "Hungary", "serbian": "Serbia", "czech": "Czech Republic", "slovak": "Slovakia",
    "bulgarian": "Bulgaria", "romanian": "Romania", "greek": "Greece", "finnish": "Finland",
    "swedish": "Sweden", "norwegian": "Norway", "dutch": "Netherlands", "belgian": "Belgium",
    "swiss": "Switzerland", "austrian": "Austria", "burmese": "Myanmar", "filipino": "Philippines",
    "bruneian": "Brunei", "timorese": "Timor-Leste", "danish": "Denmark", "cypriot": "Cyprus",
    "portuguese": "Portugal", "irish": "Ireland", "georgian": "Georgia", "moldovan": "Moldova",
    "estonian": "Estonia", "latvian": "Latvia", "lithuanian": "Lithuania", "croatian": "Croatia",
}
# seats of government news puts before a title for the state ("the Kremlin leader", "Kremlin
# spokesman"): a nationality there, though a place everywhere else
GOVERNMENT_SEATS = {"kremlin": "Russia"}

# Vietnamese- and Russian-language forms of countries/places -> canonical English name.
FOREIGN_ALIASES: dict[str, str] = {
    # Vietnamese
    "Nga": "Russia", "nước Nga": "Russia", "Liên bang Nga": "Russia", "Việt Nam": "Vietnam",
    "Liên Xô": "Soviet Union", "Hà Nội": "Hanoi", "Mát-xcơ-va": "Moscow", "Mátxcơva": "Moscow",
    "Matxcova": "Moscow", "Moskva": "Moscow", "Trung Quốc": "China", "Mỹ": "United States", "Hoa Kỳ": "United States",
    "Lào": "Laos", "Cam-pu-chia": "Cambodia", "Thành phố Hồ Chí Minh": "Ho Chi Minh City",
    "Điện Kremlin": "Kremlin", "Đà Nẵng": "Da Nang", "Biển Đông": "East Sea",
    # Russian
    "Россия": "Russia", "России": "Russia", "Российская Федерация": "Russia", "Вьетнам": "Vietnam",
    "Вьетнама": "Vietnam", "СССР": "Soviet Union", "Советский Союз": "Soviet Union",
    "Ханой": "Hanoi", "Москва": "Moscow", "Москве": "Moscow", "Кремль": "Kremlin",
    "Китай": "China", "США": "United States", "Украина": "Ukraine", "Хошимин": "Ho Chi Minh City",
    "Санкт-Петербург": "Saint Petersburg", "Петербург": "Saint Petersburg", "Владивосток": "Vladivostok",
    "АСЕАН": "ASEAN",
}

ORGS: dict[str, list[str]] = {
    "Communist Party of Vietnam": ["Communist Party of Vietnam", "Communist Party of Viet Nam",
                                   "Vietnamese Communist Party", "CPV", "the Communist Party of Vietnam"],
    "United Russia Party": ["United Russia Party", "United Russia", "the United Russia Party"],
    # Russian parties whose names hold the country's: never the state itself
    "A Just Russia": ["A Just Russia", "Just Russia", "A Just Russia – For the Truth", "A Just Russia - For the Truth"],
    "Communist Party of the Russian Federation": ["Communist Party of the Russian Federation", "KPRF", "CPRF"],
    "Liberal Democratic Party of Russia": ["Liberal Democratic Party of Russia", "LDPR"],
    "ASEAN": ["ASEAN", "Association of Southeast Asian Nations"],
    "United Nations": ["United Nations", "UN", "the United Nations"],
    "National Assembly of Vietnam": ["National Assembly of Vietnam", "Vietnamese National Assembly"],
    "State Duma": ["State Duma", "Russian State Duma"],
    "APEC": ["APEC"],
    "BRICS": ["BRICS"],
    "Eurasian Economic Union": ["Eurasian Economic Union", "EAEU"],
}

FOREIGN_ALIASES.update({**RU_PLACES, **VI_PLACES})
_COUNTRY_INDEX = {fold(v): k for k, vs in COUNTRIES.items() for v in [k, *vs]}
_PLACE_INDEX = {fold(v): k for k, vs in PLACES.items() for v in [k, *vs]}
_ORG_INDEX = {fold(v): k for k, vs in ORGS.items() for v in [k, *vs]}
for _k, _v in FOREIGN_ALIASES.items():  # a hyphened transliteration joined too: "Mát-xcơva" is "Mátxcơva"
    for _f in {fold(_k), fold(_k.replace("-", ""))}:
        (_COUNTRY_INDEX if _v in COUNTRIES else _PLACE_INDEX if _v in PLACES else {}).setdefault(_f, _v)


_THE = lazy_re.compile(r"^(the|The|THE)\s+")


def _strip_the(s: str) -> str:
    s = _APOS.sub("", s.strip())
    return _THE.sub("", s)


@lru_cache(maxsize=1 << 14)
def canonical_country(s: str) -> str | None:
    """The country a name or alias writes, if any: cached, as the indexes are fixed at import and a
    question's every span and a candidate's every place are looked up, often the same ones."""
    return _COUNTRY_INDEX.get(fold(_strip_the(s))) or _COUNTRY_INDEX.get(fold(s))


@lru_cache(maxsize=1 << 14)
def canonical_place(s: str) -> str | None:
    return _PLACE_INDEX.get(fold(_strip_the(s))) or _PLACE_INDEX.get(fold(s))


# the last word of a first-level region's own name: 'Kaluga Oblast', 'Primorsky Krai', 'Tver Region'
REGION_WORDS = {"oblast", "krai", "kray", "region", "province", "okrug", "republic"}
_REGION_NAME = lazy_re.compile(r"^(?:[A-ZÀ-Ỹ][\w'’-]*\s+)+(?:Oblast|Krai|Kray|Region|Province|Okrug|oblast|krai|kray|okrug)$"
                          r"|^Republic of [A-ZÀ-Ỹ]")


def is_region_name(s: str) -> bool:
    """'Kaluga Oblast', 'Republic of Buryatia': a region by its own name — never a country
    ('Republic of Korea') nor a region of no country ('Asia-Pacific region')."""
    s = _strip_the(s)
    return bool(_REGION_NAME.search(s)) and canonical_country(s) is None and canonical_place(s) not in _REGIONS


@lru_cache(maxsize=1 << 14)
def canonical_org(s: str) -> str | None:
    return _ORG_INDEX.get(fold(_strip_the(s))) or _ORG_INDEX.get(fold(s))


def country_of_demonym(word: str) -> str | None:
    return DEMONYMS.get(fold(word))


def country_variants(canonical: str) -> list[str]:
    """Every listed spelling of a country or place (for aliases and rule patterns)."""
    vs = COUNTRIES.get(canonical) or PLACES.get(canonical) or ORGS.get(canonical) or []
    extra = [k for k, v in FOREIGN_ALIASES.items() if v == canonical]
    return [canonical, *vs, *extra]
