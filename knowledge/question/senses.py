"""Words whose sense the words around them decide, and what a Russian ending says of number.

A Vietnamese question typed without diacritics cannot tell "thị trường" (market) from "thị trưởng"
(mayor): a mayor is a person's title, written before a city or a name, or after "phó" (deputy) or
"ông"/"bà"; before a country, a question word or nothing it is the market ("thi truong Nga": the
Russian market, never a mayor of Russia). Russian "выступать" is to speak or address a meeting in
news of officials, to perform only where the question is about a concert, artists or a stage.
A Russian noun's ending tells one from many ("дипломат", "дипломата": one diplomat; "дипломатов":
several), where the vocabulary gives one English form for every case."""

from __future__ import annotations

import re
import unicodedata

from knowledge import lazy_re
from knowledge.names import canonical_country, fold, has_diacritics

# --- Vietnamese written without diacritics -----------------------------------------------------

# the words right before "do la" that count an amount, making it dollars ("bao nhieu do la", "5 trieu do la")
_AMOUNT_BEFORE = {"nhieu", "may", "trieu", "ty", "ti", "nghin", "ngan", "tram", "muoi", "chuc"}


def plain_that_is(words: list[str], i: int) -> bool:
    """Are the written words at i "do la" typed without diacritics where no amount comes before them?
    Plain, "đó là" (that is) and "đô la" (dollars) fold alike; a reader asks "do la ..." far more often
    as "that is", and writes dollars after a figure or a counting word."""
    if i + 1 >= len(words) or fold(words[i]) != "do" or fold(words[i + 1]) != "la" or has_diacritics(words[i]):
        return False
    prev = fold(words[i - 1]) if i > 0 else ""
    return not (prev[:1].isdigit() or prev in _AMOUNT_BEFORE)


# the words before a title that make "thi truong" a person ("Phó thị trưởng", "ông thị trưởng")
_BEFORE_MAYOR = {"pho", "ong", "ba", "ngai", "cuu", "tan", "quyen"}
# the words after it that do ("thị trưởng thành phố X", "thị trưởng TP X")
_AFTER_MAYOR = {"thanh", "tp"}


def plain_market(words: list[str], i: int) -> bool:
    """Are the written words at i "thi truong" typed so that market and mayor fold alike (the second
    syllable without its tone), and does the context make it the market: no deputy or form of
    address before it, and no city, person or "thành phố" after it (a country after it is the
    country's market)?"""
    if i + 1 >= len(words) or fold(words[i]) != "thi" or fold(words[i + 1]) != "truong" \
            or any(mark in unicodedata.normalize("NFC", words[i + 1].lower()) for mark in "ờở"):
        return False
    if i > 0 and fold(words[i - 1]) in _BEFORE_MAYOR:
        return False
    nxt = words[i + 2] if i + 2 < len(words) else ""
    if fold(nxt) in _AFTER_MAYOR:
        return False
    if nxt[:1].isupper():
        two = " ".join(fold(w) for w in words[i + 2 : i + 4])
        return bool(canonical_country(fold(nxt)) or canonical_country(two))
    return True


# --- Russian "выступать": speak or perform -----------------------------------------------------

# stems of a stage: where "выступать" is to perform ("артисты выступили с концертом")
_STAGE = ("концерт", "артист", "ансамбл", "певиц", "певец", "певц", "хор", "оркестр", "музык", "песн", "танц",
          "спектакл", "сцен", "театр", "балет", "гастрол", "музыкант", "исполнител", "пианист", "скрипач",
          "коллектив", "номер", "шоу", "цирк", "гимнаст", "спортсмен", "команд", "сборн", "матч", "турнир")


def ru_speak(toks: list[str], i: int) -> list[str] | None:
    """The English of a form of "выступать" at token i: "spoke" ("speech" for the noun "выступление")
    unless the question is about a stage, where the vocabulary's "perform" stands; None for any
    other word."""
    tok = toks[i]
    if not tok.startswith("выступ") or any(t.startswith(_STAGE) for t in toks):
        return None
    return ["speech"] if tok.startswith("выступлени") else ["spoke"]


# --- Russian "представлен": displayed, represented or presented ---------------------------------

# stems of a show, where what is "представлено" is on display ("на выставке представлено 200 фото")
_SHOW = ("выставк", "фотовыставк", "экспозиц", "стенд", "витрин", "музе", "галере", "ярмарк", "экспонат",
         "картин", "фотографи", "товар", "продукц", "издели")
