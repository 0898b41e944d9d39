"""An adjective's comparative, superlative and '-en' verb as the adjective's stem ('wider', 'widest',
'widen' ~ 'wide'; 'largest' ~ 'large'; 'deepened' ~ 'deep'), so that a question and a sentence that
word the same quality in another degree still share the word the checks and the ranking look for."""

from __future__ import annotations

import re

# a three-letter base of consonants, one vowel, one consonant: 'wid'er, 'saf'er, 'lat'er (not 'ord'er,
# 'aft'er, 'pow'er, 'off'er: no single vowel between consonants there)
_SHORT_BASE = re.compile(r"[^aeiouy]+[aeiou][bcdfgklmnprstvz]")
_NOT_COMPARATIVE_ER = frozenset("meter peter liver never fever lever sever cover river tiger".split())
# words in -est that are no superlatives
_NOT_SUPERLATIVE = frozenset(
    "interest request protest harvest forest suggest contest conquest arrest invest digest manifest honest "
    "modest earnest unrest priest tempest behest southwest northwest midwest attest detest infest divest "
    "ingest congest molest bequest inquest incest everest".split())
_DOUBLED = re.compile(r"([bdgmnpt])\1$")
# verbs in -en made from an adjective, as the adjective's stem ('widen' ~ 'wide')
_EN_VERBS = {
    "widen": "wid", "deepen": "deep", "broaden": "broad", "tighten": "tight", "shorten": "short",
    "lengthen": "length", "weaken": "weak", "worsen": "wors", "harden": "hard", "soften": "soft",
    "loosen": "loos", "sharpen": "sharp", "brighten": "bright", "lessen": "less", "flatten": "flat",
    "quicken": "quick", "thicken": "thick", "sweeten": "sweet", "darken": "dark", "lighten": "light",
    "dampen": "damp", "freshen": "fresh", "straighten": "straight", "toughen": "tough", "ripen": "rip",
}


def en_verb(s: str) -> str | None:
    """'widen' (and 'widened', 'widening' once their suffix is gone) as 'wid', the stem of 'wide'."""
    return _EN_VERBS.get(s)


def short_comparative(w: str) -> str | None:
    """'wider' -> 'wid', 'safer' -> 'saf', 'later' -> 'lat': a short adjective in -er that the
    general suffix rule leaves whole because most short words in -er are words of their own."""
    if len(w) == 5 and w.endswith("er") and w not in _NOT_COMPARATIVE_ER and _SHORT_BASE.fullmatch(w[:-2]):
        return w[:-2]
    return None


def superlative(w: str) -> str | None:
    """'largest' -> 'larg', 'biggest' -> 'big', 'earliest' -> 'earli', 'highest' -> 'high'; None for
    words in -est that are none ('interest', 'forest', 'guest')."""
    if len(w) < 6 or not w.endswith("est") or w in _NOT_SUPERLATIVE:
        return None
    base = w[:-3]
    if _DOUBLED.search(base):
        base = base[:-1]  # 'biggest', 'hottest', 'thinnest'
    return base if len(base) >= 3 else None
