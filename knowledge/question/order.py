"""English word order for the mapped tokens of a Vietnamese or Russian question, where the engine
reads order: a place's name before its kind ("Vnukovo airport"), and a Vietnamese question's "what"
(which Vietnamese puts where the answer goes: "X mời Y làm gì") at the front with "did", as English
asks it ("what did X invite Y to do"), so that X is read as the one who acted."""

from __future__ import annotations

from knowledge.question.senses import BEFORE_NUMBERED, NUMBERED

# the kinds of place Vietnamese and Russian write before the name ("sân bay Nội Bài", "аэропорт Внуково")
_PLACE_NOUNS = {"airport", "province", "city", "region", "oblast", "territory", "port", "seaport", "district",
                "island", "bay", "river", "village", "commune", "university", "academy", "hospital", "plant"}
# words of a question that already asks in English order
_LEADS = {"what", "which", "who", "whom", "whose", "when", "where", "why", "how", "did", "does", "do", "is", "was",
          "were", "are", "has", "have", "tell"}
# what may follow the asked thing: the end of the question, or a phrase of its own ("… nào của Tuyên Quang")
_TAIL = {"of", "in", "on", "into", "for", "from", "to", "at", "with", "during", "after", "before", "about", "through",
         "concerning", "regarding"}
# "which <person>" asks for a person or an organisation (the person answer type reads it in place)
_WHO_NOUNS = {"minister", "president", "leader", "leaders", "chairman", "chairwoman", "ambassador", "governor",
              "mayor", "director", "official", "officials", "delegation", "company", "companies", "businesses",
              "firms", "agency", "secretary", "speaker", "premier", "general", "russia", "vietnam", "russian",
              "vietnamese", "side", "country", "countries", "person", "people", "diplomat", "diplomats", "consul",
              "envoy", "spokesperson", "spokesman"}


def name_before_noun(toks: list[str], named: set[str]) -> list[str]:
    """'airport внуково' -> 'внуково airport'; `named`: the tokens written with a capital. Not when
    the noun has its name before it ('Калужской области Владислава Шапшу': a person follows)."""
    out = list(toks)
    for i in range(len(out) - 1):
        if out[i] not in _PLACE_NOUNS or out[i + 1] not in named or (i > 0 and out[i - 1] in named):
            continue
        j = i + 1
        while j < len(out) and out[j] in named and out[j] not in _PLACE_NOUNS:
            j += 1
        out[i:j] = out[i + 1 : j] + [out[i]]
    return out


# words that qualify the noun before a Vietnamese "nào" and go with it ("Phó Thủ tướng Nga nào": which
# Russian deputy prime minister; "Bộ trưởng Quốc phòng Nga nào")
_NOUN_MODS = {"deputy", "prime", "vice", "foreign", "first", "state", "general", "permanent", "russia", "vietnam",
              "russian", "vietnamese", "official", "working", "photo", "power", "nuclear", "defence", "trade",
              "industry", "education", "science", "health", "culture", "agriculture", "transport", "energy",
              "national", "assembly", "federation", "council", "duma", "party", "affairs", "news"}


# states the lexicon writes in two words, one qualifier of the noun before "which"
_TWO_WORD_STATES = {"united states", "south korea", "north korea", "united kingdom", "soviet union", "czech republic",
                    "new zealand", "saudi arabia", "south africa", "sri lanka"}


