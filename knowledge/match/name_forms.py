"""Other spellings of a name word: a Russian word in any grammatical case, a Vietnamese name as
Russian spells it by sound, and the comparison form for fuzzy matching."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from knowledge import lazy_re, names
from knowledge.names import fold

CYRILLIC = lazy_re.compile(r"[\u0400-\u04FF]")  # a Cyrillic letter

_VI_RU = [("нг", "ng"), ("ч", "tr"), ("ф", "ph"), ("з", "d"), ("ы", "u"), ("х", "h"), ("к", "c")]


_RU_ENDINGS = ("ами", "ями", "ого", "его", "ому", "ему", "ым", "им", "ом", "ем", "ой", "ей", "ою", "ею",
               "ах", "ях", "ам", "ям", "ю", "у", "а", "е", "я", "и", "ы")


_RU_INDECLINABLE = ("ко", "енко", "ых", "их", "аго", "яго", "ово", "ваго")
_RU_NOMINATIVE = ("", "а", "я", "и", "ии", "ь", "ыи")


def ru_name_forms(word: str) -> list[str]:
    """Latin forms of a Russian name word in any case: the word itself, then its stems without a case
    ending (instrumental -ом/-ем/-ой/-ей/-ым/-им, genitive -а/-я/-ы/-и, dative -у/-ю, prepositional -е)
    with the usual nominative endings put back. Indeclinable surnames (-ко, -енко, -ых) stay as they are."""
    w = fold(word)
    out = [w]
    if not w.endswith(_RU_INDECLINABLE):
        for e in ("ым", "им", "ом", "ем", "ой", "ей", "ою", "ею", "ого", "его", "ому", "ему",
                  "а", "я", "ы", "и", "у", "ю", "е"):
            if w.endswith(e) and len(w) - len(e) >= 3:
                stem = w[: -len(e)]
                out.extend(stem + n for n in _RU_NOMINATIVE)
    forms = []
    for f in dict.fromkeys(out):
        forms.append(fold(names.translit_cyrillic(f)))
        if f.endswith("ии"):  # "дмитрии" (folded й) -> "dmitry"
            forms.append(fold(names.translit_cyrillic(f[:-2])) + "y")
    return list(dict.fromkeys(forms))


_RU_ADJECTIVE = lazy_re.compile(r"(.{3,}?)(ск|цк)(ии|ыи|ои|ая|ое|ого|ому|им|ым|ом|ую|ие|ые|их|ых|ими|ыми|еи|ои)")
# the consonant a place name changes before -ский: Калуга -> калужский, Рига -> рижский
_RU_ALTERNATION = {"ж": "г", "ч": "к", "ш": "х"}


def ru_place_forms(word: str) -> list[str]:
    """Latin forms of the place a Russian place adjective is made from, in any case: 'Калужской'
    (Kaluga), 'Пермским' (Perm), 'Рязанской' (Ryazan), 'Томской' (Tomsk). Empty for other words."""
    m = _RU_ADJECTIVE.fullmatch(fold(word))
    if not m:
        return []
    stem, suffix = m.group(1), m.group(2)
    bases = [stem, stem[:-1] + _RU_ALTERNATION[stem[-1]]] if stem[-1] in _RU_ALTERNATION else [stem]
    bases = [b[:-1] if b.endswith("ь") else b for b in bases]
    cands = [stem + suffix] + [b + e for b in bases for e in ("", "а", "ь", "я", "о")]
    return list(dict.fromkeys(fold(names.translit_cyrillic(c)) for c in cands))


def ru_stems(word: str) -> list[str]:
    """The word and the word without a Russian case ending ('Зянгом' -> 'Зянг', 'Фука' -> 'Фук')."""
    w = word.lower()
    out = [w]
    for e in _RU_ENDINGS:
        if w.endswith(e) and len(w) - len(e) >= 2:
            out.append(w[: -len(e)])
    return list(dict.fromkeys(out))


_VOWELS = "аеёиоуыэюя"
# a Russian adjective made from a place name, as written or folded ("Хоабинской", "даклакского", "ханоиских")
_ADJECTIVE_OF = lazy_re.compile(r"(.{3,}?)(?:ск|цк)(?:ий|ый|ой|ей|ии|ыи|ои|еи|ая|ое|ого|ому|им|ым|ом|ую|ие|ые|их|ых|ими|ыми)")


def vi_stems(word: str) -> list[str]:
    """The stems a Russian rendering of a Vietnamese name part may have in another case: the case
    ending off (ru_stems), then the soft sign or "й" the ending took the place of put back ("Миня":
    Минь, "Кхоя": Кхой, "Хаем": Хай), as Russian declines Vietnamese names like its own nouns."""
    stems = ru_stems(word)
    extra = [st + "ь" for st in stems[1:] if not st.endswith("ь")]
    extra += [st + "й" for st in stems[1:] if st[-1:] in _VOWELS]
    return list(dict.fromkeys(stems + extra))


def place_adjective_bases(word: str) -> list[str]:
    """The Vietnamese place a Russian adjective is made from, in Russian letters ("Хоабинской ГЭС":
    Хоабинь, "даклакского кофе": Даклак): the stem before "-ск-", as it is or with the soft sign
    the adjective drops. Empty for a word that is no such adjective."""
    m = _ADJECTIVE_OF.fullmatch(word.lower())
    if not m:
        return []
    stem = m.group(1)
    return [stem] + ([stem + "ь"] if not stem.endswith("ь") else [])


# Russian letters for Vietnamese sounds, each with the Latin spellings it may stand for
_VI_SOUNDS = [("уе", ["uye", "ue"]), ("нге", ["nghe", "nge"]), ("нги", ["nghi", "ngi"]), ("нг", ["ng"]), ("нь", ["nh"]), ("ня", ["nha", "na", "nia", "nya"]), ("ню", ["nhu", "nu", "niu"]), ("ч", ["tr", "ch"]), ("ф", ["ph"]), ("з", ["d", "gi"]),
              ("ы", ["u"]), ("х", ["h", "kh"]), ("ку", ["qu", "cu", "ku"]), ("к", ["c", "k"]), ("т", ["t", "ch", "th"]), ("ье", ["ie", "ye"]), ("ь", [""]),
              ("я", ["a", "ia", "ya"]), ("ю", ["u", "iu"]), ("ё", ["o"]), ("й", ["i", "y"]), ("э", ["e"]),
              ("ау", ["au", "ao"]), ("е", ["e"]), ("и", ["i", "y"]), ("в", ["v"]), ("б", ["b"]), ("ш", ["x", "s"]), ("с", ["x", "s"])]


def vi_spellings(word: str, limit: int = 48) -> list[str]:
    """Latin spellings a Russian rendering of a Vietnamese name part may stand for."""
    return _spellings(word, _VI_SOUNDS, limit)


def _spellings(word: str, sounds: list[tuple[str, list[str]]], limit: int) -> list[str]:
    """Every Latin spelling of a Cyrillic word, letter group by letter group, each group read as
    any of the spellings `sounds` gives it (the first table entry that starts there), others
    transliterated; at most `limit`, in table order."""
    outs = [""]
    i = 0
    while i < len(word):
        for cyr, lat in sounds:
            if word.startswith(cyr, i):
                outs = [o + l for o in outs for l in lat][:limit]
                i += len(cyr)
                break
        else:
            outs = [o + fold(names.translit_cyrillic(word[i])) for o in outs]
            i += 1
    return list(dict.fromkeys(outs))


def vi_name_candidates(words: list[str], known: set[str] | frozenset[str], limit: int = 64) -> list[str]:
    """A Vietnamese name as Russian writes it ("Чан Тхань Мана", "Фам Минь Тинем"), spelled in Latin
    letters: every word's readings that are words of some known name (case endings off), combined."""
    combos = [""]
    for w in words:
        stems = vi_stems(w)  # a soft sign or "й" drops before the ending: 'Тинем' is 'Тинь', 'Кхоя' 'Кхой'
        forms = [c for stem in stems for c in vi_spellings(stem) if c in known]
        if not forms:
            return []
        combos = [f"{c} {f}".strip() for c in combos for f in dict.fromkeys(forms)][:limit]
    return combos