# stems of a gathering, where those "представлены" there are represented ("страны были представлены
# на форуме"), unless a paper or a work is what is presented ("доклады были представлены на семинаре")
_GATHERING = ("встреч", "форум", "конференц", "саммит", "заседани", "совещани", "съезд", "сесси", "ассамбле",
              "переговор", "церемони", "семинар", "круглом", "конгресс", "фестивал")
_WORKS = ("доклад", "проект", "презентац", "программ", "книг", "сборник", "издани", "фильм", "спектакл", "план",
          "этап", "инициатив", "предложени", "концепци", "стратеги")


def ru_presented(toks: list[str], i: int) -> list[str] | None:
    """The English of the participle "представлен(о/ы)" at token i: on display at a show (the
    vocabulary's "displayed"), represented at a gathering, else presented (a paper, a book, a
    project); None for any other word."""
    tok = toks[i]
    if not tok.startswith("представлен") or tok.startswith("представлени") or any(t.startswith(_SHOW) for t in toks):
        return None
    if any(t.startswith(_GATHERING) for t in toks) and not any(t.startswith(_WORKS) for t in toks):
        return ["represented"]
    return ["presented"]


# --- Russian "отметить": mark (an occasion) or note (a statement) ------------------------------

# stems of an occasion, the object that makes "отметили" marked/celebrated ("отметили годовщину")
_OCCASION = ("годовщин", "юбиле", "праздник", "празднеств", "торжеств", "рождеств", "дату", "десятилети", "столети",
             "летие")
# a day is the occasion only as the verb's object, after it ("отметили День Победы"); before it, it
# is mostly when something was noted ("в тот день министр отметил …")
_DAY = ("день", "дня")


def ru_marked(toks: list[str], i: int) -> list[str] | None:
    """The English of a form of "отметить"/"отмечать" at token i: "celebrated" ("celebrate" in the
    present) when an occasion is its object: before it (a question fronts it: "какую годовщину …
    отметили") or within three words after it, "noted" before a
    statement ("отметил, что …", "отмечается в докладе"); None (the vocabulary's reading) otherwise."""
    tok = toks[i]
    if not tok.startswith(("отмет", "отмеч")) or tok.startswith("отметк"):
        return None
    after = toks[i + 1 : i + 4]
    if after[:1] == ["что"]:
        return ["noted"]
    if not any(t.startswith(_OCCASION) for t in toks[:i] + after) \
            and not any(t.startswith(_DAY) for t in after):
        return ["noted"] if tok.startswith("отмечаетс") else None  # "что отмечается в докладе"
    return ["celebrate"] if tok.startswith(("отмечают", "отмечает", "отмечаетс")) else ["celebrated"]


# words between "в" and "области" that leave it the idiom ("в какой области": in which field)
_FIELD_BETWEEN = {"какои", "каких", "каком", "этои", "этих", "других", "многих", "разных", "таких", "ключевых",
                  "приоритетных", "новых", "одной", "однои"}


def ru_field(toks: list[str], words: list[str], i: int) -> list[str] | None:
    """"в области X" (in the field of X), "в каких областях" (in which fields): "область" after "в" is a
    field of work, where a place adjective before it ("в Тверской области") or a place after it ("в
    областях России") makes it a region (the vocabulary's reading, None here)."""
    if not toks[i].startswith("област"):
        return None
    k = i - 1
    while k >= 0 and toks[k] in _FIELD_BETWEEN and not words[k][:1].isupper():
        k -= 1
    if k < 0 or toks[k] not in ("в", "во") or k < i - 2:
        return None
    if i + 1 < len(words) and words[i + 1][:1].isupper() and not words[i + 1].isupper():
        return None  # "в областях России"
    return ["fields"] if toks[i].endswith(("ях", "ям", "ями", "и")) and toks[i] != "области" else ["field"]


# --- Russian grammatical number -----------------------------------------------------------------

# endings that only a singular noun takes (folded: й -> и): nominative of a consonant stem, dative,
# accusative of -а nouns, instrumental, prepositional ("дипломат", "дипломату", "дипломатом")
_SINGULAR = {"", "у", "ю", "ом", "ем", "е", "ои", "ою", "ью"}
# endings that only a plural noun takes ("дипломатов", "дипломатам", "дипломатами", "дипломатах")
_PLURAL = {"ов", "ев", "ам", "ям", "ами", "ями", "ах", "ях"}
# English words ending in s that are no plural
_NOT_PLURAL = ("ss", "us", "is", "ics", "news", "series", "sales", "arms", "talks", "relations", "affairs",
               "goods", "means", "headquarters", "species", "customs", "earnings", "savings", "surroundings")