def which_before_noun(toks: list[str]) -> list[str]:
    """'ambassador russia which' -> 'which ambassador russia': Vietnamese asks "đại sứ Nga nào",
    "tỉnh nào", "lĩnh vực nào" with the noun first, English with "which" first (the answer types
    read "which ambassador", "which province"). The noun is the word before, with what qualifies it."""
    out = list(toks)
    for k in range(1, len(out)):
        if out[k] != "which" or out[k - 1] in _LEADS or out[k - 1] in _TAIL or out[k - 1] in ("and", "the") \
                or out[k + 1 : k + 2] == ["month"] or out[k + 1 : k + 2] and (out[k + 1] in NUMBERED or out[k + 1] in BEFORE_NUMBERED):
            continue  # "tháng mấy" read as "which month", "lần thứ mấy" as "which summit": the noun after it
        j = k - 2 if k >= 2 and " ".join(out[k - 2 : k]) in _TWO_WORD_STATES else k - 1  # "tàu Mỹ nào": one state
        while j > 0 and out[j - 1] in _NOUN_MODS | _WHO_NOUNS | _PLACE_NOUNS | _ORG_NOUNS:
            j -= 1
        j = _head_before_place(out, j, k)
        out[j : k + 1] = ["which", *out[j:k]]
    return out


# heads of an institution's name that a "nào" after it picks ("Hội người Việt Nam tại Nga nào")
_ORG_NOUNS = {"association", "society", "centre", "center", "committee", "institute", "embassy", "consulate",
              "club", "union", "organisation", "federation", "group"}


def _head_before_place(out: list[str], j: int, k: int) -> int:
    """Where "which" goes when "nào" follows a place's own name: no one asks which of one Russia, so
    "đại sứ Việt Nam tại Nga nào" asks which ambassador ('vietnamese ambassador in russia which'), and
    "Phó Chủ tịch UBND tỉnh Nghệ An nào" which vice chairman ('… nghe an province which'). The head is
    the noun phrase before the name and its "in"/"of"; j unchanged when none is there."""
    from knowledge.names import canonical_country, canonical_place

    end = k - 1 if out[k - 1] in _PLACE_NOUNS else k  # name_before_noun put "province" after the name
    start = next((i for i in range(max(0, end - 3), end) if not set(out[i:end]) & (_PLACE_NOUNS | _ORG_NOUNS)
                  and (canonical_country(" ".join(out[i:end])) or canonical_place(" ".join(out[i:end])))), None)
    if start is None:
        return j
    i = start - 1 if start > 0 and out[start - 1] in ("in", "of", "at") else start
    heads = _NOUN_MODS | _WHO_NOUNS | _PLACE_NOUNS | _ORG_NOUNS
    if i == 0 or out[i - 1] not in heads - {"russia", "vietnam"}:
        return j
    while i > 0 and out[i - 1] in heads:
        i -= 1
    return min(i, j)


def what_first(toks: list[str]) -> list[str]:
    """'X invited Y do what' -> 'what did X invited Y do', 'X assessed Y how' -> 'how did X assessed
    Y' ("đánh giá … như thế nào"). Only an asked object or manner: 'what', 'which' or 'how' at the
    end or before a phrase of its own, after a subject; never 'which minister' (a person asked),
    'how many' (what is counted follows), nor a question that already starts with its question word."""
    if not toks or toks[0] in _LEADS:
        return toks
    for k in range(1, len(toks)):
        if toks[k] == "how" and k + 1 < len(toks) and toks[k + 1] not in _TAIL:
            return toks  # "… increase how many percent": the count is asked where it stands
        if toks[k] not in ("what", "which", "how"):
            continue
        if toks[k] == "how":
            return ["how", "did", *toks[:k], *toks[k + 1 :]]
        if k + 1 < len(toks) and toks[k + 1] not in _TAIL:
            return toks  # "leader which attended …": the asked one is the subject
        if toks[k] == "which" and toks[k - 1] in _WHO_NOUNS:
            return toks
        return ["what", "did", *toks[:k], *toks[k + 1 :]]
    return toks


def from_to(toks: list[str]) -> list[str]:
    """'from moscow visit nha trang' -> 'from moscow to nha trang': the lexicon reads "đến" as a visit
    (arriving somewhere), but "từ X đến Y" is "from X to Y" (a route, a span of days)."""
    out = list(toks)
    for k, t in enumerate(out):
        if t == "visit" and ("from" in out[max(0, k - 5) : k] or k > 0 and out[k - 1] in _CARRIED):
            out[k] = "to"
    return out


