"""The other forms of a Russian verb stem that its vocabulary entry does not start: the present
tense of "-ова-" verbs and the passive participle ("выдели(ть)": "выделен(о)", "запусти(ть)":
"запущен(а)", "подписа(ть)": "подписан(ы)"). A question asks "когда был запущен спутник" as often
as "когда запустили спутник": both must read "launched" from the one stem the vocabulary holds."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge import lazy_re

# the final consonant of an "-ить" verb's stem before the participle's "-ен-" ("пусти": "пущен",
# "плати": "плачен", "вооружи": "вооружен", "купи": "куплен"); a consonant not listed stays
_ALTERNATION = {"ст": ("щ",), "т": ("ч", "щ"), "д": ("ж", "жд"), "с": ("ш",), "з": ("ж",),
                "б": ("бл",), "п": ("пл",), "в": ("вл",), "м": ("мл",), "ф": ("фл",)}


def present_stems(stems: dict[str, list[str]]) -> dict[str, list[str]]:
    """The stems of a verb's other tenses, which its past or infinitive stem does not start: "-ова-"
    verbs take "-у-" in the present ("участвова(л)": "участву(ет)", "организу(ют)"), and a past stem in
    "-ил" loses its "л" in the present, future and infinitive ("стоил": "стои(т)", "увеличи(ть)")."""
    out: dict[str, list[str]] = {}
    for k, v in stems.items():
        if k.endswith(("ова", "ева")) and len(k) >= 7 and k[:-3] not in stems:  # "команду" is the team's
            out.setdefault(k[:-3] + "у", v)
        elif k.endswith("ил") and len(k) >= 5:
            out.setdefault(k[:-1], v)
    return {k: v for k, v in out.items() if k not in stems}


def misread_stem(stem: str, rest: str, stems: dict[str, list[str]], verb_stems) -> bool:
    """Is a vocabulary stem followed by what no form of its word has? A verb's present stem never
    takes a noun's "-н-" suffix ("роди-ть", born, but "родину" is the homeland), and an indeclinable
    noun in "-о" takes no ending, so a shorter stem with the "-о-" of a case ending is the word
    ("метр-ов" is metres, never "метро")."""
    if stem in verb_stems and rest.startswith("н"):
        return True
    return stem.endswith("о") and rest != "" and stem[:-1] in stems


def participle_stems(stems: dict[str, list[str]]) -> dict[str, list[str]]:
    """The passive participle's stem of each verb stem in "-и" or "-а" (five letters or more, so
    that no noun's short stem grows one): "-и" verbs take "-ен" after their last consonant, changed
    as Russian changes it ("запусти": "запущен"), "-а"/"-ова" verbs take "-н" ("подписа": "подписан").
    Only stems no entry holds already (an entry's own sense wins)."""
    out: dict[str, list[str]] = {}
    for k, v in stems.items():
        if len(k) < 5:
            continue
        if k.endswith("и"):
            base = k[:-1]
            tail = next((t for t in ("ст", "т", "д", "с", "з", "б", "п", "в", "м", "ф") if base.endswith(t)), "")
            for alt in _ALTERNATION.get(tail, ("",)):
                out.setdefault(base[:len(base) - len(tail)] + (alt or tail) + "ен", v)
        elif k.endswith("а") and not k.endswith(("иа", "еа")):
            out.setdefault(k + "н", v)
    return {k: v for k, v in out.items() if k not in stems}


# a case ending a place name takes, and the nominative ends it may have had ("Ханое": Ханой,
# "Москвой": Москва, "Казани": Казань, "Петербурге": Петербург)
_PLACE_ENDINGS = ("ом", "ем", "ой", "ей", "е", "у", "ю", "а", "я", "ы", "и")
_PLACE_NOMINATIVES = ("", "й", "а", "я", "ь")
_CYRILLIC = lazy_re.compile(r"[\u0400-\u04FF]")


def ru_place_nominatives(word: str) -> list[str]:
    """The nominatives a Russian place name in another case may have (the word first), each as
    written and transliterated, for the place tables: "ханое" -> ханой, "казани" -> kazan."""
    return list(_nominatives(word))


@lru_cache(maxsize=4096)
def _nominatives(word: str) -> tuple[str, ...]:
    """ru_place_nominatives, once per word (every Cyrillic word of a question is tried as a place)."""
    from knowledge.names import fold, translit_cyrillic

    cands = [word] + [word[: -len(e)] + n for e in _PLACE_ENDINGS
                      if word.endswith(e) and len(word) - len(e) >= 3 for n in _PLACE_NOMINATIVES]
    return tuple(dict.fromkeys(f for c in cands for f in (c, fold(translit_cyrillic(c)))))


def ru_place_at(tokens: list[str], i: int) -> tuple[int, str] | None:
    """A Russian place name in another case than the tables write, one or two words ("в Ханое",
    "Санкт-Петербурге", "Казани"): its last word's nominatives, as written or transliterated."""
    from knowledge.names import canonical_country, canonical_place

    for n in (2, 1):
        last = tokens[i + n - 1] if i + n <= len(tokens) else ""
        if len(last) < 4 or not _CYRILLIC.search(last):
            continue
        head = " ".join(tokens[i : i + n - 1])
        for form in ru_place_nominatives(last)[1:]:
            w = f"{head} {form}".strip()
            canon = canonical_place(w) or canonical_country(w)
            if canon:
                return n, canon
    return None


# an adjective's endings after "-ск-" (folded: й -> и): "ханойского", "хабаровских", "томской"
_SK_ADJ = lazy_re.compile(r"^(.{3,}?)(ск)(ого|ому|ом|ии|ои|ая|ую|ое|ие|ые|их|ими|ым|им)$")


def ru_place_adjective(tok: str) -> list[str] | None:
    """The place a Russian adjective of a city is made from ("ханойского филиала": the Hanoi branch,
    "хабаровских чиновников": Khabarovsk officials), as English writes the city before the noun:
    the city is the stem with its "-ск" (Хабаровск, Томск) or the stem before it (Ханой, Казань)."""
    from knowledge.names import canonical_place, fold, translit_cyrillic

    m = _SK_ADJ.match(tok)
    if not m:
        return None
    stem = m.group(1)
    for base in (stem + "ск", stem, stem + "и", stem + "ь", stem + "а"):
        canon = canonical_place(base) or canonical_place(fold(translit_cyrillic(base)))
        if canon:
            return fold(canon).split()
    return None


# the suffixes Russian makes an adjective of a noun with, longest first ("правительств-енн-ая",
# "финанс-ов-ого", "аудитор-ск-ие"), and an adjective's endings (folded: й -> и), longest first
_DERIVING = ("енн", "онн", "ов", "ев", "ск", "н")
_ADJ_ENDS = ("ого", "его", "ому", "ему", "ыми", "ими", "ои", "еи", "ыи", "ии", "ая", "яя", "ое", "ее", "ые", "ие",
             "ых", "их", "ым", "им", "ую", "юю", "ом", "ем")
# a surname in "-ов"/"-ев" takes these too ("Ивановым", "Петровой", "Сидоровых"): inside the question,
# where names are, such a word stays a name
_SURNAME_ENDS = ("ым", "ои", "ых")


def derived_adjective(tok: str, stems: dict[str, list[str]], name_position: bool) -> list[str] | None:
    """The English of an adjective made from a vocabulary noun stem with a suffix the stem's entry does
    not hold: "правительственная инспекция" is the government's, "Финансового университета" the finance
    one. Russian capitalises only the first word of a body's name, so inside the question such a word
    is read too, unless its ending is also a surname's ("Ивановым"). The stem is five letters or more
    ("стран-н-ый", strange, is no country's)."""
    end = next((e for e in _ADJ_ENDS if tok.endswith(e)), None)
    if end is None:
        return None
    base = tok[: -len(end)]
    for suf in _DERIVING:
        stem = base[: -len(suf)]
        if base.endswith(suf) and len(stem) >= 5 and stem in stems:
            if name_position and suf in ("ов", "ев") and end in _SURNAME_ENDS:
                return None
            return stems[stem]
    return None


def compound_word(tok: str, read) -> list[str] | None:
    """A compound joined by "-о-"/"-е-" whose two halves are vocabulary words ("восточноазиатский":
    east Asian, "энергосистема": energy system), read half by half with `read` (a word's English, or
    None); each half four letters or more."""
    for k in range(len(tok) - 4, 4, -1):
        if tok[k - 1] in "ое" and (head := read(tok[: k - 1]) or read(tok[:k])) and (tail := read(tok[k:])):
            return head + tail
    return None


def translit(tok: str) -> str:
    """A Cyrillic token in Latin letters, folded, so a name written in Russian matches the articles."""
    from knowledge.names import fold, translit_cyrillic

    return fold(translit_cyrillic(tok)) if re.search(r"[\u0400-\u04FF]", tok) else tok