def singular(word: str) -> str:
    """The English singular of a plural noun ('diplomats' -> 'diplomat', 'deputies' -> 'deputy',
    'businesses' -> 'business'); the word itself when it is none."""
    if not word.endswith("s") or word.endswith(_NOT_PLURAL) or len(word) < 4:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "ches", "shes", "xes")):
        return word[:-2]
    return word[:-1]


# words after which a noun is counted, in the genitive plural that may look singular ("сколько стран",
# "несколько делегаций") or in the genitive singular of "два дипломата"
_COUNTING = ("скольк", "нескольк", "много", "немного", "мало", "ряд", "числ", "количеств", "четыр", "пять", "пяти",
             "шест", "семь", "семи", "восем", "девят", "десят", "двадцат", "тридцат", "сорок", "пятьдес", "сот",
             "тысяч", "миллион", "миллиард", "полтор")
_NUMBERS = {"два", "две", "двух", "три", "трех", "оба", "обе", "обоих", "сто", "ста"}


def counted(prev: str) -> bool:
    """Does a Russian word (folded) count the noun after it, or agree with it in the plural
    ("иностранных делегаций", "российских дипломатов")?"""
    return prev.isdigit() or prev in _NUMBERS or prev.startswith(_COUNTING) \
        or prev.endswith(("ых", "их", "ыми", "ими")) and len(prev) > 4


# a singular adjective's endings (folded): "какой страны", "какая компания", "какого города"
_SINGULAR_ADJ = ("ои", "ая", "яя", "ого", "его", "ую", "юю")


def singular_agreement(prev: str) -> bool:
    """Does the adjective before a noun show it singular ("из какой страны": from which country, one
    to find), where the noun's own "-ы"/"-и"/"-я" could be plural?"""
    return len(prev) > 3 and prev.endswith(_SINGULAR_ADJ)


def ru_number(eng: list[str], stem: str, ending: str, plurals: dict[str, str], prev: str = "") -> list[str]:
    """The vocabulary's English of a Russian noun (stem + ending) put in the number the ending shows:
    a plural English word for a singular form ("российского дипломата": the diplomat, one person to
    find), a title for a plural form ("министров": ministers) by `plurals` (singular -> plural).
    A feminine or neuter "-а"/"-я", "-ы"/"-и" may be either, and is left as the vocabulary has it, as is
    a noun after a number or a plural adjective (`prev`): "сколько стран" writes a plural with no ending."""
    if len(eng) != 1:
        return ru_counted_phrase(eng, ending, prev)
    word = eng[0]
    one = not counted(prev) and ending in _SINGULAR or ending in ("а", "я") and stem[-1:] not in "аеиоуыэюяь" and not stem.endswith("ств") \
        or ending in ("а", "я", "ы", "и") and singular_agreement(prev)
    if one and singular(word) != word:
        return [singular(word)]
    if ending in _PLURAL and word in plurals:
        return [plurals[word]]
    if ending in _PLURAL and counted(prev) and countable(word):
        return [plural(word)]  # "сколько докладов": how many papers, as English counts them
    return eng


def countable(word: str) -> bool:
    """May a singular English noun take the plural a counted Russian noun asks for? Not a number word
    nor a mass noun ('trade', 'cooperation'), nor a word that is plural already ('talks')."""
    return word.isalpha() and len(word) > 3 and not already_plural(word) \
        and word not in ("million", "billion", "thousand") and not word.endswith(_NOT_COUNTED)


def ru_counted_phrase(eng: list[str], ending: str, prev: str) -> list[str]:
    """A vocabulary phrase for one counted Russian noun ("сколько энергоблоков": power unit), its last
    word in the plural as English counts it ("how many power units"); any other phrase as it is."""
    if len(eng) > 1 and ending in _PLURAL and counted(prev) and countable(eng[-1]):
        return [*eng[:-1], plural(eng[-1])]
    return eng


# English words a genitive plural may translate that take no plural ("trade", "cooperation", "news")
_NOT_COUNTED = ("ed", "ing", "ion", "ics", "ism", "al", "ic", "an", "ese", "ty", "ce", "ry", "gy", "th", "ade", "ff", "nel",
                "ment", "ary", "ice", "ch", "ure", "ship", "work", "ware", "aid", "news", "ation")