# things that go somewhere without visiting it: "chuyến bay đến Cam Ranh" is a flight to Cam Ranh,
# "xuất khẩu đến Nga" exports to Russia (a person "đến" a place visits it)
_CARRIED = {"flight", "flights", "direct", "route", "routes", "railway", "train", "trains", "ship", "ships",
            "exports", "goods", "cargo", "freight", "container", "containers", "relief", "aid", "shipments",
            "charter", "transit", "products", "seafood", "services", "service", "line", "lines", "connection"}


# nouns a Vietnamese question qualifies with a country written after them ("tàu Nga", "du khách Nga",
# "doanh nghiệp Việt Nam"): English writes a nationality before them ("Russian ships")
_QUALIFIED = {"ship", "ships", "warships", "sailors", "tourists", "guests", "businesses", "company", "companies",
              "firms", "students", "experts", "specialists", "scientists", "doctors", "citizens", "workers",
              "investors", "market", "goods", "products", "aircraft", "vaccine", "airline", "airlines",
              "enterprises", "partners", "athletes", "artists", "journalists", "veterans", "universities",
              # bodies and groups: "Chính phủ Việt Nam" is the Vietnamese government, "phía Nga" the Russian side
              "government", "side", "delegation", "embassy", "leadership", "authorities", "community", "people",
              "army", "navy", "consulate",
              # people and teams a country qualifies ("phụ nữ Nga", "đội Việt Nam"); not arts or goods, whose
              # country is often part of a name ("Tuần phim Việt Nam", "Trung tâm Văn hóa Nga")
              "woman", "women", "man", "men", "youth", "children", "pupils", "soldiers", "troops", "officers",
              "diplomats", "nationals", "labour", "labourers", "team", "teams", "crew", "tanks", "warship",
              "friends", "volunteers", "traders", "police"}
_NATIONALITY = {"russia": "russian", "vietnam": "vietnamese"}


# titles a country follows ("Tổng thống Nga", "Phó Thủ tướng Nga", "министр иностранных дел Вьетнама"):
# English writes the nationality before the whole title ("the Russian deputy prime minister")
_TITLES = {"president", "minister", "ambassador", "governor", "mayor", "chairman", "chairwoman", "premier",
           "secretary", "speaker", "consul", "envoy", "leader", "leaders", "commander", "director", "diplomat",
           "diplomats", "official", "officials", "spokesperson", "spokesman"}
_TITLE_MODS = {"deputy", "vice", "prime", "foreign", "state", "general", "first", "defence", "trade", "culture",
               "education", "health", "party"}


def nationality_before_noun(toks: list[str]) -> list[str]:
    """'ship russia' -> 'russian ship', 'deputy prime minister russia' -> 'russian deputy prime
    minister': a country written right after a noun or a title, as Vietnamese qualifies it (and
    Russian with a genitive), is its nationality (English "Russian ships" names no country to hold
    the answer to, and "the Russian president" is a role the engine reads)."""
    out = list(toks)
    for i in range(1, len(out)):
        if out[i] in _NATIONALITY and out[i - 1] in _QUALIFIED:
            out[i - 1 : i + 1] = [_NATIONALITY[out[i]], out[i - 1]]
        elif out[i] in _NATIONALITY and out[i - 1] in _TITLES and (i + 1 == len(out) or out[i + 1] not in _TITLES):
            j = i - 1
            while j > 0 and (out[j - 1] in _TITLE_MODS | _FIELDS or out[j - 1] == "and" and j > 1 and out[j - 2] in _FIELDS):
                j -= 1
            out[j : i + 1] = [_NATIONALITY[out[i]], *out[j:i]]
    return out


# Russian ordinal endings written after a figure ("17-е", "21-я", "5-го", "3-й": folded й -> и)
_RU_ORDINAL_ENDINGS = {"и", "е", "я", "го", "му", "м", "ю", "х", "ои", "ыи", "ого", "ому", "ом", "ая", "ое", "ые"}


