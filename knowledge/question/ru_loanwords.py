"""The English word a Russian international word renders ("реконструкции": reconstruction,
"модератором": moderator, "специальной": special, "протокола": protocol). News Russian borrows most
of its terms of art, so a word no vocabulary lists is often the English (or Latin) word spelled in
Cyrillic, with a Russian ending and a Russian suffix for the English one ("-ция" for "-tion",
"-альный" for "-al", "-ический" for "-ic"). Left untranslated it is a search word no article
writes; read back letter by letter, ending and suffix undone, it is the articles' own word.
Only words of an English dictionary are taken (english_lexicon), five letters or more, from a
stem of six letters or more unless a suffix was undone."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import lru_cache

# each Cyrillic letter (folded: й -> и, ё -> е) and the English spellings it stands for, likeliest first
_LETTERS = {
    "а": ("a",), "б": ("b",), "в": ("v", "w"), "г": ("g", "h"), "д": ("d",), "е": ("e", "i"), "ж": ("g", "j", "zh"),
    "з": ("z", "s"), "и": ("i", "y", "e"), "к": ("c", "k", "ck", "ch", "q"), "л": ("l", "ll"), "м": ("m", "mm"),
    "н": ("n", "nn"), "о": ("o",), "п": ("p", "pp"), "р": ("r", "rr"), "с": ("s", "c", "ss"), "т": ("t", "th", "tt"),
    "у": ("u", "ou", "oo"), "ф": ("f", "ph"), "х": ("ch", "h", "kh"), "ц": ("c", "ts", "z"), "ч": ("ch",),
    "ш": ("sh",), "щ": ("sch",), "ъ": ("",), "ы": ("y", "i"), "ь": ("",), "э": ("e", "a", "he"), "ю": ("u", "yu"),
    "я": ("ia", "ya"),
}
# the Russian endings of nouns and adjectives, longest first, cut before the stem is read
_ENDINGS = sorted({"", "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ои", "ею", "и", "я", "ю", "ем", "еи", "ям",
                   "ями", "ях", "ыи", "ии", "ая", "ое", "ого", "ому", "ым", "ую", "ые", "ие", "ых", "их", "ыми", "ими",
                   "ее", "его", "ему", "им"}, key=len, reverse=True)
# a Russian suffix at the stem's end and the English suffixes it renders ("реакци": reaction)
_SUFFIXES = (("ционн", ("tional",)), ("кци", ("ction",)), ("сси", ("ssion",)), ("зи", ("sion",)), ("ци", ("tion", "cy")),
             ("ическ", ("ic", "ical")), ("ичн", ("ic", "ical")), ("альн", ("al",)), ("ивн", ("ive",)),
             ("арн", ("ary",)), ("изм", ("ism",)), ("и", ("y", "ia", "ium")), ("", ("", "e")))
# the endings of a borrowed verb in "-ировать" ("модернизировать": modernise, "модернизирован"), cut as a
# noun's ending is
_VERB_ENDINGS = ("ировать", "ировал", "ировала", "ировали", "ировало", "ирован", "ирована", "ировано", "ированы",
                 "ирует", "ируют", "ируя")
_MIN_STEM = 4
# a stem read with no suffix undone must be longer: short ones spell English words by chance
# ("катер": cater, "молок": moloch)
_MIN_PLAIN = 6


@lru_cache(maxsize=1)
def _bases() -> list[str]:
    """The English dictionary's base words (noun, adjective, verb), sorted for prefix search."""
    from knowledge.answer.english_lexicon import _tables

    return sorted({w for name, (bases, _irr, _rules) in _tables().items() if name != "adv"
                   for w in bases if w.isalpha()})


def _has_prefix(words: list[str], prefix: str) -> bool:
    k = bisect_left(words, prefix)
    return k < len(words) and words[k].startswith(prefix)


def spell_letters(stem: str, letters: dict[str, tuple[str, ...]], has_prefix: Callable[[str], bool],
                  starts: list[str], limit: int) -> list[str]:
    """The spellings of a Cyrillic stem, letter by letter (each read as any of `letters` gives it),
    kept only while some word begins so (`has_prefix`), at most `limit` at each letter, in table
    order; [] when a letter has no reading or nothing is left. Shared with answer/ru_sounds.py."""
    frontier = [s for s in starts if not s or has_prefix(s)]
    for ch in stem:
        opts = letters.get(ch)
        if opts is None:
            return []
        frontier = list(dict.fromkeys(f + o for f in frontier for o in opts if not f + o or has_prefix(f + o)))[:limit]
        if not frontier:
            return []
    return frontier


def _spellings(stem: str, tails: tuple[str, ...], limit: int = 400) -> list[str]:
    """The English words the Cyrillic stem spells with one of the tails after it, letter by letter
    (a leading vowel may take an "h": "отель": hotel), pruned to the dictionary's prefixes."""
    words = _bases()
    bases = set(words)
    starts = [""] + (["h"] if stem[:1] in "аеиоуэ" else [])
    frontier = spell_letters(stem, _LETTERS, lambda p: _has_prefix(words, p), starts, limit)
    return [f + t for f in frontier for t in tails if f + t in bases]


@lru_cache(maxsize=4096)
def ru_loanword(tok: str) -> str | None:
    """The English word a lower-case Russian word renders as a borrowing, ending and suffix undone;
    None when no dictionary word of five letters or more fits."""
    if len(tok) < _MIN_STEM + 1 or not all(ch in _LETTERS for ch in tok):
        return None
    for ending in (*_VERB_ENDINGS, *_ENDINGS):
        if ending and not tok.endswith(ending):
            continue
        stem = tok[: len(tok) - len(ending)]
        for suffix, tails in _SUFFIXES:
            if not stem.endswith(suffix) or len(stem) - len(suffix) < (_MIN_STEM if suffix else _MIN_PLAIN):
                continue
            found = [w for w in _spellings(stem[: len(stem) - len(suffix)], tails) if len(w) >= 5]
            if found:
                return found[0]
    return None


def loanword_reading(tok: str, capitalised: bool) -> list[str] | None:
    """A lower-case Russian word no vocabulary lists, read as the English word it borrows
    ("реконструкции": reconstruction); a capitalised one may be a name and stays as written."""
    word = None if capitalised else ru_loanword(tok)
    return [word] if word else None