def already_plural(word: str) -> bool:
    """Is an English word plural as it stands ('diplomats', 'talks', 'goods', 'relations'), so that
    counting it must not add an ending ("сколько переговоров": how many talks, never 'talkses')? A
    final s after s, u or i is a singular's ('process', 'census', 'crisis'), which takes one."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


# English nouns whose plural is not the singular with "-s": the same word ("how many aircraft",
# "spacecraft", "personnel") or a changed one ("children", "people")
_SAME_PLURAL = ("aircraft", "craft", "staff", "personnel", "equipment", "sheep", "fish", "deer", "cattle", "police",
                "livestock", "offspring", "salmon")
_IRREGULAR = {"child": "children", "person": "people", "man": "men", "woman": "women", "foot": "feet"}


def plural(word: str) -> str:
    """The English plural of a singular noun ('report' -> 'reports', 'city' -> 'cities', 'aircraft')."""
    if word.endswith(_SAME_PLURAL):
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + ("es" if word.endswith(("s", "x", "ch", "sh")) else "s")


def which_of(toks: list[str], plurals: dict[str, str]) -> list[str]:
    """'who from russian diplomats …' (Russian "кто из российских дипломатов", and "с кем из
    вице-премьеров") -> 'who among russian diplomats …': one member of a group asked for, the group
    kept plural as English asks it. A singular 'which russian diplomat' would read as a role the store
    resolves to one known person (the Russian diplomat it knows best) and decline on him; the
    answer is any member. (A body's "руководства" stays: it has no plural.)"""
    out = list(toks)
    for k in range(len(out) - 1):
        if out[k : k + 2] not in (["who", "from"], ["whom", "from"]):
            continue
        group = set(plurals.values())
        for j in range(k + 2, min(k + 5, len(out))):
            if out[j] in group:
                out[k : k + 2] = [out[k], "among"]
                break
        break
    return out


# --- numbers and names written the short way ------------------------------------------------------

_ROMAN = lazy_re.compile(r"\b(?=[IVX]{2,6}\b)(X{0,3})(IX|IV|V?I{0,3})\b")


def roman_ordinals(raw: str) -> str:
    """'XV съезд', 'Đại hội XIII' -> '15th съезд', 'Đại hội 13th': Russian and Vietnamese number a
    congress, session or forum in Roman numerals, which English writes as an ordinal ("the 15th
    congress"). Two letters at least: a lone "V" or "I" is a name's ("Sputnik V")."""
    def ordinal(m: re.Match) -> str:
        n = 10 * len(m.group(1)) + {"IX": 9, "IV": 4}.get(m.group(2), ("V" in m.group(2)) * 5 + m.group(2).count("I"))
        tail = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{tail}"
    return _ROMAN.sub(ordinal, raw)


_RU_DIGIT_ORDINAL = lazy_re.compile(r"\b(\d{1,3})\s?-\s?(?:й|ий|ый|ой|ая|я|е|ое|ые|го|ого|ему|ому|му|м|ом|ю|ую|х|ых|ми)\b",
                               re.I)


def ru_digit_ordinals(raw: str) -> str:
    """'13-й форум', '25-м заседании' -> '13th форум', '25th заседании': the figure's case ending read
    with it, before a one-letter ending ("-й", folded "и") is read as a word of its own ("and")."""
    def ordinal(m: re.Match) -> str:
        n = int(m.group(1))
        return f"{n}" + ("th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))
    return _RU_DIGIT_ORDINAL.sub(ordinal, raw)


def vi_paired(toks: list[str]) -> list[str]:
    """'viet russia' -> 'vietnam russia': "Việt" paired with another country ("Việt – Nga", "hữu nghị
    Nga – Việt", "Việt - Xô") is Vietnam, as the articles write the pair ("Vietnam–Russia"); "Xô"
    paired with "Việt" is the Soviet Union ("Việt – Xô": Vietnam–Soviet Union)."""
    out = [w for k, t in enumerate(toks)
           for w in (("soviet", "union") if t == "xo" and "viet" in toks[max(0, k - 1) : k + 2] else (t,))]
    for k, t in enumerate(out):
        if t == "viet" and any(0 <= j < len(out) and out[j] != "viet" and (canonical_country(out[j]) or out[j] in (
                "soviet", "union")) for j in (k - 1, k + 1)):
            out[k] = "vietnam"
    return out


# nouns an edition or round is numbered by ("phiên họp thứ 9": the 9th session)
NUMBERED = {"session", "sessions", "congress", "meeting", "conference", "forum", "summit", "plenum", "festival",
             "round", "edition", "term", "championship", "olympiad", "games", "exhibition", "fair", "course",
             "dialogue", "consultations", "plenary", "assembly", "week", "days", "contest", "competition"}
# "nth": the edition asked ("lần thứ mấy", order.vi_ordinals), moved as an ordinal, then read "which"
_ORDINAL = lazy_re.compile(r"\d+(st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|nth")


def vi_ordinal_first(toks: list[str]) -> list[str]:
    """'session 9th of council' -> '9th session of council': Vietnamese numbers a session or congress
    after the noun ("phiên họp thứ 9", "Đại hội XIII"), English before it, where the engine reads an
    edition asked for ("the 9th session"), never a relationship's ninth something."""
    out = list(toks)
    for k in range(1, len(out)):
        if not _ORDINAL.fullmatch(out[k]):
            continue
        # the noun numbered: the nearest before it, past the words that qualify it ("Đối thoại chiến
        # lược Việt – Nga lần thứ 8": the 8th strategic dialogue)
        j = next((j for j in range(k - 1, max(-1, k - 7), -1) if out[j] in NUMBERED), None)
        if j is not None and not any(t in _NP_ENDS for t in out[j:k]):
            while j > 0 and out[j - 1] in BEFORE_NUMBERED:
                j -= 1
            out[j:k + 1] = [out[k], *out[j:k]]
    return ["which" if t == "nth" else t for t in out]


# words English writes between an ordinal and the noun it numbers ("the 8th strategic dialogue")
BEFORE_NUMBERED = {"strategic", "economic", "joint", "annual", "international", "bilateral", "regular", "plenary",
                    "intergovernmental", "working", "party", "national"}
# words no noun phrase runs across
_NP_ENDS = {"what", "which", "who", "when", "where", "how", "why", "did", "is", "was", "held", "and", "in", "on",
            "at", "to", "with", "by", "for", "from"}


# the English superlative of an adjective the Russian tables give after "самый" (most): English
# writes "the highest mountain", so "most high" would neither match an article's word nor count as
# the asked thing no article states
_SUPERLATIVE = {"high": "highest", "large": "largest", "big": "biggest", "long": "longest", "length": "longest",
                "old": "oldest", "older": "oldest", "small": "smallest", "low": "lowest", "new": "newest",
                "deep": "deepest", "tall": "tallest", "young": "youngest", "great": "greatest", "fast": "fastest"}


def superlatives(toks: list[str]) -> list[str]:
    """'most high mountain' -> 'highest mountain' (Russian "самая высокая гора"); any other
    adjective keeps "most" ("most important")."""
    out: list[str] = []
    for t in toks:
        if out and out[-1] == "most" and t in _SUPERLATIVE:
            out[-1] = _SUPERLATIVE[t]
        else:
            out.append(t)
    return out


# the endings of a Russian word that is no genitive after "сколько": a nominative subject
# ("туристы", "российские"), a verb's plural or feminine past ("заплатили", "стоила"), a mass noun's
# genitive singular ("времени", "воды")
_NOT_COUNTED_AFTER = ("ы", "и", "е", "а", "я")


def how_much(toks: list[str], words: list[str]) -> list[str]:
    """"how many" -> "how much" where the Russian word right after "сколько" is not a counted noun's
    genitive plural: "Сколько туристы заплатили" asks how much they paid (the tourists are the
    subject), "сколько туристов" how many tourists. A genitive plural ends in a consonant, "-ов",
    "-ей" or "-ий"; a word ending in a vowel is the subject, a verb or a mass noun."""
    low = [w.lower() for w in words]
    if low.count("сколько") != 1 or toks.count("how") != 1 or "how many" not in " ".join(toks):
        return toks
    k = low.index("сколько")
    nxt = low[k + 1] if k + 1 < len(low) else ""
    if len(nxt) < 3 or not nxt.endswith(_NOT_COUNTED_AFTER) or nxt in ("еще", "все"):
        return toks
    i = toks.index("how")
    return [*toks[:i + 1], "much", *toks[i + 2:]] if toks[i + 1 : i + 2] == ["many"] else toks