def alt_vietnamese_translit(words: list[str]) -> str:
    """Russian spells Vietnamese names by sound (Чонг = Trọng, Фу = Phú): try those letters."""
    out = []
    for w in words:
        for a, b in _VI_RU:
            w = w.replace(a, b)
        out.append(fold(names.translit_cyrillic(w)))
    return " ".join(out)


def each_word_close(words: list[str], alias: str) -> bool:
    """Every word of a multi-word name is a close spelling of some word of the alias it fuzzily matched
    (or the word with two letters swapped, 'Pitun' of 'Putin'); a short word closer (Vietnamese
    syllables: 'Hà' is not 'Thái', though 'Trog' is 'Trong')."""
    toks = alias.split()
    return all(max((fuzz.ratio(w, t) for t in toks), default=0) >= (65 if len(w) > 4 else 80)
               or any(t in swaps(w) for t in toks) for w in words)


@lru_cache(maxsize=4096)
def swaps(word: str, apart: bool = True) -> tuple[str, ...]:
    """A typed word's spellings with two letters put back in place, neighbours ('Hnaoi' -> 'hanoi',
    'minsiter' -> 'minister') or, `apart`, one letter apart ('Pitun' -> 'putin'): for words of four
    letters or more, where one slip of the fingers leaves the word too unlike its own for a fuzzy match.
    Once per word: a question's windows share their words."""
    if len(word) < 4 or not word.isalpha():
        return ()
    out = {word[:k] + word[k + d] + word[k + 1:k + d] + word[k] + word[k + d + 1:]
           for d in ((1, 2) if apart else (1,)) for k in range(len(word) - d)}
    out.discard(word)
    return tuple(sorted(out))


def normalise(s: str) -> str:
    """The form every string is compared in: names.fold, then rapidfuzz's default_process."""
    return default_process(fold(s))


# Russian letters for the Latin letters of a Western name or brand (the Latin spelling the Russian one
# renders: "Продэкспо" Prodexpo, "Русвьетпетро" Rusvietpetro, "Джексон" Jackson, "Хилтон" Hilton, "Джок" Jock)
_LATIN_SOUNDS = [("кс", ["ks", "x"]), ("дж", ["dzh", "j"]), ("ье", ["e", "ie", "ye"]), ("ьо", ["o", "io", "yo"]),
                 ("ья", ["ya", "ia"]), ("ью", ["yu", "iu"]), ("х", ["kh", "h"]), ("ц", ["ts", "c", "z"]),
                 ("э", ["e"]), ("й", ["y", "i"]), ("ю", ["yu", "u", "iu"]), ("я", ["ya", "ia", "a"]),
                 ("к", ["k", "c", "ck"]), ("в", ["v", "w"]), ("ф", ["f", "ph"]), ("ё", ["yo", "e"]), ("ж", ["zh", "j"]),
                 ("и", ["i", "y"]), ("ш", ["sh"]), ("ч", ["ch"]), ("ы", ["y", "i"]), ("ь", [""]), ("ъ", [""])]


def latin_spellings(word: str, limit: int = 64) -> list[str]:
    """The Latin spellings a Russian rendering of a Western name or brand may stand for, the plain
    transliteration first ("продэкспо": prodekspo, prodexpo)."""
    return _spellings(fold(word), _LATIN_SOUNDS, limit)