def ordinals(toks: list[str]) -> list[str]:
    """'17 е' (Russian "17-е", "5-го") -> '17th', as English and the articles write an ordinal
    ("the 17th session" is not the 16th; "5-го мая" is a day, not May)."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit() and len(t) <= 3 and i + 1 < len(toks) and toks[i + 1] in _RU_ORDINAL_ENDINGS:
            out.append(_ordinal(t))
            i += 2
        else:
            out.append(t)
            i += 1
    return out


def _ordinal(n: str) -> str:
    tail = "th" if n[-2:] in ("11", "12", "13") else {"1": "st", "2": "nd", "3": "rd"}.get(n[-1], "th")
    return n + tail


# what may follow a question word and already asks in English order ("what was", "what year", "how many")
_NO_DID = {"did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could",
           "should", "year", "date", "day", "month", "time", "many", "much", "long", "often", "far", "old"}
# English past forms without "-ed" that the Russian tables map verbs to
_PAST = {"said", "met", "told", "gave", "held", "led", "took", "sent", "made", "brought", "spoke", "paid", "wrote",
         "left", "began", "sold", "built", "won", "saw", "came", "went", "got", "put", "set", "kept", "felt", "found",
         "heard", "meant", "thought", "taught", "bought", "sought", "grew", "knew", "drew", "chose", "fell", "lost",
         "sat", "stood", "understood", "became", "shook", "rose", "flew"}


def did_after_question_word(toks: list[str]) -> list[str]:
    """'what said X about Y', 'what X said about Y', 'about what X asked', 'how X described Y' ->
    'what did …', 'about what did …', 'how did …': Russian asks with no auxiliary ("Что сказал
    Медведев", "О чём посол попросил", "Как X охарактеризовал", "Кого поблагодарил X": whom X thanked),
    English with "did", which is how the engine tells a question about what someone said or how he saw
    something, and whom someone met or thanked from who did it. Only where a past verb
    follows and nothing after the question word already asks in English order ("what was", "how many")."""
    lead = 2 if toks[:2] in (["about", "what"], ["to", "whom"]) else 1 if toks[:1] in (["what"], ["how"], ["whom"]) else 0
    if not lead or len(toks) <= lead + 1 or toks[lead] in _NO_DID:
        return toks
    if not any(t in _PAST or t.endswith("ed") and len(t) > 4 for t in toks[lead:]):
        return toks
    return [*toks[:lead], "did", *toks[lead:]]


# the singular a counted Vietnamese noun keeps ("bao nhiêu vụ trưởng": how many department directors),
# as English counts it; a title left singular reads as one person to be found
PLURALS = {"director": "directors", "minister": "ministers", "ambassador": "ambassadors", "official": "officials",
            "leader": "leaders", "governor": "governors", "mayor": "mayors", "deputy": "deputies",
            "chairman": "chairmen", "president": "presidents", "diplomat": "diplomats", "general": "generals",
            "secretary": "secretaries", "member": "members", "head": "heads", "envoy": "envoys",
            "company": "companies", "university": "universities", "province": "provinces", "city": "cities",
            "country": "countries", "agreement": "agreements", "document": "documents", "project": "projects",
            "ship": "ships", "student": "students", "delegation": "delegations", "visit": "visits",
            "rector": "rectors", "consul": "consuls", "chancellor": "chancellors"}


def counted_plural(toks: list[str]) -> list[str]:
    """'how many department director of …' -> 'how many department directors of …': the head of the
    noun counted (the last of the words after "how many" before a word that ends the phrase)."""
    out = list(toks)
    for k in range(len(out) - 2):
        if out[k : k + 2] != ["how", "many"]:
            continue
        j = k + 2
        while j + 1 < len(out) and out[j + 1] in PLURALS:
            j += 1
        if out[j] in PLURALS:
            out[j] = PLURALS[out[j]]
    return out


# what a weekday asked comes after ("vào thứ mấy": on what day, "hôm nay là thứ mấy"); after anything
# else "thứ mấy" asks a noun's ordinal ("phiên họp thứ mấy": which session)
_BEFORE_WEEKDAY = {"into", "on", "in", "at", "day", "days", "is", "was", "today", "tomorrow", "yesterday", "week",
                   "date", "by", "until", "from"}


def which_ordinal(toks: list[str]) -> list[str]:
    """'session what day' (Vietnamese "phiên họp thứ mấy") -> 'session which': the noun's ordinal is
    asked, not a weekday (which_before_noun then puts "which" first, as English asks it)."""
    out = list(toks)
    for k in range(1, len(out) - 1):
        if out[k : k + 2] == ["what", "day"] and out[k - 1] not in _BEFORE_WEEKDAY | _LEADS | _TAIL:
            out[k : k + 2] = ["which"]
            break
    return out


# Vietnamese numbers after "thứ": an ordinal after a noun ("phiên họp thứ năm": the fifth session), a
# weekday at the start or after a time word ("vào thứ năm": on Thursday, "sáng thứ hai", "hôm thứ bảy")
_VI_ORDINALS = {"hai": "second", "ba": "third", "tu": "fourth", "nam": "fifth", "sau": "sixth",
                "bay": "seventh", "tam": "eighth", "chin": "ninth", "muoi": "tenth"}
# words (folded Vietnamese) a weekday follows; "lần thứ" (the N-th time), "đứng thứ" (ranked) and "thứ
# nhất" (first, as in "Phó Chủ tịch thứ nhất") the lexicon reads itself
_VI_BEFORE_WEEKDAY = {"vao", "ngay", "hom", "sang", "chieu", "toi", "trua", "dem", "tuan", "den", "tu", "la",
                      "lan", "va", "hoac", "hay", "nay", "truoc", "sau", "qua", "nhau", "dung", "xep"}


def vi_ordinals(toks: list[str], words: list[str]) -> tuple[list[str], list[str]]:
    """Folded Vietnamese tokens (and the words as written) with "thứ" and a number after a noun read
    as the ordinal ('phien hop thu nam' -> 'phien hop fifth'), before the lexicon reads a weekday."""
    out, written = [], []
    i = 0
    while i < len(toks):
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        prev = out[-1] if out else ""
        after = toks[i + 2] if i + 2 < len(toks) else ""  # "thứ năm tuần trước", "thứ hai 5/3": a weekday
        if toks[i] == "thu" and prev == "lan" and out and (nxt == "may" or [nxt, after] == ["bao", "nhieu"]):
            # "Hội nghị … lần thứ mấy": which (summit) — an edition asked, placed as an ordinal would be
            out[-1] = written[-1] = "nth"
            i += 2 if nxt == "may" else 3
        elif toks[i] == "thu" and prev == "lan" and (nxt in _VI_ORDINALS or nxt.isdigit() or nxt == "nhat") and out:
            # "phiên họp lần thứ 19", "lần thứ hai": the 19th (session), the second (time)
            out[-1] = written[-1] = _VI_ORDINALS.get(nxt, "first" if nxt == "nhat" else "") or _digit_ordinal(nxt)
            i += 2
        elif toks[i] == "thu" and nxt in _VI_ORDINALS and prev.isalpha() and prev not in _VI_BEFORE_WEEKDAY \
                and after not in ("tuan", "nay", "toi") and not after[:1].isdigit():
            out.append(_VI_ORDINALS[nxt])
            written.append(_VI_ORDINALS[nxt])
            i += 2
        elif toks[i] == "thu" and nxt.isdigit() and prev.isalpha() and prev not in _VI_BEFORE_WEEKDAY:
            out.append(_digit_ordinal(nxt))  # "phiên họp thứ 12": the 12th ("lần thứ 12" the lexicon reads)
            written.append(out[-1])
            i += 2
        else:
            out.append(toks[i])
            written.append(words[i])
            i += 1
    return out, written


def _digit_ordinal(number: str) -> str:
    """'14' -> '14th', '2' -> '2nd', '23' -> '23rd', as English writes a numbered edition."""
    n = int(number)
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{number}{suffix}"


_BE = {"was", "were", "is", "are", "will", "has", "have", "had", "can", "could"}


def yesno_first(toks: list[str]) -> list[str]:
    """'visit did X in russia before' -> 'did visit X in russia before', 'was did appointed date' ->
    'was appointed date': a Russian yes/no question puts its verb first and "ли" (did) after it;
    English asks with the auxiliary first, which is how a yes/no question is read."""
    if len(toks) < 3 or toks[1] != "did" or toks[0] in _LEADS - _BE or not toks[0].isalpha():
        return toks
    return [toks[0], *toks[2:]] if toks[0] in _BE else ["did", toks[0], *toks[2:]]


def vi_yet_asked(toks: list[str]) -> list[str]:
    """'X ever visit russia chua' -> 'has X ever visit russia': a Vietnamese question ending in
    "chưa" (yet) asks whether something has happened, as English "has X …?" does."""
    if len(toks) < 3 or toks[-1] != "chua":
        return toks
    return toks[:-1] if toks[0] in _LEADS else ["has", *toks[:-1]]


# the fields of a ministry, which Vietnamese and Russian write after the title ("bộ trưởng quốc phòng",
# "министр обороны") and English before it ("the defence minister")
_FIELDS = {"defence", "defense", "trade", "industry", "culture", "education", "health", "justice", "finance",
           "transport", "agriculture", "energy", "science", "labour", "interior", "emergencies", "economy",
           "economic", "construction", "tourism", "sport", "sports", "information", "communications", "technology",
           "training", "environment", "planning", "investment", "development"}
_MINISTERS = {"minister", "ministers"}


def field_before_minister(toks: list[str]) -> list[str]:
    """'minister defence' -> 'defence minister', 'deputy minister industry and trade' -> 'deputy industry
    and trade minister': the field a title is of, put where English writes it."""
    out = list(toks)
    for k in range(len(out) - 1):
        if out[k] not in _MINISTERS or out[k + 1] not in _FIELDS:
            continue
        j = k + 2
        while j + 1 < len(out) and out[j] == "and" and out[j + 1] in _FIELDS:
            j += 2
        out[k:j] = [*out[k + 1 : j], out[k]]
    return out


_LASTING = {"last", "lasts", "lasted", "lasting", "take", "takes", "took"}


def how_long_lasting(toks: list[str]) -> list[str]:
    """'сколько продлятся Дни …' reads 'how many last days …': a count asked of how long something
    lasts is a duration ('how long'), as English asks it, never a number of days or things."""
    for k in range(len(toks) - 2):
        if toks[k : k + 2] == ["how", "many"] and toks[k + 2] in _LASTING:
            return [*toks[:k], "how", "long", *toks[k + 2:]]
    return toks


# days or a week given to a field ("Дни российской культуры", "Неделя русского языка", "День культуры Вьетнама"):
# English names them with the field and the nation first ("Russian Culture Days", "Vietnam Culture Day")
_PERIODS = {"day", "days", "week"}
_DEDICATED = {"culture", "cinema", "film", "films", "literature", "language", "science", "education", "music",
              "youth", "tourism"}
_NATIONS = {"russian", "vietnamese", "russia", "vietnam"}


def field_days(toks: list[str]) -> list[str]:
    """'days russian culture' -> 'russian culture days', 'day culture vietnam' -> 'vietnam culture day'."""
    out = list(toks)
    for k in range(len(out) - 2):
        a, b, c = out[k : k + 3]
        if a in _PERIODS and b in _NATIONS and c in _DEDICATED:
            out[k : k + 3] = [b, c, a]
        elif a in _PERIODS and b in _DEDICATED and c in _NATIONS:
            out[k : k + 3] = [c, b, a]
    return out

