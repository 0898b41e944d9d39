"""How the articles spell a Western name a Russian question writes by sound ("Эрмитажа": Hermitage,
"Жизель": Giselle, "Клоди": Claudie, "МИФИ": MEPhI). Russian renders a foreign name as it sounds,
so the plain transliteration ("ermitazh", "zhizel") is a word no article writes and the question
would be declined for it. Each letter is read as any English spelling of its sound, a leading
vowel may take a silent "h", a final silent "e" may follow, and only spellings whose every prefix
begins some word of the store are followed, so the search stays small and ends in a word the
articles write. A word nothing fits stays unknown (a reason to decline)."""

from __future__ import annotations

from typing import Callable

from knowledge.question.ru_loanwords import spell_letters

# each folded Cyrillic letter and the English spellings of its sound, likeliest first
_SOUNDS = {
    "а": ("a",), "б": ("b", "bb"), "в": ("v", "w", "u"), "г": ("g", "h", "gh"), "д": ("d", "dd"),
    "е": ("e", "ie", "ye", "i"), "ж": ("zh", "j", "g", "s"), "з": ("z", "s"), "и": ("i", "y", "e", "ie", "ee"),
    "к": ("k", "c", "ck", "ch", "q"), "л": ("l", "ll"), "м": ("m", "mm"), "н": ("n", "nn"),
    "о": ("o", "au", "a", "ou"), "п": ("p", "pp"), "р": ("r", "rr"), "с": ("s", "c", "ss"), "т": ("t", "tt", "th"),
    "у": ("u", "ou", "oo", "w"), "ф": ("f", "ph", "ff"), "х": ("kh", "h", "ch"), "ц": ("ts", "c", "z", "tz"),
    "ч": ("ch", "tch"), "ш": ("sh", "sch"), "щ": ("shch", "sch"), "ъ": ("",), "ы": ("y", "i"), "ь": ("",),
    "э": ("e", "a"), "ю": ("yu", "u", "eu"), "я": ("ya", "ia", "a"), "ё": ("yo", "e"), "й": ("y", "i"),
}
# case endings a name takes in a question, cut before it is read ("Эрмитажа", "Жизелью")
_ENDINGS = ("ами", "ями", "ом", "ем", "ой", "ей", "ью", "ам", "ям", "ах", "ях", "а", "я", "у", "ю", "е", "ы", "и", "")
_MIN_STEM = 4  # shorter stems spell chance words
_MIN_WORD = 5
_LIMIT = 48  # spellings followed at each letter


def sound_spelling(word: str, has: Callable[[str], bool]) -> str | None:
    """The store's word (as `has` finds it: a plain word, or "prefix*" for any word so begun) that
    the Russian rendering `word` spells, in the case asked or with its case ending taken off."""
    w = word.lower().replace("й", "и")
    if not all(ch in _SOUNDS for ch in w):
        return None
    for stem in stems(w):
        got = _spell(stem, has)
        if got:
            return got
    return None


def stems(w: str) -> list[str]:
    """The word as written and with each case ending it may carry taken off, longest first."""
    out = [w]
    for e in _ENDINGS:
        if e and w.endswith(e) and len(w) - len(e) >= _MIN_STEM:
            out.append(w[: -len(e)])
    return list(dict.fromkeys(s for s in out if len(s) >= _MIN_STEM))


def _spell(stem: str, has: Callable[[str], bool]) -> str | None:
    starts = ["", "h"] if stem[0] in "аеиоуэюя" else [""]
    frontier = spell_letters(stem, _SOUNDS, lambda p: has(p + "*"), starts, _LIMIT)
    return next((f + t for f in frontier for t in ("", "e") if len(f + t) >= _MIN_WORD and has(f + t)), None)
